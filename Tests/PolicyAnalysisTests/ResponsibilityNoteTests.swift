import XCTest
@testable import PolicyAnalysis

/// A unit named for a paragraph, an item or by a label line is credited to the measures it assigns (analysis version
/// 53): a QA pass found an item's every measure "without a responsible unit" under a heading that named two.
final class ResponsibilityNoteTests: XCTestCase {
    private func measures(_ text: String) -> [(clause: String, units: [String])] {
        TextIndicatorExtractor().extract(id: "t", text: text).measures.map { m in
            (m.clause.substring(of: text), m.responsible.map { $0.substring(of: text) })
        }
    }

    func testAParagraphsClosingNoteAssignsItsEveryMeasure() {
        let text = "二、重点任务\n（一）加快推进智慧物流。建设全省物流公共信息平台，推广电子运单。到2017年，重点物流企业信息化率达到80%（省交通运输厅牵头，省商务厅配合）。\n推广智能快递柜。"
        let found = measures(text)
        XCTAssertEqual(found.count, 3, "\(found)")
        XCTAssertEqual(found.filter { !$0.units.isEmpty }.count, 2, "\(found)")
        XCTAssertEqual(found.last?.units, [], "another paragraph: \(found)")
        XCTAssertTrue(found[0].units.allSatisfy { $0.contains("省交通运输厅牵头") }, "\(found)")
    }

    func testAnItemsHeadingAndLabelLineAssignItsMeasures() {
        let text = """
        二、重点任务
        （一）加快推进智慧物流建设（省商务厅牵头，省交通运输厅配合）。
        建设全省物流公共信息平台。
        推广电子运单和智能快递柜。
        （二）大力发展农村电子商务。
        开展电子商务进农村综合示范。
        责任单位：省商务厅、省农业农村厅
        （三）推进“互联网+”医疗健康。
        积极推动远程医疗服务发展。
        """
        let found = measures(text)
        XCTAssertFalse(found.contains { $0.clause.hasPrefix("责任单位") }, "a label line is no measure: \(found)")
        XCTAssertEqual(found.map(\.clause), ["建设全省物流公共信息平台。", "推广电子运单和智能快递柜。", "开展电子商务进农村综合示范。",
                                             "积极推动远程医疗服务发展。"])
        XCTAssertEqual(found.map { !$0.units.isEmpty }, [true, true, true, false], "\(found)")
    }

    /// A note in the middle of a paragraph assigns its clause only, and a bracket naming no unit assigns nothing.
    func testOtherBracketsAssignNothingMore() {
        let text = "二、重点任务\n建设全省物流公共信息平台（省商务厅牵头），推广电子运单。推广智能快递柜（国办发〔2016〕24号）。"
        let found = measures(text)
        XCTAssertEqual(found.map { !$0.units.isEmpty }, [true, false], "\(found)")
    }
}
