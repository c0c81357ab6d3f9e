/// A short line whose characters are spaced out, as PDF extraction leaves headings set with letter spacing
/// ("第 二 章 　 重 点 任 务", "第一章  总  则"), read without its spaces: a heading marker and its title are
/// then found as in "第二章　重点任务". Nil for any other line; running text, table rows (spaced into cells
/// by "|" or by words, not between single characters) and headings with one space after the marker.
struct LetterSpacedLine {
    /// The line's scalars without its spaces.
    private(set) var scalars: [UInt32] = []
    /// Where each of them is in the text.
    private(set) var offsets: [Int] = []

    /// Lines longer than this (in characters other than spaces) are running text, not a heading.
    static let maxLength = 40

    /// `line`: the line's range in folded text `s`, from its first character that is not a space.
    init?(_ s: [UInt32], _ line: Range<Int>) {
        // Pairs of neighbouring ideographs or digits, and those with a space between: at least two spaced,
        // and at least half of them (a marker written close, "第一章  总  则", and the title spaced out).
        var characters = 0, pairs = 0, spaced = 0
        var previous: UInt32 = 0, spaceBefore = false
        for i in line {
            let v = s[i]
            if v == 0x20 || v == 0x09 { spaceBefore = true; continue }
            characters += 1
            guard characters <= Self.maxLength else { return nil }
            if NormalizedText.isWrappable(v) && NormalizedText.isWrappable(previous) {
                pairs += 1
                if spaceBefore { spaced += 1 }
            }
            previous = v
            spaceBefore = false
        }
        guard spaced >= 2 && spaced * 2 >= pairs else { return nil }
        // Every space goes: set that wide, the line has none of its own ("一 、 总 体 要 求").
        for i in line where s[i] != 0x20 && s[i] != 0x09 {
            scalars.append(s[i])
            offsets.append(i)
        }
    }
}
