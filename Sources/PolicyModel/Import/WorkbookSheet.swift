import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The first sheet of an Excel workbook (.xlsx) as rows of cells, for `manifest.xlsx`: the workbook names its
/// sheets in order (`xl/workbook.xml`), its relationships say which part holds the first one, and text cells
/// point into the shared strings (`xl/sharedStrings.xml`). Each cell keeps its row as the line and its column
/// (A = 1) as the column, so problems point at the cell as they do in a CSV manifest.
public struct WorkbookSheet: Sendable {
    public var records: [CSVReader.Record]
    /// Dates are counted from 1904-01-01 (a workbook option), else from 1899-12-30.
    public var date1904: Bool

    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, in both languages.
        public var text: LocalizedText
        public var message: String { text.en }

        init(_ zh: String, _ en: String) { text = LocalizedText(zh: zh, en: en) }
    }

    /// Largest unpacked part accepted (zip bombs).
    public static let maxPartSize = 64 << 20

    public static func read(_ data: Data) -> Result<WorkbookSheet, Failure> {
        if let problem = ZipLayout.problem(in: [UInt8](data)) {
            return .failure(Failure("不是有效的 .xlsx 工作簿（\(problem.zh)）", "not a valid .xlsx workbook (\(problem.en))"))
        }
        guard let archive = try? Archive(data: data, accessMode: .read) else {
            return .failure(Failure("不是 .xlsx 工作簿（不是 ZIP 压缩包）", "not an .xlsx workbook (not a ZIP archive)"))
        }
        func part(_ path: String) -> Result<Data?, Failure> {
            guard let entry = archive[path] else { return .success(nil) }
            guard entry.uncompressedSize <= UInt64(maxPartSize) else {
                return .failure(Failure("\(path) 解压后 \(entry.uncompressedSize) 字节，超过上限 \(maxPartSize)", "\(path) unpacks to \(entry.uncompressedSize) bytes, over the limit of \(maxPartSize)"))
            }
            var out = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { out.append($0) }
            } catch {
                return .failure(Failure("\(path) 无法解压：\(error)", "\(path) cannot be unpacked: \(error)"))
            }
            return .success(out)
        }
        guard case .success(let workbookXML?) = part("xl/workbook.xml") else {
            return .failure(Failure("不是 .xlsx 工作簿（其中没有 xl/workbook.xml）", "not an .xlsx workbook (no xl/workbook.xml inside)"))
        }
        let workbook = XMLEvent.elements(workbookXML)
        guard let firstSheet = workbook.first(where: { $0.name == "sheet" }) else {
            return .failure(Failure("工作簿中没有工作表", "the workbook has no sheet"))
        }
        let date1904 = workbook.contains { $0.name == "workbookPr" && ["1", "true"].contains($0.attributes["date1904"] ?? "") }
        // The first sheet's part: through its relationship id, else the usual name.
        var sheetPath = "xl/worksheets/sheet1.xml"
        if let relation = firstSheet.attributes["r:id"], case .success(let relsXML?) = part("xl/_rels/workbook.xml.rels"),
           let target = XMLEvent.elements(relsXML).first(where: { $0.name == "Relationship" && $0.attributes["Id"] == relation })?.attributes["Target"] {
            sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        var shared: [String] = []
        switch part("xl/sharedStrings.xml") {
        case .failure(let f): return .failure(f)
        case .success(let xml?):
            switch SharedStrings.parse(xml) {
            case .failure(let f): return .failure(f)
            case .success(let strings): shared = strings
            }
        case .success(nil): break
        }
        switch part(sheetPath) {
        case .failure(let f): return .failure(f)
        case .success(nil): return .failure(Failure("工作簿中缺少第一个工作表（\(sheetPath)）", "the first sheet (\(sheetPath)) is missing from the workbook"))
        case .success(let xml?):
            switch SheetCells.parse(xml, shared: shared) {
            case .failure(let f): return .failure(f)
            case .success(let records): return .success(WorkbookSheet(records: records, date1904: date1904))
            }
        }
    }

    /// The calendar date of a date cell's serial day number (Excel stores dates as days, formatted by style).
    public func date(serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let origin = date1904 ? DateComponents(year: 1904, month: 1, day: 1) : DateComponents(year: 1899, month: 12, day: 30)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let start = calendar.date(from: origin),
              let day = calendar.date(byAdding: .day, value: Int(serial.rounded(.down)), to: start) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: day)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}

/// An XML part as the events Foundation's XMLParser reports, in order: each reader below is then a plain loop.
enum XMLEvent {
    case start(String, [String: String])
    case end(String)
    case text(String)

    /// The events, or why the part is not well-formed XML.
    static func parse(_ data: Data) -> Result<[XMLEvent], WorkbookSheet.Failure> {
        final class Collector: NSObject, XMLParserDelegate {
            var events: [XMLEvent] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                events.append(.start(name, attributes))
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                events.append(.end(name))
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                events.append(.text(string))
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            return .failure(WorkbookSheet.Failure("XML 格式不正确（第 \(parser.lineNumber) 行）：\(parser.parserError.map { "\($0)" } ?? "原因不明")",
                                                  "not well-formed XML (line \(parser.lineNumber)): \(parser.parserError.map { "\($0)" } ?? "unknown error")"))
        }
        return .success(collector.events)
    }

