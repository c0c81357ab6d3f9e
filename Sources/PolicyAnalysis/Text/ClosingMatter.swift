/// The end matter of an official document (版记 and 落款): the note of its attachments (附件：1.…), the issuer's
/// name, the date, "（此件公开发布）", the copy list (抄送：…) and the printing line (…办公厅2016年1月2日印发). None of it
/// is a provision: read as clauses of the last chapter (保障措施), an issuer's name and a date were two vague
/// measures of every document (since analysis version 51 they are no clause).
///
/// Read from the bottom: the longest run of last lines that are each such a line, holding at least one line only
/// end matter has (a date alone, 此件…, 抄送, …印发); an attachment's item ("2.重点项目清单") only below its 附件 line.
/// Text after the end matter (an attachment's own text, a table) leaves the document without one: nothing is cut.
enum ClosingMatter {
    /// Lines read from the bottom at most: the notes, several issuers of a joint document, the date, the copy list.
    static let maxLines = 20
    /// Longest line of a signature, attachment note or attachment item (in characters, spaces aside).
    static let maxLength = 60

    enum LineKind: Equatable {
        case date, publicationNote, copyList, printing  // end matter only
        case issuer, attachmentNote, attachmentItem
    }

    /// Where the end matter of folded text `s` starts (its first line's start), or nil when it has none.
    static func start(in s: [UInt32]) -> Int? {
        // The last non-blank lines, bottom up.
        var lines: [(range: Range<Int>, kind: LineKind)] = []
        var end = s.count
        while end > 0 && lines.count < maxLines {
            var start = end
            while start > 0 && s[start - 1] != 0x0A { start -= 1 }
            let text = trimmed(s[start..<end])
            if !text.isEmpty {
                guard let kind = kind(of: text) else { break }
                lines.append((start..<end, kind))
            }
            end = max(0, start - 1)
        }
        lines.reverse()
        // An attachment's items only below its note: items above any note are the body's last list.
        while let first = lines.first, first.kind == .attachmentItem { lines.removeFirst() }
        let endMatterOnly: Set<LineKind> = [.date, .publicationNote, .copyList, .printing]
        guard let first = lines.first, lines.contains(where: { endMatterOnly.contains($0.kind) }) else { return nil }
        return first.range.lowerBound
    }

    /// What a line of end matter is, or nil for any other line. Read on the scalars (every document's last
    /// lines pass here: through `String` it was a third of the section parser's time); "characters" below are scalars.
    static func kind(of line: [UInt32]) -> LineKind? {
        // A body line (most last lines are) is longer: no text is made of it.
        guard line.count <= 2 * maxLength else { return nil }
        // A sentence (a body's last line, an article) is no end matter but for a copy list ("抄送：…。").
        if line.last == 0x3002 && !(line.first == 0x6284 || line.first == 0x5206) { return nil }
        let bare = line.filter { $0 != 0x20 && $0 != 0x09 }
        guard bare.count <= maxLength else { return nil }
        if isDate(bare) { return .date }
        if bare.first == 0x28 && bare.last == 0x29, FeatureDetector.contains(bare, publicationMark, in: bare.indices) {
            return .publicationNote
        }
        if copyListLeads.contains(where: { bare.starts(with: $0) }) { return .copyList }
        if ends(bare, with: printed) && bare.contains(year) { return .printing }
        let sentence = bare.contains { sentenceEnds.contains($0) }
        if bare.starts(with: attachment) && !sentence { return .attachmentNote }
        if !sentence, let marker = SectionParser.marker(line, line.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? 0, line.count),
           marker.0 == .arabic || marker.0 == .parenArabic {
            return .attachmentItem
        }
        // Issuers, one or several side by side: each name ends as an organ's does.
        let names = line.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
        if !sentence, !bare.contains(0x3A), !names.isEmpty,
           names.allSatisfy({ name in organEndings.contains { ends(name, with: $0) } }) {
            return .issuer
        }
        return nil
    }

    /// How the names of issuing organs end: 国务院, 河北省人民政府, 工业和信息化部, 国家发展改革委, 中共河北省委, 省商务厅,
    /// 国家能源局, 国务院办公厅, 中国人民银行, 国家互联网信息办公室, 全国总工会.
    static let organEndings = scalars(["院", "政府", "部", "委", "局", "厅", "办", "办公室", "委员会", "会", "署", "银行", "中心", "总局"])
    private static let copyListLeads = scalars(["抄送", "抄报", "分送"])
    private static let publicationMark = Array("此件".unicodeScalars.map(\.value))
    private static let printed = Array("印发".unicodeScalars.map(\.value))
    private static let attachment = Array("附件".unicodeScalars.map(\.value))
    private static let year: UInt32 = 0x5E74, month: UInt32 = 0x6708, day: UInt32 = 0x65E5  // 年 月 日
    private static let sentenceEnds = ScalarSet("。;!?".unicodeScalars.map(\.value))
    private static let dateSeparators = ScalarSet("-./".unicodeScalars.map(\.value))
    private static let numerals = ScalarSet("0123456789〇零○一二三四五六七八九十".unicodeScalars.map(\.value))

    private static func scalars(_ words: [String]) -> [[UInt32]] {
        words.map { $0.unicodeScalars.map(\.value) }
    }

    /// A date alone: 2015年7月1日, 二〇一五年七月一日, 2015-07-01, 2015.7.1, 2015/7/1.
    static func isDate(_ text: String) -> Bool {
        isDate(text.unicodeScalars.map(\.value))
    }

    static func isDate(_ text: [UInt32]) -> Bool {
        // Three runs of ASCII digits, the first of four, between separators (runs of them count as one).
        let parts = text.split(whereSeparator: { dateSeparators.contains($0) })
        if parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) {
            return true
        }
        guard text.last == day, let y = text.firstIndex(of: year), let m = text.firstIndex(of: month), y < m else {
            return false
        }
        let pieces = [text[..<y], text[(y + 1)..<m], text[(m + 1)..<(text.count - 1)]]
        return y == 4 && pieces.allSatisfy { !$0.isEmpty && $0.allSatisfy(numerals.contains) }
    }

    private static func ends<C: BidirectionalCollection<UInt32>>(_ text: C, with word: [UInt32]) -> Bool {
        text.reversed().starts(with: word.reversed())
    }

    private static func trimmed(_ line: ArraySlice<UInt32>) -> [UInt32] {
        var a = line.startIndex, b = line.endIndex
        while a < b && NormalizedText.isLineSpace(line[a]) { a += 1 }
        while b > a && NormalizedText.isLineSpace(line[b - 1]) { b -= 1 }
        return Array(line[a..<b])
    }
}
