/// RFC 4180 CSV: comma-separated fields, `"`-quoted fields with `""` for a quote and line breaks inside
/// quotes, records ended by LF, CRLF or CR. Every field keeps the line and column where it starts, so
/// problems in a manifest can be pointed at. Strict where a guess could shift columns: a quote inside an
/// unquoted field and a NUL byte are errors with their position.
///
/// `scan` reads on after an error where the error is local to its record: a quote inside an unquoted field,
/// or text after a field's closing quote, leaves that record out (its line is said) and the next record
/// starts after the line break, as a spreadsheet reads it. A quoted field never closed runs to the end of
/// the text, and a NUL byte says the file is not text: the records before them are kept, nothing after.
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
        /// The line on which the record that holds the error starts (left out of the records).
        public var recordLine: Int = 1
        /// That record's fields read whole before the error (its id, say, when the error comes after it).
        public var fieldsBefore: [Field] = []
    }

    /// Every record read and every error met (in text order).
    public struct Scan: Sendable, Hashable {
        public var records: [Record]
        public var failures: [Failure]
    }

    public init() {}

    /// Parses the whole text, failing at the first error; a leading byte-order mark is ignored.
    public func parse(_ text: String) -> Result<[Record], Failure> {
        let scan = scan(text)
        if let first = scan.failures.first { return .failure(first) }
        return .success(scan.records)
    }

    /// Parses the whole text, reading on past an error local to its record (see the type's comment); a leading
    /// byte-order mark is ignored.
    public func scan(_ text: String) -> Scan {
        var records: [Record] = []
        var failures: [Failure] = []
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
        func failure(_ position: SourcePosition, _ text: LocalizedText) -> Failure {
            Failure(position: position, text: text, recordLine: recordLine, fieldsBefore: fields)
        }
        /// A quoted field that began on an earlier line than the error: where, and the lines read as one record.
        func spanNote() -> LocalizedText? {
            guard fieldStart.line < line else { return nil }
            return LocalizedText(zh: "该字段自 \(fieldStart.line):\(fieldStart.column) 起加了引号，第 \(recordLine)–\(line) 行因此被读作一条记录",
                                 en: "the field is quoted from \(fieldStart.line):\(fieldStart.column), so lines \(recordLine)-\(line) were read as one record")
        }
        /// After an error local to its record: the record is left out and reading goes on after the line break.
        func skipRecord() {
            // Nothing of the record is kept, also when the text ends on its line.
            fields = []
            value = String.UnicodeScalarView()
            wasQuoted = false
            while i < scalars.count, scalars[i] != "\r", scalars[i] != "\n", scalars[i] != "\u{0}" { i += 1 }
            guard i < scalars.count, scalars[i] != "\u{0}" else { return }
            if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            i += 1
            line += 1
            column = 1
            recordLine = line
            fieldStart = SourcePosition(line: line, column: column)
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "\u{0}" {
                failures.append(failure(SourcePosition(line: line, column: column), LocalizedText(zh: "NUL 字节；清单须为文本", en: "a NUL byte; the manifest must be text")))
                return Scan(records: records, failures: failures)
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
                // The field as it should be written: its own text (QA pass 51: a canned example was shown).
                var rest = i
                while rest < scalars.count, !",\r\n".unicodeScalars.contains(scalars[rest]) { rest += 1 }
                var field = value
                field.append(contentsOf: scalars[i..<rest])
                let whole = String(field)
                let shown = whole.count > 40 ? String(whole.prefix(40)) + "…" : whole
                let fixed = "\"" + shown.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                failures.append(failure(SourcePosition(line: line, column: column),
                                        LocalizedText(zh: "未加引号的字段中有引号；请给整个字段加引号，并把其中的引号写两遍（\(fixed)）",
                                                      en: "a quote inside an unquoted field; quote the whole field and double the quote (\(fixed))")))
                skipRecord()
            default:
                if wasQuoted {
                    var text = LocalizedText(zh: "字段的结束引号之后还有文字；加引号的字段中的引号应写作 \"\"",
                                             en: "text after the closing quote of a field; a quote inside a quoted field is written \"\"")
                    if let note = spanNote() { text = text.and(note) }
                    failures.append(failure(SourcePosition(line: line, column: column), text))
                    skipRecord()
                    continue
                }
                value.append(c)
                i += 1
                column += 1
            }
        }
        if quoted {
            // It runs to the end: the lines after its own were read into it, unchecked.
            let last = scalars.last == "\n" || scalars.last == "\r" ? line - 1 : line
            var text = LocalizedText(zh: "加引号的字段没有结束引号", en: "a quoted field is never closed")
            if last == fieldStart.line + 1 {
                text = text.and(LocalizedText(zh: "其后第 \(last) 行被读入该字段，未作检查", en: "line \(last) after it was read into it and not checked"))
            } else if last > fieldStart.line + 1 {
                text = text.and(LocalizedText(zh: "其后第 \(fieldStart.line + 1)–\(last) 行都被读入该字段，未作检查",
                                              en: "lines \(fieldStart.line + 1)-\(last) after it were read into it and not checked"))
            }
            failures.append(failure(fieldStart, text))
            return Scan(records: records, failures: failures)
        }
        // The last record, unless the text ended with a line break.
        if !(value.isEmpty && fields.isEmpty && !wasQuoted) {
            endRecord()
        }
        return Scan(records: records, failures: failures)
    }
}
