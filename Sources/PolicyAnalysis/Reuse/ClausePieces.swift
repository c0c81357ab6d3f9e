/// Clause pieces: the runs of content characters between two characters the content text leaves out
/// (punctuation, whitespace), such as "确保各项任务落到实处" in "…实施方案，确保各项任务落到实处。".
/// Stock phrases are whole clauses, so whether a passage holds anything of its own is decided clause by
/// clause: a chance sequence of two formulae shares no clause of its own, where a copied sentence made of
/// stock phrases still shares the clauses that carry its nouns.
enum ClausePieces {
    /// Shorter pieces (a numbering "一", a unit) say nothing about who wrote the text.
    static let minLength = 2

    /// Calls `body(range, hash)` for every piece lying whole inside `range` (both of its ends are clause
    /// boundaries of the text), in order.
    static func forEach(in text: ContentText, within range: Range<Int>, _ body: (Range<Int>, UInt64) -> Void) {
        forEach(in: text, overlapping: range) { piece, hash, whole in
            if whole { body(piece, hash) }
        }
    }

    /// Pieces longer than this are never looked at whole from inside (no formula is that long).
    static let maxLength = 200

    /// Calls `body(range, hash, whole)` for every piece that overlaps `range`, in order: `whole` when the
    /// piece lies inside `range`; otherwise `range` cuts it. A piece longer than `maxLength` comes in parts
    /// of that length with hash 0 (no formula is that long).
    @inline(__always)
    static func forEach(in text: ContentText, overlapping range: Range<Int>, _ body: (Range<Int>, UInt64, Bool) -> Void) {
        _ = allSatisfy(in: text, overlapping: range) { piece, hash, whole in
            body(piece, hash, whole)
            return true
        }
    }

    /// Whether `predicate(range, hash, whole)` holds for every piece that overlaps `range` (as `forEach` gives
    /// them), stopping at the first that fails.
    @inline(__always)
    static func allSatisfy(in text: ContentText, overlapping range: Range<Int>, _ predicate: (Range<Int>, UInt64, Bool) -> Bool) -> Bool {
        let lower = max(0, range.lowerBound), upper = min(range.upperBound, text.count)
        guard lower < upper else { return true }
        @inline(__always) func boundary(_ i: Int) -> Bool { text.isClauseBoundary(i) }
        var start = lower
        while !boundary(start) && lower - start < maxLength { start -= 1 }
        while start < upper {
            // The next boundary, or `maxLength` on: the breaks found a word of bits at a time (the text's end
            // is a boundary too).
            let limit = start + maxLength, last = min(limit, text.count - 1)
            let end = start < last ? text.firstClauseBoundary(in: (start + 1)...last) ?? min(limit, text.count) : start + 1
            let complete = boundary(start) && boundary(end)
            if end - start >= minLength {
                guard predicate(start..<end, complete ? hash(text.scalars, start..<end) : 0, complete && start >= lower && end <= upper) else {
                    return false
                }
            }
            start = end
        }
        return true
    }

    @inline(__always)
    static func hash(_ scalars: [UInt16], _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        scalars.withUnsafeBufferPointer { units in
            for i in range { h = (h ^ UInt64(units[i])) &* 0x100_0000_01B3 }
        }
        return Winnowing.mix(h)
    }

