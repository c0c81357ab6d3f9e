/// Finds the headings of an official document and splits it into sections and clauses.
/// Line based: a heading marker must open a line (after indentation), as it does in every 公文.
public enum SectionParser {
    /// A heading as the parser finds it: its kind, where its line and its title are.
    struct ParsedHeading { var kind: HeadingKind; var lineStart: Int; var titleStart: Int; var titleEnd: Int }

    static let cjkDigits = ScalarSet("一二三四五六七八九十百零〇两".unicodeScalars.map(\.value))
    static let clauseEnds: ScalarSet = [0x3002, 0x3B, 0x21, 0x3F, 0x0A]  // 。 ; ! ? newline (after folding)
    static let titleEnds: ScalarSet = [0x3002, 0x3B, 0x3A, 0x0A, 0x21, 0x3F]  // 。 ; : newline ! ?

    public static func parse(_ text: String) -> DocumentStructure {
        parse(NormalizedText(text, mode: .fold).unwrapped())
    }

    /// From folded text as the text indicators read it (`unwrapped()`: no wraps, no letter spacing).
    public static func parse(_ norm: NormalizedText) -> DocumentStructure {
        parseWithClauseRanges(norm).structure
    }

    /// The same, with each clause's range in the normalised text (`normalizedRange(of:)` of its span),
    /// found as the clauses are, instead of searched for from their spans afterwards.
    static func parseWithClauseRanges(_ norm: NormalizedText) -> (structure: DocumentStructure, clauseRanges: [Range<Int>]) {
        let s = norm.scalars
        let clauseEnds = self.clauseEnds, titleEnds = self.titleEnds  // read once, not per character
        let n = s.count
        // The end matter (issuer, date, notes) is neither a section's text nor a clause (since analysis version 51).
        let bodyEnd = ClosingMatter.start(in: s) ?? n
        let bodyLength = bodyEnd < n ? norm.offset(at: bodyEnd) : norm.originalLength
        var headings: [ParsedHeading] = []
        var lineStart = 0
        while lineStart < bodyEnd {
            let lineEnd = lineBreak(in: s, from: lineStart)
            var p = lineStart
            while p < lineEnd && (s[p] == 0x20 || s[p] == 0x09) { p += 1 }
            if let (kind, after) = marker(s, p, lineEnd) {
                var t = after
                while t < lineEnd && s[t] == 0x20 { t += 1 }
                var e = t
                while e < lineEnd && !titleEnds.contains(s[e]) && e - t < 40 { e += 1 }
                headings.append(ParsedHeading(kind: kind, lineStart: p, titleStart: t, titleEnd: e))
            }
            lineStart = lineEnd + 1
        }
        // Titles read from the line after their marker's (`takeTitlesSetApart`): start -> end.
        let titlesSetApart = takeTitlesSetApart(&headings, in: s).merging(takeColumnLines(&headings, in: s)) { a, _ in a }

        // Nest by order of appearance of numbering styles.
        var sections: [Section] = []
        var stack: [(kind: HeadingKind, section: Int)] = []
        if let first = headings.first, s[0..<first.lineStart].contains(where: { !NormalizedText.isSkippedInContent($0) }) {
            sections.append(Section(index: 0, depth: 1, kind: nil, title: "", heading: nil,
                                    span: norm.originalSpan(0, first.lineStart), role: .preamble, parent: nil))
        } else if headings.isEmpty, n > 0 {
            sections.append(Section(index: 0, depth: 1, kind: nil, title: "", heading: nil,
                                    span: TextSpan(0, bodyLength), role: .preamble, parent: nil))
        }
        var normStarts: [Int] = sections.isEmpty ? [] : [0]
        for h in headings {
            if let at = stack.lastIndex(where: { $0.kind == h.kind }) { stack.removeSubrange(at...) }
            let parent = stack.last?.section
            let title = string(s[h.titleStart..<h.titleEnd])
            let own = SectionRole.fromHeading(in: s, h.titleStart..<h.titleEnd)
            let role = own ?? parent.map { sections[$0].role } ?? .other
            let index = sections.count
            let start = norm.offset(at: h.lineStart)
            sections.append(Section(index: index, depth: stack.count + 1, kind: h.kind, title: title,
                                    heading: norm.originalSpan(h.titleStart, h.titleEnd),
                                    span: TextSpan(start, bodyLength), role: role, parent: parent))
            normStarts.append(h.lineStart)
            stack.append((h.kind, index))
        }
        // A section ends where the next section at the same or a shallower depth begins.
        for i in sections.indices {
            var end = bodyLength
            for j in (i + 1)..<max(i + 1, sections.count) where sections[j].depth <= sections[i].depth {
                end = sections[j].span.start
                break
            }
            sections[i].span.end = end
        }

        // Clauses: split on sentence ends and at heading starts; a heading's own title is not a clause.
        // Headings are in order of their line starts, and clauses come in order: a cursor finds the heading
        // starting at a clause's start, and the loop below follows them with another (no table with an entry
        // per character, no search per clause).
        let taskLines = wholeLineItems(headings, sections: sections, firstHeadingSection: sections.count - headings.count,
                                       in: s[..<bodyEnd])
        var titleCursor = 0  // the first heading whose line starts at or after the last clause's start
        func titleEnd(at a: Int) -> Int? {
            while titleCursor < headings.count && headings[titleCursor].lineStart < a { titleCursor += 1 }
            return titleCursor < headings.count && headings[titleCursor].lineStart == a ? headings[titleCursor].titleEnd : nil
        }
        var clauses: [Clause] = []
        var clauseRanges: [Range<Int>] = []
        var start = 0
        var sectionCursor = 0
        func emit(_ from: Int, _ to: Int) {
            var a = from, b = to
            while a < b && (s[a] == 0x20 || s[a] == 0x0A || s[a] == 0x09) { a += 1 }
            while b > a && (s[b - 1] == 0x20 || s[b - 1] == 0x0A || s[b - 1] == 0x09) { b -= 1 }
            guard a < b else { return }
            // Skip a heading-only segment (the title, maybe with its closing 。).
            // (Titles set apart are rare: the dictionary is not hashed for every clause when there are none.)
            if let titleEnd = titleEnd(at: a) ?? (titlesSetApart.isEmpty ? nil : titlesSetApart[a]), b <= titleEnd + 1,
               !taskLines.contains(a) { return }
            guard s[a..<b].contains(where: { !NormalizedText.isSkippedInContent($0) }) else { return }
            let span = norm.originalSpan(a, b)
            while sectionCursor + 1 < normStarts.count && normStarts[sectionCursor + 1] <= a { sectionCursor += 1 }
            var section: Int? = sections.isEmpty ? nil : sectionCursor
            if let sec = section, !sections[sec].span.contains(span.start) { section = nil }
            let role = section.map { sections[$0].role } ?? .other
            clauses.append(Clause(index: clauses.count, span: span, section: section, role: role))
            clauseRanges.append(norm.wholeCharacters(a..<b))
        }
        var i = 0
        var nextHeading = 0  // the first heading whose line starts at or after i
        while i < bodyEnd {
            while nextHeading < headings.count && headings[nextHeading].lineStart < i { nextHeading += 1 }
            // The ideographs before the next heading's start, most of a text, in a loop of their own: none ends
            // a clause or starts a heading.
            let headingStart = nextHeading < headings.count ? headings[nextHeading].lineStart : bodyEnd
            i = ideographsEnd(in: s, from: i, to: headingStart)
            guard i < bodyEnd else { break }
            if nextHeading < headings.count, headingStart == i, i > start {
                emit(start, i)
                start = i
            }
            // A table extracted a cell per line (pdftotext: "网络零售额（亿元）⏎⏎144⏎⏎273"): a figure, unit or
            // attribute alone on its line is the rest of its row, as "网络零售额（亿元） | 144 | 273" is one clause.
            if s[i] == 0x0A && i > start && continuesTableRow(after: i, in: s) {
                i += 1
                continue
            }
            if clauseEnds.contains(s[i]) {
                // Keep a closing quote or bracket with its sentence.
                var end = i + 1
                while end < n && (s[end] == 0x22 || s[end] == 0x29 || s[end] == 0x27) { end += 1 }
                emit(start, end)
                start = end
                i = end
                continue
            }
            i += 1
        }
        if start < bodyEnd { emit(start, bodyEnd) }
        return (DocumentStructure(sections: sections, clauses: clauses), clauseRanges)
    }

