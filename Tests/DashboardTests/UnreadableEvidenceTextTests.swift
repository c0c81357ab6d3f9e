import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A document whose text file was changed or moved after the analysis: its tool-shares evidence page said
/// '（无：该文件没有此项的依据段落）' ('no passage of this document supports it'), a reason the page had not seen;
/// another indicator's page listed the document and nothing under it. Both say the text could not be read, as the
/// document's own page does ('正文未能读取（文件可能已被改动或移走）').
final class UnreadableEvidenceTextTests: XCTestCase {
    func testAnUnreadableTextIsSaidSoOnTheEvidencePages() throws {
        let demo = try DemoFixture.writable()
        var corpus = demo.corpus
        corpus.releaseLoadedTexts()
        let dir = corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        let id = "demo-00019"
        try FileManager.default.removeItem(at: dir.appendingPathComponent("documents/\(id).json"))
        XCTAssertNil(corpus.document(id).flatMap { corpus.text(of: $0) })
        for language in [Language.chinese, .english] {
            var state = DemoFixture.initialState(.init(corpus: corpus, analysis: demo.analysis), width: 100, height: 30, language: language)
            for kind in [TextIndicatorKind.toolShares, .copiedFromCentre] {
                state.stack = [.indicators, .evidence(indicator: kind, subject: .document(id))]
                let rows = Layout.content(state).rows.map { $0.cells.joined(separator: " ") }
                let shown = "\(kind.rawValue) \(language)\n" + rows.joined(separator: "\n")
                XCTAssertTrue(rows.contains { $0.contains(Label.theTextCouldNotBe.text(in: language)) }, shown)
                XCTAssertFalse(rows.contains { $0.contains(Label.noneNoPassageOfThis.text(in: language)) }, shown)
            }
        }
    }
}
