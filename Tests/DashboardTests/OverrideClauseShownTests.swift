import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 45: at 80 columns the Reviews tab's row for a code override cut off which clause was overridden
/// (`改码 文件 冀政发〔2015〕25号… 资金支持`). The clause is kept whatever is cut: the kind's word gives way first, then
/// the end of the document's number.
final class OverrideClauseShownTests: XCTestCase {
    func testTheOverriddenClauseIsNamedAt80Columns() throws {
        let corpus = try DashboardFixture.corpus()
        let store = ReviewStore(entries: [ReviewStore.Located(
            entry: ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000), author: "wang", kind: .override,
                               target: .document("51-fbf-2018-86", clause: 12), override: ReviewOverride(field: .policyTool, value: "fund-support")),
            file: "reviews/wang.jsonl", line: 1)])
        for (language, clause) in [(Language.chinese, "条款 12"), (.english, "clause 12")] {
            let initial = AppState(corpus: corpus, language: language, size: Size(width: 80, height: 24))
            let state = Dashboard.update(initial, .journalsChanged(store)).0
            let b = try DemoFixture.resume(state, keys: [.char("0")]).0
            let row = try XCTUnwrap(b.rows.first { $0.contains("wang") && $0.contains("川办发") }, DemoFixture.screen(b))
            XCTAssertTrue(row.contains(clause), "which clause: \(row)")
            XCTAssertTrue(row.contains("〔2018〕"), "the number's year: \(row)")
        }
    }
}
