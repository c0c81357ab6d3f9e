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
    /// Keys a background thread was started for and has not yet finished (`buildInBackground`).
    private var scheduled: Set<Key> = []
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

    /// The value built for `key`, if it is: neither built nor waited for here.
    func built(_ key: Key) -> Value? {
        condition.lock()
        defer { condition.unlock() }
        return entries[key]
    }

    /// Builds the value for `key` on a thread of its own, unless it is built or being built: an asker that must not
    /// wait (the screen shown while a slow page is built) takes it with `built` once there.
    func buildInBackground(_ key: Key, build: @escaping @Sendable () -> Value) where Key: Sendable {
        condition.lock()
        let needed = entries[key] == nil && !building.contains(key) && !scheduled.contains(key)
        if needed { scheduled.insert(key) }
        condition.unlock()
        guard needed else { return }
        Thread {
            _ = self.value(for: key, build: build)
            self.condition.lock()
            self.scheduled.remove(key)
            self.condition.unlock()
        }.start()
    }

    /// Whether the value for `key` is being built: on a thread started for it (`buildInBackground`) or by an asker.
    func isBuilding(_ key: Key) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return scheduled.contains(key) || building.contains(key)
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