    /// Where the "titles" of headings that are text, not titles, start (their line's start, or where a title set apart
    /// from its marker starts: `takeTitlesSetApart`, `takeColumnLines`): since analysis version 51 an article's
    /// first sentence (第X条 has no title), and since version 50 a whole-line item: an item (（一）, 1.,
    /// （1）, or 一、 with its title ended by 。；！？) with no text of its own before the next heading and
    /// no sub-item, its title a sentence (ended by 。；！？) or at least `wholeLineItemLength` characters. Such a
    /// line is the task itself ("二、任务⏎（一）加快推进智慧物流建设。⏎（二）…", "第十二条　本办法自印发之日起施行。"),
    /// read as a clause of its section; a heading over text of its own ("（一）发展智慧农业。推广…") stays a title.
    /// `firstHeadingSection`: the index of the first heading's section (1 after a preamble).
    static func wholeLineItems(_ headings: [ParsedHeading], sections: [Section], firstHeadingSection: Int,
                               in s: ArraySlice<UInt32>) -> Set<Int> {
        var items = Set<Int>()
        for (h, heading) in headings.enumerated() {
            guard heading.kind != .chapter, heading.kind != .section else { continue }
            let setApart = s[heading.lineStart..<heading.titleStart].contains(0x0A)
            // An article has no title: what follows its number is its first sentence ("第七条　省政务办负责建设平台。
            // 2017年底前…", "第五条　有下列情形之一的：").
            if heading.kind == .article && heading.titleEnd > heading.titleStart {
                items.insert(setApart ? heading.titleStart : heading.lineStart)
                continue
            }
            let section = firstHeadingSection + h
            if section + 1 < sections.count && sections[section + 1].depth > sections[section].depth { continue }
            let next = h + 1 < headings.count ? headings[h + 1].lineStart : s.endIndex
            let sentence = heading.titleEnd < s.endIndex && sentenceEnds.contains(s[heading.titleEnd])
            guard sentence || (heading.kind != .chineseNumeral && heading.titleEnd - heading.titleStart >= wholeLineItemLength) else { continue }
            // Nothing but the title's own end, spaces and line breaks before the next heading.
            let restStart = sentence ? heading.titleEnd + 1 : heading.titleEnd
            guard !s[restStart..<max(restStart, next)].contains(where: { !NormalizedText.isSkippedInContent($0) }) else { continue }
            items.insert(setApart ? heading.titleStart : heading.lineStart)
        }
        return items
    }

