import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `markdown FILE` wrote a report of the documents that loaded while a document file of the corpus had
/// failed to load, a report that passes for the corpus's; `ipap export` writes none then. The dashboard refuses it
/// the same way, naming the file on the status line (last: a long message is cut in its middle).
final class ExportRefusedNotLoadedTests: XCTestCase {
    func testNoReportIsWrittenWhileADocumentFileFailedToLoad() throws {
        let loaded = try DemoFixture.writable()
        let dir = loaded.corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        for (language, notLoaded, said) in [
            (Language.english, ["documents/demo-00003.json"], "not exported (a document file did not load): documents/demo-00003.json"),
            (.chinese, ["documents/demo-00003.json", "documents/demo-00004.json"], "未导出（2 个文件未能读入，第一个）：documents/demo-00003.json"),
        ] {
            var state = DemoFixture.initialState(loaded, width: 120, height: 30, language: language)
            state.documentsNotLoaded = notLoaded
            let out = dir.appendingPathComponent("report-\(language).md")
            let (b, final) = try DemoFixture.resume(state, keys: [.char("e")] + [Key].type("markdown " + out.path) + [.enter])
            XCTAssertNil(final.exportJob)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "no report written")
            XCTAssertEqual(final.message, said)
            XCTAssertTrue(DemoFixture.status(b).contains("documents/demo-00003.json"), DemoFixture.status(b))
        }
    }
}
