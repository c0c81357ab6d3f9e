/// The frame of an official document: its addressee line (主送机关, "各省、自治区、直辖市人民政府，国务院各部委、
/// 各直属机构：") at the top and its signature (落款: the issuer's name and the date) at the bottom. Every
/// document of an issuer carries its issuer's frame, so frame text is a formula by where it stands,
/// however few documents of the corpus hold it.
enum DocumentFrame {
    /// Lines searched from the top for the addressee (title, blank lines, document number, addressee).
    static let addresseeLines = 6
    /// Lines searched from the bottom for the signature (issuer, date, perhaps a copy note).
    static let signatureLines = 3
    /// Frame lines are short; a longer line ending in a colon is body text ("具体要求如下：").
    static let maxLength = 60

    /// A non-empty line: its stored-text scalar span and its last non-space scalar.
    struct Line { var span: TextSpan; var length: Int; var last: Unicode.Scalar }

    /// Stored-text scalar spans of the addressee line and of the signature lines the text has.
    /// `scalarCount`: the text's length in scalars. Reads the first and last lines only.
    static func spans(in text: String, scalarCount: Int) -> [TextSpan] {
        let scalars = text.unicodeScalars
        var out: [TextSpan] = []
        // The addressee: among the first non-empty lines.
        var seen = 0
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex && seen < addresseeLines {
            guard let line = nextLine(scalars, &index, &offset) else { continue }
            seen += 1
            if line.length <= maxLength, line.last == "：" || line.last == ":" {
                out.append(line.span)
                break
            }
        }
        // The signature: the last lines while they are short and end no sentence.
        var end = scalars.endIndex
        var endOffset = scalarCount
        var lines = 0
        while end > scalars.startIndex && lines < signatureLines {
            guard let line = previousLine(scalars, &end, &endOffset) else { continue }
            guard line.length <= maxLength / 2, line.last != "。", line.last != "；", !out.contains(line.span) else { break }
            out.append(line.span)
            lines += 1
        }
        return out
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\r" || s == "\u{3000}" }

    /// The line starting at `index` (advanced past its newline); nil when it is blank.
    private static func nextLine(_ scalars: String.UnicodeScalarView, _ index: inout String.Index, _ offset: inout Int) -> Line? {
        let start = offset
        var length = 0
        var last: Unicode.Scalar?
        while index < scalars.endIndex, scalars[index] != "\n" {
            let s = scalars[index]
            if !isSpace(s) { last = s; length += 1 }
            scalars.formIndex(after: &index)
            offset += 1
        }
        let span = TextSpan(start, offset)
        if index < scalars.endIndex { scalars.formIndex(after: &index); offset += 1 }
        return last.map { Line(span: span, length: length, last: $0) }
    }

    /// The line ending just before `end` (moved back before its newline); nil when it is blank.
    private static func previousLine(_ scalars: String.UnicodeScalarView, _ end: inout String.Index, _ endOffset: inout Int) -> Line? {
        var index = end
        var offset = endOffset
        var length = 0
        var last: Unicode.Scalar?
        while index > scalars.startIndex {
            let before = scalars.index(before: index)
            if scalars[before] == "\n" { break }
            if !isSpace(scalars[before]) {
                if last == nil { last = scalars[before] }
                length += 1
            }
            index = before
            offset -= 1
        }
        let span = TextSpan(offset, endOffset)
        end = index > scalars.startIndex ? scalars.index(before: index) : index
        endOffset = index > scalars.startIndex ? offset - 1 : offset
        return last.map { Line(span: span, length: length, last: $0) }
    }

    /// Content-character ranges of each document's frame lines.
    static func ranges(_ documents: [AnalysisDocument], texts: [ContentText]) -> [[Range<Int>]] {
        ParallelSlots<[Range<Int>]>.map(documents.count) { i in ranges(in: documents[i].text, content: texts[i]) }
    }

    /// The same for one document: its stored text and its content text.
    static func ranges(in text: String, content: ContentText) -> [Range<Int>] {
        spans(in: text, scalarCount: content.originalLength).map { content.normalizedRange(of: $0) }.filter { !$0.isEmpty }
    }
}
