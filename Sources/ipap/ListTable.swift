import PolicyModel
import TerminalUI

/// The table of `ipap list`. The title is what an analyst reads: at a narrow width the columns before it give way
/// until it keeps `titleMinimum` columns (in English at 80 columns ID, Date, Number, Level and Region took the
/// whole width and no title was shown): first the number is left out, then the region (a local document's title
/// names its province), then the level is shortened. `ipap show` and `--format csv` have them all.
struct ListTable {
    let corpus: Corpus
    let language: Language
    /// With `--search`: each document's text hits (a column before the title).
    var hits: [String: [Int]]? = nil

    static let titleMinimum = 20

    enum Column { case id, date, number, level, region, hits, title }

    /// What gives way, in order.
    private enum Narrowing: CaseIterable { case leaveOutNumber, leaveOutRegion, shortenLevel }

    /// The table at `width` (nil: a pipe, every column), and the names of the columns left out.
    func render(_ documents: [PolicyDocument], width: Int?) -> (table: String, leftOut: [String]) {
        var columns: [Column] = [.id, .date, .number, .level, .region] + (hits != nil ? [.hits] : []) + [.title]
        var shortLevel = false
        var leftOut: [String] = []
        for step in Narrowing.allCases {
            guard let width, titleRoom(columns, shortLevel: shortLevel, documents, width: width) < Self.titleMinimum else { break }
            switch step {
            case .leaveOutNumber: leave(.number)
            case .leaveOutRegion: leave(.region)
            case .shortenLevel: shortLevel = true
            }
        }
        func leave(_ column: Column) {
            columns.removeAll { $0 == column }
            leftOut.append(header(column))
        }
        let rows = documents.map { d in columns.map { cell($0, of: d, shortLevel: shortLevel) } }
        var table = TextTable(headers: columns.map(header), rows: rows, language: language)
        table.cutClosesBrackets = false
        return (table.render(maxWidth: width), leftOut)
    }

    /// The line for stderr that names the columns `render` left out (nil when none was), worded as every table's.
    func leftOutNote(_ leftOut: [String]) -> String? {
        leftOut.isEmpty ? nil : TextTable.leftOutNote(leftOut, language: language, seeAlso: ["ipap show", "--format csv"])
    }

    /// The columns left to the title: the table's width less the columns before it, each with its two spaces.
    private func titleRoom(_ columns: [Column], shortLevel: Bool, _ documents: [PolicyDocument], width: Int) -> Int {
        width - columns.filter { $0 != .title }.reduce(0) { sum, column in
            let cells = documents.map { cell(column, of: $0, shortLevel: shortLevel) } + [header(column)]
            return sum + (cells.map { DisplayWidth.of(Sanitizer.sanitize($0)) }.max() ?? 0) + 2
        }
    }

    private var zh: Bool { language == .chinese }

    private func header(_ column: Column) -> String {
        switch column {
        case .id: zh ? "编号" : "ID"
        case .date: zh ? "日期" : "Date"
        case .number: zh ? "文号" : "Number"
        case .level: zh ? "级别" : "Level"
        case .region: zh ? "地区" : "Region"
        case .hits: zh ? "正文命中" : "Hits"
        case .title: zh ? "标题" : "Title"
        }
    }

    private func cell(_ column: Column, of d: PolicyDocument, shortLevel: Bool) -> String {
        switch column {
        case .id: d.id
        case .date: d.dateLabel(language)
        case .number: d.number ?? "-"
        case .level: shortLevel ? Self.shortName(of: d.level).text(in: language) : d.level.name.text(in: language)
        case .region: d.region.flatMap { corpus.taxonomy.division($0)?.displayName.text(in: language) } ?? "-"
        case .hits: hits?[d.id].map { String($0.count) } ?? (zh ? "无全文" : "no text")
        case .title: d.titleWithNote(in: language)
        }
    }

    /// The Chinese names are short already.
    private static func shortName(of level: Level) -> LocalizedText {
        switch level {
        case .national: LocalizedText(zh: "国家", en: "Nat.")
        case .ministerial: LocalizedText(zh: "部委", en: "Min.")
        case .provincial: LocalizedText(zh: "省级", en: "Prov.")
        case .municipal: LocalizedText(zh: "市级", en: "Mun.")
        }
    }
}
