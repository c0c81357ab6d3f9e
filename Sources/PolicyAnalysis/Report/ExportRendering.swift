import Foundation
import PolicyModel
import SafeText

extension ExportReport {
    /// `evidenceFor`: the column whose figure the evidence supports (empty: the document or passage the row is about).
    static let evidenceColumns = ["evidenceFor", "evidenceDocument", "evidenceNumber", "evidenceSpan", "evidenceQuote"]

    private static func evidenceCells(_ e: ReportEvidence?) -> [String] {
        guard let e else { return ["", "", "", "", ""] }
        return [e.evidenceFor ?? "", e.document, e.number ?? "", e.span.map { "\($0.start):\($0.end)" } ?? "", e.quote ?? ""]
    }

    /// Every table a CSV export may write, in the order it writes them; `about` always (a test checks the list
    /// against a full report's files).
    public static let csvTables = ["about", "indicators-level-year", "indicators-province", "indicators-issuer",
                                   "indicators-area", "reuse", "tool-matrix", "reviews", "agreement", "disagreements",
                                   "problems", "findings"]

    /// One CSV text per table (RFC 4180, header row, evidence columns last), keyed by table id.
    public func csvFiles() -> [(table: String, text: String)] {
        var files = tables.map { table -> (String, String) in
            var lines = [Self.csvLine(table.columns.map(\.id) + Self.evidenceColumns)]
            for row in table.rows { lines.append(Self.csvLine(table.cells(row) + Self.evidenceCells(row.evidence))) }
            return (table.id, lines.joined(separator: "\n") + "\n")
        }
        let about: [(String, String)] = [
            ("corpus", self.about.corpus), ("corpusDirectory", self.about.corpusDirectory),
            ("synthetic", self.about.synthetic ? "true" : "false"), ("generated", self.about.generated),
            ("analysis", self.about.analysis), ("fingerprint", self.about.fingerprint ?? ""),
            ("analysedDocuments", String(self.about.analysedDocuments)), ("analysedCharacters", String(self.about.analysedCharacters)),
            ("documents", String(self.about.documents)), ("scope", self.about.scope),
            ("reviewEntries", String(self.about.reviewEntries)),
            ("reviewProblems", String(self.about.reviewProblems)), ("citation", self.about.citation ?? ""),
            ("citationDOI", self.about.citationDOI ?? ""),
        ]
        files.insert(("about", ([Self.csvLine(["key", "value"])] + about.map { Self.csvLine([$0.0, $0.1]) }).joined(separator: "\n") + "\n"), at: 0)
        return files
    }

    /// One CSV line (RFC 4180 quoting); also the dashboard's export of a screen. Every cell is made safe for a
    /// spreadsheet first (`spreadsheetSafe`).
    public static func csvLine(_ fields: [String]) -> String {
        fields.map { cell in
            let field = spreadsheetSafe(cell)
            // By bytes: a comma or quote that a combining mark joins, or CR LF, is one character of its own and
            // went unquoted when characters were compared.
            if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: ",")
    }

