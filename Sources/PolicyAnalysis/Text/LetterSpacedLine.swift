/// A line set with letter spacing (`LineShape.isLetterSpaced`: "第 二 章 　 重 点 任 务", "第一章  总  则", as PDF
/// extraction leaves them), read without its spaces, as `unwrapped()` gives it to the text indicators: to
/// see whether it opens a heading (`SectionParser.opensHeading`). Nil for any other line: running text, table
/// rows (spaced into cells by "|" or by words, not between single characters), headings with one space after
/// the marker.
struct LetterSpacedLine {
    /// The line's scalars without its spaces.
    private(set) var scalars: [UInt32] = []
    /// Where each of them is in the text.
    private(set) var offsets: [Int] = []

    /// `line`: the line's range in folded text `s`, from its first character that is not a space.
    init?(_ s: [UInt32], _ line: Range<Int>) {
        guard LineShape(s, line).isLetterSpaced else { return nil }
        // Every space goes: set that wide, the line has none of its own ("一 、 总 体 要 求").
        for i in line where s[i] != 0x20 && s[i] != 0x09 {
            scalars.append(s[i])
            offsets.append(i)
        }
    }
}
