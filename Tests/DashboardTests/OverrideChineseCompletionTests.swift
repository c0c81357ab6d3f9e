import PolicyModel
import XCTest
@testable import Dashboard

/// Tab in the override prompt completed ids only: 资金 and area:电 Tab did nothing (QA pass 48), though the prompt takes
/// Chinese names. A Chinese start completes to the names it starts, as far as they agree.
final class OverrideChineseCompletionTests: XCTestCase {
    func testAChineseStartCompletesToTheNames() throws {
        let taxonomy = try DashboardFixture.catalogue().taxonomy
        let tools = taxonomy.tools.allTools.map(\.zh), areas = taxonomy.areas.map(\.zh)
        let fund = try XCTUnwrap(tools.first { $0.hasPrefix("资金") })
        XCTAssertEqual(tools.filter { $0.hasPrefix("资金") }.count, 1)
        XCTAssertEqual(ReviewActions.completeCode("资金", taxonomy: taxonomy).text, fund)
        let commerce = try XCTUnwrap(areas.first { $0.hasPrefix("电") })
        XCTAssertEqual(ReviewActions.completeCode("area:电", taxonomy: taxonomy).text, "area:" + commerce)
        // A reason after the code stays as typed.
        XCTAssertEqual(ReviewActions.completeCode("资金 理由", taxonomy: taxonomy).text, fund + " 理由")
        // Nothing starts with it: unchanged. Ids still complete as before.
        XCTAssertEqual(ReviewActions.completeCode("没有", taxonomy: taxonomy).text, "没有")
        XCTAssertEqual(ReviewActions.completeCode("supply-f", taxonomy: taxonomy).text.hasPrefix("supply-f"), true)
        // Several names: as far as they agree, and listed.
        let starts = Dictionary(grouping: tools, by: { String($0.prefix(1)) }).first { $0.value.count > 1 }
        if let (first, names) = starts {
            let completed = ReviewActions.completeCode(first, taxonomy: taxonomy)
            XCTAssertEqual(Set(completed.candidates), Set(names))
            XCTAssertTrue(names.allSatisfy { $0.hasPrefix(completed.text) })
        }
    }
}
