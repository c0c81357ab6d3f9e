/// The last few values looked up by key, the oldest dropped first: what a session keeps of what it read
/// from disk (a document's text, its part of the analysis). Not locked: its owner locks.
public struct RecentValues<Key: Equatable, Value> {
    private var entries: [(key: Key, value: Value)] = []
    public let capacity: Int

    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value, now the most recent one; nil when it is not kept.
    public mutating func value(_ key: Key) -> Value? {
        guard let i = entries.firstIndex(where: { $0.key == key }) else { return nil }
        let entry = entries.remove(at: i)
        entries.append(entry)
        return entry.value
    }

    public mutating func insert(_ value: Value, for key: Key) {
        entries.removeAll { $0.key == key }
        entries.append((key, value))
        if entries.count > capacity { entries.removeFirst() }
    }
}
