/// The indicators that need only the document's own text: sections, coding, measures, evaluation,
/// governance, financial support, goal orientation. Reuse-based indicators are added by `PolicyAnalyzer`.
public struct TextIndicatorExtractor: Sendable {
    public let coder: ClauseCoder
    let detector = FeatureDetector()
    let orientation: OrientationCoder
    /// The coder's keywords, the feature detector's, then the orientation terms, found in one scan of each document.
    private let keywords: KeywordMatcher

    public init(scheme: CodingScheme = .builtIn) {
        coder = ClauseCoder(scheme: scheme)
        orientation = OrientationCoder(scheme: scheme.orientation)
        keywords = KeywordMatcher(coder.matcher.entries + detector.matcher.entries + orientation.entries)
    }

    public func extract(id: String, text: String, contentLength: Int? = nil, keepCoding: Bool = true) -> DocumentIndicators {
        let norm = NormalizedText(text, mode: .fold)
        return extract(id: id, folded: norm, contentLength: contentLength ?? NormalizedText(filteringContentOf: norm).count,
                       keepCoding: keepCoding)
    }

    /// From a text already folded (the analyzer folds each document once and derives its content text).
    /// `keepCoding`: keep the per-clause coding with its keyword evidence in the result (only the counts
    /// otherwise: stored analyses do not carry it, and building it is a good part of the work).
    public func extract(id: String, folded: NormalizedText, contentLength content: Int,
                        keepCoding: Bool = true) -> DocumentIndicators {
        extract(id: id, folded: folded, unwrapping: nil, contentLength: content, keepCoding: keepCoding)
    }

