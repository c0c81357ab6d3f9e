import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// At 80 columns the status line of a problem page (tab 6, Enter on 成因与建议) and of the compare views opened from the
/// heat map (tab 7, Enter) and from two marked documents (tab 5, m, then c on another) offered no key at all: the
/// breadcrumb and the information (SYNTHETIC, the corpus's name cut to '互联网+ 演…', the position) filled it, and
/// 'Esc back' gave way to the name. The keys change from screen to screen and the name does not (the overview's header
/// gives it whole), so the first key now wins over the name, which is shortened or left out for it; the place, whole,
/// still wins over every key.
final class StatusLineKeyTests: XCTestCase {
    private static let screens: [(String, [Key])] = [
        ("problem page", [.char("6"), .down, .enter]),
        ("compare from the heat map", [.char("7"), .enter]),
        ("compare of two marked documents", [.char("5"), .char("m"), .down, .down, .char("c")]),
    ]

    func testThePlaceAndTheFirstKeyBothShowAt80Columns() throws {
        for (language, back) in [(Language.english, "Esc back"), (.chinese, "Esc 返回")] {
            for (name, keys) in Self.screens {
                let (b, state) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: language, keys: keys)
                let row = DemoFixture.status(b)
                XCTAssertTrue(row.contains(" · 1/") && row.contains("  " + back + " "), "\(name) \(language): '\(row)'")
                let place = ScreenContext(state: state).label(for: state.route)
                XCTAssertTrue(row.contains(" › " + place + " "), "\(name) \(language): '\(row)' lost its place '\(place)'")
                XCTAssertTrue(row.contains("SYNTHETIC"), "\(name) \(language): '\(row)'")
            }
        }
    }

    /// The English problem page as it now reads: the name left out, the key in its place.
    func testTheEnglishProblemPageAt80ColumnsOffersEsc() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .english, keys: [.char("6"), .down, .enter])
        XCTAssertEqual(DemoFixture.status(b), " Indicators › Fragmentation of central documents     SYNTHETIC · 1/26  Esc back ")
    }

    /// Where the line has room the name is not shortened for the keys (the overview at 80 columns keeps it).
    func testTheNameStaysWhereTheKeysFitBesideIt() throws {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: 80, height: 24, language: .english, keys: [])
        XCTAssertEqual(DemoFixture.status(b), " Overview  SYNTHETIC · 互联网+ 演示语料… · 1/29  ⏎ open  / search  : go  ? help ")
    }
}
