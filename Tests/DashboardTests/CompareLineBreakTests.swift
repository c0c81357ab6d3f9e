import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// CR, CR LF and NEL (U+0085) broke the line on a document's page but showed as ␍ and � in the comparison, which split
/// only at LF: the same stored text read two ways on two screens. Both split where `LineBreak` says.
final class CompareLineBreakTests: XCTestCase {
    private let paragraphs = ["一、总体要求。坚持创新驱动，推动融合发展。", "二、重点任务。推进协同制造，加快工业互联网建设。",
                              "三、保障支撑。加强统筹协调，落实财政资金支持。", "四、组织实施。各地区各部门要抓紧制定具体方案。",
                              "五、附则。本方案自印发之日起施行。"]

    func testTheComparisonBreaksLinesWhereTheDocumentPageDoes() throws {
        let text = paragraphs[0] + "\r" + paragraphs[1] + "\u{85}" + paragraphs[2] + "\r\n" + paragraphs[3] + "\u{2028}" + paragraphs[4]
        for (width, height) in [(80, 24), (200, 60)] {
            for language in [Language.chinese, .english] {
                let state = try ComparePairFixture.state(source: text, target: text,
                                                         passages: [ComparePairFixture.whole(text, text, edited: false)],
                                                         width: width, height: height, language: language)
                let (b, shown) = try DemoFixture.resume(state, keys: [])
                let screen = "\(width)x\(height) \(language)" + DemoFixture.screen(b)
                XCTAssertTrue(shown.route.isComparison, screen)
                XCTAssertFalse(b.rows.contains { $0.contains("␍") || $0.contains("\u{FFFD}") || $0.contains("␊") }, screen)
                let panes = ComparePairFixture.panes(b)
                for paragraph in paragraphs {
                    let start = String(paragraph.prefix(6))
                    XCTAssertTrue(panes.contains { $0.left.hasPrefix(start) && $0.right.hasPrefix(start) }, start + screen)
                }
                // CR LF is one break: no empty row between the third paragraph and the fourth.
                let fourth = try XCTUnwrap(panes.firstIndex { $0.left.hasPrefix("四、组织实施") }, screen)
                XCTAssertNotEqual(panes[fourth - 1].left, "", screen)
                // The document's page starts the same paragraphs on lines of their own.
                let page = try DemoFixture.resume(state, keys: [.escape, .char(":")] + [Key].type(ComparePairFixture.source) + [.enter]).1
                XCTAssertEqual(page.route, .document(ComparePairFixture.source))
                let lines = Layout.shown(page).content.rows.filter { $0.textOffset != nil }.map { String($0.cells[0].dropFirst($0.textStart)) }
                for paragraph in paragraphs {
                    XCTAssertTrue(lines.contains { $0.hasPrefix(paragraph.prefix(6)) }, lines.joined(separator: "\n"))
                }
                XCTAssertFalse(lines.contains { $0.contains("␍") || $0.contains("\u{FFFD}") }, lines.joined(separator: "\n"))
            }
        }
    }
}
