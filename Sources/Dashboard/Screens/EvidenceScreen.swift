import PolicyAnalysis
import PolicyModel
import TerminalUI

extension ScreenContext {
    /// The documents an indicator's value for a subject is computed over.
    func documents(of subject: Subject) -> [PolicyDocument] {
        switch subject {
        case .corpus: corpus.documents
        case .document(let id): corpus.document(id).map { [$0] } ?? []
        case .province(let code): corpus.documents(inRegion: code)
        case .issuer(let id): corpus.documents(byIssuer: id)
        // The area page's two lists (titles naming it, texts coded to it), as the Areas tab's row counts them.
        case .area(let id): areaProfiles().first { $0.area.id == id }.map { $0.documents + $0.documentsByText } ?? []
        }
    }

    func subjectLabel(_ subject: Subject) -> String {
        switch subject {
        case .corpus: self[.allSubjects]
        case .document(let id): documentLabel(id)
        case .province(let code): label(for: .province(code))
        case .issuer(let id): label(for: .issuer(id))
        case .area(let id): label(for: .area(id))
        }
    }

    /// An indicator's value over a subject's analysed documents (`TextIndicator.GroupValue`: pooled, their mean, or
    /// the highest), with how many have a value (nil: none).
    func groupValue(_ indicator: TextIndicator, over docs: [PolicyDocument]) -> TextIndicator.GroupValue? {
        guard let analysis else { return nil }
        var group = TextIndicator.GroupValue(indicator)
        for d in docs {
            guard let summary = analysis.indicators(d.id), let v = indicator.value(summary, analysis: analysis) else { continue }
            group.add(v, of: summary)
        }
        return group.documents == 0 ? nil : group
    }

    /// A distribution's bars, each labelled by the range of shown values it counts ("8–11%"; one value alone: "9%"):
    /// the documents are counted by their values as rounded beside them (`shownUnits`), so that every value on the
    /// page is in the bar whose label names it. Bars labelled by a rounded lower edge read a province at 9.3% beside
    /// '9%: 0' as nobody at 9%. At most ten bars, each as many units wide; nil where every value reads the same.
    func distribution(_ indicator: TextIndicator, _ values: [Double], tenths: Bool) -> ScreenContent.Chart? {
        let units = values.map { shownUnits(indicator, $0, tenths: tenths) }
        guard let lo = units.min(), let hi = units.max(), hi > lo else { return nil }
        let width = (hi - lo + 10) / 10
        var bins = Array(repeating: 0, count: (hi - lo) / width + 1)
        for u in units { bins[(u - lo) / width] += 1 }
        let bars = bins.enumerated().map { i, count in
            let first = lo + i * width, last = min(hi, first + width - 1)
            let label = first == last ? shownText(indicator, first, tenths: tenths)
                : shownNumber(indicator, first, tenths: tenths) + "–" + shownText(indicator, last, tenths: tenths)
            return (label, count)
        }
        return ScreenContent.Chart(title: self[.distributionDocuments], bars: bars, start: shownText(indicator, lo, tenths: tenths),
                                   end: shownText(indicator, hi, tenths: tenths))
    }

    /// Whether a share indicator's values are named in tenths of a percent: where its distribution's bins are
    /// narrower than one percentage point, whole percentages would name neighbours alike.
    private func inTenths(_ indicator: TextIndicator, step: Double) -> Bool {
        !indicator.isCount && step < 0.01
    }

    /// A value as shown beside its subject: named by what it is a share of where the indicator's name does not
    /// say ("Policy-tool shares" ranked a bare "40%", the supply class's share).
    func formatted(_ indicator: TextIndicator, _ v: Double?, tenths: Bool = false) -> String {
        guard let v else { return "-" }
        switch indicator.kind {
        case .toolShares: return toolClassShort("supply") + " " + number(indicator, v, tenths: tenths)
        case .goalOrientation: return self[.missionShare] + " " + number(indicator, v, tenths: tenths)
        // A count says what it counts, as a share its percent sign: '0.0' read as a bare number.
        default: return indicator.isCount ? self[.clauseCount(number(indicator, v, tenths: tenths))] : number(indicator, v, tenths: tenths)
        }
    }

