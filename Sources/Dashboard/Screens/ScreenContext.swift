import Foundation
import PolicyModel
import TerminalUI

/// What every screen is built from (its settings and the data) and the pieces screens share (document rows,
/// finding rows, labels). Pure: the same context gives the same screens.
struct ScreenContext {
    /// The settings it builds from: also the content cache's key.
    let inputs: ScreenInputs
    /// The data, which `inputs.dataRevision` stands for.
    let corpus: Corpus
    let analysis: AnalysisView?
    let reviews: ReviewStore
    let machineCodings: MachineCodings
    /// The tools' documents (`ToolDocuments`), kept across screens and keys.
    private let toolDocumentsCache: BuildCache<ToolDocuments.Key, ToolDocuments>
    /// The full-text search's results, when they answer the search the current screen needs.
    let textSearch: TextSearchResults?
    /// How many documents the corpus holds, whatever the scope (`corpus` is the part in scope).
    let corpusCount: Int
    /// The corpus's documents, whatever the scope: what the scope's days left out for want of a date is said.
    private let unscopedDocuments: [PolicyDocument]
    /// Province profiles made once per context: the rankings of several indicators (and the overview's worst
    /// of each) read the same profiles, each a pass over a province's documents (at 10,000 documents, made
    /// anew for each ranking, 15% of the CPU samples of a start to the Indicators tab; made once, 9%).
    private let profiles = Memo<String, ProvinceProfile>()
    /// Where each of the corpus's documents is in the analysis, found once per context: every text
    /// indicator's ranking reads its values by position (`AnalysisView.values(of:)`). One value, under `true`.
    private let positions = Memo<Bool, [Int?]>()
    /// The action areas' profiles, made once per context: the overview counts the areas' documents and ranks
    /// central issuers per area for its worst indicators from the same profiles (each a pass over the corpus,
    /// made twice per overview before). One value, under `true`.
    private let areas = Memo<Bool, [AreaProfile]>()

    /// The builder for a state, at its size and in its language.
    init(state: AppState) {
        inputs = ScreenInputs(state)
        corpus = state.scoped
        analysis = state.analysis
        reviews = state.reviews
        machineCodings = state.machineCodings
        toolDocumentsCache = state.toolDocuments
        textSearch = TextSearching.shownResults(state)
        corpusCount = state.corpus.documents.count
        unscopedDocuments = state.corpus.documents
    }

    /// The scope's label with its undated documents left out (`CorpusScope.statement(over:)`), for the headers
    /// that show scoped counts.
    var scopeStatement: String {
        name(inputs.scope.statement(over: unscopedDocuments))
    }

    /// What the scope's days did with the documents that have no full date, without the scope's label (which the
    /// status line shows); empty when every document had its date.
    var scopeDateNote: String {
        name(CorpusScope.note(inputs.scope.datePlacements(in: unscopedDocuments), brief: true))
    }

    /// Each tool's documents in the corpus as scoped, with their clauses of it; nil without an analysis.
    var toolDocuments: ToolDocuments? {
        analysis.map { analysis in
            toolDocumentsCache.value(for: ToolDocuments.Key(dataRevision: inputs.dataRevision, scope: inputs.scope)) {
                ToolDocuments(corpus: corpus, analysis: analysis)
            }
        }
    }

    var language: Language { inputs.language }
    /// The screen's width: what columns and wide-screen choices go by. Text is wrapped to `rowWidth`.
    var width: Int { inputs.width }
    /// The columns a row of the table is drawn in (`Layout.rowWidth`): the screen's width less a side panel's
    /// where the screen has one beside its rows, less the review marks' column when anything is reviewed. What
    /// every wrapped text (a document's, a definition, a finding, the help) is wrapped to.
    func rowWidth(besidePanel: Bool = false) -> Int {
        rowWidth(besidePanelOf: besidePanel ? Layout.panelWidth : 0)
    }
    /// The same beside a panel `panel` columns wide (0: none).
    func rowWidth(besidePanelOf panel: Int) -> Int {
        Layout.rowWidth(table: Layout.tableWidth(screen: width, besidePanel: panel > 0, panelWidth: panel), anythingReviewed: !reviews.active.isEmpty)
    }
    /// The screen's rows: known to the Reviews tab only (0 on other screens, `ScreenInputs.height`).
    var height: Int { inputs.height }
    var filter: DocumentFilter { inputs.filter }
    var reviewFilter: ReviewFilter { inputs.reviewFilter }
    var analysisStatus: AnalysisStatus { inputs.analysisStatus }
    var variant: Int { inputs.variant }
    /// The lists the screen shows whole, by the keys of the rows that listed them (`ViewState.expanded`).
    var expanded: Set<String> { inputs.expanded }

