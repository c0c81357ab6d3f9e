/// What a PDF page puts around the text and extraction leaves in it: page numbers ("— 3 —", "- 12 -",
/// "第3页", "3/12") and the running header after them (the issuer's name, repeated on every page). In
/// wrapped text the text indicators read a sentence on across them (`NormalizedText.unwrapped`).
enum PageFurniture {
    /// A running header is shorter than a line of running text.
    static let maxHeaderLength = NormalizedText.wrappedLineLength

    /// Which lines are furniture: page numbers, and a short line right after one (blank lines aside, which
    /// pdftotext leaves around them) that reads the same after every page number it follows (and follows two
    /// or more). A bare number ("7", as a page's foot may print it) is a page number only in a sequence of
    /// three or more, each at least `minPageLines` lines after the one before ("3" … "4" … "5"): a number
    /// alone on its line is otherwise a table's cell or a list's figure broken out of its row ("35", "2020",
    /// row numbers "1", "2" a line or two apart).
    static func lineIndices(_ lines: [Range<Int>], in s: [UInt32]) -> Set<Int> {
        var numbers: [(line: Int, number: PageNumber)] = []
        for (l, line) in lines.enumerated() {
            if let number = pageNumber(s[line]) { numbers.append((l, number)) }
        }
        let inSequence = bareNumbersInSequence(numbers.filter(\.number.isBare).map { ($0.line, $0.number.value) })
        var out: Set<Int> = []
        var headers: [ArraySlice<UInt32>: [Int]] = [:]
        for (l, number) in numbers where !number.isBare || inSequence.contains(l) {
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

    /// The lines of `bare` (line, value; in line order) that lie on a run of three or more numbers counting up
    /// by one, each at least `minPageLines` lines after the one before.
    private static func bareNumbersInSequence(_ bare: [(line: Int, value: Int)]) -> Set<Int> {
        // The longest such run ending at each number, and starting at it.
        var ending = [Int](repeating: 1, count: bare.count), starting = ending
        let follows = { (a: Int, b: Int) in bare[b].value == bare[a].value + 1 && bare[b].line >= bare[a].line + minPageLines }
        for b in bare.indices {
            for a in 0..<b where follows(a, b) { ending[b] = max(ending[b], ending[a] + 1) }
        }
        for a in bare.indices.reversed() {
            for b in (a + 1)..<bare.count where follows(a, b) { starting[a] = max(starting[a], starting[b] + 1) }
        }
        return Set(bare.indices.filter { ending[$0] + starting[$0] - 1 >= 3 }.map { bare[$0].line })
    }

    /// The fewest lines between two bare page numbers in sequence: a page of an official document holds
    /// twenty or more; rows of a table broken into a line per cell hold their numbers a line or two apart.
    static let minPageLines = 8

    /// A page number as printed: its value, and whether it stands bare (no dashes, no 第…页, no total).
    struct PageNumber {
        var value: Int
        var isBare: Bool
    }

    /// "— 3 —", "—3—" (as pdftotext gives it), "-12-", "第 3 页", "3/12", "3": digits with at most dashes,
    /// spaces, 第…页 or a slash and a total (bare, up to three digits, and a page number only in its
    /// sequence: `lineIndices`).
    static func isPageNumber(_ line: ArraySlice<UInt32>) -> Bool { pageNumber(line) != nil }

    /// The number of a line that reads as a page number (`isPageNumber`); a bare one has at most three digits.
    static func pageNumber(_ line: ArraySlice<UInt32>) -> PageNumber? {
        var t = trimmed(line)
        var isBare = true
        while t.first == 0x2D { t = trimmed(t.dropFirst()); isBare = false }  // dashes (folded)
        while t.last == 0x2D { t = trimmed(t.dropLast()); isBare = false }
        if t.first == 0x7B2C && t.last == 0x9875 { t = trimmed(t.dropFirst().dropLast()); isBare = false }  // 第 … 页
        if let slash = t.firstIndex(of: 0x2F) {
            guard isNumber(trimmed(t[(slash + 1)...])) else { return nil }
            t = trimmed(t[..<slash])
            isBare = false
        }
        guard isNumber(t), !isBare || t.count <= 3 else { return nil }
        return PageNumber(value: t.reduce(0) { $0 * 10 + Int($1 - 0x30) }, isBare: isBare)
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
