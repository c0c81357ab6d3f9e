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
    @Option(help: "Text to find in title, number or issuer.") var search: String?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let corpus = try scopeOptions.apply(to: try options.load())
        let filter = try makeFilter(corpus.taxonomy)
        let documents = filter.apply(to: corpus.documents)
        let language = Terminal.language
        switch format {
        case .json:
            Terminal.print(try JSONOutput.encode(documents))
        case .csv:
            Terminal.print(CSV.line(["id", "date", "year", "number", "level", "region", "issuers", "areas", "title", "title_note"]))
            for d in documents {
                Terminal.print(CSV.line([d.id, d.date?.description ?? "", d.year.map(String.init) ?? "", d.number ?? "", d.level.rawValue,
                                         d.region ?? "", d.issuers.joined(separator: ";"),
                                         d.actionAreas.ids.joined(separator: ";"), d.title, d.extra["titleNote"] ?? ""]))
            }
        case .table:
            let zh = language == .chinese
            let headers = zh ? ["编号", "日期", "文号", "级别", "地区", "标题"] : ["ID", "Date", "Number", "Level", "Region", "Title"]
            let rows = documents.map { d in
                [d.id, d.dateLabel(language), d.number ?? "-", d.level.name.text(in: language),
                 d.region.flatMap { corpus.taxonomy.division($0)?.displayName.text(in: language) } ?? "-", d.titleWithNote]
            }
            Terminal.print(TextTable(headers: headers, rows: rows).render(maxWidth: Terminal.columns))
            Terminal.error(zh ? "\(documents.count) 份文件" : "\(documents.count) document(s)")
        }
    }

    func makeFilter(_ taxonomy: Taxonomy) throws -> DocumentFilter {
        var filter = DocumentFilter(year: year, search: search)
        if let province {
            guard let d = taxonomy.resolveDivision(province) else { throw ValidationError("unknown province '\(province)'") }
            filter.region = d.code
        }
        if let issuer {
            guard let s = taxonomy.resolveIssuer(issuer) else { throw ValidationError("unknown issuer '\(issuer)'") }
            filter.issuer = s.id
        }
        if let area {
            guard let a = taxonomy.resolveArea(area) else { throw ValidationError("unknown action area '\(area)'") }
            filter.area = a.id
        }
        if let level {
            guard let l = Level(resolving: level) else { throw ValidationError("unknown level '\(level)' (national, ministerial, provincial, municipal)") }
            filter.level = l
        }
        return filter
    }
}
