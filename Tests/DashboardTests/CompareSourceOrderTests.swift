import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The comparison lists passages in the right text's order; their sources may cross (formula-00000 → formula-00002:
/// §2 at 399–456 came 800 characters before §1 at 1266–1412 in the left document). The left pane read as one text
/// running down, with nothing said where it went back, and its '… 未共享 N 字 …' counted from the furthest point
/// reached (6705 = 8117 − 1412 after §2, which ends at 456). Now the left pane says where a passage lies elsewhere in
/// the source (↑ before the end of the passage above, ↓ past passages shown elsewhere), with its span, and counts
/// unshared characters only where its text goes straight on; after the last passage, what follows the source's last.
final class CompareSourceOrderTests: XCTestCase {
    /// What the left pane should say before each passage (in the right text's order) and after the last, made from the
    /// passages alone: which characters of the left text are in some passage, and where the passage above ended.
    private func expectedLeftNotes(_ pair: ReusePair, leftLength: Int, language: Language) -> [String] {
        var covered = [Bool](repeating: false, count: leftLength)
        for p in pair.passages { for i in p.source.start..<min(p.source.end, leftLength) { covered[i] = true } }
        let passages = pair.passages.sorted()
        let zh = language == .chinese
        var notes: [String] = []
        var end = 0
        for p in passages {
            let s = p.source.start
            if s < end {
                notes.append(zh ? "↑ 原文较前处：\(s)–\(p.source.end)" : "↑ earlier in the source: \(s)–\(p.source.end)")
            } else if covered[end..<s].contains(true) {
                notes.append(zh ? "↓ 原文较后处：\(s)–\(p.source.end)" : "↓ later in the source: \(s)–\(p.source.end)")
            } else if s > end {
                notes.append(zh ? "… 未共享 \(s - end) 字 …" : "… \(EnglishCount.of(s - end, "character")) not shared …")
            } else {
                notes.append("")
            }
            end = p.source.end
        }
        if end < leftLength, covered[end...].contains(true) {
            let last = passages.map(\.source.end).max() ?? 0
            let n = leftLength - last
            let k = (passages.firstIndex { $0.source.end == last } ?? 0) + 1
            notes.append(n <= 0 ? "" : zh ? "↓ §\(k) 之后至文末：未共享 \(n) 字" : "↓ after §\(k) to the end: \(n) not shared")
        } else {
            let n = leftLength - end
            notes.append(n <= 0 ? "" : zh ? "… 未共享 \(n) 字 …" : "… \(EnglishCount.of(n, "character")) not shared …")
        }
        return notes
    }

    /// The left cell of the row between passages before each passage's heading, and after the last passage ("" where
    /// there is none).
    private func shownLeftNotes(_ content: ScreenContent) -> [String] {
        let rows = content.rows
        var notes: [String] = []
        for (i, row) in rows.enumerated() where row.kind == .heading {
            let before = i > 0 && rows[i - 1].kind == .split && rows[i - 1].target == nil ? rows[i - 1].cells[0] : ""
            notes.append(before)
        }
        let last = rows.last.map { $0.kind == .split && $0.target == nil ? $0.cells[0] : "" } ?? ""
        return notes + [last]
    }

    /// Every pair of the demo, many of which cross (demo-00000 → demo-00008: 2209, then 1945, then 845, then 2465).
    func testTheLeftPaneSaysWhereItsTextGoesBackOrSkipsAndCountsOnlyWhereItGoesStraightOn() throws {
        let demo = try DemoFixture.shared()
        var crossing = 0, skipping = 0
        for document in demo.corpus.documents {
            for summary in demo.analysis.pairs(involving: document.id) where summary.source == document.id {
                let pair = try XCTUnwrap(demo.analysis.pair(summary.source, summary.target))
                let left = try XCTUnwrap(demo.corpus.text(of: try XCTUnwrap(demo.corpus.document(pair.source)))).unicodeScalars.count
                for language in [Language.chinese, .english] {
                    var state = DemoFixture.initialState(demo, width: 200, height: 60, language: language)
                    let route = Route.compare(pair.source, pair.target)
                    state.stack = [route]
                    let content = ScreenContext(state: state).screen(for: route).content()
                    let expected = expectedLeftNotes(pair, leftLength: left, language: language)
                    XCTAssertEqual(shownLeftNotes(content), expected, "\(pair.source) → \(pair.target)")
                    crossing += expected.filter { $0.hasPrefix("↑") }.count
                    skipping += expected.filter { $0.hasPrefix("↓") }.count
                }
            }
        }
        // The demo has both kinds, so that the comparison above is not only of passages in order.
        XCTAssertGreaterThan(crossing, 10)
        XCTAssertGreaterThan(skipping, 10)
    }

    /// On screen, both languages, 80 and 200 columns: demo-00000 → demo-00008, whose second passage lies before the
    /// first in the left text.
    func testTheScreenSaysEarlierInTheSourceWithTheSpan() throws {
        let demo = try DemoFixture.shared()
        let pair = try XCTUnwrap(demo.analysis.pair("demo-00000", "demo-00008"))
        let passages = pair.passages.sorted()
        let back = try XCTUnwrap(passages.indices.dropFirst().first { passages[$0].source.start < passages[$0 - 1].source.end })
        let span = "\(passages[back].source.start)–\(passages[back].source.end)"
        for (width, height) in [(80, 24), (200, 60)] {
            for (language, words) in [(Language.chinese, "↑ 原文较前处：" + span), (.english, "↑ earlier in the source: " + span)] {
                var state = DemoFixture.initialState(demo, width: width, height: height, language: language)
                state.stack = [.documents, .compare("demo-00000", "demo-00008")]
                // Down to the passage, so that its row is on screen at 80x24.
                let b = try DemoFixture.resume(state, keys: Array(repeating: .char("n"), count: back + 1)).0
                let row = try XCTUnwrap(b.rows.first { $0.contains(words) }, DemoFixture.screen(b))
                // On the left, its right side still counting the right text's own gap.
                let bar = try XCTUnwrap(row.firstIndex(of: "│"), row)
                XCTAssertTrue(row[..<bar].contains(words), row)
            }
        }
    }
}
