import Testing
@testable import PolicyAnalysis

/// A copy that one text follows (or precedes) with a new list item ("；三是…") or heading ("（二）…"), the other
/// not, and a few words both texts hold by chance just past it ("鼓励供销合作社利用", "拓宽农民增收渠道"), is reported
/// from its own start to its own end (analysis version 42, `ChainContext.endsAtNewItem`). Before, the alignment
/// re-anchored past the marker, as past any inserted clause, and the passage took in those words: 8-40 characters
/// past the copy on the sixth generator (`benchmarks/sixth.sh`), the most common way a copy in the guarantee's
/// conditions was not found whole there.
@Suite struct NewItemEndsTests {
    static let markers = ["一是", "二是", "三是", "五是", "十一是"]

    /// 8 or 9 random characters (too short to seed) that do not start with a numeral: one that did would be
    /// identical to a heading's number before it by chance, and a copy's end one character further is right.
    static func words(_ text: inout CopyCase) -> String {
        var words = text.own(text.length(8, spread: 2))
        while let first = words.first, "一二三四五六七八九十".contains(first) { words = text.own(words.count) }
        return words
    }

    /// "copy；三是X，(own)" against "copy。X，(own)", X 8 or 9 characters (too short to seed): the passage ends at the copy.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyDoesNotEndOnWordsPastAnItemMarker(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let copy = text.own(50), chance = Self.words(&text)
        let marker = Self.markers[text.length(0, spread: Self.markers.count)]
        let source = copy + "；" + marker + chance + "，" + text.own(20)
        let target = copy + "。" + chance + "，" + text.own(20)
        try ReplacedTextEndsTests.expectWhole(copy, copy, within: (source, target), &text)
    }

    /// The same with X long enough to seed (12 to 20 characters), so that its run is joined to the copy's rather than
    /// re-anchored on, the marker alone or with a clause of the source's own ("copy；三是(own)，X" against "copy。X"):
    /// a run shorter than a passage just past a new item is joined to nothing before it (analysis version 44).
    /// Seen: g6-00023 -> g6-00264 ("；三是筑牢数据安全防线，力争到2017年底全国" against "；力争到2017年底，全国").
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyDoesNotEndOnASeededStretchPastAnItemMarker(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let copy = text.own(50), chance = text.own(text.length(12, spread: 9))
        let marker = Self.markers[text.length(0, spread: Self.markers.count)]
        let item = seed % 2 == 0 ? "" : text.own(text.length(8, spread: 3)) + "，"
        let source = copy + "；" + marker + item + chance + "，" + text.own(20)
        let target = copy + "。" + chance + "，" + text.own(20)
        try ReplacedTextEndsTests.expectWhole(copy, copy, within: (source, target), &text)
    }

    /// The same before the copy: "(own)，X；三是copy" against "(own)，X。copy" starts at the copy.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyDoesNotStartOnWordsBeforeAnItemMarker(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let copy = text.own(50)
        try Self.expectWholeAfterMarker(copy, copy, &text)
    }

    /// The same with X long enough to seed (12 to 20 characters), so that its run is joined to the copy's rather than
    /// re-anchored on, and with text replaced between X and the marker ("X(own)；二是copy" against "X(other)。copy"):
    /// a passage shorter than one before a new item joins nothing after it (analysis version 43).
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyDoesNotStartOnASeededStretchBeforeAnItemMarker(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let copy = text.own(50), chance = text.own(text.length(12, spread: 9))
        try Self.expectWholeAfterMarker(copy, copy, chance: chance, &text)
        let replaced = (text.own(text.length(9, spread: 4)), text.own(text.length(9, spread: 4)))
        try ReplacedTextEndsTests.expectWhole(copy, copy, within: (text.own(20) + "，" + chance + replaced.0 + "；二是" + copy,
                                                                 text.own(20) + "，" + chance + replaced.1 + "。" + copy), &text)
    }

    /// `copied` in the source after "(own)，X；三是", `copy` in the target after "(other own)，X。" (X: `chance`, by default
    /// `words`): one passage, from the copy's start to its end.
    static func expectWholeAfterMarker(_ copied: String, _ copy: String, chance: String? = nil, _ text: inout CopyCase) throws {
        let chance = chance ?? Self.words(&text), lead = (text.own(20), text.own(20))
        let marker = Self.markers[text.length(0, spread: Self.markers.count)]
        try ReplacedTextEndsTests.expectWhole(copied, copy, within: (lead.0 + "，" + chance + "；" + marker + copied,
                                                                     lead.1 + "，" + chance + "。" + copy), &text)
    }

    /// A heading one text starts after the copy: "copy。\n（二）heading。X，(own)" against "copy。X，(own)".
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aCopyDoesNotEndOnWordsPastAHeading(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let copy = text.own(50), chance = Self.words(&text), heading = text.own(text.length(4, spread: 4))
        let source = copy + "。\n（二）" + heading + "。" + chance + "，" + text.own(20)
        let target = copy + "。" + chance + "，" + text.own(20)
        try ReplacedTextEndsTests.expectWhole(copy, copy, within: (source, target), &text)
    }

    /// The copy's first clause changed a name a few characters in, after a marker only the source has
    /// ("X；三是两年内全国…" against "X。两年内全省…"): the passage starts at the clause (the shorter anchor past
    /// the change, tried when the nearest stretch is the chance words before the marker), not at X, nor after
    /// the change.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func aNameChangedAfterAnItemMarkerStillStartsTheCopy(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let start = text.own(text.length(4, spread: 2)), head = text.own(20), rest = text.own(30)
        let (name, other) = (text.own(1), text.own(1))
        try Self.expectWholeAfterMarker(start + name + head + "，" + rest, start + other + head + "，" + rest, &text)
    }

    /// The negatives: an item renumbered in the copy ("；三是X" against "；四是X") and a marker the copy leaves out
    /// before the rest of it are bridged, as the guarantee says.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func renumberedOrDroppedMarkersInsideACopyStillBridge(seed: UInt64) throws {
        var text = CopyCase(seed: seed)
        let head = text.own(40), words = Self.words(&text)
        try ReplacedTextEndsTests.expectWhole(head + "；三是" + words, head + "；四是" + words, &text)
        let rest = text.own(text.length(25, spread: 10))
        let marker = Self.markers[text.length(0, spread: Self.markers.count)]
        try ReplacedTextEndsTests.expectWhole(head + "；" + marker + rest, head + "；" + rest, &text)
    }
}
