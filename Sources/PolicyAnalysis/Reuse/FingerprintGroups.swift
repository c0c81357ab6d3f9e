import Dispatch

/// The fingerprint groups of a corpus's postings (equal hashes), turned into what the chaining needs:
/// per document, its fingerprints that have earlier holders (`entries`), each pointing at its candidate
/// sources in one compact list (`sources`); and the formula fingerprints. Built over chunks of the
/// postings in parallel (a chunk starts at a group), then joined in order, so the result is the same as
/// one pass.
struct FingerprintGroups: Equatable {
    typealias Entry = ReuseDetector.Entry
    typealias Source = ReuseDetector.Source

    /// Every document's fingerprints that have an earlier holder, document after document, each
    /// document's in hash order: one flat list rather than an array per document, so that it is one
    /// allocation, given back whole when the chaining is done.
    var entries: [Entry]
    /// Document d's entries are `entries[entryStarts[d]..<entryStarts[d + 1]]`.
    var entryStarts: [Int]
    /// Candidate sources of every kept group, group after group, each group's in precedence order.
    var sources: [Source]
    /// Every shared fingerprint (in two or more documents) and how many documents hold it, by hash.
    var shared: DocumentFrequencies
    /// Formula fingerprint hashes: frequent and spread over unrelated issuers, never used to find a candidate pair (but measured inside every passage).
    var formula: [UInt64]

    /// Document `d`'s fingerprints that have an earlier holder, in hash order.
    func entries(of d: Int) -> ArraySlice<Entry> {
        entries[entryStarts[d]..<entryStarts[d + 1]]
    }

    /// The rules (singletons, formula fingerprints, vertical copying matched against the centre only, at most
    /// `maxSourcesPerFingerprint` earliest sources) are described at `ReuseDetector.passages`.
    /// `chunks`: how many parts to build in parallel (by default one per 64K postings, at most 8).
    init(postings: [ReuseDetector.Posting], documents n: Int, rank: [Int32], centralIssuers: [Int32],
         parameters: ReuseParameters, chunks: Int? = nil) {
        let cuts = ReuseDetector.cuts(postings, chunks: chunks)
        self.init(blocks: (0..<(cuts.count - 1)).map { Array(postings[cuts[$0]..<cuts[$0 + 1]]) }, documents: n,
                  rank: rank, centralIssuers: centralIssuers, parameters: parameters)
    }

    /// The same from postings sorted by hash in blocks that each hold all the postings of their hashes,
    /// one part built from each block in parallel, each block given back once its part is built.
    init(blocks: consuming [[ReuseDetector.Posting]], documents n: Int, rank: [Int32], centralIssuers: [Int32],
         parameters: ReuseParameters) {
        let held = ParallelSlots<[ReuseDetector.Posting]>(blocks.count)
        for b in blocks.indices { held[b] = blocks[b] }
        blocks = []
        let parts = ParallelSlots<Part>(held.count)
        DispatchQueue.concurrentPerform(iterations: held.count) { b in
            parts[b] = Part(postings: held[b] ?? [], documents: n, rank: rank, issuerOf: centralIssuers,
                            parameters: parameters)
            held[b] = nil
        }
        // Join the parts, in parallel, each part's lists given back as soon as they are copied (the joined
        // lists and all the parts are never held together): sources one after another, entries put in their
        // document's place by a counting sort (stable: by part, then in hash order within a part) and shifted
        // to their part's place in the sources. Each part's first place for each document (the entries of the
        // documents before it and of the parts before it) is known beforehand, so no part waits for another.
        let count = parts.count
        var firsts = ParallelSlots<[Int]>.map(count) { p in
            var counts = [Int](repeating: 0, count: n)
            for e in parts[p]?.entries ?? [] { counts[Int(e.doc)] += 1 }
            return counts
        }
        var starts = [Int](repeating: 0, count: n + 1)
        for d in 0..<n {
            var at = starts[d]
            for p in 0..<count {
                let c = firsts[p][d]
                firsts[p][d] = at
                at += c
            }
            starts[d + 1] = at
        }
        var shifts = [Int](repeating: 0, count: count + 1)
        for p in 0..<count { shifts[p + 1] = shifts[p] + (parts[p]?.sources.count ?? 0) }
        let placed = firsts, shift = shifts
        var entries: [Entry] = []
        sources = [Source](unsafeUninitializedCapacity: shift[count]) { joinedSources, sourceCount in
            entries = [Entry](unsafeUninitializedCapacity: starts[n]) { joinedEntries, entryCount in
                if let sourceBase = joinedSources.baseAddress, let entryBase = joinedEntries.baseAddress {
                    let sourcesOut = SendablePointer(base: sourceBase), entriesOut = SendablePointer(base: entryBase)
                    DispatchQueue.concurrentPerform(iterations: count) { p in
                        guard let part = parts[p] else { return }
                        // Given back once copied; the shared and formula hashes stay, joined after.
                        parts[p]?.entries = []
                        parts[p]?.groups = []
                        parts[p]?.sources = []
                        (sourcesOut.base + shift[p]).initialize(from: part.sources, count: part.sources.count)
                        var cursor = placed[p]
                        let offset = Int32(shift[p])
                        var e = 0
                        for group in part.groups {
                            let from = group.from + offset, to = group.to + offset
                            while e < Int(group.entryEnd) {
                                let entry = part.entries[e]
                                (entriesOut.base + cursor[Int(entry.doc)]).initialize(to: Entry(pos: entry.pos, from: from, to: to))
                                cursor[Int(entry.doc)] += 1
                                e += 1
                            }
                        }
                    }
                }
                entryCount = starts[n]
            }
            sourceCount = shift[count]
        }
        self.entries = entries
        entryStarts = starts
        formula = Self.joined(parts, \.formula)
        let sharedHashes = Self.joined(parts, \.sharedHashes)
        shared = DocumentFrequencies(hashes: sharedHashes, counts: Self.joined(parts, \.sharedCounts))
    }

