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

    /// `c` in a document without text said "nothing to compare: c in a document, or m to mark one", in a document:
    /// it says the document has no text to compare.
    func testCInADocumentWithoutTextSaysItHasNone() throws {
        let catalogue = try DashboardFixture.catalogue()
        for (language, said) in [(Language.english, "this document has no text to compare"), (.chinese, "本文件没有正文，无从对照")] {
            let (b, state) = try DashboardFixture.run(catalogue, width: 80, height: 24, language: language, keys: [.char("5"), .enter, .char("c")])
            guard case .document = state.route else { return XCTFail("in a document: \(state.route)") }
            XCTAssertTrue((b.rows.last ?? "").contains(said), b.rows.joined(separator: "\n"))
        }
    }
}
