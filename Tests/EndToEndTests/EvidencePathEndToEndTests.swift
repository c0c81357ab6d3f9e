import Foundation
import Glibc
import XCTest

/// Issue 5's drill path with keys alone, on the real `ipap browse` in tmux at 120x40: Indicators → an
/// indicator's ranking → the evidence of its worst province → a quoted passage in its document → Compare →
/// the next passage → back along the breadcrumb. The demo corpus is copied to a temporary directory and its
/// analysis written there first (`ipap analyze --write`), so the dashboard opens without computing and
/// nothing is written into the checkout.
final class EvidencePathEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var corpus: URL!

    override func setUpWithError() throws {
        try XCTSkipIf(TmuxSession.tmux == nil, "tmux is not installed")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: ProcessRunner.ipap), "no ipap at \(ProcessRunner.ipap)")
        corpus = try Self.demoCopy()
        let analyzed = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", corpus.path, "--write"])
        XCTAssertEqual(analyzed.status, 0, "ipap analyze --write: \(analyzed.stderr)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("analysis/current").path))
    }

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        if let corpus { try? FileManager.default.removeItem(at: corpus) }
    }

    /// data/demo without its (git-ignored) analysis or any journals.
    static func demoCopy() throws -> URL {
        let demo = ProcessRunner.repository.appendingPathComponent("data/demo")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-e2e-demo-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["corpus.json", "documents", "planted.json", "findings.json"] {
            let from = demo.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: from.path) {
                try FileManager.default.copyItem(at: from, to: dir.appendingPathComponent(name))
            }
        }
        return dir
    }

    private static let position = try! NSRegularExpression(pattern: "· (\\d+)/(\\d+)")

    static func positionCounter(_ line: String) -> Int? {
        let ns = line as NSString
        guard let m = position.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return Int(ns.substring(with: m.range(at: 1)))
    }

    private func status(_ s: TmuxSession, _ screen: String) -> String { s.rows(screen)[s.height - 1] }

    private func framed(_ screen: String) -> String { "\n" + TmuxSession.framed(screen) }

    /// Waits for a complete frame whose breadcrumb ends with `tail` (its head may be cut to "…" when long).
    @discardableResult
    private func waitForCrumb(_ s: TmuxSession, _ tail: String, levels: Int, timeout: TimeInterval = 5,
                              and extra: @escaping (String) -> Bool = { _ in true }) throws -> String {
        try s.waitUntil("breadcrumb ending \"\(tail)\" (\(levels) levels)", timeout: timeout) { screen in
            let last = self.status(s, screen)
            guard Self.positionCounter(last) != nil, last.contains("SYNTHETIC"),
                  let r = last.range(of: tail, options: .backwards) else { return false }
            let crumbs = String(last[..<r.upperBound])
            let after = last[r.upperBound...]
            let separators = crumbs.components(separatedBy: " › ").count
            let complete = crumbs.hasPrefix(" ") && separators == levels
            let cut = crumbs.hasPrefix("…") && separators <= levels
            return !after.contains("›") && (complete || cut) && extra(screen)
        }
    }

    func testIndicatorEvidenceDocumentCompareAndBackWithKeysAlone() throws {
        let s = try TmuxSession(width: 120, height: 40, arguments: ["browse", "--corpus", corpus.path], environment: ["IPAP_LANG": "zh"])
        sessions.append(s)
        try waitForCrumb(s, "总览", levels: 1, timeout: 10)

        s.send("6")
        // The stored analysis is read in the background: wait for the real condition, the value on the row of
        // 照搬中央比例 and no analysis running (its progress shows on the status line).
        var screen = try waitForCrumb(s, "指标", levels: 1, timeout: 10) { screen in
            s.rows(screen).contains { $0.hasPrefix("  照搬中央比例") && $0.range(of: #"\d+%$"#, options: .regularExpression) != nil }
                && !self.status(s, screen).contains("分析 ")
        }
        XCTAssertNotNil(s.rows(screen).first { $0.hasPrefix("  照搬中央比例") }?.range(of: #"\d+%$"#, options: .regularExpression),
                        "a value for 照搬中央比例" + framed(screen))

        // Find the indicator, open its ranking.
        s.send("/")
        try s.waitUntil("search prompt") { self.status(s, $0).hasPrefix("/") }
        s.type("照搬中央比例")
        try s.waitFor("/照搬中央比例")
        s.send("Enter")
        try s.waitUntil("the match") { self.status(s, $0).contains("匹配") }
        s.send("Enter")
        screen = try waitForCrumb(s, "指标 › 照搬中央比例", levels: 2) { $0.contains("按省份") }
        XCTAssertTrue(screen.contains("分布（文件数）"), "distribution chart" + framed(screen))
        let first = try XCTUnwrap(s.rows(screen).first { $0.hasPrefix("   1 ") }, framed(screen))
        let province = String(first.dropFirst(5).prefix { $0 != " " })
        XCTAssertFalse(province.isEmpty)

        // The worst province's evidence: its documents and the quoted passages.
        s.send("Enter")
        screen = try waitForCrumb(s, "依据：照搬中央比例 · " + province, levels: 3) { $0.contains("「") }
        let quotes = s.rows(screen).filter { $0.hasPrefix("     [") }
        XCTAssertFalse(quotes.isEmpty, "quoted passages" + framed(screen))
        let before = Self.positionCounter(status(s, screen))
        s.send("j")
        screen = try s.waitUntil("the cursor on the first quote") { Self.positionCounter(self.status(s, $0)) != before }
        let quote = try XCTUnwrap(s.highlightedRows().first { $0.contains("「") }, "a quote selected" + framed(screen))
        let start = String(quote.components(separatedBy: "「")[1].prefix(4))

        // Enter: the document, opened at the passage.
        s.send("Enter")
        screen = try s.waitUntil("a document four levels deep") { screen in
            let last = self.status(s, screen)
            return Self.positionCounter(last) != nil && last.contains(province + " › ") && last.contains("demo-")
        }
        let documentLabel = try XCTUnwrap(status(s, screen).components(separatedBy: " › ").last?.split(separator: " ").first.map(String.init))
        XCTAssertTrue(screen.contains("本文件的指标"), "the indicator panel beside the text at 120 columns" + framed(screen))
        let rows = s.rows(screen)
        let selected = s.highlightedRows().filter { !$0.hasPrefix(" 指标") && !$0.hasPrefix("…") }
        XCTAssertEqual(selected.count, 1, "one selected line: \(selected)" + framed(screen))
        let line = (selected.first ?? "").components(separatedBy: "│")[0]
        let y = rows.firstIndex { $0.components(separatedBy: "│")[0].trimmingCharacters(in: .whitespaces) == line.trimmingCharacters(in: .whitespaces) } ?? 0
        let joined = (line + (y + 1 < rows.count ? rows[y + 1].components(separatedBy: "│")[0] : ""))
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "▸", with: "")
        XCTAssertTrue(line.contains(String(start.prefix(1))) && joined.contains(start),
                      "the selected line holds the quote's start \(start): \(line)" + framed(screen))

        // c: Compare, two panes, §1; n moves to the next passage.
        s.send("c")
        screen = try s.waitUntil("Compare") { self.status(s, $0).contains("对照 ") && Self.positionCounter(self.status(s, $0)) != nil }
        XCTAssertTrue(status(s, screen).contains(documentLabel), "Compare involves \(documentLabel): \(status(s, screen))")
        XCTAssertTrue(s.rows(screen).contains { $0.hasPrefix("§1 ") }, "§1 heading" + framed(screen))
        XCTAssertGreaterThan(s.rows(screen).filter { $0.contains("│") }.count, 3, "two panes" + framed(screen))
        let inCompare = Self.positionCounter(status(s, screen)) ?? 0
        s.send("n")
        // n says which passage it reached ("第 1 段（1 / 4）") where the position stood; the next key clears that.
        screen = try s.waitUntil("n to say which passage") { self.status(s, $0).contains("段（") }
        // Down, then Up when Down's frame is there: the cursor is back on the passage's first line.
        s.send("Down")
        screen = try s.waitUntil("the line below the passage's first") { (Self.positionCounter(self.status(s, $0)) ?? 0) > inCompare }
        let below = Self.positionCounter(status(s, screen)) ?? 0
        s.send("Up")
        screen = try s.waitUntil("the cursor back on the passage") { Self.positionCounter(self.status(s, $0)) == below - 1 }
        let passage = s.highlightedRows().filter { !$0.contains("对照 ") }
        XCTAssertEqual(passage.count, 1, "one selected passage line" + framed(screen))
        if let p = passage.first, let py = s.rows(screen).firstIndex(where: { $0.contains(p.trimmingCharacters(in: .whitespaces).prefix(10)) }), py > 0 {
            XCTAssertTrue(s.rows(screen)[py - 1].hasPrefix("§"), "n stops under a § heading" + framed(screen))
        }

        // Esc, one frame at a time, back to Indicators.
        for (tail, levels) in [(documentLabel, 4), ("依据：照搬中央比例 · " + province, 3), ("指标 › 照搬中央比例", 2), ("指标", 1)] {
            s.send("Escape")
            screen = try waitForCrumb(s, tail, levels: levels)
        }
        XCTAssertTrue(screen.contains("照搬中央比例") && screen.contains("地方政策文件同质化"), "back on Indicators" + framed(screen))
        XCTAssertTrue(s.isRunning)
    }
}