    /// A whole-line item without a sentence's end is a task when its title is at least this long: "加快推进智慧物流
    /// 建设" (10) is one; "附则", "组织实施" and "其他" are headings left without text.
    static let wholeLineItemLength = 8
    static let sentenceEnds: ScalarSet = [0x3002, 0x3B, 0x21, 0x3F]  // 。 ; ! ?

    /// A chapter (or 节) whose marker stands alone on its line, right before a heading whose title fills the
    /// rest of its line, takes that title: pdftotext reads "第二章　重点任务" above "第五条　建立健全…。" as two
    /// columns, "第二章⏎第五条⏎⏎重点任务⏎⏎建立健全…", and `unwrapped()` joins the second marker with the line
    /// after it. The second heading's title is then read from the line after (up to its 。, as on one line);
    /// returned, start to end, so that it is not read as a clause either.
    /// A chapter without a title occurs in no document as it was written.
    static func takeTitlesSetApart(_ headings: inout [ParsedHeading], in s: [UInt32]) -> [Int: Int] {
        let n = s.count
        var moved: [Int: Int] = [:]
        for i in headings.indices.dropLast() where headings[i].titleStart == headings[i].titleEnd
            && (headings[i].kind == .chapter || headings[i].kind == .section) {
            let next = headings[i + 1]
            guard next.kind != headings[i].kind, next.titleEnd < n, s[next.titleEnd] == 0x0A, next.titleStart < next.titleEnd,
                  textStart(from: headings[i].titleEnd, in: s) >= next.lineStart
            else { continue }
            headings[i].titleStart = next.titleStart
            headings[i].titleEnd = next.titleEnd
            let t = textStart(from: next.titleEnd, in: s)
            var e = t
            while e < n && !titleEnds.contains(s[e]) && e - t < 40 { e += 1 }
            headings[i + 1].titleStart = t
            headings[i + 1].titleEnd = e
            moved[t] = e
        }
        return moved
    }

