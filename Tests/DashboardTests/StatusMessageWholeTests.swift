import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// At 100 columns and below, a long message was cut in its middle beside the place: 'exported this screen:
/// /tmp/…/provinces-2026.csv', a refusal naming a journal line lost the line's file. A message too long for the
/// status line beside the place takes the whole status line while it is shown, and the rows above it where one is
/// not enough (three at most, the last cut at its start so that a path's end stays); the next key brings the place,
/// the position and the keys back.
final class StatusMessageWholeTests: XCTestCase {
    /// The status rows of `b` that hold the message, read as one text (the spaces at the wraps left out).
    private func messageRows(_ b: TestBackend, _ rows: Int) -> [String] {
        b.rows.suffix(rows).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private func withoutSpaces(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "") }

    func testAViewExportsPathIsReadWholeAt80And100Columns() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-status-\(UUID().uuidString)")
            .appendingPathComponent("a-rather-long-directory-name").appendingPathComponent("for-the-analysts-reports")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent().deletingLastPathComponent()) }
        for width in [80, 100] {
            for language in Language.allCases {
                let path = dir.appendingPathComponent("provinces-\(width)-\(language).csv").path
                var state = DemoFixture.initialState(try DemoFixture.shared(), width: width, height: 24, language: language)
                state.stack = [.provinces]
                let (b, final) = try DemoFixture.resume(state, keys: [.char("e")] + [Key].type("view " + path) + [.enter])
                let message = try XCTUnwrap(final.message)
                XCTAssertTrue(message.hasSuffix(path), message)
                let rows = messageRows(b, Layout.messageRows(final).count)
                XCTAssertGreaterThan(rows.count, 1, DemoFixture.screen(b))
                XCTAssertEqual(withoutSpaces(rows.joined()), withoutSpaces(message), DemoFixture.screen(b))
                XCTAssertTrue(rows.last?.hasSuffix("provinces-\(width)-\(language).csv") == true, DemoFixture.screen(b))
                // The next key brings the place back, on one row.
                let (after, _) = try DemoFixture.resume(final, keys: [.char("j")])
                XCTAssertTrue(DemoFixture.status(after).hasPrefix(language == .chinese ? " 省份" : " Provinces"), DemoFixture.status(after))
                XCTAssertEqual(after.rows.dropLast().last?.trimmingCharacters(in: .whitespaces).isEmpty, false, DemoFixture.screen(after))
                XCTAssertFalse(after.rows.contains { $0.contains("provinces-\(width)") }, DemoFixture.screen(after))
            }
        }
    }

    /// The longest refusals (a journal line that could not be read, a file that did not load) and a message that fits
    /// one row alone but not beside the place.
    func testLongMessagesAreReadWholeAt80And100Columns() throws {
        let messages = [
            Phrase.journalLineNotRead("reviews/wang.jsonl:12", more: 2), .documentsNotLoaded("documents/demo-00003.json", more: 1),
            .exportedView("/tmp/views/provinces.csv"),
        ]
        for width in [80, 100] {
            for language in Language.allCases {
                for phrase in messages {
                    var state = DemoFixture.initialState(try DemoFixture.shared(), width: width, height: 24, language: language)
                    state.stack = [.documents]
                    state.message = phrase.text(in: language)
                    let (b, final) = try DemoFixture.resume(state, keys: [])
                    let message = try XCTUnwrap(final.message)
                    let rows = messageRows(b, max(1, Layout.messageRows(final).count))
                    let said = withoutSpaces(rows.joined())
                    // Whole: beside the place where it fits there, else on rows of its own.
                    XCTAssertTrue(said.contains(withoutSpaces(message)), "\(width) \(language): \(rows)")
                }
            }
        }
    }

    /// A message longer than three rows keeps its end: the last row is cut at its start.
    func testAMessageLongerThanThreeRowsKeepsItsEnd() throws {
        let files = (1...12).map { "report-section-\($0).csv" }.joined(separator: ", ")
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24, language: .english)
        state.message = Phrase.exported(files, in: "/tmp/reports/2026").text(in: .english)
        let (b, final) = try DemoFixture.resume(state, keys: [])
        XCTAssertEqual(Layout.messageRows(final).count, 3)
        let rows = messageRows(b, 3)
        XCTAssertTrue(rows[0].hasPrefix("exported to /tmp/reports/2026:"), DemoFixture.screen(b))
        XCTAssertTrue(rows[2].hasPrefix("…") && rows[2].hasSuffix("report-section-12.csv"), DemoFixture.screen(b))
    }
}
