import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sort-based inverted index: fingerprints as postings sorted by (hash, document, position).
extension ReuseDetector {
    /// All fingerprints as postings sorted by (hash, document, position), in two cache-friendly passes:
    /// a split on the top 8 hash bits into 256 buckets (parallel over chunks of documents), then each
    /// bucket, small enough for the second-level cache, by a counting sort on the next bits into
    /// sub-buckets of a few dozen postings, each finished by insertion sort (buckets in parallel).
    /// Postings are split in (document, position) order and every step is stable, so sorting by hash
    /// alone gives the full order.
    ///
    /// Lists already held are counted first (reading them again is cheap, where made on the fly they would
    /// be made twice), then written once into place, each bucket sorted there through a scratch copy.
    static func sortedPostings(_ prints: [[(hash: UInt64, position: Int32)]]) -> [Posting] {
        let n = prints.count, buckets = BucketSort.buckets
        let chunks = min(n, 4)
        guard chunks > 0 else { return [] }
        let chunkCounts = ParallelSlots<[Int]>.map(chunks) { c in
            var counts = [Int](repeating: 0, count: buckets)
            for d in (c * n / chunks)..<((c + 1) * n / chunks) {
                for fp in prints[d] { counts[Int(fp.hash >> 56)] += 1 }
            }
            return counts
        }
        var bounds = [Int](repeating: 0, count: buckets + 1)
        var chunkStarts = chunkCounts
        var running = 0
        for b in 0..<buckets {
            bounds[b] = running
            for c in 0..<chunks {
                chunkStarts[c][b] = running
                running += chunkCounts[c][b]
            }
        }
        bounds[buckets] = running
        let starts = chunkStarts, edges = bounds
        return [Posting](unsafeUninitializedCapacity: running) { buffer, initialized in
            if let base = buffer.baseAddress {
                let out = SendablePointer(base: base)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    var cursor = starts[c]
                    for d in (c * n / chunks)..<((c + 1) * n / chunks) {
                        for fp in prints[d] {
                            let b = Int(fp.hash >> 56)
                            (out.base + cursor[b]).initialize(to: Posting(hash: fp.hash, doc: Int32(d), pos: fp.position))
                            cursor[b] += 1
                        }
                    }
                }
                DispatchQueue.concurrentPerform(iterations: buckets) { b in
                    let count = edges[b + 1] - edges[b]
                    guard count > 1 else { return }
                    let scratch = UnsafeMutablePointer<Posting>.allocate(capacity: count)
                    defer { scratch.deallocate() }
                    scratch.initialize(from: out.base + edges[b], count: count)
                    BucketSort.sort([(UnsafePointer(scratch), count)], into: out.base + edges[b])
                }
            }
            initialized = running
        }
    }

    /// The same for the fingerprints `prints(d)` of documents 0..<documents (each asked for once), cut at
    /// bucket edges into at most `blocks` lists of about equal size (and at least 64K postings each, one
    /// list at least), each its own allocation: `FingerprintGroups` gives each back once it is grouped, so
    /// that the postings and the groups made of them are never all held together. `expected`: about how
    /// many postings there are (it sizes the lists they are split into).
    static func sortedPostingBlocks(documents n: Int, blocks: Int, expected: Int,
                                    _ prints: @Sendable (Int) -> [(hash: UInt64, position: Int32)]) -> [[Posting]] {
        let split = BucketedPostings(documents: n, expected: expected, prints)
        var bounds = [Int](repeating: 0, count: BucketSort.buckets + 1)
        for b in 0..<BucketSort.buckets { bounds[b + 1] = bounds[b] + split.count(bucket: b) }
        let total = bounds[BucketSort.buckets]
        let wanted = max(1, min(blocks, total / 65_536))
        var edges = [0]  // bucket indices
        for b in 1..<wanted {
            var edge = edges[edges.count - 1]
            while edge < BucketSort.buckets && bounds[edge] < b * total / wanted { edge += 1 }
            edges.append(edge)
        }
        edges.append(BucketSort.buckets)
        let edgeList = edges, boundList = bounds
        return (0..<wanted).map { block in
            let first = edgeList[block], last = edgeList[block + 1]
            let size = boundList[last] - boundList[first]
            return [Posting](unsafeUninitializedCapacity: size) { buffer, initialized in
                if let base = buffer.baseAddress {
                    let out = SendablePointer(base: base)
                    DispatchQueue.concurrentPerform(iterations: last - first) { i in
                        let b = first + i
                        split.sort(bucket: b, into: out.base + (boundList[b] - boundList[first]))
                    }
                }
                initialized = size
            }
        }
    }
}

/// Each chunk of documents' postings split by bucket (the top 8 hash bits), in (document, position)
/// order: every document's fingerprints are made once and written once here, then once more into their
/// sorted place (`sort(bucket:into:)`), which frees the bucket's lists.
private final class BucketedPostings: @unchecked Sendable {
    typealias Posting = ReuseDetector.Posting
    static let buckets = BucketSort.buckets
    private let chunks: Int
    /// chunks x buckets lists: chunk c's postings of bucket b at c * buckets + b. Each slot is written by
    /// one iteration only (its chunk's while splitting, its bucket's while sorting).
    private let lists: UnsafeMutablePointer<PostingList>

