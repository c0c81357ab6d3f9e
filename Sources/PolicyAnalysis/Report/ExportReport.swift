import Foundation
import SafeText
import PolicyModel

/// A value in a report table: encoded in JSON as a plain number, string or null.
public enum ReportValue: Sendable, Hashable, Codable {
    case text(String)
    case integer(Int)
    case number(Double)
    case none

    public init(_ v: String?) { self = v.map { .text($0) } ?? .none }
    public init(_ v: Int?) { self = v.map { .integer($0) } ?? .none }
    public init(_ v: Double?) { self = v.map { .number($0) } ?? .none }

    /// As a CSV or Markdown cell: shares and means with 4 decimals.
    public var text: String {
        switch self {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return d.isFinite ? String(format: "%.4f", d) : ""
        case .none: return ""
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .none } else if let i = try? c.decode(Int.self) { self = .integer(i) } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else { self = .text(try c.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .integer(let i): try c.encode(i)
        case .number(let d): try c.encode(d)
        case .none: try c.encodeNil()
        }
    }
}

/// Where a row's claim can be checked: a document, its number, a span of its stored text and the passage
/// quoted from it (at most `ExportReport.quoteLimit` characters).
public struct ReportEvidence: Sendable, Hashable, Codable {
    /// The column whose figure the passage supports (`meanCopiedFromCentre`: copied from the centre), nil where
    /// the row names a document or passage it is about (a pair's longest copy, a reviewed clause), no figure.
    public var evidenceFor: String?
    public var document: String
    public var number: String?
    public var span: TextSpan?
    public var quote: String?
}

public struct ReportTable: Sendable, Hashable, Codable {
    public struct Column: Sendable, Hashable, Codable {
        /// What a column's numbers are: shares (0 to 1) read as percentages in the Markdown report and stay
        /// fractions in CSV and JSON, for other programs.
        public enum Unit: String, Sendable, Hashable, Codable { case share }
        public var id: String
        public var title: String
        public var unit: Unit?

        public init(id: String, title: String, unit: Unit? = nil) {
            self.id = id
            self.title = title
            self.unit = unit
        }
    }

    public struct Row: Sendable, Hashable, Codable {
        public var values: [String: ReportValue]
        public var evidence: ReportEvidence?
    }

    /// File-name friendly: `indicators-province`, `reuse`, `tool-matrix`, `reviews`, ...
    public var id: String
    public var title: String
    public var note: String?
    public var columns: [Column]
    public var rows: [Row]

    /// Cells in column order (values only), for CSV.
    public func cells(_ row: Row) -> [String] { columns.map { row.values[$0.id]?.text ?? "" } }

    /// Cells in column order for people: shares as percentages with one decimal (21.1%).
    public func readableCells(_ row: Row) -> [String] {
        columns.map { column in
            guard let value = row.values[column.id] else { return "" }
            if column.unit == .share, case .number(let d) = value, d.isFinite { return String(format: "%.1f%%", d * 100) }
            return value.text
        }
    }
}

/// Everything `ipap export` writes: indicator tables per province, issuer and area, the reuse pairs, the
/// tool matrices (honouring overrides), the review entries and coder agreement, each row with evidence.
public struct ExportReport: Sendable, Codable {
    public static let quoteLimit = 120

    public struct About: Sendable, Hashable, Codable {
        public var corpus: String
        public var corpusDirectory: String
        public var synthetic: Bool
        public var generated: String
        /// `stored`, `computed` or `metadata-only` (no document texts: metadata indicators only).
        public var analysis: String
        public var fingerprint: String?
        public var analysedDocuments: Int
        public var analysedCharacters: Int
        public var documents: Int
        /// Which documents were counted ("every document", or the scope: kinds and date window).
        public var scope: String
        public var reviewEntries: Int
        public var reviewProblems: Int
        public var citation: String?
        public var citationDOI: String?
    }

    public var schema: Int
    /// The language of titles, notes and labels (zh or en); ids, codes and CSV headers are the same in both.
    public var language: Language
    public var about: About
    public var tables: [ReportTable]
    public var agreement: [CoderAgreement]
    /// The review entries in effect, newest first, in full.
    public var reviews: [ReviewEntry]

    public enum AnalysisOrigin: String, Sendable { case stored, computed }