    /// The hash of two clause pieces side by side (the first ending where the second starts).
    @inline(__always)
    static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        Winnowing.mix(first &* 0x9E37_79B9_7F4A_7C15 ^ (second << 17 | second >> 47))
    }

    /// The formula clauses of a corpus, how many documents hold each clause, and how many hold each pair of
    /// clauses side by side (see `Formulae`).
    static func formulae(texts: [ContentText], centralIssuers: [Int32], families: [Int32],
                         parameters: ReuseParameters) -> Formulae {
        let n = texts.count
        typealias Postings = [(hash: UInt64, position: Int32)]
        // Each document's distinct pieces as postings (hash, document, length), and its distinct pairs of
        // adjacent pieces (hash, document, 0), each hash once.
        let perDocument = ParallelSlots<(pieces: Postings, pairs: Postings)>.map(n) { d in
            var pieces: Postings = []
            var pairs: Postings = []
            var previous: (hash: UInt64, end: Int)?
            let scalars = texts[d].scalars
            forEach(in: texts[d], within: 0..<texts[d].count) { range, h in
                // A number alone (a table's cell, "| 76 |") is no writer's stock phrase, however many
                // writers' tables hold it: its length is left out (0), so only its frequency can make it a
                // formula.
                var number = true
                for i in range where scalars[i] < 0x30 || scalars[i] > 0x39 {
                    number = false
                    break
                }
                pieces.append((h, number ? 0 : Int32(range.count)))
                if let previous, previous.end == range.lowerBound { pairs.append((pairHash(previous.hash, h), 0)) }
                previous = (h, range.upperBound)
            }
            return (distinct(pieces), distinct(pairs))
        }
        let shared = sharedCounts(ReuseDetector.sortedPostings(perDocument.map(\.pieces)),
                                  centralIssuers: centralIssuers, families: families, parameters: parameters)
        let pairs = sharedCounts(ReuseDetector.sortedPostings(perDocument.map(\.pairs)),
                                 centralIssuers: centralIssuers, families: families, parameters: parameters)
        return Formulae(formula: FormulaSet(shared.formula),
                        frequencies: DocumentFrequencies(hashes: shared.hashes, counts: shared.counts),
                        pairFrequencies: DocumentFrequencies(hashes: pairs.hashes, counts: pairs.counts),
                        documents: n)
    }

    /// The first posting of each hash, in their order: found with an open-addressing table of the kept
    /// postings' places (a document's pieces are a few hundred; sorting them with a comparator to find the
    /// repeats was a third of this stage). Their order within a document does not matter: the postings of
    /// one hash are sorted by document (`ReuseDetector.sortedPostings`), each document holding it once.
    static func distinct(_ postings: [(hash: UInt64, position: Int32)]) -> [(hash: UInt64, position: Int32)] {
        var capacity = 16
        while capacity < 2 * postings.count { capacity <<= 1 }
        let mask = capacity - 1
        var places = [Int32](repeating: -1, count: capacity)
        var out: [(hash: UInt64, position: Int32)] = []
        out.reserveCapacity(postings.count)
        for p in postings {
            // The hashes are mixed (`Winnowing.mix`): their low bits are as good as any.
            var slot = Int(truncatingIfNeeded: p.hash) & mask
            while true {
                let place = Int(places[slot])
                if place < 0 {
                    places[slot] = Int32(out.count)
                    out.append(p)
                    break
                }
                if out[place].hash == p.hash { break }
                slot = (slot + 1) & mask
            }
        }
        return out
    }

    /// For every hash two or more documents hold: how many do (2 for one that one or two central issuers
    /// wrote), and which are formulae (for pieces: `pos` is the piece's length, 0 for a number).
    /// `chunks`: how many stretches to count in parallel (see `ReuseDetector.cuts`).
    static func sharedCounts(_ postings: [ReuseDetector.Posting], centralIssuers: [Int32], families: [Int32],
                             parameters: ReuseParameters, chunks: Int? = nil) -> (hashes: [UInt64], counts: [Int32], formula: [UInt64]) {
        // In chunks cut where the hash changes, in parallel, joined in order: the same lists as one pass.
        let cuts = ReuseDetector.cuts(postings, chunks: chunks)
        let parts = ParallelSlots<(hashes: [UInt64], counts: [Int32], formula: [UInt64])>.map(cuts.count - 1) { c in
            sharedCounts(postings, cuts[c]..<cuts[c + 1], centralIssuers: centralIssuers, families: families,
                         parameters: parameters)
        }
        return (parts.flatMap(\.hashes), parts.flatMap(\.counts), parts.flatMap(\.formula))
    }

    /// The same for the postings in `range`, which holds all the postings of its hashes.
    private static func sharedCounts(_ postings: [ReuseDetector.Posting], _ range: Range<Int>, centralIssuers: [Int32],
                                     families: [Int32], parameters: ReuseParameters)
        -> (hashes: [UInt64], counts: [Int32], formula: [UInt64]) {
        // Read without bounds checks: a few reads per posting, of every clause of the corpus.
        postings.withUnsafeBufferPointer { postings in
            centralIssuers.withUnsafeBufferPointer { centralIssuers in
                families.withUnsafeBufferPointer { families in
                    sharedCounts(postings, range, centralIssuers: centralIssuers, families: families, parameters: parameters)
                }
            }
        }
    }

    private static func sharedCounts(_ postings: UnsafeBufferPointer<ReuseDetector.Posting>, _ range: Range<Int>,
                                     centralIssuers: UnsafeBufferPointer<Int32>, families: UnsafeBufferPointer<Int32>,
                                     parameters: ReuseParameters) -> (hashes: [UInt64], counts: [Int32], formula: [UInt64]) {
        let n = centralIssuers.count
        let limit = max(Double(parameters.formulaMinDocuments - 1), parameters.formulaShare * Double(n))
        let needed = max(1, parameters.formulaCentralIssuers)
        let familiesNeeded = max(2, parameters.formulaShortFamilies)
        var formula: [UInt64] = []
        var sharedHashes: [UInt64] = []
        var sharedCounts: [Int32] = []
        var issuers: [Int32] = []
        var writers: [Int32] = []
        var g = range.lowerBound
        while g < range.upperBound {
            var e = g + 1
            while e < range.upperBound && postings[e].hash == postings[g].hash { e += 1 }
            defer { g = e }
            guard e - g >= 2 else { continue }
            let hash = postings[g].hash
            issuers.removeAll(keepingCapacity: true)
            writers.removeAll(keepingCapacity: true)
            for j in g..<e {
                let d = Int(postings[j].doc)
                if centralIssuers[d] >= 0 && !issuers.contains(centralIssuers[d]) { issuers.append(centralIssuers[d]) }
                if writers.count < familiesNeeded && !writers.contains(families[d]) { writers.append(families[d]) }
            }
            // Unrelated writers: not one or two central issuers the rest took it from.
            let spread = issuers.isEmpty || issuers.count >= needed
            // A clause that descends from the centre is as frequent as it was copied, not by chance: for
            // the chance of a passage it counts as held by one pair only.
            sharedHashes.append(hash)
            sharedCounts.append(spread ? Int32(e - g) : 2)
            if Double(e - g) > limit && spread {
                formula.append(hash)
            } else if Int(postings[g].pos) > 0 && Int(postings[g].pos) < parameters.formulaShortLength
                        && e - g >= familiesNeeded && (writers.count >= familiesNeeded || writers.count == 1) {
                // Many writers' short stock phrase, or one writer's own (its name in every signature).
                formula.append(hash)
            }
        }
        return (sharedHashes, sharedCounts, formula)
    }
}

