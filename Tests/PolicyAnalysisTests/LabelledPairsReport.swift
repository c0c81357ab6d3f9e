import PolicyAnalysis

/// Scores a reuse detector on the hand-written labelled pairs (`LabelledPairs`), per category, in content
/// characters (letters, digits, CJK; punctuation and whitespace are not counted).
///
/// - recall: content characters of the expected target passages covered by a reported passage of the
///   same (source, target) pair;
/// - precision: content characters of reported copy spans (formula passages are not copies), of pairs between labelled documents, that lie
///   inside an expected target passage of that pair. A reported pair is counted in the category of its
///   target's labelled pair; a pair with nothing expected (a formula or unrelated pair, two documents of
///   different labelled pairs, or a labelled pair the wrong way round) counts wholly against precision.
///   Pairs with a filler document are listed in `fillerPairs` and not scored.
/// - ends: an expected passage is found when a reported passage of its pair overlaps it; its ends are
///   right when the extent of the overlapping reported passages is within `endTolerance` content
///   characters of the expected span, at both ends, in the source and in the target.
struct LabelledPairsReport: Sendable {
    struct Figures: Sendable {
        var category: LabelledCategory
        var pairs = 0
        var expectedPassages = 0
        var expectedChars = 0
        var coveredChars = 0
        var reportedChars = 0
        var correctChars = 0
        var reportedPairs = 0
        var spuriousPairs = 0
        var foundPassages = 0
        var endsRight = 0

        /// 1 when nothing is expected (nothing to miss).
        var recall: Double { expectedChars == 0 ? 1 : Double(coveredChars) / Double(expectedChars) }
        /// 1 when nothing is reported (nothing wrong).
        var precision: Double { reportedChars == 0 ? 1 : Double(correctChars) / Double(reportedChars) }
    }

    /// An expected substring that does not occur exactly once in its text.
    struct LabelError: Error, CustomStringConvertible {
        var description: String
    }

    /// One entry per category, in `LabelledCategory.allCases` order.
    var figures: [Figures]
    /// Missed and mis-bounded expected passages, split passages, and spurious pairs, one line each.
    var notes: [String]
    /// Reported pairs with a filler document (not scored).
    var fillerPairs: [String]
    /// Reported pairs between documents of two different labelled pairs, and their reported target
    /// characters (already counted, against precision, in the category of the target's pair).
    var crossPairs = 0
    var crossPairChars = 0
    var endTolerance: Int

    subscript(category: LabelledCategory) -> Figures {
        figures.first { $0.category == category } ?? Figures(category: category)
    }

    /// Runs `detector` once on the whole corpus (all pairs and fillers) and scores it.
    static func make(detector: ReuseDetector = ReuseDetector(), endTolerance: Int = 2) throws -> LabelledPairsReport {
        let pairs = LabelledPairs.all
        let documents = LabelledPairs.corpus()
        // Formula passages are listed but are not copies (docs/indicators.md): only copies are scored.
        let copies = detector.detect(documents).compactMap { pair -> ReusePair? in
            var pair = pair
            pair.passages = pair.passages.filter { !$0.formula }
            return pair.passages.isEmpty ? nil : pair
        }
        return try score(pairs: pairs, reported: copies, documents: documents, endTolerance: endTolerance)
    }

