import Dispatch

/// The fingerprint groups of a corpus's postings (equal hashes), turned into what the chaining needs:
/// per document, its fingerprints that have earlier holders (`entries`), each pointing at its candidate
/// sources in one compact list (`sources`); and the formula fingerprints. Built over chunks of the
/// postings in parallel (a chunk starts at a group), then joined in order, so the result is the same as
/// one pass.
struct FingerprintGroups: Equatable {
    typealias Entry = ReuseDetector.Entry
    typealias Source = ReuseDetector.Source

    /// Per document: its fingerprints that have an earlier holder, in hash order.
    var entries: [[Entry]]
    /// Candidate sources of every kept group, group after group, each group's in precedence order.
    var sources: [Source]
    /// Every shared fingerprint (in two or more documents) and how many documents hold it, by hash.
    var shared: DocumentFrequencies
    /// Formula fingerprint hashes: frequent and spread over unrelated issuers, never used to find a candidate pair (but measured inside every passage).
    var formula: [UInt64]

    /// The rules (singletons, formula fingerprints, vertical copying matched against the centre only, at most
    /// `maxSourcesPerFingerprint` earliest sources) are described at `ReuseDetector.passages`.
    /// `chunks`: how many parts to build in parallel (by default one per 64K postings, at most 8).
    init(postings: [ReuseDetector.Posting], documents n: Int, rank: [Int32], centralIssuers: [Int32],
         parameters: ReuseParameters, chunks: Int? = nil) {
        let chunks = max(1, chunks ?? min(8, postings.count / 65_536))
        var cuts = [0]
        for c in 1..<max(1, chunks) {
            var p = max(cuts[cuts.count - 1], c * postings.count / chunks)
            while p > 0 && p < postings.count && postings[p].hash == postings[p - 1].hash { p += 1 }
            cuts.append(p)
        }
        cuts.append(postings.count)
        let bounds = cuts
        let parts = ParallelSlots<FingerprintGroups>.map(bounds.count - 1) { c in
            FingerprintGroups(postings: postings, range: bounds[c]..<bounds[c + 1], documents: n, rank: rank,
                              issuerOf: centralIssuers, parameters: parameters)
        }
        guard parts.count > 1 else {
            self = parts.first ?? FingerprintGroups(entries: [[Entry]](repeating: [], count: n), sources: [], formula: [])
            return
        }
        // Join: sources one after another, entries shifted to their part's place in them.
        var offsets: [Int32] = []
        var sources: [Source] = []
        for part in parts {
            offsets.append(Int32(sources.count))
            sources += part.sources
        }
        let shifts = offsets
        entries = ParallelSlots<[Entry]>.map(n) { d in
            var list: [Entry] = []
            list.reserveCapacity(parts.reduce(0) { $0 + $1.entries[d].count })
            for (part, shift) in zip(parts, shifts) {
                for e in part.entries[d] { list.append(Entry(pos: e.pos, from: e.from + shift, to: e.to + shift)) }
            }
            return list
        }
        self.sources = sources
        formula = parts.flatMap(\.formula)
        shared = DocumentFrequencies(hashes: parts.flatMap(\.shared.hashes), counts: parts.flatMap(\.shared.counts))
    }

    private init(entries: [[Entry]], sources: [Source], formula: [UInt64]) {
        shared = DocumentFrequencies(hashes: [], counts: [])
        self.entries = entries
        self.sources = sources
        self.formula = formula
    }

    /// One pass over `postings[range]`, which starts and ends at group boundaries.
    private init(postings: [ReuseDetector.Posting], range: Range<Int>, documents n: Int, rank: [Int32],
                 issuerOf: [Int32], parameters: ReuseParameters) {
        let limit = max(Double(parameters.formulaMinDocuments - 1), parameters.formulaShare * Double(n))
        let centralNeeded = max(1, parameters.formulaCentralIssuers)
        var entries = [[Entry]](repeating: [], count: n)
        var formulaHashes: [UInt64] = []
        var sharedHashes: [UInt64] = []
        var sharedCounts: [Int32] = []
        var issuers: [Int32] = []
        var ranks: [Int32] = []
        var sources: [Source] = []
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
                    entries[Int(postings[j].doc)].append(Entry(pos: postings[j].pos, from: from, to: to))
                }
            }
            g = e
        }

        self.entries = entries
        self.sources = sources
        formula = formulaHashes
        shared = DocumentFrequencies(hashes: sharedHashes, counts: sharedCounts)
    }
}