    /// Builds the report. `analysis` is nil when the corpus has no texts (metadata indicators only).
    /// `corpus` is already restricted to `scope` (the scope is recorded in `about`). Its texts may be left
    /// unread (as the dashboard holds it): each is read from its file when the document is coded or quoted,
    /// and let go, where holding them all was over a gigabyte of a 50,000-document export. `findings`: the review's
    /// findings to check (`ReviewFindingSource`); nil, the corpus's own.
    public init(corpus: Corpus, analysis: (AnalysisResult, AnalysisOrigin)?, reviews: ReviewStore, scope: CorpusScope = .all,
                language: Language = .english, findings: [Finding]? = nil, now: Date = Date()) {
        schema = 1
        self.language = language
        let clock = PhaseClock()
        // The analysed documents (those with text), without their texts.
        let analysedIDs = Set(analysis?.0.documents.map(\.id) ?? [])
        let documents = corpus.documents.filter { d in
            analysedIDs.contains(d.id) && (d.text.map { !$0.isEmpty } ?? d.textDeferred)
        }.map { CorpusAnalysis.input($0, text: "") }
        let scheme = CodingScheme(taxonomy: corpus.taxonomy)
        let reviewed = ReviewedCoding(scheme: scheme, store: reviews)
        var result: AnalysisResult?
        // Agreement first: the documents its disagreements and the review entries name keep their clauses' spans.
        agreement = CoderAgreement.all(reviews, scheme: corpus.taxonomy.tools)
        var digests: [String: ClauseDigest] = [:]
        var quotes: [String: [TextSpan: String]] = [:]
        if let (r, _) = analysis, !documents.isEmpty {
            let named = Set(reviews.active.map(\.target.id) + agreement.flatMap { $0.disagreements.map(\.unit.document) })
            // The reuse table's quotes are cut while each text is read for the coding: not read a second time.
            var wanted: [String: Set<TextSpan>] = [:]
            for p in r.reuse { if let span = TableBuilder.reuseEvidenceSpan(p) { wanted[p.target, default: []].insert(span) } }
            let texts = corpus, cut = QuoteStore(), spans = wanted
            let applied = reviewed.apply(to: r, documents: documents, text: { id in
                let text = texts.document(id).flatMap(texts.text(of:))
                if let text, let spans = spans[id] { cut.put(id, ExportReport.quotes(text, spans)) }
                return text
            }) { id, clauses in
                ClauseDigest(clauses, keepingSpans: named.contains(id))
            }
            result = applied.0
            digests = Dictionary(zip(applied.0.documents.map(\.id), applied.1), uniquingKeysWith: { a, _ in a })
            quotes = cut.all
        }
        clock.lap("report: overrides applied, clauses coded")
        let review = corpus.citation(corpus.taxonomy.problems.citation ?? "review-2020") ?? corpus.citation("review-2020")
        about = About(corpus: corpus.name, corpusDirectory: corpus.directory.path, synthetic: corpus.isSynthetic,
                      generated: ReviewTime.format(now),
                      analysis: result == nil ? "metadata-only" : (analysis?.1 == .stored ? "stored" : "computed"),
                      fingerprint: result?.inputs?.fingerprint, analysedDocuments: result?.inputs?.documents ?? 0,
                      analysedCharacters: result?.inputs?.characters ?? 0, documents: corpus.documents.count,
                      scope: scope.counted.text(in: language),
                      reviewEntries: reviews.active.count, reviewProblems: reviews.problems.count,
                      citation: review?.text, citationDOI: review?.doi)
        let builder = TableBuilder(corpus: corpus, result: result, digests: digests, quotes: quotes, language: language)
        tables = builder.indicatorTables()
        clock.lap("report: indicator tables")
        tables += [builder.reuseTable()].compactMap { $0 }
        clock.lap("report: reuse table")
        tables += [builder.toolMatrix()].compactMap { $0 }
        clock.lap("report: tool matrix")
        tables += [builder.reviewTable(reviews.active, superseded: reviews.superseded), builder.agreementTable(agreement), builder.disagreementTable(agreement)]
        // The review's problems with causes and recommendations, and its findings checked against this corpus.
        let checker = FindingChecker(context: FindingContext(corpus: corpus, analysis: result,
                                                             coverage: (try? CatalogueCoverage.load(from: corpus.directory)) ?? nil))
        tables += [ProblemTables.problems(corpus.taxonomy.problems, language: language),
                   ProblemTables.findings(checker.check(findings ?? corpus.findings), language: language)]
        self.reviews = reviews.active
    }

    public func jsonData() throws -> Data {
        var bytes: [UInt8] = []
        try writeJSON { bytes += $0 }
        return Data(bytes)
    }

    /// The bytes of JSONEncoder with [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] and a final line
    /// break, several times faster, handed to `write` piece by piece as they are made, each escaped: the
    /// tables' rows are rendered a few hundred at a time, so the report is never held whole (at 10,000
    /// documents it is 200 MB, and was held three times over while it was written).
    public func writeJSON(to write: ([UInt8]) throws -> Void) throws {
        try SortedJSONEncoder(pretty: true).encode(self) { piece in
            try write(piece.withUnsafeBufferPointer(JSONEscaping.escapedControls) ?? piece)
        }
        try write([0x0A])
    }

    /// The quotes of several spans of one text, its scalars made once.
    static func quotes(_ text: String, _ spans: Set<TextSpan>) -> [TextSpan: String] {
        let scalars = Array(text.unicodeScalars)
        return Dictionary(uniqueKeysWithValues: spans.map { ($0, quote(scalars, span: $0)) })
    }

    /// A passage of `text` for quoting: line breaks folded to spaces, at most `quoteLimit` characters, started as
    /// `QuoteStart` says (as the dashboard's quotes): "…二）发展目标。" for a span that starts inside a bracket.
    public static func quote(_ text: String, span: TextSpan) -> String {
        quote(Array(text.unicodeScalars), span: span)
    }