    /// The start tags of a small part with their attributes (workbook.xml, its relationships).
    static func elements(_ data: Data) -> [(name: String, attributes: [String: String])] {
        guard case .success(let events) = parse(data) else { return [] }
        return events.compactMap { if case .start(let name, let attributes) = $0 { (name, attributes) } else { nil } }
    }
}

/// `xl/sharedStrings.xml`: each `<si>` is one string, the concatenation of its `<t>` (also inside rich-text runs
/// `<r>`; phonetic guides `<rPh>` are not part of it).
enum SharedStrings {
    static func parse(_ data: Data) -> Result<[String], WorkbookSheet.Failure> {
        parse(events: data).map { events in
            var strings: [String] = []
            var current: String?
            var inText = false
            var phonetic = 0
            for event in events {
                switch event {
                case .start("si", _): current = ""
                case .start("t", _): inText = true
                case .start("rPh", _): phonetic += 1
                case .end("si"):
                    strings.append(current ?? "")
                    current = nil
                case .end("t"): inText = false
                case .end("rPh"): phonetic -= 1
                case .text(let t) where inText && phonetic == 0: current? += t
                default: break
                }
            }
            return strings
        }
    }

    private static func parse(events data: Data) -> Result<[XMLEvent], WorkbookSheet.Failure> {
        XMLEvent.parse(data).mapError { WorkbookSheet.Failure("xl/sharedStrings.xml：\($0.text.zh)", "xl/sharedStrings.xml is \($0.message)") }
    }
}

/// A worksheet's cells as records: each row from column A to its widest row's last cell, empty cells in
/// between, and empty rows skipped (their numbers are kept, so lines are the sheet's row numbers).
enum SheetCells {
    static func parse(_ data: Data, shared: [String]) -> Result<[CSVReader.Record], WorkbookSheet.Failure> {
        let events: [XMLEvent]
        switch XMLEvent.parse(data) {
        case .failure(let f): return .failure(WorkbookSheet.Failure("第一个工作表：\(f.text.zh)", "the first sheet is \(f.message)"))
        case .success(let e): events = e
        }
        var rows: [(line: Int, cells: [Int: (text: String, isNumber: Bool)])] = []
        var row: (line: Int, cells: [Int: (text: String, isNumber: Bool)])?
        var cell: (column: Int, type: String)?
        var value = ""
        var collecting = false
        var nextRow = 1
        var nextColumn = 1
        for event in events {
            switch event {
            case .start("row", let attributes):
                let line = attributes["r"].flatMap(Int.init) ?? nextRow
                row = (line, [:])
                nextRow = line + 1
                nextColumn = 1
            case .start("c", let attributes):
                let column = attributes["r"].flatMap(Self.column) ?? nextColumn
                guard column <= Self.maxColumn else {
                    return .failure(WorkbookSheet.Failure("第 \(row?.line ?? 0) 行：有单元格超出 XFD 列", "row \(row?.line ?? 0): a cell past column XFD"))
                }
                cell = (column, attributes["t"] ?? "n")
                nextColumn = column + 1
                value = ""
            case .start("v", _), .start("t", _):
                collecting = cell != nil
            case .end("v"), .end("t"):
                collecting = false
            case .text(let t) where collecting:
                value += t
            case .end("c"):
                guard let c = cell else { continue }
                cell = nil
                var text = value
                switch c.type {
                case "s":
                    guard let index = Int(value.trimmingWhitespace()), shared.indices.contains(index) else {
                        return .failure(WorkbookSheet.Failure("第 \(row?.line ?? 0) 行第 \(c.column) 列：共享字符串“\(value)”不存在", "row \(row?.line ?? 0), column \(c.column): shared string '\(value)' does not exist"))
                    }
                    text = shared[index]
                case "b": text = value == "1" ? "true" : "false"
                default: break
                }
                if !text.isEmpty { row?.cells[c.column] = (text, c.type == "n") }
            case .end("row"):
                if let r = row, !r.cells.isEmpty { rows.append(r) }
                row = nil
            default: break
            }
        }
        let width = rows.map { $0.cells.keys.max() ?? 0 }.max() ?? 0
        return .success(rows.map { r in
            CSVReader.Record(fields: (1...max(1, width)).map { column in
                let cell = r.cells[column]
                return CSVReader.Field(value: cell?.text ?? "", position: SourcePosition(line: r.line, column: column),
                                       isNumber: cell?.isNumber ?? false)
            }, line: r.line)
        })
    }

    /// Excel's last column, XFD.
    static let maxColumn = 16_384

    /// The column number of a cell reference: A1 -> 1, AB7 -> 28; nil past XFD (a damaged reference).
    static func column(_ reference: String) -> Int? {
        var n = 0
        for c in reference.unicodeScalars {
            guard c.value >= 65, c.value <= 90 else { break }
            n = n * 26 + Int(c.value - 64)
            if n > maxColumn { return nil }
        }
        return n > 0 ? n : nil
    }
}