    private func number(_ indicator: TextIndicator, _ v: Double, tenths: Bool = false) -> String {
        // A document's count is whole ('1', not '1.0'); a province's mean of its documents' counts is named in tenths
        // where it is not whole ('1.5').
        if indicator.isCount, Int((v * 10).rounded()) % 10 != 0 { return String(format: "%.1f", v) }
        return shownText(indicator, shownUnits(indicator, v, tenths: tenths), tenths: tenths)
    }

    /// A value in the units it is shown in, rounded once for the rows and the distribution alike: whole counts (the
    /// distribution counts documents, each a whole count: its bins were '0.0–0.1 … 0.8–0.9'), tenths of a percent,
    /// or whole percents.
    private func shownUnits(_ indicator: TextIndicator, _ v: Double, tenths: Bool) -> Int {
        Int((v * (indicator.isCount ? 1 : tenths ? 1000 : 100)).rounded())
    }

    /// Shown units as text without the percent sign ("9", "9.3"): a range's first end.
    private func shownNumber(_ indicator: TextIndicator, _ units: Int, tenths: Bool) -> String {
        tenths && !indicator.isCount ? String(format: "%.1f", Double(units) / 10) : String(units)
    }

    private func shownText(_ indicator: TextIndicator, _ units: Int, tenths: Bool) -> String {
        shownNumber(indicator, units, tenths: tenths) + (indicator.isCount ? "" : "%")
    }

    /// One pass over the analysed documents: each document's value, and each province's (`TextIndicator.GroupValue`:
    /// pooled, the mean, or the highest), worst first.
    /// Without `sortDocuments` only the worst document is returned (the indicator lists need no more). `tenths`:
    /// whether the values are named in tenths of a percent (`inTenths` of the documents' spread), on the ranking and
    /// wherever its values are named (the lists, the overview, an evidence page's header).
    /// `withoutValue`: the analysed documents the indicator is about that have no value (a document in which no
    /// measure was recognised has no share of vague measures), in corpus order.
    func indicatorValues(_ id: TextIndicatorKind, analysis: AnalysisView, sortDocuments: Bool = true)
        -> (provinces: [(String, Double)], documents: [(String, Double)], tenths: Bool, withoutValue: [String]) {
        let indicator = TextIndicator(id)
        var documents: [(String, Double)] = [], withoutValue: [String] = []
        var byProvince: [String: TextIndicator.GroupValue] = [:]
        var lo = Double.infinity, hi = -Double.infinity
        let values = analysis.values(of: id)
        let positions = analysisPositions(analysis)
        // By index: `for d in` copies every document (a retain per field), 24 indicators x 10,000 documents.
        let all = corpus.documents
        for i in all.indices where id == .centralOverlap ? all[i].isCentral : !(id.isAboutLocalDocuments && all[i].isCentral) {
            // Overlap between central documents is about the centre only; what a document took from the centre,
            // about local documents only (the centre's own documents, the guiding opinion at 0%, are not ranked).
            guard let p = positions[i] else { continue }
            guard let v = values[p] else {
                withoutValue.append(all[i].id)
                continue
            }
            documents.append((all[i].id, v))
            lo = min(lo, v)
            hi = max(hi, v)
            if let r = all[i].region { byProvince[r, default: TextIndicator.GroupValue(indicator)].add(v, of: analysis.result.documents[p]) }
        }
        // With one province's texts analysed there is no other province to be near: unknown, not 0% ("all equal 0%").
        if id == .nearestProvince && byProvince.count < 2 {
            return ([], [], false, withoutValue + documents.map(\.0))
        }
        let lowIsWorse = indicator.lowIsWorse
        let worstFirst: ((String, Double), (String, Double)) -> Bool = { a, b in
            a.1 != b.1 ? (lowIsWorse ? a.1 < b.1 : a.1 > b.1) : a.0 < b.0
        }
        let provinces = byProvince.compactMap { r, group in group.value.map { (r, $0) } }.sorted(by: worstFirst)
        return (provinces, sortDocuments ? documents.sorted(by: worstFirst) : documents.min(by: worstFirst).map { [$0] } ?? [],
                hi > lo && inTenths(indicator, step: (hi - lo) / 10), withoutValue)
    }