    /// `unwrapping`: the folded text's `NormalizedText.unwrappedRanges`, when found before; nil: found here.
    func extract(id: String, folded: NormalizedText, unwrapping: [Range<Int>]?, contentLength content: Int,
                 keepCoding: Bool) -> DocumentIndicators {
        // Read as a text with a line per paragraph, whatever a PDF's lines did to it.
        let norm = unwrapping.map { folded.unwrapped(dropping: $0) } ?? folded.unwrapped()
        let (structure, clauseRanges) = SectionParser.parseWithClauseRanges(norm)
        var result = DocumentIndicators(id: id, length: norm.originalLength, contentLength: content)
        result.sections = structure.sections
        result.clauseCount = structure.clauses.count

        // Coding and tool shares, counted on indices (strings only for the final dictionaries).
        var codingHits: [KeywordMatcher.Hit] = [], featureHits: [KeywordMatcher.Hit] = []
        var orientationHits: [KeywordMatcher.Hit] = []
        let coderEntries = coder.matcher.entries.count
        let orientationStart = coderEntries + detector.matcher.entries.count
        let hits = keywords.hits(in: norm.scalars)
        // Counted first, so that each list is made at its size (appended to, each grew by copying).
        var coderCount = 0, featureCount = 0
        for hit in hits {  // without a branch: the three kinds of hits come mixed
            coderCount &+= hit.entry < coderEntries ? 1 : 0
            featureCount &+= hit.entry >= coderEntries && hit.entry < orientationStart ? 1 : 0
        }
        codingHits.reserveCapacity(coderCount)
        featureHits.reserveCapacity(featureCount)
        orientationHits.reserveCapacity(hits.count - coderCount - featureCount)
        for var hit in hits {
            if hit.entry < coderEntries {
                codingHits.append(hit)
            } else if hit.entry < orientationStart {
                hit.entry -= coderEntries
                featureHits.append(hit)
            } else {
                hit.entry -= orientationStart
                orientationHits.append(hit)
            }
        }
        let (coding, codes) = coder.codes(norm, structure: structure, ranges: clauseRanges, hits: codingHits,
                                          withCoding: keepCoding)
        result.coding = coding
        let areaCount = coder.areaIDs.count
        var classCounts = [Int](repeating: 0, count: coder.classIDs.count)
        var areaSeen = [Bool](repeating: false, count: areaCount)
        // Tool x area counts; column areaCount is "none" (a clause with tools but no area). A clause coded to two
        // areas counts in both, so the clauses with each tool are counted apart (`ToolAreaCounts.allClauses`).
        var toolArea = [Int](repeating: 0, count: coder.toolIDs.count * (areaCount + 1))
        var toolClauses = [Int](repeating: 0, count: coder.toolIDs.count)
        for c in codes {
            c.classes.forEach { classCounts[$0] += 1 }
            c.areas.forEach { areaSeen[$0] = true }
            let noArea = c.areas.isEmpty
            c.tools.forEach { t in
                toolClauses[t] += 1
                let row = t * (areaCount + 1)
                if noArea { toolArea[row + areaCount] += 1 }
                c.areas.forEach { toolArea[row + $0] += 1 }
            }
        }
        let toolTotal = classCounts.reduce(0, +)
        // The dictionaries are made at their size: grown an entry at a time, each was copied and hashed again
        // as it grew.
        let classesCounted = classCounts.count(where: { $0 > 0 })
        result.toolCounts.reserveCapacity(classesCounted)
        result.toolShares.reserveCapacity(classesCounted)
        for (i, n) in classCounts.enumerated() where n > 0 {
            result.toolCounts[coder.classIDs[i]] = n
            result.toolShares[coder.classIDs[i]] = Double(n) / Double(max(1, toolTotal))
        }
        // A tool's row has a cell when the tool is in a clause (with an area or with none).
        result.toolAreaCounts.reserveCapacity(toolClauses.count(where: { $0 > 0 }))
        for (t, tool) in coder.toolIDs.enumerated() where toolClauses[t] > 0 {
            let cells = toolArea[(t * (areaCount + 1))..<((t + 1) * (areaCount + 1))]
            var row = [String: Int](minimumCapacity: cells.count(where: { $0 > 0 }) + 1)
            for (a, n) in zip(0..., cells) where n > 0 {
                row[a == areaCount ? ToolAreaCounts.noArea : coder.areaIDs[a]] = n
            }
            row[ToolAreaCounts.allClauses] = toolClauses[t]
            result.toolAreaCounts[tool] = row
        }
        // The headings' titles name areas too (since analysis version 67): a document's whole task can stand in a run-in
        // title over text of its own, which is no clause ("（一）加快发展电子商务。省商务厅牵头…"). Areas only: the title is
        // still no clause for the tools, the tool x area counts or the measures.
        let titles = structure.sections.compactMap { $0.heading.map(norm.normalizedRange(of:)) }
        coder.areas(ofTitles: titles, in: norm, hits: codingHits).forEach { areaSeen[$0] = true }
        result.actionAreas = areaSeen.indices.filter { areaSeen[$0] }.map { coder.areaIDs[$0] }

        var ip: [TextSpan] = [], data: [TextSpan] = [], newBusiness: [TextSpan] = []
        var standards: [TextSpan] = [], legal: [TextSpan] = []
        var financial: [TextSpan] = []
        var goalClauses = 0
        var quantifiedDatedGoals: [TextSpan] = []
        var targetTable = TargetTable()
        // The last goal clause, while it may be the lead-in of a table below it ("主要指标如下："): its span, and whether
        // it ends in a colon.
        var lastGoal: (span: TextSpan, leadIn: Bool)?
        let hasGoalsSection = structure.clauses.contains { $0.role == .goals }
        // One measure per action or measure clause: reserved at its size, as the result is held to the end.
        result.measures.reserveCapacity(structure.clauses.count(where: { $0.role == .actions || $0.role == .measures }))
        var cursor = 0, orientationCursor = 0
        // One set of lists for every clause, emptied by each `detect`: a fresh set per clause was fourteen
        // arrays made and released, a good part of this stage.
        var f = FeatureDetector.Features()
        // Units a paragraph's closing note, an item's heading or a label line name for the measures around them.
        let notes = ResponsibilityNotes(norm: norm, structure: structure, clauseRanges: clauseRanges) { range in
            var lo = 0, hi = featureHits.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if featureHits[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var end = lo
            while end < featureHits.count && featureHits[end].range.lowerBound < range.upperBound { end += 1 }
            // `detect` finds units only at a duty word or a label (牵头, 牵头单位…) or in brackets: most headings have
            // none of them, and are not read.
            var named = false
            for h in lo..<end where detector.kinds[featureHits[h].entry].namesUnits {
                named = true
                break
            }
            guard named || norm.scalars[range].contains(0x28) else { return [] }
            detector.detect(norm, range, hits: featureHits, lo..<end, into: &f)
            return f.responsible
        }
        for k in 0..<min(structure.clauses.count, clauseRanges.count) {  // by index: a zip's iterator was a call per clause
            let clause = structure.clauses[k], range = clauseRanges[k]
            while cursor < featureHits.count && featureHits[cursor].range.lowerBound < range.lowerBound { cursor += 1 }
            var end = cursor
            while end < featureHits.count && featureHits[end].range.lowerBound < range.upperBound { end += 1 }
            detector.detect(norm, range, hits: featureHits, cursor..<end, into: &f)
            while orientationCursor < orientationHits.count
                    && orientationHits[orientationCursor].range.lowerBound < range.lowerBound { orientationCursor += 1 }
            var orientationEnd = orientationCursor
            while orientationEnd < orientationHits.count
                    && orientationHits[orientationEnd].range.lowerBound < range.upperBound { orientationEnd += 1 }
            // Most clauses find nothing of most kinds: an empty list is not appended (a call and a retain each).
            if !f.money.isEmpty { financial += f.money }
            if !f.ip.isEmpty { ip += f.ip }
            if !f.dataQualifier.isEmpty && !f.dataCore.isEmpty {
                data += f.dataCore
                data += f.dataQualifier
            }
            if !f.newBusiness.isEmpty { newBusiness += f.newBusiness }
            if !f.standards.isEmpty { standards += f.standards }
            if !f.legal.isEmpty { legal += f.legal }

            let quantified = f.quantity
            let deadline = f.deadline
            if (clause.role == .actions || clause.role == .measures) && (notes.labelLines.isEmpty || !notes.labelLines.contains(clause.index)) {
                let responsible = f.responsible.isEmpty
                    ? notes.inherited(at: range.lowerBound, section: clause.section, in: structure) : Self.handedOn(f.responsible)
                let m = MeasureAssessment(clause: clause.span, role: clause.role, quantified: Self.handedOn(quantified),
                                          responsible: responsible, deadline: Self.handedOn(deadline),
                                          money: Self.handedOn(f.money))
                if m.isVague { result.vagueMeasures += 1 }
                result.measures.append(m)  // its last use: moved into the list, not copied
            }
            if !f.evaluation.isEmpty {
                let indicators = f.indicator + quantified
                result.evaluation.append(EvaluationClause(clause: clause.span, terms: f.evaluation, indicators: indicators.sorted(),
                                                          schedule: Self.handedOn(f.schedule)))
            }
            let isGoal = hasGoalsSection ? clause.role == .goals : !f.goal.isEmpty
            if isGoal {
                switch targetTable.read(norm.scalars[range]) {
                case .header:
                    // Neither the header nor a lead-in right above it is a goal.
                    if let lead = lastGoal, lead.leadIn {
                        goalClauses -= 1
                        if quantifiedDatedGoals.last == lead.span { quantifiedDatedGoals.removeLast() }
                    }
                    lastGoal = nil
                case .datedRow:
                    goalClauses += 1
                    quantifiedDatedGoals.append(clause.span)
                    lastGoal = nil
                case .clause:
                    goalClauses += 1
                    if !quantified.isEmpty && !deadline.isEmpty { quantifiedDatedGoals.append(clause.span) }
                    var last = range.upperBound
                    while last > range.lowerBound && (NormalizedText.isLineSpace(norm.scalars[last - 1]) || norm.scalars[last - 1] == 0x0A) {
                        last -= 1
                    }
                    lastGoal = (clause.span, last > range.lowerBound && norm.scalars[last - 1] == 0x3A)
                }
            } else {
                targetTable = TargetTable()
                lastGoal = nil
            }
            // Goal and measure clauses are coded for orientation (the preamble and principles are not).
            if orientationEnd > orientationCursor && (isGoal || clause.role == .actions || clause.role == .measures) {
                // Most clauses' hits all end inside them: passed as they are, not copied by a filter.
                let clauseHits = orientationHits[orientationCursor..<orientationEnd]
                let coded = clauseHits.allSatisfy({ $0.range.upperBound <= range.upperBound })
                    ? orientation.code(clauseHits) : orientation.code(clauseHits.filter { $0.range.upperBound <= range.upperBound })
                // Rates (普及率) and denied terms (防止…基础设施建设) are no orientation.
                // A loop, not a filter: the filter's closure copied the whole extractor (every list it holds
                // retained and released) for each clause.
                var denialEnds: [Int] = []
                for h in cursor..<end where detector.kinds[featureHits[h].entry] == .denial {
                    denialEnds.append(featureHits[h].range.upperBound)
                }
                let mission = coded.mission.filter { !FeatureDetector.isNotOrientation(norm.scalars, $0, denialEnds: denialEnds) }
                let diffusion = coded.diffusion.filter { !FeatureDetector.isNotOrientation(norm.scalars, $0, denialEnds: denialEnds) }
                if !mission.isEmpty || !diffusion.isEmpty {
                    result.orientationClauses.append(OrientationClause(
                        clause: clause.span, role: clause.role,
                        mission: mission.map { norm.originalSpan($0.lowerBound, $0.upperBound) },
                        diffusion: diffusion.map { norm.originalSpan($0.lowerBound, $0.upperBound) }))
                }
            }
        }
        var governance: [GovernanceTopic: [TextSpan]] = [:]
        for (topic, spans) in [(GovernanceTopic.intellectualProperty, ip), (.data, data), (.newBusiness, newBusiness),
                               (.standards, standards), (.legal, legal)] where !spans.isEmpty {
            governance[topic] = spans
        }
        // Sorted, then each repeat dropped: the order of spans is their equality's, and a set hashed every span.
        result.governance = governance.mapValues { spans in
            var unique: [TextSpan] = []
            for span in spans.sorted() where unique.last != span { unique.append(span) }
            return unique
        }
        result.financialEvidence = financial
        result.financialSupport = !financial.isEmpty
        result.evaluationNamesIndicators = result.evaluation.contains { $0.namesIndicators }
        result.evaluationHasSchedule = result.evaluation.contains { $0.hasSchedule }
        result.goalClauses = goalClauses
        result.quantifiedDatedGoals = quantifiedDatedGoals
        result.goalOrientation = GoalOrientation(missionClauses: result.missionClauses, diffusionClauses: result.diffusionClauses)
        return result
    }

    /// A clause's list of `FeatureDetector.Features` as a result keeps it: an empty one as a new empty list,
    /// not the clause's storage, which, held by the result, would be copied when the next clause fills it
    /// (most measures have no evidence).
    private static func handedOn(_ spans: [TextSpan]) -> [TextSpan] {
        spans.isEmpty ? [] : spans
    }
}
