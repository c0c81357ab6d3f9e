import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A document without text says how to add one; at 80 columns the line was cut before it said how.
final class NoTextNoteTests: XCTestCase {
    /// Catalogue, English, 80x24, tab 5, Enter: " This corpus has no text for this document (metadata only);
    /// analysts can add te…". Now the sentence wraps, 'ipap import' and all.
    func testTheNoTextNoteIsReadWholeAt80() throws {
        let catalogue = try DashboardFixture.catalogue()
        for language in [Language.english, .chinese] {
            let (b, _) = try DashboardFixture.run(catalogue, width: 80, height: 24, language: language, keys: [.char("5"), .enter, .char("G")])
            let screen = b.rows.joined(separator: "\n")
            XCTAssertTrue(screen.contains(language == .english ? "texts with ipap import." : "可用 ipap import 导入。"), screen)
            XCTAssertFalse(screen.contains("can add te…"), screen)
        }
    }
}