    /// Markers set apart on consecutive lines, a column (`continuesColumn`): pdftotext reads single-line
    /// articles so ("第十条⏎第十一条⏎⏎任何单位和个人不得擅自向第三方提供共享数据。⏎着力推进…"), and `unwrapped()` leaves each
    /// of the text lines after the column on its own. Those lines are the markers' first lines, in order:
    /// each heading takes its title from its line, and each but the first starts its section there. Returned
    /// (start to end): the first heading's title and the later markers, so that neither is read as a clause.
    static func takeColumnLines(_ headings: inout [ParsedHeading], in s: [UInt32]) -> [Int: Int] {
        let n = s.count
        func lineEnd(_ from: Int) -> Int {
            var e = from
            while e < n && s[e] != 0x0A { e += 1 }
            return e
        }
        func nextText(_ from: Int) -> Int { textStart(from: from, in: s) }
        let markerOnly = { (h: ParsedHeading) in h.titleStart == h.titleEnd && nextText(h.titleEnd) > lineEnd(h.titleEnd) }
        var moved: [Int: Int] = [:]
        var i = 0
        while i < headings.count {
            var j = i + 1
            while j < headings.count && markerOnly(headings[j - 1]) && markerOnly(headings[j])
                    && continuesColumn(headings[j - 1].kind, headings[j].kind)
                    && !s[min(lineEnd(headings[j - 1].titleEnd) + 1, headings[j].lineStart)..<headings[j].lineStart].contains(0x0A) {
                // (No blank line between two markers of a column.)
                j += 1
            }
            guard j - i >= 2 else {
                i += 1
                continue
            }
            let limit = j < headings.count ? headings[j].lineStart : n
            var t = nextText(lineEnd(headings[j - 1].titleEnd))
            for h in i..<j {
                guard t < limit else { break }
                var e = t
                while e < n && !titleEnds.contains(s[e]) && e - t < 40 { e += 1 }
                if h == i {
                    moved[t] = e
                } else {
                    moved[headings[h].lineStart] = headings[h].titleEnd
                    headings[h].lineStart = t
                }
                headings[h].titleStart = t
                headings[h].titleEnd = e
                t = nextText(lineEnd(t))
            }
            i = j
        }
        return moved
    }

    /// The first character at or after `from` that is neither a line break nor a space, tab or CR (or the end).
    static func textStart(from: Int, in s: [UInt32]) -> Int {
        var t = from
        while t < s.count && (s[t] == 0x0A || NormalizedText.isLineSpace(s[t])) { t += 1 }
        return t
    }

    /// Whether a marker set apart right below another is the next of their column (`takeColumnLines`): one of
    /// the same kind, or a chapter's (节's) after an article's, where a chapter opens after a single-line
    /// article ("第八十七条⏎第四章⏎⏎清理和修订…制度。⏎⏎附则"). A chapter's above an article's is the case of
    /// `takeTitlesSetApart`.
    static func continuesColumn(_ previous: HeadingKind, _ next: HeadingKind) -> Bool {
        next == previous || (previous == .article && (next == .chapter || next == .section))
    }

