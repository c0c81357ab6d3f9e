/// The shape of a line of folded text, taken scalar by scalar (line breaks excluded): its length, its runs of
/// spaces after its first character, and its last character that is not a space. What tells running text,
/// which a PDF wraps, from a table row or a heading (`NormalizedText.isWrapped`, `NormalizedUnits.isWrap`).
struct LineShape {
    private(set) var length = 0
    private(set) var spaceRuns = 0
    private(set) var last: UInt32 = 0
    private var started = false, inSpace = false

    mutating func take(_ v: UInt32) {
        length += 1
        if v == 0x20 || v == 0x09 {
            if started && !inSpace { spaceRuns += 1 }
            inSpace = true
        } else {
            if v != 0x0D {
                started = true
                last = v
            }
            inSpace = false
        }
    }

    /// Long enough to have been wrapped, and not spaced out into cells ("指标名称 | 2017年 | 2020年"; a list
    /// item's one space after its number is running text).
    var isRunningText: Bool { length >= NormalizedText.wrappedLineLength && spaceRuns < 2 }
}