    /// The worst subject of a text indicator and its value, for the indicator lists and the overview.
    func worstOf(_ id: TextIndicatorKind) -> (label: String, value: String)? {
        guard let analysis else { return nil }
        let values = indicatorValues(id, analysis: analysis, sortDocuments: false)
        let indicator = TextIndicator(id)
        // When every province has the same value (or, where more is worse, the worst is 0), none is the worst:
        // naming the first of them by code would say more than was seen.
        let noneHasIt = { (value: Double) in !indicator.lowIsWorse && value <= 0 }
        if let p = values.provinces.first {
            let label = worstLabel(subjectLabel(.province(p.0)), tied: values.provinces.prefix { $0.1 == p.1 }.count,
                                   of: values.provinces.count, nobody: noneHasIt(p.1))
            return (label, formatted(indicator, p.1, tenths: values.tenths))
        }
        if let d = values.documents.first {
            return (worstLabel(subjectLabel(.document(d.0)), tied: 1, of: 1, nobody: noneHasIt(d.1)), formatted(indicator, d.1, tenths: values.tenths))
        }
        // Analysed documents, none with a value: said why, as the ranking says it.
        if !values.withoutValue.isEmpty, let why = indicator.whyNoValue { return (self[why], "-") }
        return nil
    }

    /// The worst subject's label, said as what was seen: "all equal" when every one of `count` subjects shares
    /// the worst value (or `nobody` has the problem), a tie when `tied` of them do, else the subject.
    func worstLabel(_ subject: String, tied: Int, of count: Int, nobody: Bool = false) -> String {
        if nobody || (count > 1 && tied == count) { return self[.allEqual] }
        return tied > 1 ? self[.tiedWith(subject, tied - 1)] : subject
    }

    /// A text indicator ranked over provinces, then documents, worst first, with its distribution.
    func textIndicatorRanking(_ id: TextIndicatorKind, into c: inout ScreenContent) {
        let indicator = TextIndicator(id)
        guard let analysis else {
            c = needsTexts(c)
            return
        }
        // The rows name their values as the chart names its bins (`tenths`): at 10,000 formula-style documents,
        // where 照搬中央比例 lies between 0% and 8.4%, every province ranked read '1%'.
        let (provinceRows, docRows, tenths, withoutValue) = indicatorValues(id, analysis: analysis)
        c.chart = distribution(indicator, docRows.map(\.1), tenths: tenths)
        c.columns = [.init(title: "#", width: 4, alignment: .right), .init(title: self[.subjectColumn], width: nil),
                     .init(title: self[.value], width: id == .goalOrientation || id == .toolShares || indicator.isCount ? 12 : 8, alignment: .right)]
        if !provinceRows.isEmpty {
            let heading: Label = switch indicator.groupRule {
            case .highest: .byProvinceHighestOfDocuments
            case .mean: .byProvinceMeanOverDocuments
            case .pooled: .byProvincePooled
            }
            c.rows.append(.init(cells: [self[heading]], kind: .heading))
            for (i, (code, v)) in provinceRows.enumerated() {
                c.rows.append(.init(cells: [String(i + 1), subjectLabel(.province(code)), formatted(indicator, v, tenths: tenths)],
                                    target: .evidence(indicator: id, subject: .province(code))))
            }
        }
        // Provinces whose every analysed document has no value, said as the documents are (they were missing from the
        // provinces' ranking while the Provinces tab listed them).
        let ranked = Set(provinceRows.map(\.0))
        let unranked = Set(withoutValue.compactMap { corpus.document($0)?.region }).subtracting(ranked).sorted()
        if !unranked.isEmpty {
            c.rows.append(.init(cells: [self[.provincesWithoutValue(unranked.count, why: indicator.whyNoValue.map { self[$0] })]], kind: .heading))
            for code in unranked {
                c.rows.append(.init(cells: ["", subjectLabel(.province(code)), "-"], target: .province(code)))
            }
        }
        c.rows.append(.init(cells: [self[.byDocument]], kind: .heading))
        for (i, (docID, v)) in docRows.enumerated() {
            let title = corpus.document(docID)?.title ?? ""
            c.rows.append(.init(cells: [String(i + 1), documentLabel(docID) + "  " + title, formatted(indicator, v, tenths: tenths)],
                                target: .evidence(indicator: id, subject: .document(docID))))
        }
        // Analysed documents without a value, said and listed: left out silently, a province's plan made of vague
        // measures under themed headings (no measure recognised) was missing from the vague-measures ranking.
        if !withoutValue.isEmpty {
            c.rows.append(.init(cells: [self[.withoutValue(withoutValue.count, why: indicator.whyNoValue.map { self[$0] })]], kind: .heading))
            for docID in withoutValue {
                let title = corpus.document(docID)?.title ?? ""
                c.rows.append(.init(cells: ["", documentLabel(docID) + "  " + title, "-"], target: .document(docID)))
            }
        }
    }

}