    var taxonomy: Taxonomy { corpus.taxonomy }
    var zh: Bool { language == .chinese }

    subscript(_ label: Label) -> String { label.text(in: language) }
    subscript(_ phrase: Phrase) -> String { phrase.text(in: language) }
    func name(_ text: LocalizedText) -> String { text.text(in: language) }
    /// An issuer as tables name it: the Chinese name, or the English abbreviation (MIIT) in English.
    func issuerName(_ issuer: Issuer) -> String { zh ? issuer.zh : issuer.abbreviation }

    /// The screen of a route: the one place that maps routes to screen types.
    func screen(for route: Route) -> any Screen {
        switch route {
        case .overview: OverviewScreen(context: self)
        case .provinces: ProvincesScreen(context: self)
        case .issuers: IssuersScreen(context: self)
        case .areas: AreasScreen(context: self)
        case .documents: DocumentListScreen(context: self, title: self[.documentsTab], filter: filter, showFilter: true)
        case .indicators: IndicatorsScreen(context: self)
        case .help: HelpScreen(context: self)
        case .province(let code): ProvinceScreen(context: self, code: code)
        case .issuer(let id): IssuerScreen(context: self, id: id)
        case .area(let id): AreaScreen(context: self, id: id)
        case .document(let id): DocumentScreen(context: self, id: id)
        case .indicator(let id): IndicatorScreen(context: self, id: id)
        case .documentSet(let f): DocumentListScreen(context: self, title: describe(f), filter: f, showFilter: false)
        case .compare(let a, let b): CompareScreen(context: self, sourceID: a, targetID: b)
        case .similarity: SimilarityScreen(context: self)
        case .tools: ToolsScreen(context: self, variant: variant)
        case .timeline: TimelineScreen(context: self, variant: variant)
        case .evidence(let indicator, let subject): EvidenceScreen(context: self, id: indicator, subject: subject)
        case .toolClauses(let tool, let scope): ToolClausesScreen(context: self, tool: tool, scope: scope)
        case .reviews: ReviewsScreen(context: self)
        case .problem(let id): ProblemScreen(context: self, id: id)
        case .findings: FindingsScreen(context: self)
        case .textSearch(let query): TextSearchScreen(context: self, query: query)
        }
    }

    /// The screen of the route the context was made for.
    var screen: any Screen { screen(for: inputs.route) }

    /// The breadcrumb label of a route, short enough for the status line.
    func label(for route: Route) -> String {
        switch route {
        case .overview, .provinces, .issuers, .areas, .documents, .indicators, .help, .similarity, .tools, .timeline,
             .reviews, .findings:
            return Labels.screens[route].map { name($0.name) } ?? ""
        case .textSearch(let query): return self[.textSearchPrefix] + "“" + query + "”"
        case .province(let code): return provinceName(code)
        case .issuer(let id): return taxonomy.issuer(id).map(issuerName) ?? id
        case .area(let id): return taxonomy.area(id).map { name($0.name) } ?? id
        case .document(let id): return corpus.document(id).map { $0.number ?? $0.id } ?? id
        case .indicator(let id): return taxonomy.problems.allIndicators.first { $0.id == id.rawValue }.map { name($0.name) } ?? id.rawValue
        case .documentSet(let f): return describe(f)
        case .compare(let a, let b):
            let sides = Route.compareSides(a, b, in: analysis)
            return self[.compare] + documentLabel(sides.left) + " ↔ " + documentLabel(sides.right)
        case .evidence(let indicator, let subject):
            return self[.evidence] + label(for: .indicator(.text(indicator))) + " · " + subjectLabel(subject)
        case .toolClauses(let tool, let scope):
            let toolName = taxonomy.tools.allTools.first { $0.id == tool }.map { name($0.name) } ?? tool
            switch scope {
            case .all: return toolName
            case .area(let id): return toolName + " · " + label(for: .area(id))
            case .level(let level): return toolName + " · " + name(level.name)
            case .year(let year): return toolName + " · " + String(year)
            }
        case .problem(let id): return taxonomy.problems.families.first { $0.id == id }.map { name($0.name) } ?? id
        }
    }

