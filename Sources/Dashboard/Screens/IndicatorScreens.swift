import PolicyModel
import TerminalUI

/// The indicators metadata alone can give, ranked, each row drilling to the documents behind it.
public enum MetadataIndicator: String, CaseIterable, Hashable, Sendable, Codable {
    case issuancePerYear = "issuance-per-year"
    case issuersPerArea = "issuers-per-area"
    case responseLag = "response-lag"
    case areaCoverage = "area-coverage"

    struct Rank {
        var label: String
        var value: Double?
        var display: String
        var target: Route
        /// The display counts some subjects as unknown ("+m?"): the screen then says what that means.
        var partlyUnknown = false
        /// On the worst subject of a ranking in which some subjects have no known value: how many do, the
        /// worst being the worst of those only (an unknown lag may be longer).
        var knownSubjects: Int?
        /// A lag counted to a publication date where the rest count to written dates: its display carries
        /// `toPublicationMark`, and a screen that shows it says what the mark means.
        var toPublication = false
    }

    /// Marks a response lag counted to the publication date (no written date known).
    static let toPublicationMark = "†"

    func definition(_ taxonomy: Taxonomy) -> IndicatorDefinition? {
        taxonomy.problems.allIndicators.first { $0.id == rawValue }
    }

    /// Worst first: most documents in a year, most central issuers on one area, slowest response, least coverage.
    func ranking(_ b: ScreenContext) -> [Rank] {
        let corpus = b.corpus
        let taxonomy = corpus.taxonomy
        switch self {
        case .issuancePerYear:
            let years = CountTable.byYear(corpus.documents).sorted { (x: (year: Int, count: Int), y: (year: Int, count: Int)) -> Bool in
                x.count != y.count ? x.count > y.count : x.year < y.year
            }
            return years.map { (entry: (year: Int, count: Int)) -> Rank in
                Rank(label: String(entry.year), value: Double(entry.count), display: b[.documentsShort(entry.count)],
                     target: .documentSet(DocumentFilter(year: entry.year)))
            }
        case .issuersPerArea:
            let profiles = b.areaProfiles()
            let ranked = profiles.sorted { (x: AreaProfile, y: AreaProfile) -> Bool in
                x.centralIssuers.count != y.centralIssuers.count ? x.centralIssuers.count > y.centralIssuers.count : x.area.order < y.area.order
            }
            return ranked.map { (p: AreaProfile) -> Rank in
                Rank(label: b.name(p.area.name), value: Double(p.centralIssuers.count),
                     display: b[.issuerCount(p.centralIssuers.count)] + (p.centralIssuersUnknown.isEmpty ? "" : " +\(p.centralIssuersUnknown.count)?"),
                     target: .area(p.area.id), partlyUnknown: !p.centralIssuersUnknown.isEmpty)
            }
        case .responseLag:
            let profiles = taxonomy.divisions.map { b.profile($0) }
            // Measured lags first (slowest on top); then before the opinion, dated by year only or not at all,
            // and last the provinces without a main implementation document.
            func rank(_ p: ProvinceProfile) -> Int {
                switch p.responseLag {
                case .days: 0
                case .beforeOpinion: 1
                case .yearOnly: 2
                case .undated, .opinionUndated: 3
                case .noMainDocument: 4
                }
            }
            let ranked = profiles.sorted { a, b in
                if rank(a) != rank(b) { return rank(a) < rank(b) }
                if let x = a.responseLagDays, let y = b.responseLagDays, x != y { return x > y }
                return a.division.code < b.division.code
            }
            // Where any lag is marked, the other lags in days leave the mark's column blank, so that the right-aligned
            // figures still line up ('210 days†' over '197 days '); the words ('no main implementation document') stay as they are.
            let anyToPublication = ranked.contains(where: \.responseLagToPublication)
            return ranked.map { p in
                // The subject names the document the lag comes from; the value is the lag itself.
                let mark = p.responseLagToPublication ? Self.toPublicationMark : anyToPublication && p.responseLagDays != nil ? " " : ""
                return Rank(label: b.name(p.division.displayName) + (p.firstResponse.map { b[.parenthesized($0.number ?? $0.id)] } ?? ""),
                            value: p.responseLagDays.map(Double.init), display: b.name(p.responseLagLabel) + mark, target: .province(p.division.code),
                            toPublication: p.responseLagToPublication)
            }
        case .areaCoverage:
            // Only known coverage is ranked (least first); unknown coverage follows, unranked.
            let profiles = taxonomy.divisions.map { b.profile($0) }
            let known = profiles.filter { $0.areaCoverage.areas != nil }.sorted { (x: ProvinceProfile, y: ProvinceProfile) -> Bool in
                let cx = x.areaCoverage.areas?.count ?? 0, cy = y.areaCoverage.areas?.count ?? 0
                return cx != cy ? cx < cy : x.division.code < y.division.code
            }
            let unknown = profiles.filter { $0.areaCoverage.areas == nil }
            return (known + unknown).map { (p: ProvinceProfile) -> Rank in
                Rank(label: b.name(p.division.displayName) + b[.parenthesized(b.name(p.areaCoverage.basis))],
                     value: p.areaCoverage.areas.map { Double($0.count) },
                     display: b.name(p.areaCoverage.value(of: taxonomy.areas.count)), target: .province(p.division.code))
            }
        }
    }

