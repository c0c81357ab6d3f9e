import Foundation
import PolicyModel
import PolicyAnalysis

/// Screen contents already built, keyed by the builder's inputs (`ScreenInputs`), so that a keystroke that
/// only moves the cursor redraws without rebuilding (10,000-document corpora make rebuilding visible).
typealias ContentCache = BuildCache<ScreenInputs, ScreenContent>

/// Values built once per key and kept for the last `capacity` keys.
/// A reference shared by copies of the state: a value is a pure function of its key, so sharing is safe.
/// A key is built once at a time: a second asker (the screen shown, while the tabs are prefetched) waits for
/// the first instead of building it too on the other core. No builder asks for another screen's content.
final class BuildCache<Key: Hashable, Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var entries: [Key: Value] = [:]
    private var order: [Key] = []
    private var building: Set<Key> = []
    private let capacity: Int
    /// Builds run, and askers waiting now for another's build: what tests observe.
    private(set) var builds = 0
    private var waiters = 0

    init(capacity: Int = 16) { self.capacity = capacity }

    var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return waiters
    }

    func value(for key: Key, build: () -> Value) -> Value {
        condition.lock()
        while true {
            if let hit = entries[key] {
                condition.unlock()
                return hit
            }
            guard building.contains(key) else { break }
            waiters += 1
            condition.wait()
            waiters -= 1
        }
        building.insert(key)
        builds += 1
        condition.unlock()
        let built = build()
        condition.lock()
        building.remove(key)
        entries[key] = built
        order.append(key)
        if order.count > capacity { entries[order.removeFirst()] = nil }
        condition.broadcast()
        condition.unlock()
        return built
    }
}