/// What `ClausePieces.formulae` finds. A *formula* clause is frequent (in more than `formulaShare` of the
/// documents and at least `formulaMinDocuments`) and spread: held by central documents of
/// `formulaCentralIssuers` or more issuers, or by no central document; or it is a short phrase (under
/// `formulaShortLength` characters) that documents of `formulaShortFamilies` or more writers hold, or
/// several documents of one writer (its name in every signature). `frequencies`: how many documents hold
/// each clause that two or more hold (2 for a clause that one or two central issuers wrote: its copies
/// are not chance); `pairFrequencies` the same for two clauses side by side (`ClausePieces.pairHash`), so
/// that the chance of a run of clauses follows the order the corpus puts them in.
struct Formulae: Sendable {
    var formula: FormulaSet
    var frequencies: DocumentFrequencies
    var pairFrequencies: DocumentFrequencies
    var documents: Int
}

/// How many documents hold each shared clause (or fingerprint), sorted by hash, with an index on the
/// hashes' top bits: a lookup reads one bucket of about eight hashes instead of binary-searching millions
/// (a cache miss per step; the chainer looks up every clause of every candidate passage). Each count is
/// held beside its hash, so that the bucket's lines that the search reads hold the count too (in a list
/// of its own, it was one more cache miss per lookup).
struct DocumentFrequencies: Equatable, Sendable {
    private struct Entry: Equatable {
        var hash: UInt64
        var count: Int32
    }

    private var entries: [Entry]
    /// starts[b]..<starts[b + 1]: the hashes whose top `bits` bits are b.
    private var starts: [Int32]
    private var bits: Int

    /// `hashes` sorted ascending, `counts` beside them.
    init(hashes: [UInt64], counts: [Int32]) {
        entries = zip(hashes, counts).map { Entry(hash: $0, count: $1) }
        var bits = 0
        while bits < 26 && (hashes.count >> (bits + 3)) > 0 { bits += 1 }
        self.bits = bits
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        if bits > 0 {
            for h in hashes { starts[Int(h >> UInt64(64 - bits)) + 1] += 1 }
            for b in 0..<(1 << bits) { starts[b + 1] += starts[b] }
        } else {
            starts[1] = Int32(hashes.count)
        }
        self.starts = starts
    }

    /// How many hashes two or more documents hold.
    var count: Int { entries.count }

    /// Documents holding it: 1 when no other document does.
    func documents(_ hash: UInt64) -> Int {
        let bucket = bits > 0 ? Int(hash >> UInt64(64 - bits)) : 0
        var lo = Int(starts[bucket]), hi = Int(starts[bucket + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].hash < hash { lo = mid + 1 } else { hi = mid }
        }
        return lo < starts[bucket + 1] && entries[lo].hash == hash ? Int(entries[lo].count) : 1
    }
}