    /// The worst ranked subject with a known value (nil when nothing is known); one that others share is said
    /// as a tie, and when every known value is the same (eleven areas with one central issuer each) no subject
    /// is named.
    func worst(_ b: ScreenContext) -> Rank? {
        let ranks = ranking(b)
        let known = ranks.filter { $0.value != nil }
        guard var top = known.first else { return nil }
        top.label = b.worstLabel(top.label, tied: known.prefix { $0.value == top.value }.count, of: known.count)
        // Alone, it lines up with nothing: no blank mark column.
        top.display = top.display.trimmingCharacters(in: .whitespaces)
        if known.count < ranks.count { top.knownSubjects = known.count }
        return top
    }

    /// What a worst subject is when only `known` subjects have a value ("longest of 20 known"); nil for the
    /// indicators whose every subject has one.
    func worstOfKnown(_ known: Int) -> Phrase? {
        switch self {
        case .responseLag: .longestOfKnown(known)
        case .areaCoverage: .leastOfKnown(known)
        case .issuancePerYear, .issuersPerArea: nil
        }
    }
}

/// The five problem families of the review and their indicators, each with its worst subject.
struct IndicatorsScreen: FiltersRows {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        c.header = [context.analysis == nil
            ? .init(context[.indicatorsIntroMetadataOnly],
                    style: .dim)
            : .init(context[.indicatorsIntroAnalysed],
                    style: .dim)]
        c.columns = [.init(title: context[.indicator], width: nil),
                     // Wide screens give the worst subject its whole name (辽宁（demo-00047）, cut at 14 columns).
                     .init(title: context[.worst], width: (context.zh ? 14 : 18) + (context.width >= 150 ? 16 : 0)),
                     // English: '3 causes, 4 recs' (16).
                     .init(title: context[.value], width: context.zh ? 14 : 16, alignment: .right)]
        let findings = context.reviewFindings
        if !findings.isEmpty {
            c.rows.append(.init(cells: [context[.findingsCheck], "", context[.findingCount(findings.count)]], target: .findings))
        }
        var legend: [ScreenContent.Line] = []
        for family in context.taxonomy.problems.families {
            c.rows.append(.init(cells: ["\(family.order). " + context.name(family.name)], kind: .heading))
            c.rows += context.textRows(context.name(family.definition), indent: "  ", kind: .note)
            if !family.causes.isEmpty || !family.recommendations.isEmpty {
                // Counts in the value column, flush right like every indicator's value.
                c.rows.append(.init(cells: [context[.causesAndRecommendations], "",
                                            context[.causesAndRecommendations(causes: family.causes.count, recommendations: family.recommendations.count)]],
                                    target: .problem(family.id)))
            }
            for indicator in family.indicators {
                let cells: [String]
                switch IndicatorID(indicator.id) {
                case .metadata(let m)?:
                    let top = m.worst(context)
                    // The worst of the known only: the subject column has no room to say so, so the value is
                    // marked and a legend line above the list says of how many known.
                    let ofKnown = top?.knownSubjects.flatMap(m.worstOfKnown).map { context[$0] }
                    if let ofKnown { legend.append(.init(Self.ofKnownMark + " " + context.name(indicator.name) + ofKnown, style: .dim)) }
                    if top?.toPublication == true { legend.append(.init(context[.lagToPublicationNote], style: .dim)) }
                    cells = [top?.label ?? context[.unknown], (top?.display ?? "-") + (ofKnown == nil ? "" : " " + Self.ofKnownMark)]
                case .text(let kind)? where context.analysis != nil:
                    let top = context.worstOf(kind)
                    cells = [top?.label ?? "-", top?.value ?? "-"]
                case .text?:
                    let why: String
                    switch context.analysisStatus {
                    case .loading: why = context[.analysing]
                    case .cancelled: why = context[.analysisCancelled]
                    case .failed: why = context[.analysisFailed]
                    case .noTexts, .ready: why = context[.needsTexts]
                    }
                    cells = [why, "-"]
                case nil:
                    // In the taxonomy, computed by nothing here: said so, with nothing to open.
                    cells = [context[.notComputed], "-"]
                }
                c.rows.append(.init(cells: ["  " + context.name(indicator.name)] + cells, target: IndicatorID(indicator.id).map { .indicator($0) }))
            }
        }
        c.header += legend
        return c
    }

    /// Marks a worst value ranked among the subjects with a known value only.
    static let ofKnownMark = "*"
}