/// Text indicators ranked over provinces and documents, and the evidence behind each value.
struct EvidenceScreen: Screen {
    let context: ScreenContext
    let id: TextIndicatorKind
    let subject: Subject

    /// What a document's share is of, in the counts that make it, so that it can be checked by hand: copied text in
    /// content characters (letters, digits, ideographs; the spans quoted count punctuation too, and a share of the
    /// text's length came out a point off), a share of counted things in those things. Empty for the others.
    private func documentBasis(_ indicator: TextIndicator) -> String {
        guard case .document(let document) = subject, let summary = context.analysis?.indicators(document) else { return "" }
        return shareBasis(indicator, of: summary)
    }

    private func shareBasis(_ indicator: TextIndicator, of summary: DocumentSummary) -> String {
        if let counts = indicator.counts(summary) { return context[.ofCounted(part: counts.part, whole: counts.whole)] }
        let share: Double? = switch indicator.kind {
        case .copiedFromCentre: summary.copiedFromCentre
        case .nearestProvince: summary.nearestProvince?.share
        default: nil
        }
        guard let share, summary.contentLength > 0 else { return "" }
        return context[.ofContentCharacters(part: Int((share * Double(summary.contentLength)).rounded()), whole: summary.contentLength)]
    }

    func content() -> ScreenContent {
        var c = ScreenContent()
        guard let analysis = context.analysis else { return context.needsTexts(c) }
        let indicator = TextIndicator(id)
        // A group's over the documents the indicator is about: a central document copies nothing from the centre
        // (its 0 lowered an area's mean) and has no province to compare with.
        let docs = context.documents(of: subject).filter {
            analysis.indicators($0.id) != nil && !(subject.isGroup && id.isAboutLocalDocuments && $0.isCentral)
        }
        let definition = context.taxonomy.problems.allIndicators.first { $0.id == id.rawValue }
        // The value named as the ranking names it (in tenths where its spread needs them), here and on the pair it is from.
        let tenths = context.indicatorValues(id, analysis: analysis, sortDocuments: false).tenths
        // A group's value as its row in a list gives it (`TextIndicator.GroupValue`), and said how it is made.
        let value = context.groupValue(indicator, over: docs)
        let basis = { (group: TextIndicator.GroupValue) -> String in
            switch indicator.groupRule {
            case .highest: context[.highestOfDocuments(group.documents)]
            case .mean: context[.meanOverDocuments(group.documents)]
            case .pooled: group.pooledCounts.map { context[.pooledOverDocuments(group.documents, part: $0.part, whole: $0.whole)] } ?? ""
            }
        }
        c.header = [.init((definition.map { context.name($0.name) } ?? id.rawValue) + context[.colon] + context.subjectLabel(subject) + "  "
                          + context.formatted(indicator, value?.value, tenths: tenths)
                          + (subject.isGroup ? value.map(basis) ?? "" : documentBasis(indicator)),
                          style: .bold)]
        if let definition { c.header.append(.init(context.name(definition.measures), style: .dim)) }
        c.columns = context.documentColumns()
        // Quotes up to `quotesPerPage` in all, later documents listed with their count: each quote needs its text read
        // (and a tool's clauses the document coded again), and 江苏's 264 documents at 10,000 took 2 s for 政策工具结构.
        var quoted = 0, counted = false
        for d in docs {
            guard let summary = analysis.indicators(d.id) else { continue }
            c.rows.append(context.documentRow(d))
            // A group's value made of its documents', each document's part under its row, so that the header's sum or
            // mean can be checked (a mean of shares gave no document's share on the page).
            if subject.isGroup, let counts = indicator.counts(summary) {
                c.rows.append(.init(cells: ["    " + context[.documentCounts(part: counts.part, whole: counts.whole,
                                                                            percent: SharePercent.text(Double(counts.part) / Double(counts.whole)))]],
                                    kind: .note))
            } else if subject.isGroup, let v = indicator.value(summary, analysis: analysis) {
                c.rows.append(.init(cells: ["    " + context[.documentValue(context.formatted(indicator, v, tenths: tenths) + shareBasis(indicator, of: summary))]],
                                    kind: .note))
            }
            if indicator.isPairwise {
                // The pairs the value is about (the other central issuers' documents; other provinces'), each with the
                // share of this document's text it covers, largest first, and the one the value is taken from marked:
                // every pair of the document, sorted by the target's share, buried the two that mattered.
                let relation: ReuseRelation? = switch id {
                case .centralOverlap: .central
                case .nearestProvince: .horizontal
                default: nil
                }
                let mine = { (p: ReusePairSummary) in p.target == d.id ? p.targetShare : p.sourceShare }
                let pairs = analysis.pairs(involving: d.id).filter { relation == nil || $0.relation == relation }
                    .sorted { mine($0) != mine($1) ? mine($0) > mine($1) : $0.source < $1.source }
                let valueFrom: String? = switch id {
                case .centralOverlap: pairs.first.map { $0.source == d.id ? $0.target : $0.source }
                case .nearestProvince: summary.nearestProvince?.document
                default: nil
                }
                for p in pairs {
                    let other = p.source == d.id ? p.target : p.source
                    // In the header's precision (11.8% beside 11.8%, not 12%); a share above 0 never reads 0.
                    let share = SharePercent.text(mine(p), decimals: relation != nil && tenths ? 1 : 0) + "  "
                    let passages = context[.passageCount(p.copies)]
                    let cell = "    " + context.relationName(p.relation) + "  " + context.documentLabel(other) + "  " + share + passages
                        + (other == valueFrom ? "  " + context[.theValueIsThisPairs] : "")
                    var row = ScreenContent.Row(cells: [cell], target: .compare(p.source, p.target), kind: .text)
                    row.spans = [.init(range: 0..<row.cells[0].count, style: Theme.reuse(p.relation))]
                    c.rows.append(row)
                }
                continue
            }
            // A document whose count row Enter was pressed on is listed whole (`ViewState.expanded`).
            let whole = context.expanded.contains(d.id)
            if id == .toolShares {
                guard quoted < ScreenContext.quotesPerPage || whole else {
                    // The clauses the shares count (`toolCounts`, the analysts' overrides applied), as the page would list.
                    let n = context.taxonomy.tools.classes.filter(\.isTool).map { summary.toolCounts[$0.id] ?? 0 }.reduce(0, +)
                    c.rows.append(n == 0 ? noEvidenceRow : notQuotedRow(.clausesNotQuoted(n), document: d.id))
                    counted = counted || n > 0
                    continue
                }
                // Counted toward the page's quotes as if cut: a document listed whole leaves the rest of the page as it was.
                let (rows, cut) = toolClassRows(d, whole: whole)
                quoted += cut
                c.rows += rows
                continue
            }
            let details = analysis.details(d.id)
            let spans = details.map(indicator.evidence) ?? []
            // A coverage indicator's low value is about the measures without it: they are listed after those with it.
            let without = details.flatMap(indicator.measuresWithout) ?? []
            if spans.isEmpty && without.isEmpty {
                // Unknown, not none: the reason the value is unknown (QA pass 50: a document with no measure recognised
                // said only that no passage supports it).
                if let why = indicator.whyNoValue, indicator.value(summary, analysis: analysis) == nil {
                    var row = noEvidenceRow
                    row.cells = ["    " + context[.noValueBecause(context[why])]]
                    c.rows.append(row)
                } else {
                    c.rows.append(noEvidenceRow)
                }
                continue
            }
            guard quoted < ScreenContext.quotesPerPage || whole else {
                c.rows.append(notQuotedRow(.passagesNotQuoted(spans.count + without.count), document: d.id))
                counted = true
                continue
            }
            guard let text = context.corpus.text(of: d) else {
                c.rows.append(context.textUnreadableRow)
                continue
            }
            // Counted toward the page's quotes as if cut: a document listed whole leaves the rest of the page as it was.
            quoted += min(spans.count, Self.quotedPerList) + min(without.count, Self.quotedPerList)
            c.rows += quoteRows(spans, of: text, document: d.id, whole: whole)
            if !without.isEmpty, let measures = details?.measures.count {
                let name = definition.map { context.name($0.name) } ?? id.rawValue
                c.rows.append(.init(cells: ["    " + context[.measuresWithout(name, count: without.count, of: measures)]], kind: .note))
                c.rows += quoteRows(without, of: text, document: d.id, whole: whole)
            }
        }
        if counted {
            c.header.append(.init(context[id == .toolShares ? .toolClausesQuotesCapped(ScreenContext.quotesPerPage)
                                                            : .evidenceQuotesCapped(ScreenContext.quotesPerPage)], style: .dim))
        }
        return c
    }

