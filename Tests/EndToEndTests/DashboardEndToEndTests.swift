import Foundation
import Glibc
import XCTest

/// The dashboard as a person uses it: the real `ipap` in a private tmux server, keys typed with
/// send-keys, the screen read back with capture-pane. Every wait is bounded; a failure shows the screen.
final class DashboardEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []

    override func setUpWithError() throws {
        try XCTSkipIf(TmuxSession.tmux == nil, "tmux is not installed")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: ProcessRunner.ipap), "no ipap at \(ProcessRunner.ipap)")
    }

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
    }

    /// ipap at the given size, interface language set explicitly.
    private func start(_ width: Int, _ height: Int, language: String = "zh") throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height, environment: ["IPAP_LANG": language])
        sessions.append(session)
        return session
    }

    // The status line ends with "· <row>/<rows>" among its hints; a frame is complete once it is on the last row.
    private static let position = try! NSRegularExpression(pattern: "· (\\d+)/(\\d+)")

    private static func positionCounter(_ line: String) -> (Int, Int)? {
        let ns = line as NSString
        guard let m = position.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (Int(ns.substring(with: m.range(at: 1)))!, Int(ns.substring(with: m.range(at: 2)))!)
    }

    private func statusLine(_ s: TmuxSession, _ screen: String) -> String {
        s.rows(screen)[s.height - 1]
    }

    /// Waits until the last row is a status line whose breadcrumb starts with `crumb`.
    @discardableResult
    private func waitForStatus(_ s: TmuxSession, _ crumb: String, timeout: TimeInterval = 5,
                               and extra: @escaping (String) -> Bool = { _ in true }) throws -> String {
        try s.waitUntil("status line starting \"\(crumb)\"", timeout: timeout) { screen in
            let last = self.statusLine(s, screen)
            return last.hasPrefix(" " + crumb) && Self.positionCounter(last) != nil && extra(screen)
        }
    }

    private func framed(_ screen: String) -> String { "\n" + TmuxSession.framed(screen) }

    // MARK: 1

    func testOverviewAppearsAt80x24() throws {
        // At 80 columns the tabs are drawn compact ("1总览", "2Prov"); wider they are padded ("1 总览"):
        // match the digit and the start of each label.
        for (language, tabs, home) in [("zh", ["1 ?总览", "2 ?省份", "3 ?部委", "5 ?文件", "6 ?指标", "0 ?审阅"], "总览"),
                                       ("en", ["1 ?Home", "2 ?Prov", "3 ?Iss", "5 ?Docs", "0 ?Rev"], "Overview")] {
            let s = try start(80, 24, language: language)
            let screen = try waitForStatus(s, home)
            let rows = s.rows(screen)
            XCTAssertEqual(rows.count, 24, framed(screen))
            for tab in tabs {
                XCTAssertNotNil(rows[0].range(of: tab, options: .regularExpression), "tab row lacks \(tab) (\(language))" + framed(screen))
            }
            XCTAssertTrue(rows[1].contains("互联网+ 政策目录"), "corpus name on row 2 (\(language))" + framed(screen))
            let status = rows[23]
            // The cursor starts on the first row that opens (under the first heading): the first of the rows
            // one can be on (headings are not counted).
            XCTAssertEqual(Self.positionCounter(status)?.0, 1, "position counter (\(language))" + framed(screen))
            XCTAssertFalse(status.contains("›"), "top level: one breadcrumb element (\(language))" + framed(screen))
            XCTAssertTrue(status.contains(language == "zh" ? "q 退出" : "open"), "key hints (\(language))" + framed(screen))
            for (i, row) in rows.enumerated() {
                XCTAssertLessThanOrEqual(TmuxSession.displayWidth(row), 80, "row \(i) too wide (\(language))" + framed(screen))
            }
        }
    }

    // MARK: 2

    func testDrillProvinceDocumentAndBack() throws {
        let s = try start(120, 30)
        try waitForStatus(s, "总览")
        s.send("2")
        try waitForStatus(s, "省份") { $0.contains("主要文件") }

        // Jump with the palette to Sichuan (the province with the most documents).
        s.send(":")
        try s.waitUntil("palette prompt") { self.s_row(s, $0, s.height - 1).hasPrefix(":") }
        s.type("四川")
        try s.waitFor("四川省")
        s.send("Enter")
        var screen = try waitForStatus(s, "省份 › 四川") { $0.contains("Sichuan") }
        XCTAssertTrue(screen.contains("四川省  Sichuan"), "province header" + framed(screen))
        XCTAssertTrue(screen.contains("文件（"), "document list" + framed(screen))
        let before = Self.positionCounter(statusLine(s, screen))

        // Second document of the list.
        s.send("j")
        screen = try s.waitUntil("cursor to move") { Self.positionCounter(self.statusLine(s, $0))?.0 != before?.0 }
        let selected = s.highlightedRows().filter { !$0.hasPrefix(" 省份") }
        XCTAssertEqual(selected.count, 1, "one selected row: \(selected)" + framed(screen))
        let fields = (selected.first ?? "").split(separator: " ", omittingEmptySubsequences: true)
        XCTAssertGreaterThanOrEqual(fields.count, 5, "date level region number title: \(selected)" + framed(screen))
        guard fields.count >= 5 else { return }
        let date = String(fields[0])
        // 文号 and title, maybe cut: what stands before the ellipsis (a cut inside brackets closes them after it).
        let number = String(fields[3].prefix { $0 != "…" })
        let title = String(fields[4].prefix { $0 != "…" })
        XCTAssertTrue(date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil, "a document row: \(selected)")
        XCTAssertTrue(number.contains("〔"), "the row has a 文号: \(selected)")

        s.send("Enter")
        screen = try waitForStatus(s, "省份 › 四川 › " + number)
        let rows = s.rows(screen)
        XCTAssertTrue(rows[1].contains(title), "document title \(title) on row 2" + framed(screen))
        XCTAssertTrue(rows[2].hasPrefix(" " + number), "文号 \(number) on row 3" + framed(screen))
        XCTAssertTrue(screen.contains(date), "publication date \(date)" + framed(screen))
        let crumbs = statusLine(s, screen).components(separatedBy: "  ")[0]
        XCTAssertEqual(crumbs.components(separatedBy: " › ").count, 3, "three breadcrumb levels: \(crumbs)" + framed(screen))

        // Esc, then Esc again: back along the breadcrumb. Each Esc waits for its frame (two ESC bytes
        // at once would read as Alt-Esc).
        s.send("Escape")
        screen = try waitForStatus(s, "省份 › 四川", and: { !self.statusLine(s, $0).contains(number) })
        XCTAssertTrue(screen.contains("四川省  Sichuan"), "back at the province" + framed(screen))
        s.send("Escape")
        screen = try waitForStatus(s, "省份", and: { !self.statusLine(s, $0).contains("›") })
        XCTAssertTrue(screen.contains("主要文件") && screen.contains("北京"), "back at the provinces list" + framed(screen))
        XCTAssertEqual(Self.positionCounter(statusLine(s, screen))?.1, 31, "31 provinces" + framed(screen))
    }

    private func s_row(_ s: TmuxSession, _ screen: String, _ i: Int) -> String { s.rows(screen)[i] }

    // MARK: 3

    func testSearchFindsAChineseTitle() throws {
        let s = try start(160, 30)
        try waitForStatus(s, "总览")
        s.send("5")
        var screen = try waitForStatus(s, "文件") { $0.contains("筛选") }
        XCTAssertEqual(Self.positionCounter(statusLine(s, screen))?.0, 1, framed(screen))
        s.send("/")
        try s.waitUntil("search prompt") { self.s_row(s, $0, s.height - 1).hasPrefix("/") }
        s.type("医疗健康")
        try s.waitFor("/医疗健康")
        s.send("Enter")
        screen = try waitForStatus(s, "文件") { Self.positionCounter(self.statusLine(s, $0))?.0 != 1 }
        let status = statusLine(s, screen)
        XCTAssertTrue(status.contains("匹配") && status.contains("医疗健康"), "status reports the match: \(status)" + framed(screen))
        let selected = s.highlightedRows().filter { !$0.hasPrefix(" 文件") }
        XCTAssertEqual(selected.count, 1, "one selected row: \(selected)" + framed(screen))
        XCTAssertTrue(selected.first?.contains("医疗健康") ?? false, "selected row: \(selected)" + framed(screen))
    }

    /// Home and End as tmux and rxvt send them ("ESC [1~", "ESC [4~", "ESC [7~", "ESC [8~"), under a TERM
    /// (xterm-256color, as here) whose Home is another sequence: a prompt's cursor moves. Before, ncurses knew no
    /// such key, so its ESC closed the prompt and "[1~" ran as keys.
    func testHomeAndEndAsOtherTerminalsSendThemMoveAPromptsCursor() throws {
        let s = try start(100, 24, language: "en")
        try waitForStatus(s, "Overview")
        for (home, end) in [("\u{1b}[1~", "\u{1b}[4~"), ("\u{1b}[7~", "\u{1b}[8~")] {
            s.send("5")
            try waitForStatus(s, "Documents")
            s.send("/")
            try s.waitUntil("search prompt") { self.s_row(s, $0, s.height - 1).hasPrefix("/") }
            s.type("bc")
            try s.waitFor("/bc")
            s.type(home)
            s.type("a")
            s.type(end)
            s.type("d")
            let screen = try s.waitUntil("the prompt edited at both ends") { self.s_row(s, $0, s.height - 1).hasPrefix("/abcd") }
            XCTAssertTrue(s_row(s, screen, s.height - 1).hasPrefix("/abcd"), framed(screen))
            s.send("Escape")
            try waitForStatus(s, "Documents")
        }
    }

    // MARK: 4
    // MARK: 4

    func testResizeFromWideToNarrowRedrawsCleanly() throws {
        let wideBar = String(repeating: "█", count: 40)
        let s = try start(120, 40)
        var screen = try waitForStatus(s, "总览") { $0.contains(wideBar) }
        // Only the wide layout shows these: the last key hint and the long bars of the year chart.
        XCTAssertTrue(screen.contains("q 退出"), framed(screen))
        s.resize(width: 60, height: 20)
        screen = try s.waitUntil("a 60x20 frame") { screen in
            let rows = self.s_rows(s, screen)
            return rows.count == 20 && rows[19].hasPrefix(" 总览") && !screen.contains(wideBar)
        }
        // Let any further redraw land, then judge the settled screen.
        usleep(200_000)
        screen = s.capture()
        let rows = s.rows(screen)
        XCTAssertEqual(rows.count, 20, "20 rows" + framed(screen))
        for (i, row) in rows.enumerated() {
            XCTAssertLessThanOrEqual(TmuxSession.displayWidth(row), 60, "row \(i) wider than 60" + framed(screen))
        }
        XCTAssertTrue(rows[19].hasPrefix(" 总览") && Self.positionCounter(rows[19]) != nil, "status on the last row" + framed(screen))
        XCTAssertEqual(rows.filter { Self.positionCounter($0) != nil }.count, 1, "one status line" + framed(screen))
        for leftover in ["q 退出", wideBar] {
            XCTAssertFalse(screen.contains(leftover), "leftover from 120 columns: \(leftover)" + framed(screen))
        }
        XCTAssertTrue(rows[0].contains("总览") && rows[0].contains("省份"), "tab row redrawn" + framed(screen))

        // The resized screen is exactly what a fresh start at 60x20 draws: nothing left over anywhere.
        let fresh = try start(60, 20)
        let expected = try waitForStatus(fresh, "总览")
        usleep(200_000)
        XCTAssertEqual(s.capture(), fresh.capture(), "resized screen differs from a fresh 60x20 start" + framed(screen) + framed(expected))
    }

    private func s_rows(_ s: TmuxSession, _ screen: String) -> [String] {
        var rows = screen.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    // MARK: 5

    func testTooSmallMessageAndBack() throws {
        let s = try start(80, 24)
        try waitForStatus(s, "总览")
        s.resize(width: 20, height: 5)
        var screen = try s.waitFor("太小")
        XCTAssertFalse(screen.contains("总览") || screen.contains("省份"), "no dashboard below the minimum" + framed(screen))
        for (i, row) in s.rows(screen).enumerated() {
            XCTAssertLessThanOrEqual(TmuxSession.displayWidth(row), 20, "row \(i) wider than 20" + framed(screen))
        }
        s.resize(width: 80, height: 24)
        screen = try waitForStatus(s, "总览") { !$0.contains("太小") }
        XCTAssertTrue(s.rows(screen)[0].contains("审阅"), "tab row back" + framed(screen))
        XCTAssertTrue(s.isRunning, "still running" + framed(screen))
    }

    // MARK: 6

    func testQuitRestoresTheTerminal() throws {
        let s = try start(80, 24)
        var screen = try waitForStatus(s, "总览")
        XCTAssertEqual(paneFlag(s, "alternate_on"), "1", "dashboard on the alternate screen" + framed(screen))
        s.send("q")
        let status = s.waitForExit(timeout: 5)
        screen = try s.waitFor("EXIT:")
        XCTAssertEqual(status, 0, "exit status" + framed(screen))
        assertRestored(s, screen)
    }

    // MARK: 7

    func testSIGHUPEndsWithTheTerminalRestored() throws { try signalEnds(SIGHUP) }

    func testSIGTERMEndsWithTheTerminalRestored() throws { try signalEnds(SIGTERM) }

    /// A dropped SSH connection closes the terminal: input ends at once, and the SIGHUP of the session
    /// leader's exit comes after. ipap left on the closed input, put SIGHUP back to its default and was ended
    /// by it before it saved the analyst's place, so the next start was on the overview.
    func testTheTerminalClosingStillSavesThePlace() throws {
        let s = try start(80, 24)
        try waitForStatus(s, "总览")
        s.send("2")
        try waitForStatus(s, "省份")
        // As sshd does when the connection drops: the terminal's other end closes (with the pane's shell).
        s.run(["kill-server"])
        let sessions = s.directory.appendingPathComponent("state/ipap/sessions")
        var saved: [String] = []
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            saved = ((try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? []).filter { $0.hasSuffix(".json") }
            if !saved.isEmpty { break }
            usleep(50_000)
        }
        XCTAssertEqual(saved.count, 1, "the place saved in \(sessions.path)")
        // Gone before close(), which would otherwise signal its pid.
        while let pid = s.ipapPID, kill(pid, 0) == 0, Date() < deadline.addingTimeInterval(5) { usleep(50_000) }
    }

    /// Ctrl-\\ printed a backtrace over the screen; SIGUSR1 left the terminal raw (issue 14 #4).
    func testSIGQUITEndsWithTheTerminalRestored() throws { try signalEnds(SIGQUIT) }

    func testSIGUSR1EndsWithTheTerminalRestored() throws { try signalEnds(SIGUSR1) }

    private func signalEnds(_ sig: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let s = try start(80, 24)
        // Somewhere below the top level: the restore must not depend on the screen.
        try waitForStatus(s, "总览")
        s.send("2")
        try waitForStatus(s, "省份")
        XCTAssertTrue(s.signal(sig), "signal \(sig) to pid \(String(describing: s.ipapPID))")
        let status = s.waitForExit(timeout: 5)
        let screen = (try? s.waitFor("EXIT:", timeout: 1)) ?? s.capture()
        XCTAssertNotNil(status, "ipap still running 5 s after signal \(sig)" + framed(screen), file: file, line: line)
        XCTAssertEqual(status, 128 + sig, "exit status after signal \(sig) (shells expect 128+\(sig))" + framed(screen), file: file, line: line)
        assertRestored(s, screen, file: file, line: line)
    }

    /// TERM=dumb drew the whole dashboard onto one line (issue 14 #14): refused like an unknown TERM, in the
    /// analyst's language (issue 15 #11: it was English only).
    func testATerminalWithoutCursorAddressingIsRefused() throws {
        for (language, expected, other) in [("en", "cannot move the cursor", "不能移动光标"), ("zh", "不能移动光标", "cannot move the cursor")] {
            let s = try TmuxSession(width: 80, height: 24, environment: ["IPAP_LANG": language, "TERM": "dumb"])
            sessions.append(s)
            let status = s.waitForExit(timeout: 10)
            let screen = (try? s.waitFor("EXIT:", timeout: 1)) ?? s.capture()
            XCTAssertNotNil(status, "ipap still running on TERM=dumb" + framed(screen))
            XCTAssertNotEqual(status, 0, framed(screen))
            XCTAssertTrue(screen.contains(expected), framed(screen))
            XCTAssertFalse(screen.contains(other), framed(screen))
            XCTAssertFalse(screen.contains("│"), "no dashboard drawn" + framed(screen))
        }
    }

    // MARK: helpers

    private func paneFlag(_ s: TmuxSession, _ name: String) -> String {
        s.run(["display-message", "-p", "-t", TmuxSession.sessionName, "#{\(name)}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// After ipap: normal screen, cursor visible, keypad mode off, none of the dashboard left.
    private func assertRestored(_ s: TmuxSession, _ screen: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(paneFlag(s, "alternate_on"), "0", "alternate screen left" + framed(screen), file: file, line: line)
        XCTAssertEqual(paneFlag(s, "cursor_flag"), "1", "cursor visible again" + framed(screen), file: file, line: line)
        XCTAssertEqual(paneFlag(s, "keypad_flag"), "0", "keypad transmit mode off" + framed(screen), file: file, line: line)
        for text in ["总览", "省份", "互联网+", "│"] {
            XCTAssertFalse(screen.contains(text), "dashboard text \(text) still on screen" + framed(screen), file: file, line: line)
        }
        XCTAssertTrue(screen.hasPrefix("EXIT:"), "the shell's output at the top of the normal screen" + framed(screen), file: file, line: line)
    }
}
