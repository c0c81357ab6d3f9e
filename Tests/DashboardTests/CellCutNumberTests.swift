import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// On an area's page at 80x24 (the catalogue's 益民服务) the document-number column, 18 wide, listed
/// '人社部发〔2016〕1…' and '粤府办〔2016〕133…': numbers cut inside their digits, which read as other numbers (1? 133?).
/// A cell's cut goes before a number it would end in: '人社部发〔2016〕…'.
final class CellCutNumberTests: XCTestCase {
    func testAnAreasDocumentNumbersAreNotCutInsideTheirDigits() throws {
        let catalog = try DashboardFixture.catalogue()
        let downs = [Key](repeating: .char("j"), count: 5)
        let (b, _) = try DashboardFixture.run(catalog, width: 80, height: 24, keys: [.char("4")] + downs + [.enter])
        let screen = DemoFixture.screen(b)
        // Since QA pass 45 the column is as wide as the longest number listed: these read whole (DocumentNumberWholeTests).
        XCTAssertTrue(b.rows.contains { $0.contains("人社部发〔2016〕105号 ") }, screen)
        XCTAssertTrue(b.rows.contains { $0.contains("粤府办〔2016〕133号") }, screen)
        XCTAssertFalse(b.rows.contains { $0.range(of: #"[0-9]…"#, options: .regularExpression) != nil }, screen)
    }
}
