import XCTest
import PolicyModel

final class SectionLocatorTests: XCTestCase {
    func testChineseShowsTheSectionAsPrintedAndThePartInChinese() {
        let cases: [(String, String)] = [
            ("section 3.1 (三（一）)", "三（一）"),
            ("section 3.2 (三（二）), cause 1", "三（二），原因 1"),
            ("section 4.1 (四（一）), item 3", "四（一），第 3 项"),
            ("section 2 (二), intro and 2.1", "二，引言及 2.1"),
            ("section 4 (四), introduction", "四，引言"),
            ("section 3.3 (三（三）); abstract", "三（三）；摘要"),
            ("section 2.1 (二（一）); section 3.2 (三（二）)", "二（一）；三（二）"),
            ("section 5", "第 5 节"),
            ("p. 12", "p. 12"),  // unknown: as written
        ]
        for (locator, zh) in cases {
            XCTAssertEqual(SectionLocator.text(locator, in: .chinese), zh, locator)
            XCTAssertEqual(SectionLocator.text(locator, in: .english), locator)
        }
    }

    /// Every locator in the bundled taxonomy reads without English words in Chinese.
    func testBundledLocatorsHaveNoEnglishWordsInChinese() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/taxonomy/problems.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let locators = text.components(separatedBy: "\"locator\": \"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
        XCTAssertGreaterThan(locators.count, 20)
        for l in locators {
            let zh = SectionLocator.text(l, in: .chinese)
            XCTAssertNil(zh.range(of: "[A-Za-z]", options: .regularExpression), "\(l) -> \(zh)")
        }
    }
}
