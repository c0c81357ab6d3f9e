/// The shape of a line of folded text, taken scalar by scalar (line breaks excluded): its length, its runs of
/// spaces after its first character, its last character that is not a space, and whether it is set with
/// letter spacing. What tells running text, which a PDF wraps, from a table row or a heading
/// (`NormalizedText.isWrapped`, `NormalizedUnits.isWrap`, `NormalizedText.unwrapped`).
struct LineShape {
    private(set) var length = 0
    private(set) var spaceRuns = 0
    private(set) var last: UInt32 = 0
    /// Neighbouring ideographs, and those with spaces between; bars between cells.
    private var pairs = 0, spacedPairs = 0, cellBars = 0
    private var started = false, inSpace = false

    init() {}

    /// The shape of line `range` of `s`. A line without spaces, tabs or bars (most lines of most texts) is
    /// measured without looking at each character: it has no space runs, cells or letter spacing.
    init(_ s: [UInt32], _ range: Range<Int>) {
        let plain = !s[range].contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x7C })
        self = s.withUnsafeBufferPointer { LineShape($0, range, plain: plain) }
    }

    /// The same, `plain` saying whether the line has no space, tab or bar (the caller has looked).
    init(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>, plain: Bool) {
        guard plain else {
            for i in range { take(s[i]) }
            return
        }
        length = range.count
        if let i = range.last(where: { s[$0] != 0x0D }) {
            started = true
            last = s[i]
        }
    }

    /// Internal for the tests, which compare it with the measure `init(_:_:)` takes without it.
    mutating func take(_ v: UInt32) {
        length += 1
        if v == 0x20 || v == 0x09 {
            if started && !inSpace { spaceRuns += 1 }
            inSpace = true
        } else {
            if v != 0x0D {
                if v == 0x7C { cellBars += 1 }
                if NormalizedText.isIdeograph(v) && NormalizedText.isIdeograph(last) {
                    pairs += 1
                    if inSpace { spacedPairs += 1 }
                }
                started = true
                last = v
            }
            inSpace = false
        }
    }

    /// Nothing but spaces (or nothing): the blank lines PDF extraction leaves between blocks of one paragraph.
    var isBlank: Bool { !started }

    /// Its characters spaced apart, as PDF extraction leaves text set with letter spacing ("第 二 章 　 重 点 任
    /// 务", "加 快 推 进 互 联 网"): at least two pairs of neighbouring ideographs with spaces between, and at
    /// least half of all such pairs (a marker set close, "第二章  重  点  任  务", is still spaced; numbers,
    /// "自2015年10月17日起", are left out of the count, as extraction often keeps them close).
    var isLetterSpaced: Bool { spacedPairs >= 2 && spacedPairs * 2 >= pairs }

    /// Long enough to have been wrapped, and no table row (a list item's one space after its number is
    /// running text; so is a line set with letter spacing).
    var isRunningText: Bool { length >= NormalizedText.wrappedLineLength && !isTableRow }

    /// A table row: spaced out into cells ("指标名称  2017年  2020年"), or cells between bars ("指标名称 | 2017年 |
    /// 2020年", letter-spaced or not).
    var isTableRow: Bool { cellBars >= 2 || (spaceRuns >= 2 && !isLetterSpaced) }
}
