import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Reviews tab (0) with a filter that matches no entry said "还没有审阅记录…" ("no review entries yet"), though
/// entries exist. It says that no entry matches the filter, names the filter, counts the entries in all and says
/// that F clears it.
final class ReviewsNoMatchTests: XCTestCase {
    private func noteText(_ b: TestBackend) -> String {
        // The note under the column titles, its wrapped lines joined.
        let below = b.rows.dropLast().drop { !$0.contains("内容") && !$0.contains("Content") }.dropFirst()
        return below.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    func testAFilterThatMatchesNothingSaysSoAndHowToClearIt() throws {
        let expected: [Language: String] = [
            .chinese: "没有审阅记录符合筛选 author:li（共 1 条）：按 F 清除筛选。",
            .english: "No review entry matches the filter author:li (1 entry in all): press F to clear it.",
        ]
        for language in [Language.chinese, .english] {
            for size in [(80, 24), (200, 60)] {
                let b = try DemoFixture.reviewsTab(try DemoFixture.shared(), DemoFixture.oneTag, width: size.0, height: size.1, language: language,
                                                   keys: [.char("f")] + [Key].type("author:li") + [.enter])
                // At 80 columns the English note wraps at a space; the Chinese one fits one row.
                XCTAssertEqual(noteText(b), expected[language], DemoFixture.screen(b))
                XCTAssertFalse(b.rows.contains { $0.contains("还没有审阅记录") || $0.contains("No review entries yet") }, DemoFixture.screen(b))
                // The header counts what the filter keeps of all the entries, not "0" alone.
                let header = language == .chinese ? "审阅记录：0 条符合筛选（共 1 条）" : "Review entries: 0 of 1 match the filter,"
                XCTAssertTrue(b.rows.contains { $0.contains(header) }, DemoFixture.screen(b))
            }
        }
    }

    func testNoEntryAtAllStillSaysThereIsNoneYet() throws {
        let b = try DemoFixture.reviewsTab(try DemoFixture.shared(), ReviewStore(entries: []), width: 80, height: 24, language: .english)
        XCTAssertTrue(b.rows.contains { $0.contains("No review entries yet") }, DemoFixture.screen(b))
    }
}
