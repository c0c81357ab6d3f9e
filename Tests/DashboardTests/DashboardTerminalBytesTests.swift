import Foundation
import PolicyModel
import NcursesTerminal
import TerminalUI
import XCTest
@testable import Dashboard

/// The dashboard through real ncurses (newterm into a file): a hostile title reaches the terminal only as
/// visible placeholders, never as the escape sequences it carries.
final class DashboardTerminalBytesTests: XCTestCase {
    func testHostileTitleNeverReachesTheTerminalAsEscapes() throws {
        let path = NSTemporaryDirectory() + "ipap-bytes-\(UUID().uuidString).out"
        let output = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let input = open("/dev/null", O_RDONLY)
        defer {
            close(output)
            close(input)
            unlink(path)
        }
        var backend = NcursesBackend(options: .init(terminalType: "xterm-256color", outputFileDescriptor: output,
                                                    inputFileDescriptor: input, size: Size(width: 100, height: 20)))
        var state = AppState(corpus: try DashboardFixture.corpus(), language: .chinese, size: Size(width: 100, height: 20))
        state.stack = [.documents]
        // Input is /dev/null: the first frame is drawn, then end of input ends the run.
        _ = try Dashboard.run(backend: &backend, initial: state)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        func count(_ needle: String) -> Int {
            let n = Array(needle.utf8)
            guard bytes.count >= n.count else { return 0 }
            return (0...(bytes.count - n.count)).filter { bytes[$0] == n[0] && Array(bytes[$0..<($0 + n.count)]) == n }.count
        }
        XCTAssertGreaterThan(count("恶意标题␛]0;owned␇清屏␛[2J结束"), 0, "the title is shown with placeholders")
        XCTAssertEqual(count("\u{1b}]0;"), 0, "an OSC title sequence from the data reached the terminal")
        XCTAssertEqual(count("\u{07}"), 0, "a BEL from the data reached the terminal")
        // ncurses clears with its own ESC[H ESC[2J; any other ESC[2J would have come from the data.
        XCTAssertEqual(count("\u{1b}[2J"), count("\u{1b}[H\u{1b}[2J"))
        XCTAssertGreaterThan(count("国务院关于积极推进"), 0)
    }
}
