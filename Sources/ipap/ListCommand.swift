import ArgumentParser
import PolicyModel

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List documents, filtered by province, issuer, action area, level, year or text."
    )

    @OptionGroup var options: CorpusOptions
    @OptionGroup var scopeOptions: ScopeOptions
    @Option(help: "A province: Chinese name, short name (冀), GB/T 2260 code or English name.") var province: String?
    @Option(help: "An issuer: id, Chinese or English name, abbreviation (MIIT).") var issuer: String?
    @Option(help: "An action area: id, Chinese or English name.") var area: String?
    @Option(help: "national, ministerial, provincial or municipal.") var level: String?
    @Option(help: "Year of publication (of writing when unpublished).") var year: Int?
    @Option(help: "Words to find in the title, number, issuer or the document's text (the hits are listed as passages).") var search: String?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let corpus = try scopeOptions.apply(to: try options.load())
        var filter = try makeFilter(corpus.taxonomy)
        // The words are looked for in the metadata (the filter's search) and in the text (`TextSearch`).
        let query = filter.search.flatMap { $0.isEmpty ? nil : $0 }
        filter.search = nil
        var hits: [String: [Int]] = [:]
        var documents = filter.apply(to: corpus.documents)
        if let query {
            let inMetadata = DocumentFilter(search: query)
            for d in documents { if let text = d.text { hits[d.id] = TextSearch.offsets(of: query, in: text) } }
            documents = documents.filter { inMetadata.matches($0) || !(hits[$0.id] ?? []).isEmpty }
        }
        let language = Terminal.language
        switch format {
        case .json:
            Terminal.print(try JSONOutput.encode(documents))
        case .csv:
            // With --search: how many times the text holds the words, and where (scalar offsets).
            let searched = query != nil
            Terminal.print(CSV.line(["id", "date", "year", "number", "level", "region", "issuers", "areas", "title", "title_note"]
                                    + (searched ? ["text_hits", "hit_offsets"] : [])))
            for d in documents {
                var cells: [String] = [d.id, d.date?.description ?? "", d.year.map(String.init) ?? "", d.number ?? "", d.level.rawValue,
                                       d.region ?? "", d.issuers.joined(separator: ";"),
                                       d.actionAreas.ids.joined(separator: ";"), d.title, d.extra["titleNote"] ?? ""]
                if searched {
                    let found: [Int]? = hits[d.id]
                    cells.append(found.map { String($0.count) } ?? "")
                    cells.append(found.map { $0.map(String.init).joined(separator: ";") } ?? "")
                }
                Terminal.print(CSV.line(cells))
            }
        case .table:
            let zh = language == .chinese
            var headers = zh ? ["编号", "日期", "文号", "级别", "地区", "标题"] : ["ID", "Date", "Number", "Level", "Region", "Title"]
            if query != nil { headers.insert(zh ? "正文命中" : "Hits", at: 5) }
            let rows = documents.map { d in
                var row = [d.id, d.dateLabel(language), d.number ?? "-", d.level.name.text(in: language),
                           d.region.flatMap { corpus.taxonomy.division($0)?.displayName.text(in: language) } ?? "-", d.titleWithNote]
                if query != nil { row.insert(d.text == nil ? (zh ? "无全文" : "no text") : String(hits[d.id]?.count ?? 0), at: 5) }
                return row
            }
            Terminal.print(TextTable(headers: headers, rows: rows).render(maxWidth: Terminal.columns))
            if let query { printPassages(query: query, documents: documents, hits: hits, zh: zh) }
            let total = hits.values.reduce(0) { $0 + $1.count }
            Terminal.error(zh ? "\(documents.count) 份文件" + (query != nil ? "，正文中 \(total) 处" : "")
                              : "\(EnglishCount.of(documents.count, "document"))" + (query != nil ? ", \(EnglishCount.of(total, "hit")) in their texts" : ""))
        }
    }

    /// The hits as passages under the table: the document, the offset (what `ipap show` and the dashboard
    /// count), and the words with some text on either side.
    func printPassages(query: String, documents: [PolicyDocument], hits: [String: [Int]], zh: Bool) {
        let perDocument = 3, length = TextSearch.length(of: query)
        var lines: [String] = []
        for d in documents {
            guard let found = hits[d.id], !found.isEmpty, let text = d.text else { continue }
            let scalars = Array(text.unicodeScalars)
            for start in found.prefix(perDocument) {
                let before = String(String.UnicodeScalarView(scalars[max(0, start - 12)..<start]))
                let hit = String(String.UnicodeScalarView(scalars[start..<min(scalars.count, start + length)]))
                let after = String(String.UnicodeScalarView(scalars[min(scalars.count, start + length)..<min(scalars.count, start + length + 24)]))
                let quote = (before + "【" + hit + "】" + after).split(whereSeparator: \.isNewline).joined(separator: " ")
                lines.append("  \(d.id) @\(start)  …\(quote)…")
            }
            if found.count > perDocument { lines.append("  \(d.id)  " + (zh ? "另有 \(found.count - perDocument) 处" : "\(found.count - perDocument) more")) }
        }
        guard !lines.isEmpty else { return }
        Terminal.print("")
        Terminal.print(zh ? "正文中的“\(query)”（@ 为字符位置）：" : "“\(query)” in the texts (@ is the character offset):")
        for line in lines { Terminal.print(line) }
    }

    func makeFilter(_ taxonomy: Taxonomy) throws -> DocumentFilter {
        var filter = DocumentFilter(year: year, search: search)
        if let province {
            guard let d = taxonomy.resolveDivision(province) else { throw usageError("未知省份“\(province)”", "unknown province '\(province)'") }
            filter.region = d.code
        }
        if let issuer {
            guard let s = taxonomy.resolveIssuer(issuer) else { throw usageError("未知发文机关“\(issuer)”", "unknown issuer '\(issuer)'") }
            filter.issuer = s.id
        }
        if let area {
            guard let a = taxonomy.resolveArea(area) else { throw usageError("未知行动领域“\(area)”", "unknown action area '\(area)'") }
            filter.area = a.id
        }
        if let level {
            guard let l = Level(resolving: level) else { throw usageError("未知级别“\(level)”（national 国家、ministerial 部委、provincial 省级、municipal 市级）", "unknown level '\(level)' (national, ministerial, provincial, municipal)") }
            filter.level = l
        }
        return filter
    }
}