    /// Tab titles for narrow terminals.
    func shortLabel(for route: Route) -> String {
        Labels.screens[route].map { name($0.short) } ?? label(for: route)
    }

    // MARK: - Shared pieces

    func documentColumns() -> [ScreenContent.Column] {
        // Most numbers take 16-20 columns, the longest 24 (发改办高技〔2017〕1668号): whole at every width, the column
        // no wider than the longest number listed (`fitsCells`). A number is what analysts search by: at 80 columns
        // '工信部信软…' and '苏政办发〔2016〕…' lost the year or the number itself (QA pass 45).
        let numberWidth = 24
        // Where/who takes 10 columns (12 in English) at 80, and a quarter of what the other columns, their gaps and
        // the review mark leave on a wider line, up to its longest name (fitted): 工业和信息化部 was cut to
        // '工业和信…' with 100 columns empty at 200; the title keeps the rest.
        // (Its share is reckoned with the number's column as it was, 18 below the panel's width: where/who kept
        // '工业和信息化部' whole at 100 columns.)
        let numberShare = width >= Layout.panelMinimumWidth ? 24 : 18
        let whereWho = max(zh ? 10 : 12, (width - (12 + 4 + numberShare) - 4 - 1) / 4)
        // A date is 10 columns; a year known only from the number, 12 in Chinese ('2016（文号）', cut to '2016…'
        // in a column of 10): as wide as the dates listed need.
        return [ScreenContent.Column(title: self[.date], width: 12, fitsCells: true),
                ScreenContent.Column(title: self[.levelShortColumn], width: 4),
                ScreenContent.Column(title: self[.whereWho], width: whereWho, fitsCells: true),
                ScreenContent.Column(title: self[.number], width: numberWidth, fitsCells: true),
                ScreenContent.Column(title: self[.title], width: nil)]
    }

    /// Under a document whose text file was changed or moved since the analysis: its passages or clauses are
    /// counted, not readable (not 'none', not 'not quoted').
    var textUnreadableRow: ScreenContent.Row {
        .init(cells: ["    " + self[.theTextCouldNotBe]], kind: .note)
    }

    func documentRow(_ d: PolicyDocument) -> ScreenContent.Row {
        let date = shortDate(d)
        let place = d.region.flatMap { taxonomy.division($0)?.displayName }.map(name)
            ?? d.issuers.first.flatMap { taxonomy.issuer($0) }.map(issuerName) ?? "-"
        let title = d.titleWithNote(in: language) + (d.synthetic && !d.title.containsBytes(of: "合成") ? self[.syntheticSuffix] : "")
        return ScreenContent.Row(
            cells: [date, levelCode(d.level), place, d.number ?? "-", title],
            sortKeys: [d.date.map { .number(Double($0.dayNumber)) } ?? .missing,
                       .number(Double(Level.allCases.firstIndex(of: d.level) ?? 0)), placeSortKey(d),
                       d.number.map { .text($0) } ?? .missing, .text(d.title)],
            target: .document(d.id))
    }

    /// How a column of names sorts: by the name as shown, ignoring case. In Chinese, a name the taxonomy also
    /// spells in Latin letters sorts by that spelling (`latin`: a province's pinyin, `Division.sortSpelling`, so
    /// that 内蒙古 sorts under N and 西藏 under X, not under Inner Mongolia and Tibet); a name without one
    /// (issuers, areas) sorts by its characters' code points, a stable order though not pinyin.
    func nameSortKey(_ shown: String, latin: String? = nil) -> SortKey {
        .text((zh ? latin ?? shown : shown).lowercased())
    }

