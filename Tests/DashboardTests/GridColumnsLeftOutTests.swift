import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The heat map (tab 7) at 80 columns in English and the tools matrix (tab 8) at 80 and 120 columns left columns out
/// with no sign: the heat map's header ended '… 甘 青' (宁 and 新 hidden), the matrix's '… Energy   Finance' and
/// '… E-comm.  Transp.' (the Total hidden). The header now ends with '›' where columns follow, and starts the grid
/// with '‹' where columns come before.
final class GridColumnsLeftOutTests: XCTestCase {
    private func header(_ keys: [Key], _ size: (Int, Int), _ language: Language, starting: String) throws -> String {
        let (b, _) = try DemoFixture.run(try DemoFixture.shared(), width: size.0, height: size.1, language: language, keys: keys)
        let row = try XCTUnwrap(b.rows.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(starting) }, DemoFixture.screen(b))
        return row.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }

    func testTheHeatMapMarksTheProvincesLeftOut() throws {
        XCTAssertTrue(try header([.char("7")], (80, 24), .english, starting: "C  津").hasSuffix(" 甘 青›"))
        // At the last column the first ones are left out.
        let end = try header([.char("7")] + Array(repeating: .char("l"), count: 22), (80, 24), .english, starting: "‹")
        XCTAssertTrue(end.hasPrefix("               ‹冀 辽"), "'\(end)'")
        XCTAssertFalse(end.contains("›"), "'\(end)'")
        // In Chinese every province fits at 80 columns: no mark.
        let zh = try header([.char("7")], (80, 24), .chinese, starting: "中 津")
        XCTAssertFalse(zh.contains("›") || zh.contains("‹"), "'\(zh)'")
    }

    func testTheToolsMatrixMarksTheColumnsLeftOut() throws {
        XCTAssertTrue(try header([.char("8")], (80, 24), .english, starting: "Entrep.").hasSuffix("Finance ›"))
        XCTAssertTrue(try header([.char("8")], (120, 40), .english, starting: "Entrep.").hasSuffix("Transp. ›"))
        XCTAssertTrue(try header([.char("8")], (80, 24), .chinese, starting: "创业创新").hasSuffix("高效物流›"))
        let all = try header([.char("8")], (200, 60), .english, starting: "Entrep.")
        XCTAssertTrue(all.hasSuffix("Total"), "'\(all)'")
        XCTAssertFalse(all.contains("›"), "'\(all)'")
    }
}