    /// The parts' lists at `list`, one after another, each part's given back once copied.
    private static func joined<T>(_ parts: ParallelSlots<Part>, _ list: WritableKeyPath<Part, [T]>) -> [T] {
        var all: [T] = []
        all.reserveCapacity((0..<parts.count).reduce(0) { $0 + (parts[$1]?[keyPath: list].count ?? 0) })
        for p in 0..<parts.count {
            all += parts[p]?[keyPath: list] ?? []
            parts[p]?[keyPath: list] = []
        }
        return all
    }
}

/// What one part of the postings gives: its entries with their document, in hash order (one list, not
/// one per document), its kept groups, its sources, shared and formula fingerprints.
private struct Part {
    typealias Entry = ReuseDetector.Entry
    typealias Source = ReuseDetector.Source
    struct DocumentEntry { var doc: Int32; var pos: Int32 }
    /// A kept group: its sources are `sources[from..<to]`, its entries those before `entryEnd` and after the
    /// group before it. Kept per group rather than in each entry (8 bytes instead of 16 an entry): the
    /// parts of the 50,000-document corpus are where the analysis peaks in memory.
    struct Group { var from: Int32; var to: Int32; var entryEnd: Int32 }

    var entries: [DocumentEntry]
    var groups: [Group]
    var sources: [Source]
    var sharedHashes: [UInt64]
    var sharedCounts: [Int32]
    var formula: [UInt64]

    /// One pass over `postings`, which hold all the postings of their hashes.
    init(postings: [ReuseDetector.Posting], documents n: Int, rank: [Int32], issuerOf: [Int32],
         parameters: ReuseParameters) {
        // Read without bounds checks: several reads per posting, of every posting of the corpus.
        self = postings.withUnsafeBufferPointer { postings in
            rank.withUnsafeBufferPointer { rank in
                issuerOf.withUnsafeBufferPointer { issuerOf in
                    Part(postings, documents: n, rank: rank, issuerOf: issuerOf, parameters: parameters)
                }
            }
        }
    }