    /// Where a document is from, in the order analysts expect: provinces by their division code (北京 110000
    /// first, not 上海 by the code point of its name), then issuers in the taxonomy's order.
    func placeSortKey(_ d: PolicyDocument) -> SortKey {
        if let region = d.region, let code = Double(region) { return .number(code) }
        if let issuer = d.issuers.first, let index = taxonomy.issuers.firstIndex(where: { $0.id == issuer }) {
            return .number(1_000_000 + Double(index))
        }
        return .missing
    }

    /// Four columns' worth of level, for tables.
    func levelCode(_ level: Level) -> String { name(Labels.levelCode(level)) }

    /// Rows of wrapped text (a paragraph of metadata, a definition), each opening `target` if given.
    /// `text` wrapped into rows; `within`: the columns the rows have (`rowWidth()` unless a side panel takes part
    /// of the screen: `rowWidth(besidePanel: true)`).
    func textRows(_ text: String, indent: String = "", target: Route? = nil, kind: ScreenContent.Row.Kind = .text,
                  within: Int? = nil) -> [ScreenContent.Row] {
        TextView.wrap(text, width: max(20, (within ?? rowWidth()) - 2 - DisplayWidth.of(indent))).enumerated().map { i, line in
            var row = ScreenContent.Row(cells: [(i == 0 ? "" : indent) + line.text], target: target, kind: kind)
            row.continuation = line.continuation
            return row
        }
    }

    func findingRows(_ findings: [Finding], heading: Bool = true, within: Int? = nil) -> [ScreenContent.Row] {
        guard !findings.isEmpty else { return [] }
        var rows: [ScreenContent.Row] = []
        if heading {
            rows.append(ScreenContent.Row(cells: [self[.citedFindings(findings.count)]], kind: .heading))
        }
        for f in findings {
            let cite = corpus.citation(f.citation.source)
            let source = [cite.map { shortCitation($0) } ?? f.citation.source, f.citation.locator.map { SectionLocator.text($0, in: language) }]
                .compactMap { $0 }.joined(separator: self[.citationSeparator])
            // Findings are read in full: wrapped over as many rows as they need, each opening the subject.
            rows += textRows("• " + name(f.text) + "  〔" + source + "〕", indent: "  ", target: findingTarget(f), within: within)
                .map { row in
                    var finding = row
                    finding.isItsTarget = false
                    return finding
                }
        }
        return rows
    }

    /// A finding opens what it is about: the first subject that has a screen.
    func findingTarget(_ f: Finding) -> Route? {
        for s in f.about {
            switch s.kind {
            case .province: return .province(s.id)
            case .issuer: return .issuer(s.id)
            case .document: return .document(s.id)
            case .area: return .area(s.id)
            case .corpus: continue
            }
        }
        return nil
    }

    func shortCitation(_ c: Citation) -> String {
        if c.id == "review-2020" { return self[.chenEtAl2020] }
        return c.id
    }

    /// What the coverage strip's marks stand for, the areas in their order: beside a table of `columns` on a
    /// wide screen, and only where the columns still fit beside it (at 120 columns it cut off the provinces'
    /// findings and indicators and the issuers' tool mix; a narrow screen has no room to spare for it).
    func coverageLegend(beside columns: [ScreenContent.Column]) -> [ScreenContent.Line] {
        guard width >= Layout.panelMinimumWidth, ScreenContent.width(of: columns) + Layout.panelWidth <= width else { return [] }
        return [.init(self[.coverageStripCoveredNotIn], style: .bold)]
            + taxonomy.areas.enumerated().map { .init(String(format: "%2d ", $0.offset + 1) + name($0.element.name), style: .dim) }
    }

    /// A count with those not known either way: "2", or "2+14?" (2 known, 14 unknown).
    func countCell(_ known: Int, unknown: Int) -> String {
        String(known) + (unknown == 0 ? "" : "+\(unknown)?")
    }

    /// Documents per year, with how many have no year known said in the title: left out silently, an issuer's three
    /// documents read as two.
    func perYearChart(_ documents: [PolicyDocument]) -> ScreenContent.Chart {
        let undated = documents.lazy.filter { $0.year == nil }.count
        return .perYear(undated == 0 ? self[.documentsPerYear] : self[.documentsPerYearUndated(undated)], CountTable.byYear(documents))
    }

    /// The coverage column's titles in a view's export: an area a column ("领域覆盖：电子商务"), where the screen has a
    /// mark each (a file read by other tools got "●?●…").
    var coverageExportTitles: [String] {
        taxonomy.areas.map { self[.coverage] + self[.colon] + name($0.shortName) }
    }

