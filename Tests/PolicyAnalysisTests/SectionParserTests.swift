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
        // "（１）　第一项。" is a whole-line item (analysis version 50); "（２）第二项；" heads text of its own.
        XCTAssertEqual(s.clauses.map { $0.span.substring(of: text) }, ["（１）　第一项。", "第三项。"])
        let plain = SectionParser.parse("没有标题的一段话。第二句。")
        XCTAssertEqual(plain.sections.map(\.role), [.preamble])
        XCTAssertEqual(plain.clauses.count, 2)
    }

    /// A title's scalars made a String as the scalar view makes it, at every UTF-8 length: one to four bytes, the
    /// edges of each, and surrogate values (no scalars) left out.
    func testTitleStringsAreTheirScalars() {
        let edges: [UInt32] = [0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x4E2D, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
                               0xFFFF, 0x10000, 0x2A6A5, 0x10FFFF]
        var rng = SplitMix64(seed: 7)
        var cases: [[UInt32]] = [[], edges, edges.reversed()]
        for _ in 0..<200 {
            cases.append((0..<Int(rng.next() % 40)).map { _ in edges[Int(rng.next() % UInt64(edges.count))] })
        }
        for scalars in cases {
            let expected = String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
            XCTAssertEqual(SectionParser.string(scalars[...]), expected, "\(scalars)")
            // A slice that does not start at 0, as the parser's are.
            XCTAssertEqual(SectionParser.string(([0x41] + scalars + [0x42]).dropFirst().dropLast()), expected, "\(scalars)")
        }
    }
}

/// Whole-line task items (analysis version 50): an item line with no text of its own and no sub-item is the task.
final class WholeLineItemTests: XCTestCase {
    func clauseTexts(_ text: String) -> [String] {
        SectionParser.parse(text).clauses.map { $0.span.substring(of: text) }
    }

    func testItemLinesUnderATaskChapterAreClausesOfIt() {
        let text = """
        二、任务
        （一）加快推进智慧物流建设。
        （二）大力发展农村电子商务，由省商务厅牵头负责。
        （三）支持工业互联网平台建设
        三、保障
        （一）省财政每年安排专项资金5000万元。
        """
        let s = SectionParser.parse(text)
        let clauses = s.clauses.map { ($0.span.substring(of: text), $0.role) }
        XCTAssertEqual(clauses.map(\.0), ["（一）加快推进智慧物流建设。", "（二）大力发展农村电子商务，由省商务厅牵头负责。",
                                          "（三）支持工业互联网平台建设", "（一）省财政每年安排专项资金5000万元。"])
        XCTAssertEqual(clauses.map(\.1), [.actions, .actions, .actions, .measures])
        // The lines still head their sections.
        XCTAssertEqual(s.sections.filter { $0.kind == .parenChinese }.map(\.title),
                       ["加快推进智慧物流建设", "大力发展农村电子商务,由省商务厅牵头负责", "支持工业互联网平台建设", "省财政每年安排专项资金5000万元"])
    }

    func testItemsWithTheirOwnTextOrSubItemsStayTitles() {
        let text = """
        二、重点任务
        （一）发展智慧农业。推广农业物联网应用。
        （二）发展便捷交通。
        1. 推进交通数据开放。
        2. 建设综合交通服务平台。
        （三）加快推进智慧物流建设。
        加快建设物流公共信息平台，到2020年覆盖全省。
        """
        let clauses = clauseTexts(text)
        XCTAssertFalse(clauses.contains("（一）发展智慧农业。"), "\(clauses)")
        XCTAssertFalse(clauses.contains("（二）发展便捷交通。"), "\(clauses)")
        XCTAssertFalse(clauses.contains("（三）加快推进智慧物流建设。"), "\(clauses)")
        XCTAssertTrue(clauses.contains("推广农业物联网应用。"))
        XCTAssertTrue(clauses.contains("1. 推进交通数据开放。"), "\(clauses)")
        XCTAssertTrue(clauses.contains("2. 建设综合交通服务平台。"), "\(clauses)")
        XCTAssertTrue(clauses.contains("加快建设物流公共信息平台，到2020年覆盖全省。"))
    }

    func testShortHeadingsWithoutTextAndChaptersAreNoClauses() {
        let text = """
        第一章　总则
        第一条　为推进“互联网+”行动，制定本办法。
        第二章　保障措施
        第二条　省财政安排专项资金予以支持。
        第三章　附则
        （一）附则
        四、组织实施
        五、本意见自印发之日起施行。
        """
        let clauses = clauseTexts(text)
        XCTAssertEqual(clauses, ["第一条　为推进“互联网+”行动，制定本办法。", "第二条　省财政安排专项资金予以支持。",
                                 "五、本意见自印发之日起施行。"])
        XCTAssertEqual(SectionParser.parse(text).clauses.dropFirst().first?.role, .measures)
    }

    /// A whole-line task under a task chapter is a measure, with what it names (money, a responsible unit).
    func testWholeLineTasksAreMeasures() {
        let text = """
        二、任务
        （一）加快推进智慧物流建设。
        （二）省财政每年安排专项资金5000万元支持农村电子商务。
        """
        let indicators = TextIndicatorExtractor().extract(id: "t", text: text)
        XCTAssertEqual(indicators.measures.count, 2)
        XCTAssertEqual(indicators.measures.filter(\.isVague).count, 1)
        XCTAssertEqual(indicators.measures.filter { !$0.money.isEmpty }.count, 1)
    }
}
