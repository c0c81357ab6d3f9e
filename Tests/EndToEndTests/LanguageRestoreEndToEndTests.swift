import Foundation
import Glibc
import XCTest

/// A session saved in Chinese on a line of demo-00019 and reopened with IPAP_LANG=en came back on another line: the
/// row number was kept, and the English header, and the analysis arriving after the first frame, move the lines.
/// The reopened session stands on the same line of text.
final class LanguageRestoreEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var corpus: URL?
    private var state: URL?

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        for dir in [corpus, state].compactMap({ $0 }) { try? FileManager.default.removeItem(at: dir) }
    }

    /// The selected line's text, after the policy-tool gutter (供/环/需 in Chinese, S/E/D in English).
    private func selectedText(_ s: TmuxSession) -> String? {
        s.highlightedRows().dropLast().first { $0.contains("┊") }.flatMap { $0.components(separatedBy: "┊").last }
    }

    func testASessionSavedInChineseReopensInEnglishOnTheSameLine() throws {
        try XCTSkipIf(TmuxSession.tmux == nil, "tmux is not installed")
        let corpus = try EvidencePathEndToEndTests.demoCopy()
        self.corpus = corpus
        XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", corpus.path, "--write"]).status, 0)
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-e2e-lang-\(getpid())-\(UUID().uuidString.prefix(8))")
        self.state = state
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        func start(_ language: String) throws -> TmuxSession {
            let s = try TmuxSession(width: 80, height: 24, arguments: ["browse", "--corpus", corpus.path],
                                    environment: ["IPAP_LANG": language, "XDG_STATE_HOME": state.path])
            sessions.append(s)
            return s
        }

        let first = try start("zh")
        try first.waitUntil("the overview", timeout: 20) { _ in first.rows().last?.contains("总览") == true }
        first.send(":")
        first.type("demo-00019")
        try first.waitFor(":demo-00019")
        first.send("Enter")
        try first.waitUntil("the document with its analysis", timeout: 20) { screen in
            screen.contains("文本复用") && first.rows(screen).last?.contains("demo-00019") == true
        }
        for _ in 0..<3 {
            let before = selectedText(first)
            first.send("]")
            try first.waitUntil("the next finding") { _ in self.selectedText(first).map { $0 != before && !$0.isEmpty } ?? false }
        }
        let chosen = try XCTUnwrap(selectedText(first), TmuxSession.framed(first.capture()))
        first.send("q")
        XCTAssertEqual(first.waitForExit(timeout: 5), 0)

        let second = try start("en")
        let screen = try? second.waitUntil("the same line, the analysis taken", timeout: 20) { screen in
            second.rows(screen).last?.contains("text analysis ready") == true && self.selectedText(second) == chosen
        }
        XCTAssertNotNil(screen, "selected: \(selectedText(second) ?? "none"), was \(chosen)\n" + TmuxSession.framed(second.capture()))
    }
}
