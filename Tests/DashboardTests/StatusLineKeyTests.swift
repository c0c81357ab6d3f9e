import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// At 80 columns the status line of a problem page (tab 6, Enter on 成因与建议) and of the compare views opened from the
/// heat map (tab 7, Enter) and from two marked documents (tab 5, m, then c on another) offered no key at all: the
/// breadcrumb and the information (SYNTHETIC, the corpus's name cut to '互联网+ 演…', the position) filled it. The first
/// key then won over the name, which was left out for it; now the name stays, cut to '互联网+…' at the least
/// (StatusLineWhereYouAreTests), and the first key takes its columns where that lets the key show beside the place
/// whole; where it does not, the key gives way, not the end of the place.
final class StatusLineKeyTests: XCTestCase {
    private static let problemPage: [Key] = [.char("6"), .down, .enter]
    private static let compareFromTheHeatMap: [Key] = [.char("7"), .enter]
    private static let compareOfTwoMarked: [Key] = [.char("5"), .char("m"), .down, .down, .char("c")]

    private func status(_ keys: [Key], _ language: Language) throws -> String {
        DemoFixture.status(try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: keys).0)
    }

    func testTheFirstKeyTakesTheNamesColumnsBesideTheWholePlace() throws {
        XCTAssertEqual(try status(Self.problemPage, .english), "… › Fragmentation of central documents  SYNTHETIC · 互联网+ 演… · 1/26  Esc back")
        XCTAssertEqual(try status(Self.compareFromTheHeatMap, .chinese), " 相似度 › 对照 demo-00000 ↔ demo-00008  SYNTHETIC · 互联网+ 演… · 1/41  Esc 返回")
        XCTAssertEqual(try status(Self.compareOfTwoMarked, .chinese), " 文件 › 对照 demo-00000 ↔ demo-00002  SYNTHETIC · 互联网+ 演示… · 1/20  Esc 返回")
    }

    /// The comparison's second document is not cut for the key ('Compare demo-00000 ↔ demo…' said nothing of it).
    func testAPlaceThatFitsWholeIsNotCutForTheKey() throws {
        XCTAssertEqual(try status(Self.compareFromTheHeatMap, .english), " Similarity › Compare demo-00000 ↔ demo-00008  SYNTHETIC · 互联网+ 演示… · 1/41 ")
    }

    /// Where the line has room the name is not shortened for the keys (the overview at 80 columns keeps it).
    func testTheNameStaysWhereTheKeysFitBesideIt() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .english, keys: [])
        XCTAssertEqual(DemoFixture.status(b), " Overview  SYNTHETIC · 互联网+ 演示语料… · 1/29  ⏎ open  / search  : go  ? help ")
    }
}