    /// A document's passages or clauses past the page's quotes, counted on a row that Enter quotes them on.
    private func notQuotedRow(_ count: Phrase, document: String) -> ScreenContent.Row {
        var row = ScreenContent.Row(cells: ["    … " + context[count]], kind: .text)
        row.expands = document
        return row
    }

    /// The passages (or a tool class's clauses) a document's list quotes before it says how many more there are, on
    /// a row that Enter lists them on (`ViewState.expanded`): read and quoted for the one document asked for, the
    /// page stays as quick to open at 10,000 documents.
    static let quotedPerList = 50

    /// The row after a list's first `quotedPerList`: how many more, and that Enter lists them (the key is the document's:
    /// Enter lists all of its lists).
    private func moreRow(_ count: Int, document: String) -> ScreenContent.Row {
        var row = ScreenContent.Row(cells: ["    … " + context[.moreHitsEnterLists(count)]], kind: .text)
        row.expands = document
        row.exportedText = "    … " + context[.moreHits(count)]
        return row
    }

    private var noEvidenceRow: ScreenContent.Row {
        var row = ScreenContent.Row(cells: ["    " + context[.noneNoPassageOfThis]], kind: .text)
        row.whyNothingOpens = context[.noPassageToOpen]
        return row
    }

    /// The clauses behind a document's policy-tool shares, class by class (supply's first: the value is its share),
    /// each class's count and share above its clauses, each clause with the keywords that coded it. Clause coding is
    /// not stored: the document is coded again here, with the analysts' overrides applied, as its counts are.
    /// With the rows, how many clauses they would quote cut (`quotedPerList` a class), what the page's cap counts.
    private func toolClassRows(_ d: PolicyDocument, whole: Bool) -> (rows: [ScreenContent.Row], cut: Int) {
        guard let text = context.corpus.text(of: d) else { return ([context.textUnreadableRow], 0) }
        let machine = context.machineCoding(of: d.id, text: text)
        let classes = context.taxonomy.tools.classes.filter(\.isTool)
        let byClass = TextIndicator(id).toolClassClauses(context.reviewedClauses(d.id, machine: machine), machine: machine,
                                                         scheme: CodingScheme(taxonomy: context.taxonomy), classes: classes.map(\.id)) ?? []
        let total = byClass.map(\.clauses.count).reduce(0, +)
        guard total > 0 else { return ([noEvidenceRow], 0) }
        let scalars = text.scalarArray
        var rows: [ScreenContent.Row] = []
        var cut = 0
        // Where a clause is in two classes the total is of codes, not clauses: said once, with the clauses counted.
        let distinct = Set(byClass.flatMap { $0.clauses.map(\.span) }).count
        if distinct != total { rows += context.textRows("    " + context[.toolClassCodesOfClauses(codes: total, clauses: distinct)], indent: "    ", kind: .note) }
        for (toolClass, clauses) in byClass where !clauses.isEmpty {
            let name = classes.first { $0.id == toolClass }.map { context.name($0.name) } ?? toolClass
            let percent = Int((Double(clauses.count) / Double(total) * 100).rounded())
            rows.append(.init(cells: ["    " + context[.toolClassClauses(name, count: clauses.count, of: total, percent: percent)]], kind: .note))
            let shown = whole ? clauses.count : Self.quotedPerList
            cut += min(clauses.count, Self.quotedPerList)
            rows += clauses.prefix(shown).map { context.quoteRow(scalars, span: $0.span, document: d.id, tag: context[.codedBy(keywords: $0.keywords)], keeping: $0.keywords) }
            if clauses.count > shown { rows.append(moreRow(clauses.count - shown, document: d.id)) }
        }
        return (rows, cut)
    }

    /// The first `quotedPerList` spans quoted (all of them, `whole`), and how many more there are.
    private func quoteRows(_ spans: [TextSpan], of text: String, document id: String, whole: Bool) -> [ScreenContent.Row] {
        let shown = whole ? spans.count : Self.quotedPerList
        // The text's scalars once for all its quotes (each quote from the String walked the text again).
        let scalars = text.scalarArray
        var rows = spans.prefix(shown).map { context.quoteRow(scalars, span: $0, document: id) }
        if spans.count > shown { rows.append(moreRow(spans.count - shown, document: id)) }
        return rows
    }
}