/// One indicator: its definition and ranking, each row opening the evidence.
struct IndicatorScreen: Screen {
    let context: ScreenContext
    let id: IndicatorID

    func content() -> ScreenContent {
        var c = ScreenContent()
        let definition = context.taxonomy.problems.allIndicators.first { $0.id == id.rawValue }
        let family = context.taxonomy.problems.family(containing: id.rawValue)
        if let definition {
            c.header = [
                .init(context.name(definition.name) + (family.map { "  " + context[.inBrackets(context.name($0.name))] } ?? ""), style: .bold),
                .init(context[.measures] + context.name(definition.measures)),
                .init(context[.highMeans] + context.name(definition.highMeans), style: .dim),
            ]
        }
        // Values read whole where the line has room ("no main implementation document" was cut at 14 columns
        // beside an empty subject column): as wide as the widest, up to half the line.
        c.columns = [.init(title: "#", width: 3, alignment: .right),
                     .init(title: context[.subjectColumn], width: nil),
                     .init(title: context[.value], width: max(14, context.width / 2), alignment: .right, fitsCells: true)]
        guard case .metadata(let m) = id else {
            if context.analysis != nil, case .text(let kind) = id {
                context.textIndicatorRanking(kind, into: &c)
            } else {
                // A note, not a row to rest on: the list is empty, and '· 1/1' and '/ search' said there was a row to
                // find.
                c.rows = [.init(cells: [context[.thisIndicatorNeedsDocumentTexts]], kind: .note)]
            }
            return c
        }
        // Only known values get a rank; the others follow, unranked ("-").
        let ranks = m.ranking(context)
        if ranks.contains(where: \.partlyUnknown) { c.header.append(.init(context[.knownPlusUnknown], style: .dim)) }
        if ranks.contains(where: \.toPublication) { c.header.append(.init(context[.lagToPublicationNote], style: .dim)) }
        c.rows = ranks.enumerated().map { i, r in
            .init(cells: [r.value == nil ? "-" : String(i + 1), r.label, r.display],
                  sortKeys: [.number(Double(i)), .text(r.label), r.value.map { .number($0) } ?? .missing], target: r.target)
        }
        return c
    }
}

/// Every key, from the key map.
struct HelpScreen: Screen {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        c.header = [.init(context[.everyKeySearches], style: .bold)]
        c.columns = [.init(title: context[.keys], width: Self.keyWidth), .init(title: context[.whatItDoes], width: nil)]
        for group in KeyBinding.Group.allCases {
            c.rows.append(.init(cells: [context.name(group.name)], kind: .heading))
            for b in KeyMap.bindings where b.group == group {
                c.rows += rows(b.label, context.name(b.help))
            }
        }
        c.rows.append(.init(cells: [context[.inAPrompt]], kind: .heading))
        for k in KeyMap.promptKeys { c.rows += rows(k.label, context.name(k.help)) }
        c.rows.append(.init(cells: [context[.marksOnRows]], kind: .heading))
        for k in KeyMap.marks { c.rows += rows(k.label, context.name(k.help)) }
        return c
    }

    static let keyWidth = 16

    /// A key and what it does, wrapped under itself: at 80 columns the longer help was cut (`… it share…`).
    private func rows(_ key: String, _ help: String) -> [ScreenContent.Row] {
        TextView.wrap(help, width: max(20, context.rowWidth() - Self.keyWidth - 2)).enumerated().map { i, line in
            var row = ScreenContent.Row(cells: [i == 0 ? key : "", line.text])
            row.continuation = line.continuation
            return row
        }
    }
}