    static func score(pairs: [LabelledPair], reported: [ReusePair], documents: [AnalysisDocument],
                      endTolerance: Int = 2) throws -> LabelledPairsReport {
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        var pairOfDocument: [String: Int] = [:]
        for (i, pair) in pairs.enumerated() {
            pairOfDocument[pair.sourceId] = i
            pairOfDocument[pair.targetId] = i
        }
        // Expected spans, located exactly once each.
        var spans: [[(source: TextSpan, target: TextSpan)]] = []
        for pair in pairs {
            var list: [(source: TextSpan, target: TextSpan)] = []
            for (n, passage) in pair.expected.enumerated() {
                let s = try locate(passage.source, in: pair.source.text, what: "\(pair.id) passage \(n + 1) source")
                let t = try locate(passage.target, in: pair.target.text, what: "\(pair.id) passage \(n + 1) target")
                list.append((s, t))
            }
            spans.append(list)
        }
        var byPair: [String: ReusePair] = [:]
        for r in reported { byPair[r.source + ">" + r.target] = r }

        var figures = LabelledCategory.allCases.map { Figures(category: $0) }
        func slot(_ c: LabelledCategory) -> Int { LabelledCategory.allCases.firstIndex(of: c)! }
        var notes: [String] = []

        // Recall and ends, per expected passage.
        for (i, pair) in pairs.enumerated() {
            let c = slot(pair.category)
            figures[c].pairs += 1
            let source = texts[pair.sourceId]!, target = texts[pair.targetId]!
            let found = byPair[pair.sourceId + ">" + pair.targetId]?.passages ?? []
            for (n, expected) in spans[i].enumerated() {
                figures[c].expectedPassages += 1
                let label = "\(pair.id) passage \(n + 1)" + (pair.expected[n].edited ? " (edited)" : "")
                var covered = 0, total = 0
                for p in expected.target.start..<expected.target.end where isContent(target[p]) {
                    total += 1
                    if found.contains(where: { $0.target.contains(p) }) { covered += 1 }
                }
                figures[c].expectedChars += total
                figures[c].coveredChars += covered
                let overlapping = found.filter { $0.target.overlap(with: expected.target) > 0 }
                guard let first = overlapping.first else {
                    notes.append("missed: \(label), \(total) chars: \(excerpt(target, expected.target))")
                    continue
                }
                figures[c].foundPassages += 1
                var t = first.target, s = first.source
                for p in overlapping.dropFirst() {
                    t = TextSpan(min(t.start, p.target.start), max(t.end, p.target.end))
                    s = TextSpan(min(s.start, p.source.start), max(s.end, p.source.end))
                }
                let ends = [distance(target, t.start, expected.target.start), distance(target, t.end, expected.target.end),
                            distance(source, s.start, expected.source.start), distance(source, s.end, expected.source.end)]
                if ends.allSatisfy({ $0 <= endTolerance }) {
                    figures[c].endsRight += 1
                } else {
                    notes.append("mis-bounded: \(label), ends off by target \(ends[0])/\(ends[1]), source \(ends[2])/\(ends[3]) chars;"
                                 + " reported target: \(excerpt(target, t))")
                }
                if covered < total {
                    notes.append("partly covered: \(label), \(covered)/\(total) chars")
                }
                if overlapping.count > 1 {
                    notes.append("split: \(label) reported as \(overlapping.count) passages")
                }
            }
        }

        // Precision, per reported pair between labelled documents.
        var fillerPairs: [String] = []
        var crossPairs = 0, crossPairChars = 0
        for r in reported {
            guard let si = pairOfDocument[r.source], let ti = pairOfDocument[r.target] else {
                fillerPairs.append(r.source + " > " + r.target)
                continue
            }
            let pair = pairs[ti]
            let c = slot(pair.category)
            let target = texts[r.target]!
            let isLabelled = si == ti && r.source == pair.sourceId && r.target == pair.targetId
            let expected = isLabelled ? spans[ti].map(\.target) + bridges(spans[ti], source: texts[r.source]!, target: target) : []
            var seen = Set<Int>(), reportedChars = 0, correct = 0
            for passage in r.passages {
                for p in passage.target.start..<passage.target.end where isContent(target[p]) && seen.insert(p).inserted {
                    reportedChars += 1
                    if expected.contains(where: { $0.contains(p) }) { correct += 1 }
                }
            }
            if si != ti {
                crossPairs += 1
                crossPairChars += reportedChars
            }
            figures[c].reportedPairs += 1
            figures[c].reportedChars += reportedChars
            figures[c].correctChars += correct
            if expected.isEmpty {
                figures[c].spuriousPairs += 1
                let first = r.passages.first.map { excerpt(target, $0.target) } ?? ""
                notes.append("spurious: \(r.source) > \(r.target), \(r.passages.count) passages, \(reportedChars) chars: \(first)")
            } else if correct < reportedChars {
                notes.append("extra: \(r.source) > \(r.target), \(reportedChars - correct) of \(reportedChars) reported chars outside the expected passages")
            }
        }
        return LabelledPairsReport(figures: figures, notes: notes, fillerPairs: fillerPairs, crossPairs: crossPairs,
                                   crossPairChars: crossPairChars, endTolerance: endTolerance)
    }

