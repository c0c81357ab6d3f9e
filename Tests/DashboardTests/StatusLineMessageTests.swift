import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A full status line put one space between the breadcrumb and what follows it, so that the place ran into a message
/// (' Documents marked demo-00000: …', ' Overview match 1/2: Gu'), and a message too long for the line was cut with
/// the information after it: at 80 columns 'SYNTHETIC…' and no position, at 40 nothing of either. The breadcrumb and
/// the message are now two columns apart, as the hints are; the position gives way to a message (the next key brings
/// it back); a message too long beside the place takes the status line's rows whole (SYNTHETIC stays on the tab row).
final class StatusLineMessageTests: XCTestCase {
    private static let mark: [Key] = [.char("5"), .char("m")]
    private static let search: [Key] = [.char("/"), .char("G"), .char("u"), .enter]

    func testThePlaceAndAMessageAreTwoColumnsApart() throws {
        let loaded = try DemoFixture.shared()
        let (searched, _) = try DemoFixture.run(loaded, width: 80, height: 24, language: .english, keys: Self.search)
        XCTAssertEqual(DemoFixture.status(searched), " Overview    matching row 1/2: Gu  SYNTHETIC · 互联网+ 演示语料… · 1/29  ⏎ open ")
        let (marked, _) = try DemoFixture.run(loaded, width: 80, height: 24, language: .english, keys: Self.mark)
        XCTAssertEqual(DemoFixture.status(marked), " Documents  marked demo-00000: press c on another document to compare  SYNTHETIC")
    }

    /// A message too long for the place beside it is no longer cut: it takes the status line's rows while it is shown
    /// (`StatusMessageWholeTests`), SYNTHETIC on the tab row above; one that fits stays beside the place.
    func testAMessageTooLongBesideThePlaceIsReadWhole() throws {
        let loaded = try DemoFixture.shared()
        for (language, expected) in [(Language.english, [" marked demo-00000: press c on another", " document to compare"]),
                                     (.chinese, [" 已标记 demo-00000：在另一份文件上按 c ", " 并排对照"])] {
            let (b, _) = try DemoFixture.run(loaded, width: 40, height: 24, language: language, keys: Self.mark)
            XCTAssertEqual(b.rows.suffix(2).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) },
                           expected.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }, DemoFixture.screen(b))
            XCTAssertTrue(b.rows[0].contains("SYNTHETIC"), b.rows[0])
        }
        // The search's message, longer since it names what it counts (matching rows), is read whole at 40 columns.
        let (b, _) = try DemoFixture.run(loaded, width: 40, height: 24, language: .english, keys: Self.search)
        XCTAssertEqual(DemoFixture.status(b).replacingOccurrences(of: " +$", with: "", options: .regularExpression), " matching row 1/2: Gu")
        XCTAssertTrue(b.rows[0].contains("SYNTHETIC"), b.rows[0])
    }
}
