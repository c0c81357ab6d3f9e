import XCTest
@testable import PolicyModel

/// What the review's scope did with documents that have no full date is said with its counts (QA pass 48): under
/// `stats --review-scope` a province whose one plan is undated read 0 with nothing saying why.
final class ScopeStatementTests: XCTestCase {
    private func document(_ id: String, number: String?, date: String?) -> PolicyDocument {
        var d = DatePlacementTests.document(number: number, date: date)
        d.id = id
        return d
    }

    func testTheStatementCountsTheUndatedAndThosePlacedByTheirNumbersYear() {
        let documents = [document("dated", number: nil, date: "2016-03-01"),
                         document("by-number", number: "京政发〔2016〕4号", date: nil),
                         document("undated-1", number: nil, date: nil),
                         document("undated-2", number: nil, date: nil),
                         document("straddling", number: "京政发〔2020〕4号", date: nil),
                         document("after", number: nil, date: "2021-01-01")]
        let scope = CorpusScope.review
        XCTAssertEqual(scope.datePlacements(in: documents), .init(byNumberYear: 1, undated: 2, straddlingBound: 1))
        XCTAssertEqual(scope.statement(over: documents).zh,
                       "范围：政策（不含相关记录），至 2020-06-30；1 份只有文号年份，按文号年份计入；2 份无日期，未计入；1 份只有文号年份且该年跨过范围界限，无法判断，未计入")
        XCTAssertEqual(scope.statement(over: documents).en,
                       "scope: policy (related records left out), up to 2020-06-30; 1 counted by the year in their number (no date); 2 undated, not counted; 1 not counted: only the year in their number, which straddles the scope's bound")
        // Every document dated: the label alone.
        XCTAssertEqual(scope.statement(over: [documents[0], documents[5]]), scope.label)
        // A scope without days places every document.
        XCTAssertEqual(CorpusScope(classes: [.policy]).datePlacements(in: documents), .init())
    }
}
