/// How a folded text is laid out in lines: whether its lines are wrapped (`NormalizedText.isWrapped`), which
/// of them are set with letter spacing (`LineShape.isLetterSpaced`) and, in a wrapped text, which are page
/// furniture (`PageFurniture`); and each line's range and shape (`LineShape`), for those who read the lines again.
struct LineLayout {
    /// Each line's range, without its line break; line 0 is the text before the first line break.
    let lines: [Range<Int>]
    /// Each line's shape.
    let shapes: [LineShape]
    let isWrapped: Bool
    /// The letter-spaced lines, ascending.
    let letterSpaced: [Int]
    /// The page furniture lines of a wrapped text, ascending (none when the text is not wrapped).
    let furniture: [Int]

    init(_ scalars: [UInt32]) {
        // The lines and whether each holds a space, a tab or a bar (what `LineShape` looks at each character
        // for) in one pass through a pointer, where finding the lines and then looking into each took two.
        var lines: [Range<Int>] = [], shapes: [LineShape] = []
        scalars.withUnsafeBufferPointer { s in
            var start = 0, spaced: UInt8 = 0
            // Scalars from U+3000 on (ideographs, most of a text) are neither a line break nor a space: passed over.
            for (i, v) in s.enumerated() where v < 0x3000 {
                // Without a branch: ASCII letters, digits and punctuation alternate too irregularly to be predicted.
                spaced |= (v == 0x20 ? 1 : 0) | (v == 0x09 ? 1 : 0) | (v == 0x7C ? 1 : 0)
                if v == 0x0A {
                    lines.append(start..<i)
                    shapes.append(LineShape(s, start..<i, plain: spaced == 0))
                    start = i + 1
                    spaced = 0
                }
            }
            lines.append(start..<s.count)
            shapes.append(LineShape(s, start..<s.count, plain: spaced == 0))
        }
        var count = NormalizedText.WrappedLineCount()
        // The last line, which no line break ends, is not counted: a text's last line is seldom full.
        for shape in shapes.dropLast() { count.add(shape) }
        self.lines = lines
        self.shapes = shapes
        isWrapped = count.isWrapped
        letterSpaced = shapes.indices.filter { shapes[$0].isLetterSpaced }
        furniture = isWrapped ? PageFurniture.lineIndices(lines, in: scalars).sorted() : []
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
