import Foundation
import Glibc
import XCTest

/// Issue 6 end to end in tmux: an analyst tags and annotates a document, quits, and reopens to find the
/// same place and the entries; a second session on the same corpus, already open, sees the note arrive
/// without a restart (journals are re-read while idle).
final class ReviewSessionEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var corpus: URL!
    private var state: URL!
    private let document = "demo-00019"

    override func setUpWithError() throws {
        try XCTSkipIf(TmuxSession.tmux == nil, "tmux is not installed")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: ProcessRunner.ipap), "no ipap at \(ProcessRunner.ipap)")
        corpus = try EvidencePathEndToEndTests.demoCopy()
        let analyzed = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", corpus.path, "--write"])
        XCTAssertEqual(analyzed.status, 0, "ipap analyze --write: \(analyzed.stderr)")
        state = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-e2e-state-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    }

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        for dir in [corpus, state].compactMap({ $0 }) { try? FileManager.default.removeItem(at: dir) }
    }

    /// ipap on the copied corpus; `sharedState` puts its session file in the test's XDG_STATE_HOME.
    private func start(sharedState: Bool) throws -> TmuxSession {
        var env = ["IPAP_LANG": "zh"]
        if sharedState { env["XDG_STATE_HOME"] = state.path }
        let s = try TmuxSession(width: 120, height: 40, arguments: ["browse", "--corpus", corpus.path], environment: env)
        sessions.append(s)
        return s
    }

    private func status(_ s: TmuxSession, _ screen: String) -> String { s.rows(screen)[s.height - 1] }

    private func framed(_ screen: String) -> String { "\n" + TmuxSession.framed(screen) }

    @discardableResult
    private func waitForStatus(_ s: TmuxSession, _ crumb: String, timeout: TimeInterval = 5,
                               and extra: @escaping (String) -> Bool = { _ in true }) throws -> String {
        try s.waitUntil("status line \"\(crumb)\"", timeout: timeout) { screen in
            let last = self.status(s, screen)
            return last.hasPrefix(" " + crumb + " ") && EvidencePathEndToEndTests.positionCounter(last) != nil && extra(screen)
        }
    }

    private var journalLines: [String] {
        let dir = corpus.appendingPathComponent("reviews")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.flatMap { name in
            ((try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }

    func testTagAndNoteSurviveAReopenAndReachASecondSession() throws {
        // Session 1: open the document, tag it.
        let first = try start(sharedState: true)
        try waitForStatus(first, "总览", timeout: 10)
        first.send(":")
        try first.waitUntil("palette") { self.status(first, $0).hasPrefix(":") }
        first.type(document)
        try first.waitFor(":" + document)
        first.send("Enter")
        try waitForStatus(first, "总览 › " + document)
        first.send("t")
        try first.waitUntil("tag prompt") { self.status(first, $0).hasPrefix("标签") }
        first.type("重复")
        try first.waitFor("重复")
        first.send("Enter")
        var screen = try first.waitUntil("the tag written") { self.status(first, $0).contains("已记入你的审阅日志：标签") }
        XCTAssertEqual(journalLines.count, 1, "one journal line" + framed(screen))

        // Session 2, started while session 1 is open, on its Reviews tab: the tag is there.
        let second = try start(sharedState: false)
        try waitForStatus(second, "总览", timeout: 10)
        second.send("0")
        screen = try waitForStatus(second, "审阅") { $0.contains("#重复") }

        // Session 1 annotates (two lines, Ctrl-D saves).
        first.send("a")
        try first.waitUntil("note box") { $0.contains("Ctrl-D 保存") }
        first.type("需要核对来源")
        first.send("Enter")
        first.type("第二行")
        try first.waitFor("第二行")
        first.send("C-d")
        screen = try first.waitUntil("the note written") { self.status(first, $0).contains("已记入你的审阅日志：批注") }
        XCTAssertEqual(journalLines.count, 2, "two journal lines" + framed(screen))
        XCTAssertTrue(journalLines.last?.contains("需要核对来源\\n第二行") ?? false, "the note keeps its line break: \(journalLines.last ?? "")")

        // Session 2 shows the note within a few seconds, without a key.
        screen = try second.waitUntil("the note in the second session", timeout: 5) { $0.contains("需要核对来源 第二行") }
        XCTAssertTrue(screen.contains("#重复"), framed(screen))
        XCTAssertTrue(second.isRunning)

        // Session 1 quits; reopening returns to the document, and the Reviews tab lists both entries.
        first.send("q")
        XCTAssertEqual(first.waitForExit(timeout: 5), 0, "q ends session 1" + framed(first.capture()))
        let reopened = try start(sharedState: true)
        screen = try waitForStatus(reopened, "总览 › " + document, timeout: 10)
        XCTAssertTrue(screen.contains("全文"), "the document again" + framed(screen))
        reopened.send("0")
        screen = try waitForStatus(reopened, "审阅") { $0.contains("#重复") && $0.contains("需要核对来源 第二行") }
        let rows = reopened.rows(screen)
        XCTAssertTrue(rows.contains { $0.contains("标签") && $0.contains(document) && $0.contains("#重复") }, framed(screen))
        XCTAssertTrue(rows.contains { $0.contains("批注") && $0.contains(document) }, framed(screen))
        XCTAssertTrue(screen.contains("审阅记录：2 条"), framed(screen))
    }
}