    /// Its cells: 1 covered, 0 not, ? unknown (all unknown: `covered` nil).
    func coverageExportCells(_ covered: [String]?, unknown: [String] = []) -> [String] {
        taxonomy.areas.map { area in
            guard let covered else { return "?" }
            return covered.contains(area.id) ? "1" : unknown.contains(area.id) ? "?" : "0"
        }
    }

    /// One mark per action area: covered, unknown (a document that may cover it is not coded), or not.
    func areaMarks(_ covered: [String], unknown: [String] = []) -> String {
        taxonomy.areas.map { covered.contains($0.id) ? "●" : unknown.contains($0.id) ? "?" : "·" }.joined()
    }

    func describe(_ f: DocumentFilter) -> String {
        var parts: [String] = []
        if let l = f.level { parts.append(name(l.name)) }
        if let r = f.region { parts.append(provinceName(r)) }
        if let i = f.issuer { parts.append(taxonomy.issuer(i).map(issuerName) ?? i) }
        if let a = f.area { parts.append(taxonomy.area(a).map { name($0.name) } ?? a) }
        if let period = f.period { parts.append(period) }
        if let s = f.search, !s.isEmpty { parts.append("“\(s)”") }
        return parts.isEmpty ? self[.allDocuments] : parts.joined(separator: " · ")
    }

    /// A date for a 10-column cell: the full date, or the year from the number marked as such.
    func shortDate(_ d: PolicyDocument) -> String {
        d.date?.description ?? d.year.map { self[.yearFromNumberShort($0)] } ?? "-"
    }

    /// The province as `show` and the export see it: text-coded areas from the analysis when there is one.
    func profile(_ d: Division) -> ProvinceProfile {
        profiles.value(for: d.code) { ProvinceProfile(division: d, corpus: corpus, textAreas: analysis?.textAreas) }
    }

    /// `AreaProfile.all` with text-coded areas from the analysis when there is one, made once per context.
    func areaProfiles() -> [AreaProfile] {
        areas.value(for: true) { AreaProfile.all(corpus: corpus, textAreas: analysis?.textAreas) }
    }

    /// `analysis.positions(of: corpus.documents)`, made once per context. Positions depend only on which
    /// documents the analysis holds, the same for the context's analysis with or without the analysts' overrides.
    func analysisPositions(_ analysis: AnalysisView) -> [Int?] {
        positions.value(for: true) { analysis.positions(of: corpus.documents) }
    }

    /// A lag cell: days, or what stands in for them (never a negative number).
    /// The date a response lag counts to (written, else published; else the year in its number), so that the
    /// date beside a lag is the one it was measured from.
    func lagDateCell(_ d: PolicyDocument) -> String {
        d.lagDate?.description ?? d.year.map { self[.yearFromNumberShort($0)] } ?? self[.undated]
    }

    /// A lag's cell where it has no days (a date known by year only, or none); the Provinces tab's footer says so.
    static let lagWithoutDays = "?"

    func lagCell(_ lag: ResponseLag) -> String {
        switch lag {
        case .days(let n): String(n)
        case .beforeOpinion: self[.before]
        case .yearOnly, .undated, .opinionUndated: Self.lagWithoutDays
        case .noMainDocument: "-"
        }
    }
}

/// What a context has made once, by key (`ScreenContext.profile`, `analysisPositions`, `areaProfiles`): a
/// reference, so that the copies of a context share it, and locked, since screens are built on more than one thread.
private final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Key: Value] = [:]

    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = made[key] { return value }
        let value = make()
        made[key] = value
        return value
    }
}

extension String {
    /// Whether `part` occurs in the string, compared as UTF-8 bytes (a match of whole characters, UTF-8 being
    /// self-synchronising). Foundation's `contains` took half of opening the guiding opinion, whose
    /// implementing documents are listed by the thousand; the standard library's generic one, more.
    fileprivate func containsBytes(of part: String) -> Bool {
        let needle = Array(part.utf8)
        guard let first = needle.first else { return true }
        var haystack = self
        return haystack.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                if (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
            }
            return false
        }
    }
}
