/// How a folded text is laid out in lines: whether its lines are wrapped (`NormalizedText.isWrapped`) and
/// which of them are set with letter spacing (`LineShape.isLetterSpaced`). Read in one pass.
struct LineLayout {
    let isWrapped: Bool
    /// The letter-spaced lines, ascending; line 0 is the text before the first line break.
    let letterSpaced: [Int]

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
    }
}