    /// The same from the text's scalars: a document quoted many times is turned into scalars once, where an
    /// offset into a String is found by walking it from its start.
    static func quote(_ scalars: [Unicode.Scalar], span: TextSpan) -> String {
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        // The mark counts within the limit.
        let mark = QuoteStart.mark(scalars, from: span.start, to: span.end)
        let limit = quoteLimit - mark.count
        // A copied passage runs to thousands of characters and the quote keeps 120: its start is enough,
        // unless runs of whitespace leave fewer than that in it.
        let window = min(span.end, span.start + 4 * limit)
        if let quote = foldedPlain(scalars[span.start..<span.end], limit: limit) { return mark + quote }
        let start = folded(String(String.UnicodeScalarView(scalars[span.start..<window])), limit: limit)
        guard window < span.end, !start.hasSuffix("…") else { return mark + start }
        return mark + folded(String(String.UnicodeScalarView(scalars[span.start..<span.end])), limit: limit)
    }

    /// `folded` for a passage of scalars that each make a character of their own (ASCII, CJK ideographs and
    /// punctuation, fullwidth forms, the common general punctuation: nothing that joins the scalar before it),
    /// where a character is a scalar and no grapheme needs finding; nil for any other passage.
    private static func foldedPlain(_ scalars: ArraySlice<Unicode.Scalar>, limit: Int) -> String? {
        var out: [Unicode.Scalar] = []
        var lastSpace = false, truncated = false
        for scalar in scalars {
            let v = scalar.value
            // White space as `Character.isWhitespace` has it, among these scalars.
            let space = v == 0x20 || (0x09...0x0D).contains(v) || v == 0x3000
            let plain = (0x21..<0x7F).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3001...0x3029).contains(v)
                || (0x3030...0x303F).contains(v) || (0xFF01...0xFF65).contains(v) || (0x2010...0x2027).contains(v)
            guard space || plain else { return nil }
            if space {
                if !lastSpace && !out.isEmpty { out.append(" ") }
                lastSpace = true
                continue
            }
            // One more character makes the quote longer than the limit, whatever follows: it is cut.
            if out.count >= limit {
                truncated = true
                break
            }
            out.append(scalar)
            lastSpace = false
        }
        if !truncated, out.last == " " { out.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: truncated ? out.prefix(limit - 1) : out[...])
        return truncated ? String(view) + "…" : String(view)
    }

    private static func folded(_ raw: String, limit: Int) -> String {
        var folded = ""
        var lastSpace = false, kept = 0
        for ch in raw {
            if ch.isWhitespace || ch.isNewline {
                if !lastSpace && !folded.isEmpty { folded.append(" ") }
                lastSpace = true
            } else {
                folded.append(ch)
                lastSpace = false
                kept += 1
                // Well past the limit (characters that join on appending are rare): the rest would be cut.
                if kept > limit + 8 { break }
            }
        }
        folded = folded.trimmingWhitespace()
        if folded.count > limit { folded = String(folded.prefix(limit - 1)) + "…" }
        return folded
    }
}

/// The tables, from the corpus, the analysis with overrides applied (nil: metadata only) and the clauses.
struct TableBuilder {
    let corpus: Corpus
    let result: AnalysisResult?
    /// Each analysed document's clauses, as far as the tables need them.
    let digests: [String: ClauseDigest]
    /// Quotes already cut, by document and span (read from the texts only when missing here).
    let quotes: [String: [TextSpan: String]]
    let language: Language
    /// The result's documents by id (`AnalysisResult.document` searches the list: a group of thousands of
    /// members looked each one up through 10,000 documents).
    private let resultIndex: [String: Int]

