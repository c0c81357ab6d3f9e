import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 45: a document's review entries stood whole at the top of its page; 30 notes of about 9,000 characters
/// pushed its text to line 5,700 (`qa45 · 1/5737`). The page shows the latest three, each in two lines at most,
/// and how many more the Reviews tab lists.
final class LongReviewNotesTests: XCTestCase {
    func testLongNotesLeaveTheTextWithinReach() throws {
        let demo = try DemoFixture.shared()
        let id = "demo-00019"
        let long = String(repeating: "这一段的措施与中央文件的表述相同，需要核对。", count: 400)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let store = ReviewStore(entries: (0..<30).map { i in
            ReviewStore.Located(entry: ReviewEntry(time: start.addingTimeInterval(Double(i) * 60), author: "tester", kind: .note,
                                                   target: ReviewTarget(kind: .document, id: id), note: "第\(i)条 " + long),
                                file: "tester.jsonl", line: i + 1)
        })
        for (language, more) in [(Language.chinese, "另有 27 条"), (.english, "27 more")] {
            for (w, h) in [(80, 24), (200, 60)] {
                var state = DemoFixture.initialState(demo, width: w, height: h, language: language)
                state = Dashboard.update(state, .journalsChanged(store)).0
                let (b, opened) = try DemoFixture.resume(state, keys: [.char(":")] + [Key].type(id) + [.enter])
                XCTAssertEqual(opened.route, .document(id), DemoFixture.screen(b))
                let rows = Layout.content(opened).rows.map { $0.cells.first ?? "" }
                let noteRows = rows.filter { $0.contains("这一段的措施") }
                XCTAssertEqual(noteRows.count, 3 * 2, "three notes of two lines each at \(w)x\(h)")
                XCTAssertTrue(rows.contains { $0.contains("第29条") }, "the latest note first")
                XCTAssertFalse(rows.contains { $0.contains("第26条") }, "older notes only in the Reviews tab")
                XCTAssertTrue(rows.contains { $0.contains(more) }, "how many more, and where: \(rows.prefix(12))")
                XCTAssertTrue(noteRows.allSatisfy { DisplayWidth.of($0) <= w }, "\(noteRows)")
                let heading = try XCTUnwrap(rows.firstIndex { $0.contains("]") && $0.contains("[") }, "the text's heading")
                XCTAssertLessThan(heading, 40, "the text is reachable: \(rows.prefix(heading))")
            }
        }
    }
}
