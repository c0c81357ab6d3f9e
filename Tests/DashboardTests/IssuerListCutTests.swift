import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Areas tab at 80 columns cut its list of central issuers inside a name: 'SC, GO, MOF…' for SC, GO, MOFCOM,
/// where MOF is the Ministry of Finance, another issuer. A list is cut after its last whole name ('SC, GO, …').
final class IssuerListCutTests: XCTestCase {
    func testAnIssuerListIsCutAfterAWholeName() throws {
        let catalog = try DashboardFixture.catalogue()
        let names = Set(catalog.taxonomy.issuers.flatMap { [$0.abbreviation, $0.zh] })
        for (language, separator) in [(Language.english, ", "), (.chinese, "、")] {
            for width in [80, 90, 200] {
                let (b, _) = try DashboardFixture.run(catalog, width: width, height: 24, language: language, keys: [.char("4")])
                let title = language == .english ? "Issuers at" : "中央发文机关"
                let header = try XCTUnwrap(b.rows.first { $0.contains(title) }, DemoFixture.screen(b))
                let start = try XCTUnwrap(DemoFixture.column(of: title, in: header))
                var lists = 0
                for row in b.rows.dropFirst() where row.range(of: #"^ ?\d+ "#, options: .regularExpression) != nil {
                    // The cell from the column's start, by display width.
                    var cell = "", column = 0
                    for c in row {
                        if column >= start { cell.append(c) }
                        column += DisplayWidth.of(String(c))
                    }
                    let items = cell.trimmingCharacters(in: .whitespaces).components(separatedBy: separator)
                    for item in items where item != "…" {
                        XCTAssertTrue(names.contains(item), "'\(item)' is no issuer's name: \(row)")
                    }
                    lists += 1
                }
                XCTAssertEqual(lists, 11, DemoFixture.screen(b))
            }
        }
        let (b, _) = try DashboardFixture.run(catalog, width: 80, height: 24, language: .english, keys: [.char("4")])
        XCTAssertTrue(b.rows.contains { $0.hasPrefix(" 8 E-commerce") && $0.trimmingCharacters(in: .whitespaces).hasSuffix("SC, GO, …") }, DemoFixture.screen(b))
    }

    func testTheListCutKeepsWholeItemsOrOnlyTheEllipsis() {
        XCTAssertEqual(DisplayWidth.truncateList("SC, GO, MOFCOM", separator: ", ", to: 13), "SC, GO, …")
        XCTAssertEqual(DisplayWidth.truncateList("SC, GO, MOFCOM", separator: ", ", to: 14), "SC, GO, MOFCOM")
        XCTAssertEqual(DisplayWidth.truncateList("国务院、商务部", separator: "、", to: 12), "国务院、…")
        XCTAssertEqual(DisplayWidth.truncateList("MOFCOM, SC", separator: ", ", to: 5), "…")
    }
}
