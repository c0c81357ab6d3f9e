import ArgumentParser
import PolicyAnalysis
import PolicyModel
import TerminalUI

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List documents, filtered by province, issuer, action area, level, year or text."
    )

    @OptionGroup var options: CorpusOptions
    @OptionGroup var scopeOptions: ScopeOptions
    @Option(help: "A province: Chinese name, short name (冀), GB/T 2260 code or English name.") var province: String?
    @Option(help: "An issuer: id, Chinese or English name, abbreviation (MIIT).") var issuer: String?
    @Option(help: "An action area: id, Chinese or English name (documents whose titles name it; `ipap show AREA` also lists those coded to it from their text).") var area: String?
    @Option(help: "national 国家, ministerial 部委, provincial 省级 (省) or municipal 市级 (市).") var level: String?
    @Option(help: "Year of publication (of writing when unpublished; of its number when undated: 冀政发〔2017〕4号 counts in 2017).") var year: Int?
    @Option(help: "Words to find in the title, number, issuer or the document's text (the hits are listed as passages).") var search: String?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func validate() throws {
        // An empty search listed every document, as if the words had been found in each.
        if let search { try requireName(search, of: "--search", "要查找的词", "words") }
    }

    func run() throws {
        // The texts are read only for JSON (which prints them) and for the search, document by document: at
        // 10,000 documents the table and CSV held every text, 300 MB, to print none.
        let corpus = try scopeOptions.apply(to: try options.load(deferTexts: format != .json, index: .readIfFresh))
        var filter = try makeFilter(corpus.taxonomy)
        // The words are looked for in the metadata (the filter's search) and in the text (`TextSearch`).
        let query = filter.search.flatMap { $0.isEmpty ? nil : $0 }
        filter.search = nil
        var hits: [String: [Int]] = [:]
        var quotes: [String: [String]] = [:]
        var documents = filter.apply(to: corpus.documents)
        // How many documents' texts were searched, and how many could not be for want of a text.
        var textsSearched = 0, withoutText = 0
        if let query {
            let inMetadata = DocumentFilter(search: query)
            // On both cores; a file whose bytes cannot hold the words is not decoded (`DocumentTexts`); the
            // files are asked for ahead (`ReadAhead`).
            let readAhead = corpus.readTextsAhead(of: documents)
            defer { readAhead?.stop() }
            let found = ParallelSlots<(offsets: [Int], quotes: [String])?>.map(documents.count) { [documents] i in
                let d = documents[i]
                guard d.hasText else { return nil }
                guard let text = corpus.text(of: d, ifItMayHold: query) else { return ([], []) }
                let offsets = TextSearch.offsets(of: query, in: text)
                return (offsets, Self.quotes(query, at: offsets.prefix(Self.quotesPerDocument), in: text))
            }
            textsSearched = found.filter { $0 != nil }.count
            withoutText = found.count - textsSearched
            for (d, f) in zip(documents, found) {
                guard let f else { continue }
                hits[d.id] = f.offsets
                quotes[d.id] = f.quotes
            }
            documents = documents.filter { inMetadata.matches($0) || !(hits[$0.id] ?? []).isEmpty }
        }
        let language = Terminal.language
        switch format {
        case .json:
            Terminal.print(try JSONOutput.encode(documents))
        case .csv:
            // With --search: how many times the text holds the words, and where (scalar offsets).
            let searched = query != nil
            // Which documents were listed, on every row: a file read later has no stderr to say it (as `stats`).
            let counted = try scopeOptions.scope().counted.text(in: language)
            Terminal.print(CSV.line(["id", "date", "year", "number", "level", "region", "issuers", "areas", "title", "title_note"]
                                    + (searched ? ["text_hits", "hit_offsets"] : []) + ["scope"]))
            for d in documents {
                var cells: [String] = [d.id, d.date?.description ?? "", d.year.map(String.init) ?? "", d.number ?? "", d.level.rawValue,
                                       d.region ?? "", d.issuers.joined(separator: ";"),
                                       d.actionAreas.ids.joined(separator: ";"), d.title, d.extra["titleNote"] ?? ""]
                if searched {
                    let found: [Int]? = hits[d.id]
                    cells.append(found.map { String($0.count) } ?? "")
                    cells.append(found.map { $0.map(String.init).joined(separator: ";") } ?? "")
                }
                Terminal.print(CSV.line(cells + [counted]))
            }
        case .table:
            let zh = language == .chinese
            let list = ListTable(corpus: corpus, language: language, hits: query != nil ? hits : nil)
            let table = list.render(documents, width: Terminal.columns)
            Terminal.print(table.table)
            if let query {
                for line in Self.passageLines(query: query, documents: documents, hits: hits, quotes: quotes, zh: zh, width: Terminal.columns) {
                    Terminal.print(line)
                }
            }
            let total = hits.values.reduce(0) { $0 + $1.count }
            Terminal.error(query == nil ? Self.countLine(listed: documents.count, zh: zh, area: filter.area.flatMap(corpus.taxonomy.area))
                           : TextSearch.summary(listed: documents.count, hits: total, textsSearched: textsSearched,
                                                withoutText: withoutText).text(in: zh ? .chinese : .english))
            if let note = list.leftOutNote(table.leftOut) { Terminal.error(note) }
        }
    }

    static let quotesPerDocument = 3

    /// With an area filter, the count says it is of titles (QA pass 50: "4 documents" read as the area's count, where the
    /// dashboard, which adds those coded to it from their text, says 7).
    static func countLine(listed: Int, zh: Bool, area: ActionArea? = nil) -> String {
        guard let area else { return zh ? "\(listed) 份文件" : EnglishCount.of(listed, "document") }
        return zh ? "\(listed) 份文件的标题写明“\(area.name.zh)”（按全文编码归入的另见 ipap show \(area.name.zh)）"
            : EnglishCount.of(listed, "document") + " whose titles name \(area.name.en) (those coded to it from their text: ipap show \(area.id))"
    }

    /// Each hit with the text the dashboard quotes on either side (`TextSearch.quoted`), the words in brackets, on
    /// one line, with an ellipsis at either end where the text goes on: the line gives only the hit's offset, so
    /// the ellipses say that the quote is a window (the dashboard's quotes give their range, "[31–73]").
    static func quotes(_ query: String, at hits: ArraySlice<Int>, in text: String) -> [String] {
        guard !hits.isEmpty else { return [] }
        let length = TextSearch.length(of: query), scalars = Array(text.unicodeScalars)
        func piece(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
        }
        return hits.map { hit in
            let quoted = TextSearch.quoted(hit: hit, length: length, in: scalars.count)
            let before = quoted.lowerBound > 0 ? "…" : "", after = quoted.upperBound < scalars.count ? "…" : ""
            let quote = before + piece(quoted.lowerBound..<hit) + "【" + piece(hit..<hit + length) + "】"
                + piece(hit + length..<quoted.upperBound) + after
            return quote.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
    }

    /// The hits as passages under the table: the document, the offset (what `ipap show` and the dashboard
    /// count), and the words with some text on either side; at a terminal's `width` each line cut to it as the
    /// table's lines are (a line that wrapped broke the column of ids under it), nil: whole.
    static func passageLines(query: String, documents: [PolicyDocument], hits: [String: [Int]], quotes: [String: [String]],
                             zh: Bool, width: Int?) -> [String] {
        let perDocument = quotesPerDocument
        var lines: [String] = []
        for d in documents {
            guard let found = hits[d.id], !found.isEmpty else { continue }
            for (start, quote) in zip(found, quotes[d.id] ?? []) {
                lines.append("  \(d.id) @\(start)  \(quote)")
            }
            if found.count > perDocument { lines.append("  \(d.id)  " + (zh ? "另有 \(found.count - perDocument) 处" : "\(found.count - perDocument) more")) }
        }
        guard !lines.isEmpty else { return [] }
        let heading = zh ? "正文中的“\(query)”（@ 为字符位置）：" : "“\(query)” in the texts (@ is the character offset):"
        return [""] + ([heading] + lines).map { line in
            width.map { DisplayWidth.truncate(Sanitizer.sanitize(line), to: $0, closesBrackets: false) } ?? line
        }
    }

    func makeFilter(_ taxonomy: Taxonomy) throws -> DocumentFilter {
        var filter = DocumentFilter(year: year, search: search)
        if let province {
            guard let d = taxonomy.resolveDivision(province) else {
                throw NameAnswer.error(province, kind: .province, in: taxonomy) ?? usageError("未知省份“\(province)”（写中文名、简称、代码或英文名，如 四川、川、510000、Sichuan；`ipap stats` 列出全部省份）",
                                                                                   "unknown province '\(province)' (give a Chinese name, short name, code or English name: 四川, 川, 510000, Sichuan; `ipap stats` lists them all)")
            }
            filter.region = d.code
        }
        if let issuer {
            guard let s = taxonomy.resolveIssuer(issuer) else {
                throw NameAnswer.error(issuer, kind: .issuer, in: taxonomy) ?? usageError(
                    "未知发文机关“\(issuer)”（写编号、中文名、英文名或简称，如 miit、工业和信息化部、MIIT；`ipap stats` 列出全部发文机关）",
                    "unknown issuer '\(issuer)' (give an id, Chinese or English name or abbreviation: miit, 工业和信息化部, MIIT; `ipap stats` lists them all)")
            }
            filter.issuer = s.id
        }
        if let area {
            guard let a = taxonomy.resolveArea(area) else {
                throw NameAnswer.error(area, kind: .area, in: taxonomy) ?? usageError(
                    "未知行动领域“\(area)”（写编号、中文名或英文名，如 e-commerce、电子商务；`ipap stats` 列出全部 11 个领域）",
                    "unknown action area '\(area)' (give an id, Chinese or English name: e-commerce, 电子商务; `ipap stats` lists all 11)")
            }
            filter.area = a.id
        }
        if let level {
            guard let l = Level(resolving: level) else {
                throw usageError("未知级别“\(level)”（\(Level.namesAccepted.replacingOccurrences(of: ", ", with: "、"))）", "unknown level '\(level)' (\(Level.namesAccepted))")
            }
            filter.level = l
        }
        return filter
    }
}
