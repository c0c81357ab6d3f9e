import Foundation
import XCTest
@testable import TerminalUI
@testable import NcursesTerminal

/// Real ncurses, no TTY: newterm writes into a temporary file whose bytes are checked.
final class NcursesBackendTests: XCTestCase {
    private var outputPath = ""
    private var outputFD: Int32 = -1
    private var inputFD: Int32 = -1

    override func setUp() {
        outputPath = NSTemporaryDirectory() + "tui-\(UUID().uuidString).out"
        outputFD = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        inputFD = open("/dev/null", O_RDONLY)
    }

    override func tearDown() {
        close(outputFD)
        close(inputFD)
        unlink(outputPath)
    }

    private func makeBackend(term: String = "xterm-256color", noColor: Bool = false) -> NcursesBackend {
        NcursesBackend(options: .init(
            terminalType: term, outputFileDescriptor: outputFD, inputFileDescriptor: inputFD,
            size: Size(width: 40, height: 6), noColor: noColor))
    }

    private func written() throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: outputPath)))
    }

    private func count(_ needle: String, in haystack: [UInt8]) -> Int {
        let n = Array(needle.utf8)
        guard !n.isEmpty, haystack.count >= n.count else { return 0 }
        var found = 0
        for i in 0...(haystack.count - n.count) where haystack[i] == n[0] && Array(haystack[i..<(i + n.count)]) == n {
            found += 1
        }
        return found
    }

    /// `y` in the dashboard: the text reaches the terminal as one OSC 52 sequence, base64 (no raw text).
    func testCopyToClipboardWritesOneOSC52Sequence() throws {
        let backend = makeBackend()
        backend.copyToClipboard("互联网+\u{1b}[2J")
        let bytes = try written()
        XCTAssertEqual(count("\u{1b}]52;c;" + Data("互联网+\u{1b}[2J".utf8).base64EncodedString() + "\u{07}", in: bytes), 1)
        XCTAssertEqual(count("\u{1b}[2J", in: bytes), 0, "the text itself is never written raw")
    }

    func testEvilTitleIsNeutralisedAndCJKIsWritten() throws {
        let backend = makeBackend()
        try backend.start()
        XCTAssertEqual(backend.size, Size(width: 40, height: 6))
        var canvas = Canvas(size: backend.size)
        canvas.put("\u{1b}]0;owned\u{07}", x: 0, y: 0)
        canvas.put("\u{1b}[2J", x: 0, y: 1)
        canvas.put("互联网+行动计划", x: 0, y: 2, style: Style(foreground: .red, bold: true))
        canvas.put("右边缘互联网", x: 29, y: 3)  // must be clipped to whole characters
        backend.draw(canvas)
        backend.stop()
        let bytes = try written()
        XCTAssertEqual(count("\u{1b}]0;", in: bytes), 0, "the data's title sequence reached the terminal")
        // ncurses clears the screen with its own ESC[H ESC[2J; any other ESC[2J came from the data.
        XCTAssertEqual(count("\u{1b}[2J", in: bytes), count("\u{1b}[H\u{1b}[2J", in: bytes))
        XCTAssertGreaterThan(count("␛]0;owned␇", in: bytes), 0)
        XCTAssertGreaterThan(count("␛[2J", in: bytes), 0)
        XCTAssertGreaterThan(count("互联网+行动计划", in: bytes), 0)
        XCTAssertGreaterThan(count("右边缘互联", in: bytes), 0)
        XCTAssertEqual(count("右边缘互联网", in: bytes), 0)
        XCTAssertGreaterThan(count("\u{1b}[?1049h", in: bytes), 0, "alternate screen entered")
        XCTAssertGreaterThan(count("\u{1b}[?1049l", in: bytes), 0, "alternate screen left on stop")
        XCTAssertEqual(backend.colorSupport, .palette256)
    }

    func testColourDegradesAndNoColorTurnsItOff() throws {
        let mono = makeBackend(noColor: true)
        try mono.start()
        XCTAssertEqual(mono.colorSupport, .none)
        var canvas = Canvas(size: mono.size)
        canvas.put("加粗", x: 0, y: 0, style: Style(foreground: .red, bold: true))
        mono.draw(canvas)
        mono.stop()
        let bytes = try written()
        XCTAssertEqual(count("\u{1b}[31m", in: bytes) + count("\u{1b}[38;5;1m", in: bytes), 0)

        let basic = makeBackend(term: "xterm")
        try basic.start()
        XCTAssertEqual(basic.colorSupport, .basic8)
        basic.stop()

        XCTAssertEqual(ColorSupport.detect(hasColors: true, colorCount: 256, noColor: "1"), .none)
        XCTAssertEqual(ColorSupport.detect(hasColors: true, colorCount: 256, noColor: ""), .palette256)
        XCTAssertEqual(ColorSupport.detect(hasColors: false, colorCount: 0, noColor: nil), .none)
        XCTAssertEqual(ColorSupport.detect(hasColors: true, colorCount: 16, noColor: nil), .basic16)
        XCTAssertEqual(ColorSupport.basic8.resolve(.brightRed).index, 1)
        XCTAssertEqual(ColorSupport.basic8.resolve(.brightRed).boldForBright, true)
        XCTAssertEqual(ColorSupport.basic16.resolve(.indexed(196)).index, 9)
        XCTAssertNil(ColorSupport.none.resolve(.red).index)
    }

    func testUnknownTerminalThrowsInsteadOfExiting() {
        let backend = makeBackend(term: "no-such-terminal-xyz")
        XCTAssertThrowsError(try backend.start())
        XCTAssertFalse(backend.isStarted)
    }

    func testEndOfInputRequestsTermination() throws {
        let backend = makeBackend()
        try backend.start()
        defer { backend.stop() }
        var reads = 0
        while !backend.terminationRequested && reads < 100 {
            // Forcing the size queues one KEY_RESIZE; nothing else can arrive from /dev/null.
            let key = backend.readKey(timeoutMilliseconds: 200)
            XCTAssertTrue(key == nil || key == .resize)
            reads += 1
        }
        XCTAssertTrue(backend.inputClosed)
    }

    func testSignalEndsRunLoopAndRestoresTerminal() throws {
        var backend = makeBackend()
        var frames = 0
        _ = try TerminalApp.run(backend: &backend, initial: 0, update: { s, _ in s }, render: { _, canvas in
            frames += 1
            canvas.put("运行中", x: 0, y: 0)
            raise(SIGTERM)  // recorded by the handler; the loop ends and stop() runs
        })
        XCTAssertEqual(frames, 1)
        XCTAssertFalse(backend.isStarted)
        let bytes = try written()
        XCTAssertGreaterThan(count("运行中", in: bytes), 0)
        XCTAssertGreaterThan(count("\u{1b}[?1049l", in: bytes), 0)
    }
}