    /// Whether the next line with text after the line break at `i` is a cell that continues a table's row, as
    /// a table's cells come out of a PDF a line each: a figure (digits, with a decimal point, thousands
    /// commas, a per cent sign or 年: "144", "97.5%", "2020年"), a unit ("%", "亿元", "万人", "个"), or a word of
    /// the standard target table's header and attribute columns ("单位", "属性", "预期性", "约束性"). A row's
    /// first cell, its indicator's name, starts a new clause.
    static func continuesTableRow(after i: Int, in s: [UInt32]) -> Bool {
        let a = textStart(from: i + 1, in: s)
        var b = a
        while b < s.count && s[b] != 0x0A && b - a <= 12 { b += 1 }
        while b > a && NormalizedText.isLineSpace(s[b - 1]) { b -= 1 }
        guard a < b, b - a <= 12 else { return false }
        let cell = s[a..<b]
        if cell.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            let figure = cell.last == 0x25 || cell.last == 0x5E74 ? cell.dropLast() : cell
            return figure.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }
        }
        return (cell.count <= 4 && cell.allSatisfy(unitScalars.contains)) || tableWords.contains(Array(cell))
    }

    /// What units of a target table's unit column are written with: %, ‰, Latin letters, a slash, brackets
    /// and the measure words and magnitudes of the indicators ("亿元", "万人", "个", "家", "公里", "Mbps").
    static let unitScalars: ScalarSet = {
        var set: [UInt32] = [0x25, 0x2030, 0x2F, 0x28, 0x29]
        set += Array(0x41...0x5A) + Array(0x61...0x7A)
        set += "个家万亿元人户公里千米吨项所件次台套座条张兆百分点平方".unicodeScalars.map(\.value)
        return ScalarSet(set)
    }()

    /// The header and attribute words of the standard target table (指标 | 单位 | 2015年 | 2020年 | 属性).
    static let tableWords: Set<[UInt32]> = Set(["单位", "属性", "指标属性", "预期性", "约束性"].map { $0.unicodeScalars.map(\.value) })

    /// The scalars as a String, encoded straight to UTF-8 (a String's scalar view appends one by one), and taken as
    /// the valid UTF-8 it is by construction: made through `String(unsafeUninitializedCapacity:)`, each title's
    /// bytes were validated again (a tenth of the text indicators' string work). Surrogate values, which are no
    /// scalars, are left out, as `Unicode.Scalar(_:)` leaves them out.
    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * scalars.count) { buffer in
            var count = 0
            for v in scalars {
                if v < 0x80 {
                    buffer[count] = UInt8(v)
                    count += 1
                } else if v < 0x800 {
                    buffer[count] = UInt8(0xC0 | v >> 6)
                    buffer[count + 1] = UInt8(0x80 | v & 0x3F)
                    count += 2
                } else if v < 0x10000 {
                    guard v < 0xD800 || v > 0xDFFF else { continue }
                    buffer[count] = UInt8(0xE0 | v >> 12)
                    buffer[count + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | v & 0x3F)
                    count += 3
                } else if v < 0x110000 {
                    buffer[count] = UInt8(0xF0 | v >> 18)
                    buffer[count + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[count + 3] = UInt8(0x80 | v & 0x3F)
                    count += 4
                }
            }
            return String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: buffer[..<count]).span))
        }
    }

    /// Whether `line` of folded text (from its first character that is not a space) opens with a heading
    /// marker, as `parseWithClauseRanges` will read it once `unwrapped()` has taken out its letter spacing.
    static func opensHeading(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        if let spaced = LetterSpacedLine(s, line) {
            return marker(spaced.scalars, 0, spaced.scalars.count) != nil
        }
        return marker(s, line.lowerBound, line.upperBound) != nil
    }

    /// Recognises a heading marker at `p`; returns its kind and the index after it.
    static func marker(_ s: [UInt32], _ p: Int, _ end: Int) -> (HeadingKind, Int)? {
        guard p < end else { return nil }
        let c = s[p]
        if c == 0x7B2C {  // 第X章 / 第X节 / 第X条
            var q = p + 1
            while q < end && (cjkDigits.contains(s[q]) || isDigit(s[q])) { q += 1 }
            guard q > p + 1, q < end else { return nil }
            switch s[q] {
            case 0x7AE0: return (.chapter, q + 1)
            case 0x8282: return (.section, q + 1)
            case 0x6761: return (.article, q + 1)
            default: return nil
            }
        }
        if cjkDigits.contains(c) {
            var q = p
            while q < end && cjkDigits.contains(s[q]) && q - p < 4 { q += 1 }
            if q < end && (s[q] == 0x3001 || s[q] == 0x2E) { return (.chineseNumeral, q + 1) }  // 、 or .
            return nil
        }
        if c == 0x28 {  // ( after folding （
            var q = p + 1
            if q < end && cjkDigits.contains(s[q]) {
                while q < end && cjkDigits.contains(s[q]) && q - p < 5 { q += 1 }
                if q < end && s[q] == 0x29 { return (.parenChinese, skipSeparator(s, q + 1, end)) }
            } else if q < end && isDigit(s[q]) {
                while q < end && isDigit(s[q]) && q - p < 4 { q += 1 }
                if q < end && s[q] == 0x29 { return (.parenArabic, skipSeparator(s, q + 1, end)) }
            }
            return nil
        }
        if isDigit(c) {
            var q = p
            while q < end && isDigit(s[q]) && q - p < 3 { q += 1 }
            guard q < end else { return nil }
            if s[q] == 0x3001 { return (.arabic, q + 1) }
            if s[q] == 0x2E, !(q + 1 < end && isDigit(s[q + 1])) { return (.arabic, q + 1) }  // not "1.5"
            return nil
        }
        return nil
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// The first line break at or after `from` in `s`, or its end. Read through a pointer, as `ideographsEnd`: the
    /// parser passes every character of a text in these two loops, and a bounds check each was half their time.
    static func lineBreak(in s: [UInt32], from: Int) -> Int {
        s.withUnsafeBufferPointer { ScalarScan.firstIndex(of: 0x0A, in: $0, from: from, to: $0.count) }
    }

    /// The first index at or after `from`, before `end` (at most `s.count`), that holds no unified ideograph, or `end`.
    static func ideographsEnd(in s: [UInt32], from: Int, to end: Int) -> Int {
        s.withUnsafeBufferPointer { b in
            var i = from
            while i < end && NormalizedText.isUnifiedIdeograph(b[i]) { i += 1 }
            return i
        }
    }

    static func skipSeparator(_ s: [UInt32], _ q: Int, _ end: Int) -> Int {
        q < end && s[q] == 0x3001 ? q + 1 : q
    }
}