    private init(_ postings: UnsafeBufferPointer<ReuseDetector.Posting>, documents n: Int, rank: UnsafeBufferPointer<Int32>,
                 issuerOf: UnsafeBufferPointer<Int32>, parameters: ReuseParameters) {
        let range = postings.indices
        // Frequent for seeding (`seedShare`, at most `formulaShare`): such a fingerprint finds no candidate pair
        // unless it descends from the centre; inside a pair found otherwise, the alignment measures it.
        let limit = max(Double(parameters.formulaMinDocuments - 1), min(parameters.formulaShare, parameters.seedShare) * Double(n))
        let centralNeeded = max(1, parameters.formulaCentralIssuers)
        // A posting gives at most one entry and one source: reserved so, the lists never grow by copying
        // (the pages are only taken as they are written).
        var entries: [DocumentEntry] = []
        entries.reserveCapacity(range.count)
        var groups: [Group] = []
        var formulaHashes: [UInt64] = []
        var sharedHashes: [UInt64] = []
        var sharedCounts: [Int32] = []
        var issuers: [Int32] = []
        var ranks: [Int32] = []
        var sources: [Source] = []
        sources.reserveCapacity(range.count)
        let maxSources = max(1, parameters.maxSourcesPerFingerprint)
        var g = range.lowerBound
        while g < range.upperBound {
            var e = g + 1
            var df = 1
            while e < range.upperBound && postings[e].hash == postings[g].hash {
                if postings[e].doc != postings[e - 1].doc { df += 1 }
                e += 1
            }
            var keep = df >= 2
            if keep {
                sharedHashes.append(postings[g].hash)
                sharedCounts.append(Int32(df))
            }
            var centralOnly = false
            if keep && Double(df) > limit {
                issuers.removeAll(keepingCapacity: true)
                for j in g..<e {
                    let issuer = issuerOf[Int(postings[j].doc)]
                    if issuer >= 0 && !issuers.contains(issuer) { issuers.append(issuer) }
                }
                if issuers.isEmpty || issuers.count >= centralNeeded {
                    keep = false
                    formulaHashes.append(postings[g].hash)
                } else {
                    centralOnly = true
                }
            }
            if keep {
                // Widely copied text: match only its earliest holders. Its source is among them, and a copy
                // of a copy is found through the text its two documents alone share (extended exactly).
                // The sources are listed once here, so that no target walks the whole group.
                var cutoff = Int32.max
                if df > maxSources {
                    // The maxSources smallest ranks, kept sorted (most candidates fail the first test).
                    ranks.removeAll(keepingCapacity: true)
                    for j in g..<e where (j == g || postings[j].doc != postings[j - 1].doc)
                        && (!centralOnly || issuerOf[Int(postings[j].doc)] >= 0) {
                        let r = rank[Int(postings[j].doc)]
                        if ranks.count == maxSources {
                            guard r < ranks[maxSources - 1] else { continue }
                            ranks.removeLast()
                        }
                        var at = ranks.count
                        while at > 0 && ranks[at - 1] > r { at -= 1 }
                        ranks.insert(r, at: at)
                    }
                    if ranks.count == maxSources { cutoff = ranks[maxSources - 1] }
                }
                let from = Int32(sources.count)
                var earliest = Int32.max
                for j in g..<e {
                    let p = postings[j]
                    if rank[Int(p.doc)] <= cutoff && (!centralOnly || issuerOf[Int(p.doc)] >= 0) {
                        sources.append(Source(doc: p.doc, pos: p.pos))
                        earliest = min(earliest, rank[Int(p.doc)])
                    }
                }
                let to = Int32(sources.count)
                // In precedence order (stable: a holder's positions stay side by side, ascending), so that a
                // target's earlier holders are the first of them (`ReuseDetector.seeds(of:…)`).
                for i in (Int(from) + 1)..<max(Int(from) + 1, Int(to)) {
                    let item = sources[i], r = rank[Int(item.doc)]
                    var j = i
                    while j > Int(from) && rank[Int(sources[j - 1].doc)] > r {
                        sources[j] = sources[j - 1]
                        j -= 1
                    }
                    sources[j] = item
                }
                // The earliest source has no earlier source to match: it gets no entry (half of all entries
                // in groups of two, the most common size).
                for j in g..<e where rank[Int(postings[j].doc)] > earliest {
                    entries.append(DocumentEntry(doc: postings[j].doc, pos: postings[j].pos))
                }
                groups.append(Group(from: from, to: to, entryEnd: Int32(entries.count)))
            }
            g = e
        }

        self.entries = entries
        self.groups = groups
        self.sources = sources
        self.sharedHashes = sharedHashes
        self.sharedCounts = sharedCounts
        formula = formulaHashes
    }
}