    init(documents n: Int, expected: Int, _ prints: @Sendable (Int) -> [(hash: UInt64, position: Int32)]) {
        let chunks = min(n, 4), buckets = Self.buckets
        self.chunks = chunks
        let capacity = PostingList.capacity(expecting: expected / max(1, chunks * buckets))
        lists = UnsafeMutablePointer<PostingList>.allocate(capacity: max(1, chunks * buckets))
        let out = SendablePointer(base: lists)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let mine = out.base + c * buckets
            for b in 0..<buckets { (mine + b).initialize(to: PostingList(capacity: capacity)) }
            for d in (c * n / chunks)..<((c + 1) * n / chunks) {
                for fp in prints(d) {
                    mine[Int(fp.hash >> 56)].append(Posting(hash: fp.hash, doc: Int32(d), pos: fp.position))
                }
            }
        }
    }

    deinit {
        for i in 0..<(chunks * Self.buckets) { lists[i].release() }
        lists.deinitialize(count: chunks * Self.buckets)
        lists.deallocate()
    }

    func count(bucket b: Int) -> Int {
        (0..<chunks).reduce(0) { $0 + lists[$1 * Self.buckets + b].count }
    }

    /// Writes bucket b's postings to `p`, stably sorted by hash (`BucketSort`), and frees its lists.
    func sort(bucket b: Int, into p: UnsafeMutablePointer<Posting>) {
        defer { for c in 0..<chunks { lists[c * Self.buckets + b].release() } }
        BucketSort.sort((0..<chunks).map { c in
            let list = lists[c * Self.buckets + b]
            return (UnsafePointer(list.base), list.count)
        }, into: p)
    }
}

/// The sort of one bucket: postings that share their top 8 hash bits, read from `segments` in order, written
/// to `p` stably sorted by hash: a counting sort on the next bits into sub-buckets of a few dozen postings,
/// each finished by insertion sort.
private enum BucketSort {
    typealias Posting = ReuseDetector.Posting
    static let buckets = 256

    static func sort(_ segments: [(base: UnsafePointer<Posting>, count: Int)], into p: UnsafeMutablePointer<Posting>) {
        let count = segments.reduce(0) { $0 + $1.count }
        guard count > 0 else { return }
        var bits = 0
        while bits < 16 && (count >> bits) > 16 { bits += 1 }
        let shift = UInt64(56 - bits), mask = (1 << bits) - 1, subBuckets = 1 << bits
        // The sub-buckets' starts and write cursors in one block, read without bounds checks: the counting
        // and the scatter are one step per posting.
        let table = UnsafeMutablePointer<Int>.allocate(capacity: 2 * (subBuckets + 1))
        defer { table.deallocate() }
        let starts = table, cursor = table + (subBuckets + 1)
        starts.initialize(repeating: 0, count: subBuckets + 1)
        for segment in segments {
            for i in 0..<segment.count { starts[Int(segment.base[i].hash >> shift) & mask + 1] &+= 1 }
        }
        for s in 0..<subBuckets { starts[s + 1] &+= starts[s] }
        cursor.initialize(from: starts, count: subBuckets + 1)
        for segment in segments {
            for i in 0..<segment.count {
                let posting = segment.base[i]
                let s = Int(posting.hash >> shift) & mask
                (p + cursor[s]).initialize(to: posting)
                cursor[s] &+= 1
            }
        }
        for s in 0..<subBuckets where starts[s + 1] - starts[s] > 1 {
            insertionSortByHash(p + starts[s], count: starts[s + 1] - starts[s])
        }
    }

    /// Stable insertion sort by hash (sub-buckets are small; larger ones fall back to the library sort).
    private static func insertionSortByHash(_ p: UnsafeMutablePointer<Posting>, count: Int) {
        guard count <= 64 else {
            var slice = UnsafeMutableBufferPointer(start: p, count: count)
            slice.sort { x, y in
                if x.hash != y.hash { return x.hash < y.hash }
                return x.doc != y.doc ? x.doc < y.doc : x.pos < y.pos
            }
            return
        }
        for i in 1..<count {
            let item = p[i]
            var j = i
            while j > 0 && p[j - 1].hash > item.hash {
                p[j] = p[j - 1]
                j -= 1
            }
            p[j] = item
        }
    }
}

/// A growable list of postings in one block from the C allocator, grown by `realloc` (a large block is
/// remapped rather than copied), given back by `release`. Postings are plain values: nothing to deinitialise.
private struct PostingList {
    typealias Posting = ReuseDetector.Posting
    private(set) var base: UnsafeMutablePointer<Posting>
    private(set) var count = 0
    private var capacity = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = PostingList.reallocate(nil, capacity: self.capacity)
    }

    /// Room for a quarter more than `expected` postings; a list of 64 KB or more is made a megabyte at
    /// least, so that the C allocator maps it apart (`ipap` maps blocks of a megabyte and more,
    /// `cmp_map_blocks_from`; only the pages written are taken) and gives it back when it is freed: a
    /// smaller one freed by a worker thread can stay in that thread's heap, resident, through the chaining.
    static func capacity(expecting expected: Int) -> Int {
        let wanted = max(64, expected + expected / 4)
        let megabyte = (1 << 20) / MemoryLayout<Posting>.stride
        return wanted >= megabyte / 16 ? max(wanted, megabyte) : wanted
    }

    @inline(__always)
    mutating func append(_ posting: Posting) {
        if count == capacity {
            let old = capacity > 0 ? UnsafeMutableRawPointer(base) : nil
            capacity = max(64, 2 * capacity)
            base = PostingList.reallocate(old, capacity: capacity)
        }
        (base + count).initialize(to: posting)
        count += 1
    }

    /// Frees the block (once: a released list is empty, its `base` no longer read).
    mutating func release() {
        guard capacity > 0 else { return }
        free(base)
        count = 0
        capacity = 0
    }

    private static func reallocate(_ old: UnsafeMutableRawPointer?, capacity: Int) -> UnsafeMutablePointer<Posting> {
        guard let raw = realloc(old, max(1, capacity) * MemoryLayout<Posting>.stride) else {
            fatalError("out of memory for \(capacity) postings")
        }
        return raw.bindMemory(to: Posting.self, capacity: max(1, capacity))
    }
}
