import XCTest
@testable import PolicyAnalysis

/// Headings as provincial plans write them: a bare 任务 or 保障 names the chapter's role; inside a longer title the
/// same word is a theme (a task about security, an action area), not a role.
final class SectionRoleTests: XCTestCase {
    func testBareTitlesNameARoleOnlyWhole() {
        XCTAssertEqual(SectionRole.fromHeading("任务"), .actions)
        XCTAssertEqual(SectionRole.fromHeading("保障"), .measures)
        XCTAssertEqual(SectionRole.fromHeading("目标"), .goals)
        XCTAssertEqual(SectionRole.fromHeading("工作任务"), .actions)
        XCTAssertEqual(SectionRole.fromHeading("工作要求"), .measures)
        XCTAssertEqual(SectionRole.fromHeading("目标任务"), .goals, "the goals' keyword comes first")
        XCTAssertNil(SectionRole.fromHeading("加强安全保障"))
        XCTAssertNil(SectionRole.fromHeading("“互联网+”社会保障"))
        XCTAssertNil(SectionRole.fromHeading("完成年度任务"))
        XCTAssertEqual(SectionRole.fromHeading("保障措施"), .measures)
    }

    /// A plan headed 二、任务 / 三、保障: its measures are counted, the vague one among them found.
    func testAPlanHeadedTaskAndSafeguardHasItsMeasures() {
        let text = "湖北省农业厅关于推进“互联网+”现代农业的实施方案\n一、目标\n到2018年，建成20个农业物联网示范基地。\n"
            + "二、任务\n建设农业物联网应用体系，由省农业厅牵头，2017年底前完成。加强农产品电子商务。\n"
            + "三、保障\n省财政安排专项资金5000万元，支持农业信息化建设。\n"
        let d = TextIndicatorExtractor().extract(id: "hb", text: text)
        XCTAssertEqual(d.sections.filter { $0.role == .actions }.count, 1, "\(d.sections.map { ($0.title, $0.role) })")
        XCTAssertGreaterThanOrEqual(d.measures.count, 3)
        XCTAssertEqual(d.measures.filter(\.isVague).count, 1, "加强农产品电子商务 names nothing: \(d.measures)")
    }
}
