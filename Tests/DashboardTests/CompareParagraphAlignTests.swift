import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// In an edited passage of several paragraphs the two panes drifted apart row by row: a paragraph that took more rows
/// on one side (words inserted) pushed every later paragraph down on that side only, so that '三、保障支撑' stood
/// beside the middle of the other side's second paragraph. The panes start each paragraph the two share on the same
/// row, the shorter side padded.
final class CompareParagraphAlignTests: XCTestCase {
    private let first = "一、总体要求。坚持创新驱动，推动互联网与经济社会各领域深度融合，到2018年基本形成网络化、智能化、服务化、协同化的产业发展新形态。"
    private let second = "二、重点任务。推进“互联网+”协同制造，加快工业互联网建设，推动制造业研发设计、生产制造、经营管理和销售服务全流程网络化。"
    private let inserted = "二、重点任务。推进“互联网+”协同制造，依托本省装备制造业基础，重点支持汽车、电子信息、生物医药等优势产业开展智能化改造，加快工业互联网建设，推动制造业研发设计、生产制造、经营管理和销售服务全流程网络化。"
    private let third = "三、保障支撑。加强统筹协调，落实财政资金支持，建立跨部门协调机制，定期开展评估。"

    func testEachSharedParagraphStartsOnTheSameRowOnBothSides() throws {
        let source = [first, second, third].joined(separator: "\n"), target = [first, inserted, third].joined(separator: "\n")
        for (width, height) in [(80, 24), (200, 60)] {
            for language in [Language.chinese, .english] {
                let state = try ComparePairFixture.state(source: source, target: target,
                                                         passages: [ComparePairFixture.whole(source, target, edited: true)],
                                                         width: width, height: height, language: language)
                let b = try DemoFixture.resume(state, keys: []).0
                let screen = "\(width)x\(height) \(language)" + DemoFixture.screen(b)
                let panes = ComparePairFixture.panes(b)
                for start in ["一、总体要求", "二、重点任务", "三、保障支撑"] {
                    let row = try XCTUnwrap(panes.firstIndex { $0.left.hasPrefix(start) }, start + screen)
                    XCTAssertTrue(panes[row].right.hasPrefix(start), start + screen)
                }
                // The second paragraph's rows on the left are as many as its own text needs, the rest padded: the third
                // paragraph is not pulled up beside the inserted words.
                let third = try XCTUnwrap(panes.firstIndex { $0.left.hasPrefix("三、保障支撑") }, screen)
                XCTAssertEqual(panes[third - 1].left, "", screen)
                XCTAssertTrue(inserted.hasSuffix(panes[third - 1].right), screen)
            }
        }
    }

    /// A paragraph break on one side only (a paragraph split in two by the edit) does not cut the other side: the
    /// panes re-align at the next break both share, and no row is lost or added on either side.
    func testABreakOnOneSideOnlyWrapsThatSideAlone() throws {
        let split = second.replacingOccurrences(of: "协同制造，", with: "协同制造。\n")
        let source = [first, second, third].joined(separator: "\n"), target = [first, split, third].joined(separator: "\n")
        let state = try ComparePairFixture.state(source: source, target: target,
                                                 passages: [ComparePairFixture.whole(source, target, edited: true)],
                                                 width: 80, height: 40, language: .chinese)
        let b = try DemoFixture.resume(state, keys: []).0
        let panes = ComparePairFixture.panes(b)
        let screen = DemoFixture.screen(b)
        let third = try XCTUnwrap(panes.firstIndex { $0.left.hasPrefix("三、保障支撑") }, screen)
        XCTAssertTrue(panes[third].right.hasPrefix("三、保障支撑"), screen)
        XCTAssertTrue(panes.contains { $0.right.hasPrefix("加快工业互联网建设") }, screen)
        let shownLeft = panes.map(\.left).joined(), shownRight = panes.map(\.right).joined()
        XCTAssertTrue(shownLeft.contains(source.replacingOccurrences(of: "\n", with: "")), screen)
        XCTAssertTrue(shownRight.contains(target.replacingOccurrences(of: "\n", with: "")), screen)
    }
}
