/// RFC 4180 CSV: comma-separated fields, `"`-quoted fields with `""` for a quote and line breaks inside
/// quotes, records ended by LF, CRLF or CR. Every field keeps the line and column where it starts, so
/// problems in a manifest can be pointed at. Strict where a guess could shift columns: a quote inside an
/// unquoted field and a NUL byte are errors with their position.
public struct CSVReader: Sendable {
    public struct Field: Sendable, Hashable {
        public var value: String
        public var position: SourcePosition
        /// A number cell of a workbook (a date column holds the day number); never set for CSV.
        public var isNumber = false
    }

    public struct Record: Sendable, Hashable {
        public var fields: [Field]
        /// Line on which the record starts.
        public var line: Int
        /// An empty line, or a row of empty cells (what Excel writes for a row it once formatted): skipped.
        public var isBlank: Bool { fields.allSatisfy { $0.value.trimmingWhitespace().isEmpty } }
    }

    public struct Failure: Error, Sendable, Hashable {
        public var position: SourcePosition
        /// What is wrong, in both languages.
        public var text: LocalizedText
        public var message: String { text.en }
    }

    public init() {}

    /// Parses the whole text; a leading byte-order mark is ignored.
    public func parse(_ text: String) -> Result<[Record], Failure> {
        var records: [Record] = []
        var fields: [Field] = []
        var value = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldStart = SourcePosition(line: 1, column: 1)
        var recordLine = 1
        var quoted = false          // inside a quoted field
        var wasQuoted = false       // the current field was quoted and its closing quote has been seen
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0

        func endField() {
            fields.append(Field(value: String(value), position: fieldStart))
            value = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRecord() {
            endField()
            records.append(Record(fields: fields, line: recordLine))
            fields = []
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "\u{0}" {
                return .failure(Failure(position: SourcePosition(line: line, column: column), text: LocalizedText(zh: "NUL 字节；清单须为文本", en: "a NUL byte; the manifest must be text")))
            }
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        value.append("\"")
                        i += 2
                        column += 2
                        continue
                    }
                    quoted = false
                    wasQuoted = true
                    i += 1
                    column += 1
                    continue
                }
                // A line break inside quotes is part of the value; CRLF counts as one line break.
                if c == "\r" || c == "\n" {
                    value.append(c)
                    if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                        value.append("\n")
                        i += 1
                    }
                    line += 1
                    column = 1
                    i += 1
                    continue
                }
                value.append(c)
                i += 1
                column += 1
                continue
            }
            switch c {
            case ",":
                endField()
                i += 1
                column += 1
                fieldStart = SourcePosition(line: line, column: column)
            case "\r", "\n":
                endRecord()
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                i += 1
                line += 1
                column = 1
                recordLine = line
                fieldStart = SourcePosition(line: line, column: column)
            case "\"" where value.isEmpty && !wasQuoted:
                quoted = true
                i += 1
                column += 1
            case "\"" where !wasQuoted:
                return .failure(Failure(position: SourcePosition(line: line, column: column),
                                        text: LocalizedText(zh: "未加引号的字段中有引号；请给整个字段加引号，并把其中的引号写两遍（\"推进\"\"互联网+\"\"行动\"）",
                                                            en: "a quote inside an unquoted field; quote the whole field and double the quote (\"推进\"\"互联网+\"\"行动\")")))
            default:
                if wasQuoted {
                    return .failure(Failure(position: SourcePosition(line: line, column: column),
                                            text: LocalizedText(zh: "字段的结束引号之后还有文字；加引号的字段中的引号应写作 \"\"",
                                                                en: "text after the closing quote of a field; a quote inside a quoted field is written \"\"")))
                }
                value.append(c)
                i += 1
                column += 1
            }
        }
        if quoted {
            return .failure(Failure(position: fieldStart, text: LocalizedText(zh: "加引号的字段没有结束引号", en: "a quoted field is never closed")))
        }
        // The last record, unless the text ended with a line break.
        if !(value.isEmpty && fields.isEmpty && !wasQuoted) {
            endRecord()
        }
        return .success(records)
    }
}