    /// `cell` with a leading apostrophe when a spreadsheet would read it as a formula (OWASP's rule for CSV
    /// injection): a title `=HYPERLINK("http://…","点击")` opened in Excel or WPS is a live link, and `=`, `+`, `-`,
    /// `@`, a tab or a CR at the start can each begin one. A plain number (-3, -0.25, +5, 1e-3, -12%) stays as it
    /// is, a number, and so does a lone "-" (the screens' "none"), which no spreadsheet reads as a formula.
    static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first),
              cell != "-", !isPlainNumber(cell) else { return cell }
        return "'" + cell
    }

    /// Whether `text` is a number as a spreadsheet reads one: a sign, ASCII digits with at most one point, an
    /// exponent, a percent sign.
    private static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        func digits() -> Int {
            let count = bytes.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count
            bytes = bytes.dropFirst(count)
            return count
        }
        if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == 0x2E {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == 0x45 || e == 0x65 {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        if bytes.first == 0x25 { bytes = bytes.dropFirst() }
        return bytes.isEmpty
    }

    /// A Markdown report that reads on its own: what was analysed, from which inputs, with the source cited. Every
    /// text that is not the report's own wording goes through `MarkdownText`.
    public func markdown() -> String {
        func t(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }
        var out: [String] = []
        out.append(t("# 互联网+政策评估：", "# Internet Plus policy review: ") + MarkdownText.inline(about.corpus))
        out.append("")
        if about.synthetic {
            out += [t("> **合成语料**：生成的示例文本，不是真实政策文件。", "> **Synthetic corpus**: generated example texts, not real policy documents."), ""]
        }
        out.append(t("- 语料：\(MarkdownText.inline(about.corpus))（\(MarkdownText.code(about.corpusDirectory))），\(about.documents) 份文件；范围：\(MarkdownText.inline(about.scope))",
                     "- Corpus: \(MarkdownText.inline(about.corpus)) (\(MarkdownText.code(about.corpusDirectory))), \(about.documents) documents; scope: \(MarkdownText.inline(about.scope))"))
        switch about.analysis {
        case "metadata-only":
            out.append(t("- 分析：无。语料没有文件全文，本报告只给出元数据指标（文件数、响应时滞、领域覆盖）；文本复用、文本指标和政策工具编码需要全文。",
                         "- Analysis: none. The corpus has no document texts, so this report gives the metadata indicators only "
                         + "(document counts, response lags, area coverage); reuse, text indicators and tool coding need texts."))
        default:
            let origin = about.analysis == "stored" ? t("已存储（语料的 analysis/）", "stored (analysis/ of the corpus)")
                                                    : t("为本报告计算", "computed for this report")
            out.append(t("- 分析：\(origin)，输入指纹 `\(about.fingerprint ?? "?")`（\(about.analysedDocuments) 份有全文的文件，\(about.analysedCharacters) 字）",
                         "- Analysis: \(origin), input fingerprint `\(about.fingerprint ?? "?")` (\(about.analysedDocuments) documents with text, "
                         + "\(about.analysedCharacters) characters)"))
        }
        out.append(t("- 生成时间：", "- Generated: ") + MarkdownText.inline(about.generated))
        out.append(t("- 生效的审阅记录：\(about.reviewEntries)", "- Review entries in effect: \(about.reviewEntries)")
                   + (about.reviewProblems > 0 ? t("（跳过 \(about.reviewProblems) 行无法读取的记录）", " (\(EnglishCount.of(about.reviewProblems, "unreadable journal line")) skipped)") : ""))
        if let citation = about.citation {
            out.append(t("- 问题框架：", "- Problem framework: ") + MarkdownText.inline(citation) + (about.citationDOI.map { " doi:" + MarkdownText.inline($0) } ?? ""))
        }
        out.append("")
        out.append(t("比例按内容字符计，此处为百分比（CSV 和 JSON 文件中为 0 到 1 的小数）。工具和领域计数为条款数，已计入分析员的更正。"
                     + "证据先写它支持的是哪一列的数值（“列名 ←”；没有则是该行所说的文件或段落），再给出文件、文号、其存储文本中的一段（[起, 止)，按 Unicode 标量计）和引文（至多 \(Self.quoteLimit) 字）；"
                     + "没有段落支持任何数值的行不给证据。",
                     "Shares are of content characters, as percentages here (fractions from 0 to 1 in the CSV and JSON files). Tool and area counts are clauses, with analysts' overrides applied. "
                     + "Evidence first names the column whose figure it supports (\"column ←\"; without one it is the document or passage the row is about), "
                     + "then gives a document, its number, a span of its stored text ([start, end) in Unicode scalars) "
                     + "and the passage quoted (at most \(Self.quoteLimit) characters); a row whose figures no passage supports has none."))
        for table in tables {
            out.append("")
            out.append("## " + MarkdownText.inline(table.title))
            out.append("")
            if let note = table.note { out += [MarkdownText.line(note), ""] }
            if table.rows.isEmpty {
                out.append(t("（无）", "(none)"))
                continue
            }
            let headers = table.columns.map(\.title) + [t("证据", "evidence")]
            out.append("| " + headers.map(MarkdownText.cell).joined(separator: " | ") + " |")
            out.append("|" + String(repeating: " --- |", count: headers.count))
            for row in table.rows {
                let supports = row.evidence?.evidenceFor.flatMap { id in table.columns.first { $0.id == id }?.title }
                out.append("| " + (table.readableCells(row).map(MarkdownText.cell) + [Self.evidenceCell(row.evidence, supports: supports)]).joined(separator: " | ") + " |")
            }
            if table.id == "tool-matrix" { out += [""] + matrixPivot(table) }
        }
        if !agreement.isEmpty {
            out += ["", t("Kappa 为 Cohen 系数：（观测一致率 − 期望一致率）/（1 − 期望一致率），按两位分析员都编码过的条款计算。",
                          "Kappa is Cohen's: (observed - expected) / (1 - expected) over the clauses both analysts coded.")]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The `all` scope of the tool matrix as a cross table (classes down, areas across).
    private func matrixPivot(_ table: ReportTable) -> [String] {
        let rows = table.rows.filter { $0.values["scope"] == .text("all") }
        var areas: [String] = []
        var classes: [String] = []
        var count: [String: String] = [:]
        for r in rows {
            let c = r.values["toolClass"]?.text ?? "", a = r.values["area"]?.text ?? ""
            if !areas.contains(a) { areas.append(a) }
            if !classes.contains(c) { classes.append(c) }
            count[c + "|" + a] = r.values["clauses"]?.text ?? "0"
        }
        guard !rows.isEmpty else { return [] }
        let zh = language == .chinese
        var out = [zh ? "交叉表（全部语料，条款数）：" : "Cross table (whole corpus, clauses):", ""]
        out.append(zh ? "| 类型 | " : "| class | ")
        out[out.count - 1] += areas.map(MarkdownText.cell).joined(separator: " | ") + " |"
        out.append("|" + String(repeating: " --- |", count: areas.count + 1))
        for c in classes { out.append("| " + MarkdownText.cell(c) + " | " + areas.map { count[c + "|" + $0] ?? "0" }.joined(separator: " | ") + " |") }
        return out
    }

    /// The evidence as a Markdown cell: the figure it supports (`supports`: its column's title), the document's id,
    /// number and quote escaped, the span as the report writes it.
    private static func evidenceCell(_ e: ReportEvidence?, supports: String?) -> String {
        guard let e else { return "" }
        var s = supports.map { MarkdownText.cell($0) + " ← " } ?? ""
        s += MarkdownText.cell(e.document)
        if let n = e.number { s += " " + MarkdownText.cell(n) }
        if let span = e.span { s += " [\(span.start), \(span.end))" }
        if let q = e.quote, !q.isEmpty { s += ": “" + MarkdownText.cell(q) + "”" }
        return s
    }
}
