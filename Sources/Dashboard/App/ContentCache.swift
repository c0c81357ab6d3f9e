import Foundation
import PolicyModel
import PolicyAnalysis

/// Screen contents already built, keyed by the builder's inputs (`ScreenInputs`), so that a keystroke that
/// only moves the cursor redraws without rebuilding (10,000-document corpora make rebuilding visible).
/// A reference shared by copies of the state: content is a pure function of the key, so sharing is safe.
final class ContentCache: @unchecked Sendable {
    typealias Key = ScreenInputs

    private let lock = NSLock()
    private var entries: [Key: ScreenContent] = [:]
    private var order: [Key] = []
    private let capacity = 16

    func content(for key: Key, build: () -> ScreenContent) -> ScreenContent {
        lock.lock()
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let built = build()
        lock.lock()
        entries[key] = built
        order.append(key)
        if order.count > capacity { entries[order.removeFirst()] = nil }
        lock.unlock()
        return built
    }
}