    /// The per-category table, for `print`.
    var table: String {
        func f(_ x: Double) -> String {
            let s = String(Int((x * 1000).rounded()))
            return s.count >= 4 ? String(s.prefix(1)) + "." + String(s.dropFirst()) : "0." + String(repeating: "0", count: 3 - s.count) + s
        }
        func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return left ? s + fill : fill + s
        }
        var lines = [pad("category", 12, left: true) + pad("pairs", 6) + pad("passages", 9) + pad("recall", 8)
                     + pad("precision", 10) + pad("reported", 9) + pad("spurious", 9) + pad("ends±\(endTolerance)", 8)]
        for x in figures {
            lines.append(pad(x.category.rawValue, 12, left: true) + pad(String(x.pairs), 6) + pad(String(x.expectedPassages), 9)
                         + pad(x.expectedChars == 0 ? "-" : f(x.recall), 8) + pad(f(x.precision), 10)
                         + pad(String(x.reportedPairs), 9) + pad(String(x.spuriousPairs), 9)
                         + pad("\(x.endsRight)/\(x.foundPassages)", 8))
        }
        lines.append("reported across labelled pairs (in the target's category above): \(crossPairs) pairs, \(crossPairChars) chars;"
                     + " with a filler (not scored): \(fillerPairs.count) pairs")
        return lines.joined(separator: "\n")
    }

    /// The stated guarantee joins two copied passages across an edit of up to `gapTolerance` content
    /// characters in each text (an inserted or dropped clause): the text between two expected passages
    /// that close is part of the one passage a correct detector reports, and counts as correct.
    static func bridges(_ spans: [(source: TextSpan, target: TextSpan)], source: [Unicode.Scalar], target: [Unicode.Scalar],
                        gapTolerance: Int = ReuseParameters().gapTolerance) -> [TextSpan] {
        func content(_ text: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
            from < to ? (from..<to).filter { isContent(text[$0]) }.count : 0
        }
        let sorted = spans.sorted { $0.target.start < $1.target.start }
        var out: [TextSpan] = []
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.source.end <= b.source.start {
            if content(target, a.target.end, b.target.start) <= gapTolerance && content(source, a.source.end, b.source.start) <= gapTolerance {
                out.append(TextSpan(a.target.end, b.target.start))
            }
        }
        return out
    }

    static func isContent(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }


    /// Content characters between two scalar offsets.
    static func distance(_ text: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
        let lo = max(0, min(a, b)), hi = min(text.count, max(a, b))
        return lo < hi ? text[lo..<hi].filter { isContent($0) }.count : 0
    }

    /// The span of `needle` in `text`, in Unicode-scalar offsets; an error unless it occurs exactly once.
    static func locate(_ needle: String, in text: String, what: String) throws -> TextSpan {
        let hay = Array(text.unicodeScalars), pin = Array(needle.unicodeScalars)
        guard !pin.isEmpty, pin.count <= hay.count else {
            throw LabelError(description: "\(what): empty or longer than its text: \(needle)")
        }
        var starts: [Int] = []
        for i in 0...(hay.count - pin.count) where hay[i] == pin[0] && Array(hay[i..<(i + pin.count)]) == pin {
            starts.append(i)
        }
        guard starts.count == 1 else {
            throw LabelError(description: "\(what): found \(starts.count) times instead of once: \(needle)")
        }
        return TextSpan(starts[0], starts[0] + pin.count)
    }

    static func excerpt(_ text: [Unicode.Scalar], _ span: TextSpan, limit: Int = 24) -> String {
        let lo = max(0, span.start), hi = min(text.count, span.end)
        guard lo < hi else { return "" }
        var scalars = Array(text[lo..<min(hi, lo + limit)])
        if hi - lo > limit { scalars += ["…"] + text[max(lo + limit, hi - 8)..<hi] }
        return String(String.UnicodeScalarView(scalars.map { $0 == "\n" ? "⏎" : $0 }))
    }
}
