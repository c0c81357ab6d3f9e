import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The palette (':') drew nothing while what was typed matched nothing, and said 'nothing called: heat' only after
/// Enter; 'heat' and 'help' found nothing though the similarity tab is a heat map and '?' opens a help screen. A
/// query that matches nothing now says so at once, with what may be typed; 'heat map' / '热力图' lead to the
/// similarity tab, 'help' / '帮助' / 'keys' to the help screen.
final class PaletteNoMatchTests: XCTestCase {
    func testAQueryThatMatchesNothingSaysSoWhileTyping() throws {
        let loaded = try DemoFixture.shared()
        for (language, said, goesTo) in [(Language.english, "nothing called: xyzq", "type a province, document id or number, issuer, area, screen"),
                                         (.chinese, "找不到：xyzq", "可输入省份、文件编号或文号、机关、领域、页面")] {
            for (width, height) in [(80, 24), (200, 60)] {
                let (b, state) = try DemoFixture.run(loaded, width: width, height: height, language: language, keys: [.char(":")] + [Key].type("xyzq"))
                XCTAssertNotNil(state.prompt)
                XCTAssertTrue(b.rows.contains { $0.contains("│ " + said + " ") }, DemoFixture.screen(b))
                XCTAssertTrue(b.rows.contains { $0.contains(goesTo) }, DemoFixture.screen(b))
            }
        }
    }

    func testHeatAndHelpReachTheirScreens() throws {
        let loaded = try DemoFixture.shared()
        for (language, typed, route) in [(Language.english, "heat", Route.similarity), (.english, "help", .help), (.english, "keys", .help),
                                         (.chinese, "热力图", .similarity), (.chinese, "帮助", .help)] {
            let keys: [Key] = [.char(":")] + [Key].type(typed)
            let (b, _) = try DemoFixture.run(loaded, width: 80, height: 24, language: language, keys: keys)
            let name = ScreenContext(state: DemoFixture.initialState(loaded, width: 80, height: 24, language: language)).label(for: route)
            XCTAssertTrue(b.rows.contains { $0.contains("] " + name + " ") }, typed + DemoFixture.screen(b))
            let (_, opened) = try DemoFixture.run(loaded, width: 80, height: 24, language: language, keys: keys + [.enter])
            XCTAssertEqual(opened.route, route, typed)
        }
    }
}
