import PropertyBased
import Testing
@testable import PolicyAnalysis

/// The text indicators read a wrapped text without its wraps and page furniture (`unwrapped()`): what is
/// left out is only line breaks with their spaces and furniture lines, and every character kept keeps its
/// place in the stored text.
@Suite struct UnwrappedTextTests {
    static let characters: [String] = ["互", "联", "网", "加", "快", "推", "进", "7", "，", "、", "。", "；", "：", "（", "）",
                                       " ", "A", "\u{3000}", "𪚥"]
    static let furniture = ["— 3 —", "-12-", "第 4 页", "某某省人民政府办公厅", "二、重点任务", "（三）加强组织保障",
                            "指标名称 | 2018年 | 2022年", "", "第 一 章 　 总 则", "加 快 推 进 互 联 网 与 农 业 深 度 融 合 ，",
                            "推 进 数 据 开 放"]

    /// Lines of 18 to 42 characters (wrapped text, most of the time), with headings, tables, blank lines
    /// and page furniture between them.
    static func text(seed: Int) -> String {
        var rng = SplitMix64(seed: UInt64(seed))
        var lines: [String] = []
        for _ in 0..<(5 + Int(rng.next() % 30)) {
            if rng.next() % 6 == 0 {
                lines.append(furniture[Int(rng.next() % UInt64(furniture.count))])
                continue
            }
            var line = ""
            for _ in 0..<(18 + Int(rng.next() % 25)) {
                // Mostly ideographs, as running text is.
                line += rng.next() % 3 == 0 ? characters[Int(rng.next() % UInt64(characters.count))] : characters[Int(rng.next() % 7)]
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    @Test func leavesOutOnlyLineBreaksSpacesAndFurniture() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let folded = NormalizedText(Self.text(seed: seed), mode: .fold)
            let unwrapped = folded.unwrapped()
            let dropped = NormalizedText.unwrappedRanges(in: folded.scalars)
            var kept: [Int] = []
            for i in 0..<folded.count where !dropped.contains(where: { $0.contains(i) }) { kept.append(i) }
            #expect(unwrapped.scalars == kept.map { folded.scalars[$0] }, "seed \(seed)")
            #expect((0..<unwrapped.count).map { unwrapped.offset(at: $0) } == kept.map { folded.offset(at: $0) }, "seed \(seed)")
            #expect(unwrapped.originalLength == folded.originalLength)
            // Spaces (letter spacing), line breaks with spaces and blank lines around them, and furniture lines.
            #expect(Self.dropsOnlyBlanksAndFurniture(folded, dropped), "seed \(seed)")
            // A text with a line per paragraph (no wraps) loses only letter spacing.
            if !NormalizedText.isWrapped(folded.scalars) {
                #expect(dropped.allSatisfy { folded.scalars[$0].allSatisfy { $0 == 0x20 || $0 == 0x09 } }, "seed \(seed)")
            }
            // Sorted and apart.
            #expect(zip(dropped, dropped.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound }, "seed \(seed)")
        }
    }

    /// Every character of `dropped` that is not white space lies on a page furniture line.
    static func dropsOnlyBlanksAndFurniture(_ folded: NormalizedText, _ dropped: [Range<Int>]) -> Bool {
        let layout = LineLayout(folded.scalars)
        var onFurniture = Set<Int>()
        for l in layout.furniture { onFurniture.formUnion(layout.lines[l]) }
        for range in dropped {
            for i in range where ![0x20, 0x09, 0x0D, 0x0A].contains(folded.scalars[i]) && !onFurniture.contains(i) { return false }
        }
        return true
    }

    /// The property above is not empty: the texts it draws have wraps, and furniture read across.
    @Test func theTextsHaveWrapsAndFurniture() {
        var wraps = 0, furniture = 0
        for seed in 0..<200 {
            let folded = NormalizedText(Self.text(seed: seed), mode: .fold)
            for range in NormalizedText.unwrappedRanges(in: folded.scalars) where folded.scalars[range].contains(0x0A) {
                wraps += 1
                if folded.scalars[range].filter({ $0 == 0x0A }).count >= 2 { furniture += 1 }
            }
        }
        #expect(wraps > 1_000 && furniture > 20, "\(wraps) wraps, \(furniture) across furniture")
    }
}