    init(corpus: Corpus, result: AnalysisResult?, digests: [String: ClauseDigest], quotes: [String: [TextSpan: String]] = [:],
         language: Language) {
        self.corpus = corpus
        self.result = result
        self.digests = digests
        self.quotes = quotes
        self.language = language
        resultIndex = Dictionary((result?.documents ?? []).enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private func analysed(_ id: String) -> DocumentIndicators? {
        guard let result, let i = resultIndex[id] else { return nil }
        return result.documents[i]
    }

    private var taxonomy: Taxonomy { corpus.taxonomy }

    private func t(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }

    func evidence(_ id: String, span: TextSpan? = nil, for column: String? = nil) -> ReportEvidence {
        let d = corpus.document(id)
        var quote: String?
        if let span, let d, let text = corpus.text(of: d) { quote = ExportReport.quote(text, span: span) }
        return ReportEvidence(evidenceFor: column, document: id, number: d?.number, span: span, quote: quote)
    }

    /// Evidence for many rows, in their order: each document's text is turned into scalars once for all its
    /// quotes, the documents on both cores (230,000 reuse rows at 10,000 documents walked their targets'
    /// texts from the start for each quote: 14 s of the export).
    func evidence(_ requests: [(id: String, span: TextSpan?)], for column: String? = nil) -> [ReportEvidence] {
        var rowsByDocument: [String: [Int]] = [:]
        for (i, request) in requests.enumerated() { rowsByDocument[request.id, default: []].append(i) }
        let groups = Array(rowsByDocument)
        let corpus = self.corpus, cut = self.quotes
        let quoted = ParallelSlots<[(Int, String?)]>.map(groups.count) { g in
            let (id, rows) = groups[g]
            if let known = cut[id], rows.allSatisfy({ requests[$0].span.map { known[$0] != nil } ?? true }) {
                return rows.map { row in (row, requests[row].span.flatMap { known[$0] }) }
            }
            guard let d = corpus.document(id), let text = corpus.text(of: d) else { return rows.map { ($0, nil) } }
            let scalars = Array(text.unicodeScalars)
            return rows.map { row in (row, requests[row].span.map { ExportReport.quote(scalars, span: $0) }) }
        }
        var quotes = [String?](repeating: nil, count: requests.count)
        for group in quoted { for (row, quote) in group { quotes[row] = quote } }
        return requests.indices.map { i in
            ReportEvidence(evidenceFor: column, document: requests[i].id, number: corpus.document(requests[i].id)?.number,
                           span: requests[i].span, quote: quotes[i])
        }
    }

    private func column(_ id: String, _ title: String, _ unit: ReportTable.Column.Unit? = nil) -> ReportTable.Column {
        ReportTable.Column(id: id, title: title, unit: unit)
    }

    private var textColumns: [ReportTable.Column] {
        [column("analysed", t("已分析文件（有全文）", "documents analysed (with text)")), column("meanCopiedFromCentre", t("照搬中央平均比例", "mean share copied from the centre"), .share),
         column("meanDistinctiveness", t("平均独特性", "mean distinctiveness"), .share), column("identicalGoals", t("目标照搬", "identical goals")),
         column("identicalActions", t("行动照搬", "identical actions")), column("measures", t("措施", "measures")), column("vagueMeasures", t("空泛措施", "vague measures")),
         column("withFinancialSupport", t("有资金投入", "with financial support")), column("withEvaluation", t("有评估条款", "with evaluation clauses")),
         column("missionOriented", t("目标导向：任务型", "goal orientation: mission")), column("diffusionOriented", t("目标导向：扩散型", "goal orientation: diffusion")),
         column("mixedOrientation", t("目标导向：混合", "goal orientation: mixed")), column("noOrientation", t("目标导向：无", "goal orientation: none")),
         column("missionClauses", t("任务型条款", "mission-oriented clauses")), column("diffusionClauses", t("扩散型条款", "diffusion-oriented clauses")),
         column("supply", t("供给型条款", "supply-side clauses")),
         column("environment", t("环境型条款", "environment-side clauses")), column("demand", t("需求型条款", "demand-side clauses"))]
    }

    private func textValues(_ a: AggregateIndicators?) -> [String: ReportValue] {
        guard let a else { return ["analysed": .integer(0)] }
        // Copying from the centre is defined for local documents only (`AggregateIndicators.meanCopiedFromCentre`):
        // a group of central documents has none (empty in CSV and Markdown, null in JSON, as an unknown), not a mean of 0.
        return ["analysed": .integer(a.documents.count),
                "meanCopiedFromCentre": a.meanCopiedFromCentre.map { .number($0) } ?? .none,
                "meanDistinctiveness": .number(a.meanDistinctiveness), "identicalGoals": .integer(a.identicalGoals),
                "identicalActions": .integer(a.identicalActions), "measures": .integer(a.measures),
                "vagueMeasures": .integer(a.vagueMeasures), "withFinancialSupport": .integer(a.withFinancialSupport),
                "withEvaluation": .integer(a.withEvaluation), "missionOriented": .integer(a.missionOriented),
                "diffusionOriented": .integer(a.diffusionOriented), "mixedOrientation": .integer(a.mixedOrientation),
                "noOrientation": .integer(a.noOrientation), "missionClauses": .integer(a.missionClauses),
                "diffusionClauses": .integer(a.diffusionClauses),
                "supply": .integer(a.toolCounts["supply"] ?? 0), "environment": .integer(a.toolCounts["environment"] ?? 0),
                "demand": .integer(a.toolCounts["demand"] ?? 0)]
    }

    /// The group's strongest example of copying from the centre (its longest copied span), evidence for its mean
    /// copied share; without one, no passage: a title or a first clause supported no figure of the row (QA 47 #9:
    /// a year whose share was 0.0% cited a title).
    private func groupEvidence(_ a: AggregateIndicators?, fallback: [PolicyDocument]) -> ReportEvidence? {
        if let a, result != nil {
            let members = a.documents.compactMap { analysed($0) }
            if let best = members.filter({ !$0.centreSpans.isEmpty }).max(by: { ($0.copiedFromCentre ?? 0) < ($1.copiedFromCentre ?? 0) }),
               let span = best.centreSpans.max(by: { $0.length < $1.length }) {
                return evidence(best.id, span: span, for: "meanCopiedFromCentre")
            }
            return nil
        }
        return fallback.first.map { evidence($0.id) }
    }

    private var metadataNote: String? {
        result == nil ? t("语料没有文件全文：只有元数据指标（无文本指标、文本复用和政策工具编码）。", "The corpus has no document texts: metadata indicators only (no text indicators, reuse or tool coding).") : nil
    }

    func indicatorTables() -> [ReportTable] {
        let text = result != nil
        var provinceRows: [ReportTable.Row] = []
        let textAreas = result?.textAreas
        for division in taxonomy.divisions {
            let p = ProvinceProfile(division: division, corpus: corpus, textAreas: textAreas)
            let a = result?.indicators.byRegion[division.code]
            // Every province, those without a document too (the review counts all 31; a missing row read as left out).
            var v: [String: ReportValue] = ["code": .text(division.code), "province": .text(t(division.zh, division.en)),
                                            "documents": .integer(p.documents.count),
                                            "responseLagDays": ReportValue(p.responseLagDays),
                                            "responseLag": .text(p.responseLagLabel.text(in: language)),
                                            // Which date the days run to: the main document's written date, else (none
                                            // known) its publication date; empty without days.
                                            "responseLagTo": ReportValue(p.responseLagDays == nil ? nil
                                                : p.responseLagToPublication ? t("发布日期（成文日期未知）", "publication date (no written date known)")
                                                                             : t("成文日期", "written date")),
                                            // The id, always (it joins with the other tables); its number beside it.
                                            "responseLagDocument": ReportValue(p.firstResponse?.id),
                                            "responseLagNumber": ReportValue(p.firstResponse?.number),
                                            "areasCovered": ReportValue(p.areaCoverage.areas?.count),
                                            "areaCoverage": .text(p.areaCoverage.label(of: taxonomy.areas.count).text(in: language))]
            if text { v.merge(textValues(a)) { $1 } }
            let ev = a != nil ? groupEvidence(a, fallback: p.documents)
                : p.firstResponse.map { evidence($0.id, for: "responseLagDays") } ?? p.documents.first.map { evidence($0.id) }
            provinceRows.append(ReportTable.Row(values: v, evidence: ev))
        }
        var issuerRows: [ReportTable.Row] = []
        for issuer in taxonomy.issuers {
            let p = IssuerProfile(issuer: issuer, corpus: corpus, textAreas: textAreas)
            let a = result?.indicators.byIssuer[issuer.id]
            guard !p.documents.isEmpty || a != nil else { continue }
            var v: [String: ReportValue] = ["id": .text(issuer.id), "issuer": .text(t(issuer.zh, issuer.en)), "documents": .integer(p.documents.count),
                                            "areasTouched": .integer(p.areasTouched.count), "areasUnknown": .integer(p.areasUnknown.count)]
            if text { v.merge(textValues(a)) { $1 } }
            issuerRows.append(ReportTable.Row(values: v, evidence: groupEvidence(a, fallback: p.documents)))
        }
        var areaRows: [ReportTable.Row] = []
        for p in AreaProfile.all(corpus: corpus, textAreas: textAreas) {
            let area = p.area
            // Over the area page's two lists (titles naming it, comprehensive documents coded to it from their text),
            // as the dashboard's Areas tab: `indicators.byArea` groups every document with a clause coded to the
            // area, which on a keyword coding is most of the corpus for every area.
            let members = (p.documents + p.documentsByText).compactMap { analysed($0.id) }.map(DocumentSummary.init)
            let a = result == nil || members.isEmpty ? nil : AggregateIndicators(members, isCentral: { corpus.document($0)?.isCentral == true })
            var v: [String: ReportValue] = ["id": .text(area.id), "area": .text(t(area.zh, area.en)), "documents": .integer(p.documents.count),
                                            "documentsByText": .integer(p.documentsByText.count),
                                            "issuers": .integer(p.issuers.count), "centralIssuers": .integer(p.centralIssuers.count),
                                            "centralIssuersUnknown": .integer(p.centralIssuersUnknown.count),
                                            "provinces": .integer(p.provinces.count),
                                            "provincesUnknown": .integer(p.provincesUnknown.count)]
            if text {
                v.merge(textValues(a)) { $1 }
                v["issuersByCoding"] = ReportValue(result?.indicators.issuersPerArea[area.id] ?? 0)
            }
            areaRows.append(ReportTable.Row(values: v, evidence: groupEvidence(a, fallback: p.documents)))
        }
        let extra = text ? textColumns : []
        // Per level and per year (text indicators only: metadata counts per level and year are in `stats`).
        var scopeRows: [ReportTable.Row] = []
        if let indicators = result?.indicators {
            for level in Level.allCases {
                guard let a = indicators.byLevel[level.rawValue] else { continue }
                var v: [String: ReportValue] = ["dimension": .text("level"), "key": .text(level.rawValue),
                                                "name": .text(level.name.text(in: language))]
                v.merge(textValues(a)) { $1 }
                scopeRows.append(ReportTable.Row(values: v, evidence: groupEvidence(a, fallback: [])))
            }
            for year in indicators.byYear.keys.sorted() {
                guard let a = indicators.byYear[year] else { continue }
                var v: [String: ReportValue] = ["dimension": .text("year"), "key": .text(year), "name": .text(t("\(year)年", year))]
                v.merge(textValues(a)) { $1 }
                scopeRows.append(ReportTable.Row(values: v, evidence: groupEvidence(a, fallback: [])))
            }
        }
        let scopeTable = text ? [ReportTable(id: "indicators-level-year", title: t("按级别和年份的指标", "Indicators per level and per year"), note: nil,
                                             columns: [column("dimension", t("维度", "dimension")), column("key", t("级别或年份", "level or year")),
                                                       column("name", t("名称", "name"))] + extra,
                                             rows: scopeRows)] : []
        return scopeTable + [
            ReportTable(id: "indicators-province", title: t("按省份的指标", "Indicators per province"), note: metadataNote,
                        columns: [column("code", t("代码", "code")), column("province", t("省份", "province")), column("documents", t("文件数", "documents")),
                                  column("responseLagDays", t("响应时滞（天）", "response lag (days)")),
                                  column("responseLag", t("响应时滞", "response lag")), column("responseLagTo", t("时滞计至", "lag counted to")),
                                  column("responseLagDocument", t("时滞起算文件（id）", "lag measured from (id)")),
                                  column("responseLagNumber", t("其文号", "its number")),
                                  column("areasCovered", t("覆盖领域数（空：未知）", "areas covered (empty: unknown)")), column("areaCoverage", t("领域覆盖", "area coverage"))] + extra,
                        rows: provinceRows),
            ReportTable(id: "indicators-issuer", title: t("按发文机关的指标", "Indicators per issuer"), note: metadataNote,
                        columns: [column("id", t("编号", "id")), column("issuer", t("发文机关", "issuer")), column("documents", t("文件数", "documents")),
                                  column("areasTouched", t("涉及领域数", "areas touched")),
                                  column("areasUnknown", t("未知的领域数（综合性文件未按全文编码）", "areas unknown (comprehensive document not coded from text)"))] + extra,
                        rows: issuerRows),
            ReportTable(id: "indicators-area", title: t("按行动领域的指标", "Indicators per action area"), note: metadataNote,
                        columns: [column("id", t("编号", "id")), column("area", t("领域", "area")), column("documents", t("标题写明本领域的文件数", "documents whose titles name it")),
                                  column("documentsByText", t("按全文编码归入的文件数（标题未写领域）", "documents coded to it from their text (titles name no area)")),
                                  column("issuers", t("发文机关数", "issuers")), column("centralIssuers", t("中央发文机关数", "central issuers")),
                                  column("centralIssuersUnknown", t("未知的中央发文机关数（综合性文件未按全文编码）", "central issuers unknown (comprehensive document not coded from text)")),
                                  column("provinces", t("已知覆盖的省份数", "provinces known to cover it")),
                                  column("provincesUnknown", t("未知的省份数（无主要实施文件，或综合性文件未按全文编码）", "provinces unknown (no main implementation document, or a comprehensive one not coded from text)"))]
                            + (text ? [column("issuersByCoding", t("发文机关数（条款编码）", "issuers (clause coding)"))] + extra : []),
                        rows: areaRows),
        ]
    }

    /// A reuse pair's evidence: its longest copied passage in the target.
    static func reuseEvidenceSpan(_ p: ReusePair) -> TextSpan? {
        p.copies.max { $0.target.length < $1.target.length }?.target
    }

    func reuseTable() -> ReportTable? {
        guard let result else { return nil }
        let evidence = evidence(result.reuse.map { p in (p.target, TableBuilder.reuseEvidenceSpan(p)) }, for: "targetShare")
        let rows = zip(result.reuse, evidence).map { p, evidence -> ReportTable.Row in
            let copies = p.copies
            return ReportTable.Row(values: [
                "source": .text(p.source), "sourceNumber": ReportValue(corpus.document(p.source)?.number),
                "target": .text(p.target), "targetNumber": ReportValue(corpus.document(p.target)?.number),
                "relation": .text(p.relation.rawValue), "targetShare": .number(p.targetShare), "sourceShare": .number(p.sourceShare),
                "passages": .integer(copies.count), "edited": .integer(copies.filter(\.edited).count),
                "formulae": .integer(p.passages.count - copies.count),
            ], evidence: evidence)
        }
        return ReportTable(id: "reuse", title: t("文本复用对（目标文件取用了来源文件的段落）", "Reuse pairs (the target took passages from the source)"), note: nil,
                           columns: [column("source", t("来源", "source")), column("sourceNumber", t("来源文号", "source number")), column("target", t("目标", "target")),
                                     column("targetNumber", t("目标文号", "target number")), column("relation", t("关系", "relation")),
                                     column("targetShare", t("占目标比例", "share of target"), .share), column("sourceShare", t("占来源比例", "share of source"), .share),
                                     column("passages", t("复用段落", "copied passages")), column("edited", t("改动过的段落", "edited passages")),
                                     column("formulae", t("套话段落（不计入）", "formula passages (not counted)"))],
                           rows: rows)
    }

    /// Tool class x action area, in clauses, for the whole corpus and per level; a clause counts once per
    /// (class, area) pair it has; `manual` counts the clauses of the cell whose code is an override.
    func toolMatrix() -> ReportTable? {
        guard result != nil else { return nil }
        let classes = taxonomy.tools.classes.filter(\.isTool).map(\.id)
        let areas = taxonomy.areas.map(\.id) + ["none"]
        struct Cell { var clauses = 0; var manual = 0; var example: (String, TextSpan)? }
        var cells: [String: [String: [String: Cell]]] = [:]  // scope -> class -> area
        for id in digests.keys.sorted() {
            guard let d = corpus.document(id), let digest = digests[id] else { continue }
            // In document order: a cell's example is its first clause, or its first one coded by hand.
            for (key, part) in digest.cells {
                for scope in ["all", d.level.rawValue] {
                    var cell = cells[scope, default: [:]][key.toolClass, default: [:]][key.area] ?? Cell()
                    let hadManual = cell.manual > 0
                    cell.clauses += part.clauses
                    cell.manual += part.manual
                    if cell.example == nil { cell.example = (id, part.first) }
                    if !hadManual, let span = part.firstManual { cell.example = (id, span) }
                    cells[scope, default: [:]][key.toolClass, default: [:]][key.area] = cell
                }
            }
        }
        var rows: [ReportTable.Row] = []
        for scope in ["all"] + Level.allCases.map(\.rawValue) where cells[scope] != nil {
            for cls in classes {
                for area in areas {
                    let cell = cells[scope]?[cls]?[area] ?? Cell()
                    guard cell.clauses > 0 || scope == "all" && area != "none" else { continue }
                    rows.append(ReportTable.Row(values: ["scope": .text(scope), "toolClass": .text(cls), "area": .text(area),
                                                         "clauses": .integer(cell.clauses), "manual": .integer(cell.manual)],
                                                evidence: cell.example.map { evidence($0.0, span: $0.1, for: "clauses") }))
                }
            }
        }
        return ReportTable(id: "tool-matrix", title: t("各行动领域的政策工具（条款数；已计入分析员的更正）", "Policy tools by action area (clauses; analysts' overrides applied)"),
                           note: t("范围 “all” 为全部语料（列出每个格）；其他范围为各文件级别（只列非空格）。", "scope \"all\" is the whole corpus (every cell listed); the other scopes are the document levels (non-empty cells only)."),
                           columns: [column("scope", t("范围", "scope")), column("toolClass", t("工具类型", "tool class")), column("area", t("行动领域", "action area")),
                                     column("clauses", t("条款数", "clauses")), column("manual", t("人工编码", "manually coded"))],
                           rows: rows)
    }

    /// `superseded`: the overrides that do not count (`ReviewStore.superseded`), named beside them.
    func reviewTable(_ entries: [ReviewEntry], superseded: [String: ReviewEntry] = [:]) -> ReportTable {
        func codeName(_ o: ReviewOverride, _ id: String) -> String? { self.codeName(id, field: o.field) }
        func codeName(_ o: ReviewOverride) -> String? { codeName(o, o.value) }
        let rows = entries.map { e -> ReportTable.Row in
            var span: TextSpan?
            if let s = e.target.span, s.count == 2 { span = TextSpan(s[0], s[1]) }
            if span == nil, let c = e.target.clause { span = digests[e.target.id]?.spans[c] }
            return ReportTable.Row(values: [
                "time": .text(e.time), "author": .text(e.author), "kind": .text(e.kind.rawValue), "kindName": .text(e.kind.name.text(in: language)),
                "targetKind": .text(e.target.kind.rawValue), "targetKindName": .text(e.target.kind.name.text(in: language)),
                "target": .text(e.target.id), "targetName": ReportValue(corpus.name(ofTarget: e.target.subject)?.text(in: language)),
                "span": ReportValue(e.target.span.map { $0.map(String.init).joined(separator: ":") }),
                "clause": ReportValue(e.target.clause), "tags": ReportValue(e.tags?.joined(separator: ";")),
                "note": ReportValue(e.note), "rating": ReportValue(e.rating?.value.rawValue), "ratingName": ReportValue(e.rating?.value.name.text(in: language)),
                "indicator": ReportValue(e.rating?.indicator),
                "indicatorName": ReportValue(e.rating.flatMap { taxonomy.indicatorName($0.indicator) }?.text(in: language)),
                "overrideField": ReportValue(e.override?.field.rawValue), "overrideFieldName": ReportValue(e.override?.field.name.text(in: language)),
                "overrideValue": ReportValue(e.override?.value), "overrideValueName": ReportValue(e.override.flatMap(codeName)),
                "overridePrevious": ReportValue(e.override?.previous?.joined(separator: ";")),
                "overridePreviousName": ReportValue(e.override.flatMap { o in o.previous?.map { codeName(o, $0) ?? $0 }.joined(separator: ";") }),
                "id": .text(e.id),
                "supersededBy": ReportValue(superseded[e.id]?.id), "supersededByAuthor": ReportValue(superseded[e.id]?.author),
            ], evidence: e.target.kind == .document ? evidence(e.target.id, span: span) : nil)
        }
        // Each id beside its name in the report's language (the ids were English words in a Chinese report); a
        // document is known by its id (its number is in the evidence), and a code the taxonomy lacks has
        // no name (among the previous codes, its id).
        return ReportTable(id: "reviews", title: t("生效的审阅记录（最新在前）", "Review entries in effect (newest first)"), note: nil,
                           columns: [column("time", t("时间", "time")), column("author", t("分析员", "author")), column("kind", t("类型", "kind")),
                                     column("kindName", t("类型名称", "kind name")), column("targetKind", t("对象类型", "target kind")),
                                     column("targetKindName", t("对象类型名称", "target kind name")), column("target", t("对象", "target")),
                                     column("targetName", t("对象名称", "target name")),
                                     column("span", t("文本区间", "span")), column("clause", t("条款", "clause")), column("tags", t("标签", "tags")),
                                     column("note", t("批注", "note")), column("rating", t("评价", "rating")), column("ratingName", t("评价名称", "rating name")),
                                     column("indicator", t("指标", "indicator")), column("indicatorName", t("指标名称", "indicator name")),
                                     column("overrideField", t("更正字段", "override field")), column("overrideFieldName", t("更正字段名称", "override field name")),
                                     column("overrideValue", t("更正为", "override value")), column("overrideValueName", t("更正为名称", "override value name")),
                                     column("overridePrevious", t("原编码", "previous value")), column("overridePreviousName", t("原编码名称", "previous value name")),
                                     column("id", t("记录编号", "entry id")),
                                     // An override that a later one of its clause outranks is listed with it: which one counts.
                                     column("supersededBy", t("被取代于（记录编号，空则生效）", "superseded by (entry id; empty: counts)")),
                                     column("supersededByAuthor", t("取代者", "superseded by (analyst)"))],
                           rows: rows)
    }

    /// A code (tool or action area) by its name in the report's language; nil for an id the taxonomy lacks.
    private func codeName(_ id: String, field: ReviewOverride.Field) -> String? { taxonomy.codeName(id, field: field)?.text(in: language) }

    /// A tool or tool class beside its id in the report's language, as the review table names codes; none for an
    /// id the taxonomy lacks.
    private func toolName(_ id: String) -> ReportValue { ReportValue(codeName(id, field: .policyTool)) }
    private func className(_ id: String) -> ReportValue { ReportValue(taxonomy.toolClassName(id)?.text(in: language)) }

    func agreementTable(_ agreement: [CoderAgreement]) -> ReportTable {
        var rows: [ReportTable.Row] = []
        for a in agreement {
            for k in [a.overall] + a.perClass {
                rows.append(ReportTable.Row(values: [
                    "coderA": .text(a.coderA), "coderB": .text(a.coderB), "toolClass": .text(k.toolClass ?? "overall"),
                    "toolClassName": ReportValue(CoderAgreement.Kappa.className(k.toolClass, in: taxonomy)?.text(in: language)),
                    "units": .integer(k.units), "agreements": .integer(k.agreements), "observed": .number(k.observed),
                    "expected": .number(k.expected), "kappa": ReportValue(k.kappa), "unclassified": .integer(a.unclassified.count),
                ], evidence: nil))
            }
        }
        // The clauses left out of the kappas (a tool not in the taxonomy), named per pair of analysts.
        let unclassified = agreement.compactMap { a in
            a.unclassifiedText(taxonomy: taxonomy, language: language).map { "\(a.coderA) / \(a.coderB)\(t("：", ": "))\($0)\(t("。", "."))" }
        }
        return ReportTable(id: "agreement", title: t("政策工具类型的编码一致性（Cohen's kappa）", "Coder agreement on policy-tool classes (Cohen's kappa)"),
                           note: ([t("两位分析员都编码过的条款（以各自最新的政策工具更正为准）。按类型：该类型对其余类型。kappa 为空：无定义（始终只有一个类别）。工具未知的条款：两人都编码、但工具不在分类中，未计入 kappa。", "Clauses both analysts coded (their latest policyTool override in effect). Per class: that class against the rest. Empty kappa: undefined (one category throughout). Unknown tool: clauses both coded with a tool not in the taxonomy, left out of the kappas.")]
                                  + unclassified).joined(separator: t("", " ")),
                           columns: [column("coderA", t("编码员 A", "coder A")), column("coderB", t("编码员 B", "coder B")), column("toolClass", t("类型", "class")),
                                     column("toolClassName", t("类型名称", "class name")),
                                     column("units", t("条款数", "clauses")), column("agreements", t("一致数", "agreements")), column("observed", t("观测一致率", "observed")),
                                     column("expected", t("期望一致率", "expected")), column("kappa", "kappa"),
                                     column("unclassified", t("工具未知的条款", "clauses with an unknown tool"))],
                           rows: rows)
    }

    func disagreementTable(_ agreement: [CoderAgreement]) -> ReportTable {
        var rows: [ReportTable.Row] = []
        for a in agreement {
            for d in a.disagreements {
                let span = digests[d.unit.document]?.spans[d.unit.clause]
                rows.append(ReportTable.Row(values: [
                    "coderA": .text(a.coderA), "coderB": .text(a.coderB), "document": .text(d.unit.document),
                    "clause": .integer(d.unit.clause), "toolA": .text(d.toolA), "toolAName": toolName(d.toolA),
                    "toolB": .text(d.toolB), "toolBName": toolName(d.toolB), "classA": .text(d.classA), "classAName": className(d.classA),
                    "classB": .text(d.classB), "classBName": className(d.classB), "sameClass": .text(d.sameClass ? "yes" : "no"),
                ], evidence: evidence(d.unit.document, span: span)))
            }
        }
        return ReportTable(id: "disagreements", title: t("编码分歧", "Coder disagreements"), note: nil,
                           columns: [column("coderA", t("编码员 A", "coder A")), column("coderB", t("编码员 B", "coder B")),
                                     column("document", t("文件", "document")), column("clause", t("条款", "clause")),
                                     column("toolA", t("A 的工具", "tool A")), column("toolAName", t("A 的工具名称", "tool A name")),
                                     column("toolB", t("B 的工具", "tool B")), column("toolBName", t("B 的工具名称", "tool B name")),
                                     column("classA", t("A 的类型", "class A")), column("classAName", t("A 的类型名称", "class A name")),
                                     column("classB", t("B 的类型", "class B")), column("classBName", t("B 的类型名称", "class B name")),
                                     column("sameClass", t("类型相同", "same class"))],
                           rows: rows)
    }
}
