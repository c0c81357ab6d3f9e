import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `markdown FILE` wrote a report while a line of a review journal could not be read: its reviews missed
/// that entry and passed for complete. `ipap export` refuses it (exit 1, naming file:line); the dashboard refuses it
/// the same way, naming file:line on the status line (last: a long message is cut in its middle).
final class ExportRefusedJournalLineTests: XCTestCase {
    func testNoReportIsWrittenWhileAJournalLineCouldNotBeRead() throws {
        let loaded = try DemoFixture.writable()
        let dir = loaded.corpus.directory
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = ReviewJournal(corpusDirectory: dir).url
        try FileManager.default.createDirectory(at: journal.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Line 2 is torn (line 1 is blank, which is read as nothing).
        try Data("\n{\"id\": \"torn\n".utf8).write(to: journal)
        let place = "reviews/\(journal.lastPathComponent):2"
        for (language, said) in [
            (Language.english, "not exported (a review journal line could not be read; its owner can run ipap review repair): "),
            (.chinese, "未导出（审阅日志有一行无法读取；其所有者可运行 ipap review repair）："),
        ] {
            let state = DemoFixture.initialState(loaded, width: 160, height: 30, language: language)
            XCTAssertEqual(state.reviews.problems.count, 1, "\(state.reviews.problems)")
            let out = dir.appendingPathComponent("report-\(language).md")
            let (b, final) = try DemoFixture.resume(state, keys: [.char("e")] + [Key].type("markdown " + out.path) + [.enter])
            XCTAssertNil(final.exportJob)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "no report written")
            XCTAssertEqual(final.message, said + dir.path + "/" + place)
            XCTAssertTrue(DemoFixture.status(b).contains(place), DemoFixture.status(b))
        }
    }
}
