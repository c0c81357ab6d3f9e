/// A target's entries (`FingerprintGroups.entries(of:)`, in hash order) put in position order, so that its
/// seeds come in target order, which the chaining needs (`PassageChainer`). Done per target as the chaining
/// reaches it, on entries it reads next anyway: a radix sort on the position's bytes, a pass or two over a
/// thousand or so entries in the cache (sorting the whole index at once took as long as it saved). Positions
/// are distinct within a document, so the order is unique. Scratch space kept per worker.
struct EntryOrder {
    typealias Entry = ReuseDetector.Entry
    private var sorted: [Entry] = []
    private var spare: [Entry] = []
    private var counts = [Int](repeating: 0, count: 257)

    /// `entries` in position order, valid until the next call.
    mutating func sorting(_ entries: ArraySlice<Entry>) -> ArraySlice<Entry> {
        let m = entries.count
        if sorted.count < m {
            sorted = [Entry](repeating: Entry(pos: 0, from: 0, to: 0), count: m)
            spare = sorted
        }
        var highest: Int32 = 0
        sorted.withUnsafeMutableBufferPointer { out in
            for (i, e) in zip(out.indices, entries) {
                out[i] = e
                highest = max(highest, e.pos)
            }
        }
        guard m > 1 else { return sorted[0..<m] }
        var shift: Int32 = 0
        // Least significant byte first; each pass is stable, so the last leaves them in position order.
        repeat {
            sorted.withUnsafeBufferPointer { input in
                spare.withUnsafeMutableBufferPointer { output in
                    counts.withUnsafeMutableBufferPointer { count in
                        guard let from = input.baseAddress, let to = output.baseAddress, let c = count.baseAddress else { return }
                        c.update(repeating: 0, count: 257)
                        for i in 0..<m { c[Int((from[i].pos >> shift) & 0xFF) + 1] += 1 }
                        for d in 0..<256 { c[d + 1] += c[d] }
                        for i in 0..<m {
                            let d = Int((from[i].pos >> shift) & 0xFF)
                            to[c[d]] = from[i]
                            c[d] += 1
                        }
                    }
                }
            }
            swap(&sorted, &spare)
            shift += 8
        } while shift < 32 && highest >> shift > 0
        return sorted[0..<m]
    }
}
