import Foundation

/// Reads `manifest.csv` into rows: UTF-8 (a byte-order mark is tolerated), a header row naming the columns.
/// Checks only the shape of the file; what the cells mean is checked by `CorpusImporter`.
public struct ManifestReader: Sendable {
    /// How the manifest is named in messages.
    public var displayPath: String

    public init(displayPath: String) {
        self.displayPath = displayPath
    }

    public struct Output: Sendable {
        public var entries: [ManifestEntry]
        public var problems: [Problem]
        /// The ids of rows left out for a CSV syntax error after their id cell: known, so that another row's
        /// based_on naming one is not said to name an unknown document (a knock-on of the syntax error).
        public var unreadIDs: Set<String> = []
    }

    public func read(_ data: Data) -> Output {
        let bytes = [UInt8](data)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = TextDecoder.firstInvalidUTF8(bytes)
            let f = TextDecoder.failure(at: offset, in: bytes, "清单不是 UTF-8 文本", "the manifest is not UTF-8")
            let gbk = TextDecoder.firstInvalidGB18030(bytes) == nil
            let text = LocalizedText(zh: f.text.zh + (gbk ? "；看来是 Excel 保存的 GB18030/GBK：请另存为“CSV UTF-8”" : ""),
                                     en: f.message + (gbk ? "; it looks like GB18030/GBK, as Excel writes it: save it as “CSV UTF-8”" : ""))
            return Output(entries: [], problems: [Problem(file: displayPath, position: SourcePosition(line: f.line, column: f.column), text)])
        }
        return read(text)
    }

    /// Every problem in one run: a CSV syntax error leaves out its record only (`CSVReader.scan`), and the rows
    /// read are checked beside it (one stray quote on line 4 hid a bad date on line 2). A header that cannot
    /// be read leaves the rows unread: the syntax errors alone.
    public func read(_ text: String) -> Output {
        let scan = CSVReader().scan(text)
        let syntax = scan.failures.map { Problem(file: displayPath, position: $0.position, $0.text) }
        guard !scan.failures.isEmpty else { return read(records: scan.records, workbook: nil) }
        guard let header = scan.records.first(where: { !$0.isBlank }),
              header.line < scan.failures[0].recordLine else {
            return Output(entries: [], problems: syntax)
        }
        var output = read(records: scan.records, workbook: nil)
        output.problems += syntax
        if let idColumn = header.fields.firstIndex(where: { ManifestColumn(header: $0.value.trimmingWhitespace()) == .id }) {
            for failure in scan.failures where failure.recordLine > header.line && failure.fieldsBefore.count > idColumn {
                let id = failure.fieldsBefore[idColumn].value.trimmingWhitespace()
                if !id.isEmpty { output.unreadIDs.insert(id) }
            }
        }
        return output
    }

    /// `manifest.xlsx`: the first sheet, same columns; a date column may hold Excel dates (day numbers).
    public func read(workbook data: Data) -> Output {
        switch WorkbookSheet.read(data) {
        case .failure(let f):
            return Output(entries: [], problems: [Problem(file: displayPath, f.text)])
        case .success(let sheet):
            return read(records: sheet.records, workbook: sheet)
        }
    }

    func read(records all: [CSVReader.Record], workbook: WorkbookSheet?) -> Output {
        let records = all.filter { !$0.isBlank }
        guard let header = records.first else {
            return Output(entries: [], problems: [Problem(file: displayPath, LocalizedText(zh: "清单为空；须有表头行（id,title,...,file）", en: "the manifest is empty; it needs a header row (id,title,...,file)"))])
        }
        var problems: [Problem] = []
        var columns: [ManifestColumn?] = []
        var extraNames: [String?] = []
        var seen = Set<String>()
        // A byte-order mark is no part of a name: the CSV reader drops the file's; a workbook's cell may start
        // with one (a sheet made from a CSV file with a BOM), which showed as `id` and was not the id column.
        let names = header.fields.map { field -> String in
            var name = field.value
            if name.unicodeScalars.first == "\u{FEFF}" { name.unicodeScalars.removeFirst() }
            return name.trimmingWhitespace()
        }
        let named = Set(names.compactMap(ManifestColumn.init(header:)))
        for (field, name) in zip(header.fields, names) {
            if name.isEmpty {
                problems.append(Problem(file: displayPath, position: field.position, LocalizedText(zh: "表头中有空的列名", en: "empty column name in the header")))
            } else if !seen.insert(ManifestColumn(header: name)?.rawValue ?? name).inserted {
                problems.append(Problem(file: displayPath, position: field.position, LocalizedText(zh: "列“\(name)”在表头中出现两次", en: "column '\(name)' appears twice in the header")))
            }
            let column = ManifestColumn(header: name)
            let meant = column == nil ? ManifestColumn.meant(byHeader: name) : []
            if !meant.isEmpty {
                let zh = meant.map { "“\($0.rawValue)”" }, en = meant.map { "'\($0.rawValue)'" }
                problems.append(Problem(file: displayPath, position: field.position, LocalizedText(
                    zh: "列“\(name)”不是 ipap 读取的列（会作为附加元数据保存，而 \(zh.joined(separator: "、")) 列为空）；是不是 \(zh.joined(separator: " 或 "))？请改正列名",
                    en: "column '\(name)' is not one ipap reads (it would be kept as extra metadata and \(en.joined(separator: " and ")) left empty); did you mean \(en.joined(separator: " or "))? Rename the column")))
            }
            // Refused, yet read as the column it surely means (one, named nowhere else in the header) so that the
            // rows are checked as the analyst meant them: renaming it then brings no new problem.
            let reading = column ?? (meant.count == 1 && !named.contains(meant[0]) ? meant[0] : nil)
            columns.append(reading)
            extraNames.append(reading == nil && meant.isEmpty && !name.isEmpty ? name : nil)
        }
        // Without an id column no row can be told from another (repeated ids, based_on): the header's problems
        // alone. Otherwise the rows are read and checked beside the header's problems, every problem in one run;
        // the import is refused by the header's problems whatever the rows hold.
        guard columns.contains(.id) else {
            problems.append(Problem(file: displayPath, position: header.fields[0].position,
                                    LocalizedText(zh: "表头中没有“id”列（应为 id,title,number,issuer,level,region,date_written,date_published,based_on,file）",
                                                  en: "the header has no 'id' column (expected id,title,number,issuer,level,region,date_written,date_published,based_on,file)")))
            return Output(entries: [], problems: problems)
        }

        var entries: [ManifestEntry] = []
        for record in records.dropFirst() {
            if record.fields.count != header.fields.count {
                problems.append(Problem(file: displayPath, position: SourcePosition(line: record.line, column: 1),
                                        LocalizedText(zh: "该行有 \(record.fields.count) 个字段，表头有 \(header.fields.count) 个",
                                                      en: "the row has \(record.fields.count) fields, the header \(header.fields.count)")))
                continue
            }
            var entry = ManifestEntry(line: record.line, kind: workbook == nil ? .csv : .workbook, cells: [:], extra: [:])
            for (i, field) in record.fields.enumerated() {
                if let column = columns[i] {
                    var field = field
                    if field.isNumber, column == .dateWritten || column == .datePublished,
                       let serial = Double(field.value), let date = workbook?.date(serial: serial) {
                        field.value = date
                    }
                    entry.cells[column] = field
                } else if let name = extraNames[i] {
                    let v = field.value.trimmingWhitespace()
                    if !v.isEmpty {
                        entry.extra[name] = v
                        entry.extraPositions[name] = field.position
                    }
                }
            }
            entries.append(entry)
        }
        return Output(entries: entries, problems: problems)
    }
}
