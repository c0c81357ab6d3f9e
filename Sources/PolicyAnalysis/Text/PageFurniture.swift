/// What a PDF page puts around the text and extraction leaves in it: page numbers ("— 3 —", "- 12 -",
/// "第3页", "3/12") and the running header after them (the issuer's name, repeated on every page). In
/// wrapped text the text indicators read a sentence on across them (`NormalizedText.unwrapped`).
enum PageFurniture {
    /// A running header is shorter than a line of running text.
    static let maxHeaderLength = NormalizedText.wrappedLineLength

    /// The ranges of the lines of folded text, without their line breaks.
    static func lines(of s: [UInt32]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (i, v) in s.enumerated() where v == 0x0A {
            out.append(start..<i)
            start = i + 1
        }
        out.append(start..<s.count)
        return out
    }

    /// Which lines are furniture: page numbers, and a short line right after one (blank lines aside, which
    /// pdftotext leaves around them) that reads the same after every page number it follows (and follows two
    /// or more).
    static func lineIndices(_ lines: [Range<Int>], in s: [UInt32]) -> Set<Int> {
        var out: Set<Int> = []
        var headers: [ArraySlice<UInt32>: [Int]] = [:]
        for (l, line) in lines.enumerated() where isPageNumber(s[line]) {
            out.insert(l)
            var after = l + 1
            while after < lines.count && trimmed(s[lines[after]]).isEmpty { after += 1 }
            guard after < lines.count else { continue }
            let next = trimmed(s[lines[after]])
            if next.count < maxHeaderLength && !isPageNumber(next) { headers[next, default: []].append(after) }
        }
        for (_, at) in headers where at.count >= 2 { out.formUnion(at) }
        return out
    }

    /// "— 3 —", "—3—" (as pdftotext gives it), "-12-", "第 3 页", "3/12", "3": digits with at most dashes,
    /// spaces, 第…页 or a slash and a total.
    static func isPageNumber(_ line: ArraySlice<UInt32>) -> Bool {
        var t = trimmed(line)
        while t.first == 0x2D { t = trimmed(t.dropFirst()) }  // dashes (folded)
        while t.last == 0x2D { t = trimmed(t.dropLast()) }
        if t.first == 0x7B2C && t.last == 0x9875 { t = trimmed(t.dropFirst().dropLast()) }  // 第 … 页
        if let slash = t.firstIndex(of: 0x2F) {
            return isNumber(trimmed(t[..<slash])) && isNumber(trimmed(t[(slash + 1)...]))
        }
        return isNumber(t)
    }

    private static func isNumber(_ t: ArraySlice<UInt32>) -> Bool {
        !t.isEmpty && t.count <= 4 && t.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func trimmed(_ t: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        guard let a = t.firstIndex(where: { !NormalizedText.isLineSpace($0) }),
              let b = t.lastIndex(where: { !NormalizedText.isLineSpace($0) }) else { return [] }
        return t[a...b]
    }
}
