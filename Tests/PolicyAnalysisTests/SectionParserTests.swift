import XCTest
@testable import PolicyAnalysis

final class SectionParserTests: XCTestCase {
    static let text = """
    关于推进示例工作的实施意见（合成示例）
    各市人民政府：
    为贯彻落实有关部署，结合本省实际，提出如下意见。
    一、总体要求
    （一）指导思想。坚持创新驱动，推动融合发展。
    （二）发展目标。到2020年，建成100个示范平台；全省电子商务交易额达到5000亿元。
    二、重点任务
    （一）发展智慧农业。推广农业物联网应用。
    1. 建设农产品电商平台。
    2. 开展农村电商培训。
    （二）发展便捷交通。推进交通数据开放。
    三、保障措施
    （一）加强组织领导。建立联席会议制度。
    第一条 本意见自印发之日起施行。
    """

    func testSectionsAndRoles() {
        let s = SectionParser.parse(Self.text)
        let titles = s.sections.map { "\($0.depth):\($0.title):\($0.role.rawValue)" }
        XCTAssertEqual(s.sections.first?.role, .preamble)
        XCTAssertTrue(titles.contains("1:总体要求:principles"), "\(titles)")
        XCTAssertTrue(titles.contains("2:指导思想:principles"), "\(titles)")
        XCTAssertTrue(titles.contains("2:发展目标:goals"), "\(titles)")
        XCTAssertTrue(titles.contains("1:重点任务:actions"), "\(titles)")
        XCTAssertTrue(titles.contains("3:建设农产品电商平台:actions"), "\(titles)")
        XCTAssertTrue(titles.contains("1:保障措施:measures"), "\(titles)")
        XCTAssertTrue(titles.contains { $0.hasSuffix(":measures") && $0.contains("本意见自印发之日起施行") })
        // The goals section covers exactly its own text.
        let goals = s.spans(for: .goals)
        XCTAssertEqual(goals.count, 1)
        XCTAssertTrue(goals[0].substring(of: Self.text).hasPrefix("（二）发展目标。到2020年"))
        XCTAssertFalse(goals[0].substring(of: Self.text).contains("重点任务"))
        // Clauses: split on 。 and ；, heading titles are not clauses, roles follow sections.
        let clauseTexts = s.clauses.map { $0.span.substring(of: Self.text) }
        XCTAssertTrue(clauseTexts.contains("到2020年，建成100个示范平台；"), "\(clauseTexts)")
        XCTAssertTrue(clauseTexts.contains("全省电子商务交易额达到5000亿元。"))
        XCTAssertFalse(clauseTexts.contains("一、总体要求"))
        XCTAssertFalse(clauseTexts.contains("（一）发展智慧农业。"))
        XCTAssertEqual(s.clauses.first { $0.span.substring(of: Self.text) == "推广农业物联网应用。" }?.role, .actions)
        XCTAssertEqual(s.clauses.first { $0.span.substring(of: Self.text) == "建立联席会议制度。" }?.role, .measures)
        XCTAssertEqual(s.clauses.first { $0.span.substring(of: Self.text).hasPrefix("为贯彻落实") }?.role, .preamble)
    }

    func testFullWidthHeadingsAndNoHeadings() {
        let text = "（１）　第一项。\n（２）第二项；第三项。"
        let s = SectionParser.parse(text)
        XCTAssertEqual(s.sections.map(\.kind), [.parenArabic, .parenArabic])
        XCTAssertEqual(s.clauses.map { $0.span.substring(of: text) }, ["第三项。"])
        let plain = SectionParser.parse("没有标题的一段话。第二句。")
        XCTAssertEqual(plain.sections.map(\.role), [.preamble])
        XCTAssertEqual(plain.clauses.count, 2)
    }
}
