import XCTest
@testable import PolicyAnalysis

/// A heading's run-in title over text of its own is no clause ("（一）加快发展电子商务。省商务厅牵头…"), and the area it
/// names was never coded: a main implementation document whose task stood only there covered 0/11 areas (QA pass 50).
/// Since analysis version 67 the headings' titles are read for action areas, as clauses are; for areas only.
final class HeadingAreaCodingTests: XCTestCase {
    let extractor = TextIndicatorExtractor()

    func testARunInTitleNamesItsArea() {
        let text = "一、总体要求\n到2018年，全省建成30个示范基地。\n二、重点任务\n（一）加快发展电子商务。省商务厅牵头，2017年底前完成。\n"
        XCTAssertEqual(extractor.extract(id: "t", text: text).actionAreas, ["e-commerce"])
    }

    func testChapterAndItemTitlesNameTheirAreas() {
        let text = "第一章　总则\n第一条　为推进互联网与各领域融合，制定本方案。\n第二章　智慧能源\n第二条　各地要落实责任，按期完成。\n"
            + "第三章　高效物流\n第三条　有关部门要加强协调配合。\n"
        XCTAssertEqual(Set(extractor.extract(id: "t", text: text).actionAreas), ["energy", "logistics"])
    }

    /// Titles that name no area code none, whatever their length; an area word in a unit's name is no area there either.
    func testTitlesWithoutAnAreaCodeNone() {
        let text = "一、加强组织领导\n各地要建立工作机制，明确责任分工。\n二、强化督促检查\n（一）省交通运输厅牵头。各地要定期报送进展情况。\n"
        XCTAssertEqual(extractor.extract(id: "t", text: text).actionAreas, [])
    }

    /// The title is still no clause for the policy tools: its funding words count no clause.
    func testATitleCountsNoTool() {
        let text = "一、重点任务\n（一）加大财政资金支持力度。各地要落实责任，按期完成。\n"
        let d = extractor.extract(id: "t", text: text)
        XCTAssertNil(d.toolAreaCounts["supply-funding"], "\(d.toolAreaCounts)")
        XCTAssertEqual(d.clauseCount, 1, "the title is no clause: \(d.sections.map(\.title))")
    }
}
