import ArgumentParser
import Foundation
import PolicyModel

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts of documents by level, kind, province, issuer, action area and year (--review-scope: the review's scope)."
    )

    @OptionGroup var options: CorpusOptions
    @OptionGroup var scopeOptions: ScopeOptions
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    struct Row: Encodable {
        let dimension: String
        let key: String
        let name: String
        let documents: Int
        /// Which documents were counted (`CorpusScope.counted`): a file read later has no stderr to say it.
        var scope = ""
    }

    func run() throws {
        let all = try options.load(deferTexts: true, index: .readIfFresh)
        let corpus = try scopeOptions.apply(to: all)
        let scope = try scopeOptions.scope()
        let counted = scope.counted.text(in: Terminal.language)
        let rows = Self.rows(corpus, language: Terminal.language, classes: scope.classes).map { row in
            var row = row
            row.scope = counted
            return row
        }
        switch format {
        case .json:
            Terminal.print(try JSONOutput.encode(rows))
        case .csv:
            Terminal.print(CSV.line(["dimension", "key", "name", "documents", "scope"]))
            for r in rows { Terminal.print(CSV.line([r.dimension, r.key, r.name, String(r.documents), r.scope])) }
        case .table:
            let zh = Terminal.language == .chinese
            let titles = zh
                ? ["level": "按级别", "kind": "按类别", "province": "按省份", "issuer": "按发文机关", "area": "按行动领域（标题编码）", "year": "按年份"]
                : ["level": "By level", "kind": "By kind", "province": "By province", "issuer": "By issuer", "area": "By action area (title coding)", "year": "By year"]
            var blocks = [SyntheticMark.above(zh ? "\(corpus.name)：共 \(corpus.documents.count) 份文件" : "\(corpus.name): \(corpus.documents.count) documents",
                                              for: corpus)]
            // With what the scope's days did with undated documents: Guizhou's undated plan made a row "0".
            if !scope.isAll { blocks[0] += "\n" + scope.statement(over: all.documents).text(in: Terminal.language) }
            var cut: [String] = []
            for dimension in ["level", "kind", "province", "issuer", "area", "year"] {
                let part = rows.filter { $0.dimension == dimension }
                let title = titles[dimension] ?? dimension
                let table = TextTable(headers: [title, "", zh ? "文件" : "Docs"],
                                      rows: part.map { [$0.key, $0.name, String($0.documents)] }, rightAligned: [2], narrowable: 1)
                blocks.append(table.render(maxWidth: Terminal.columns))
                if table.cutsNames(maxWidth: Terminal.columns) { cut.append(title) }
            }
            Terminal.print(blocks.joined(separator: "\n\n"))
            // Cut to the terminal's width (a long English issuer name padded the table to 160 columns and every
            // count wrapped): said, with where the names are whole, as `ipap list` says what it leaves out.
            if !cut.isEmpty, let width = Terminal.columns {
                Terminal.error(zh ? "（终端宽度 \(width) 列不足，已截短名称：\(cut.joined(separator: "、"))；--format csv 可见全名）"
                                  : "(names cut to fit \(width) columns: \(cut.joined(separator: ", ")); --format csv gives them whole)")
            }
        }
    }

    /// One row per value of each dimension; provinces, issuers and areas list every taxonomy entry, even at 0,
    /// because an absent province is a finding too. Kinds are those of the scope (`classes`): a kind left out of
    /// it is not counted, and a row "notice 0" under the review's scope read as if the catalogue held none.
    static func rows(_ corpus: Corpus, language: Language, classes: Set<DocumentClass> = Set(DocumentClass.allCases)) -> [Row] {
        let docs = corpus.documents
        let t = corpus.taxonomy
        var rows: [Row] = CountTable.byLevel(docs).map {
            Row(dimension: "level", key: $0.level.rawValue, name: $0.level.name.text(in: language), documents: $0.count)
        }
        rows += DocumentClass.allCases.filter(classes.contains).map { c in
            // A name in a column, as the levels' ("National"): the kinds' English names are lower-case for running text
            // ("scope: policy, notice").
            Row(dimension: "kind", key: c.rawValue, name: language == .chinese ? c.name.zh : c.name.en.capitalized,
                documents: docs.filter { $0.documentClass == c }.count)
        }
        rows += t.divisions.map { d in
            Row(dimension: "province", key: d.code, name: d.displayName.text(in: language),
                documents: docs.filter { $0.region == d.code }.count)
        }
        rows += t.issuers.map { s in
            Row(dimension: "issuer", key: s.id, name: s.name.text(in: language), documents: docs.filter { $0.issuers.contains(s.id) }.count)
        }
        rows += t.areas.map { a in
            Row(dimension: "area", key: a.id, name: a.name.text(in: language), documents: docs.filter { $0.actionAreas.ids.contains(a.id) }.count)
        }
        // A title that names no area says nothing of the areas a document covers: counted apart, not as none.
        let uncoded = docs.filter { $0.actionAreas.ids.isEmpty }.count
        if uncoded > 0 {
            rows.append(Row(dimension: "area", key: "unknown", name: language == .chinese ? "标题未写明领域" : "title names no area", documents: uncoded))
        }
        rows += CountTable.byYear(docs).map { Row(dimension: "year", key: String($0.year), name: String($0.year), documents: $0.count) }
        let undated = docs.filter { $0.year == nil }.count
        if undated > 0 {
            rows.append(Row(dimension: "year", key: "unknown", name: language == .chinese ? "日期未知" : "date unknown", documents: undated))
        }
        return rows
    }
}
