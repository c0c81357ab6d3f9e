import Foundation
import PolicyModel
import PolicyAnalysis

/// Screen contents already built, keyed by everything a screen depends on, so that a keystroke that only
/// moves the cursor redraws without rebuilding (10,000-document corpora make rebuilding visible).
/// A reference shared by copies of the state: content is a pure function of the key, so sharing is safe.
final class ContentCache: @unchecked Sendable {
    struct Key: Hashable {
        var route: Route
        var width: Int
        var language: Language
        var filter: DocumentFilter
        var reviewFilter: ReviewFilter
        var variant: Int
        var scope: CorpusScope
        /// Changes whenever the reviews (and so the overrides) change.
        var revision: Int
    }

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
