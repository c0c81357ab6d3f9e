/// How a folded text is laid out in lines: whether its lines are wrapped (`NormalizedText.isWrapped`), which
/// of them are set with letter spacing (`LineShape.isLetterSpaced`) and, in a wrapped text, which are page
/// furniture (`PageFurniture`). Read in one pass (and a second over the lines only when wrapped).
struct LineLayout {
    let isWrapped: Bool
    /// The letter-spaced lines, ascending; line 0 is the text before the first line break.
    let letterSpaced: [Int]
    /// The page furniture lines of a wrapped text, ascending (none when the text is not wrapped).
    let furniture: [Int]

    init(_ scalars: [UInt32]) {
        var count = NormalizedText.WrappedLineCount()
        var line = LineShape()
        var index = 0
        var spaced: [Int] = []
        for v in scalars {
            guard v == 0x0A else { line.take(v); continue }
            count.add(line)
            if line.isLetterSpaced { spaced.append(index) }
            index += 1
            line = LineShape()
        }
        if line.isLetterSpaced { spaced.append(index) }
        isWrapped = count.isWrapped
        letterSpaced = spaced
        furniture = isWrapped
            ? PageFurniture.lineIndices(PageFurniture.lines(of: scalars), in: scalars).sorted() : []
    }
}

/// Walks a text's lines in order and says whether the current one is page furniture.
struct FurnitureLines {
    private let lines: [Int]
    private var next = 0
    private var line = 0
    private(set) var isFurniture: Bool

    /// `lines`: the furniture lines, ascending (`LineLayout.furniture`).
    init(_ lines: [Int]) {
        self.lines = lines
        isFurniture = lines.first == 0
    }

    var isEmpty: Bool { lines.isEmpty }

    /// After a line break.
    @inline(__always)
    mutating func nextLine() {
        guard next < lines.count else { return }
        line += 1
        while next < lines.count && lines[next] < line { next += 1 }
        isFurniture = next < lines.count && lines[next] == line
    }
}
