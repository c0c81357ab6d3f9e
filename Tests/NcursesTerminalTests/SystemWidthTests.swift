import CNcursesw
import Foundation
import TerminalUI
import XCTest

/// TerminalUI's own width table against the C library's wcwidth (declared by the ncurses shim).
final class SystemWidthTests: XCTestCase {
    /// The built-in table must agree with the C library that ncurses and tmux use.
    func testTableAgreesWithSystemWcwidth() throws {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { _ = setlocale(LC_CTYPE, saved ?? "C") }
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil || setlocale(LC_CTYPE, "en_US.UTF-8") != nil else {
            throw XCTSkip("no UTF-8 locale")
        }
        var mismatches: [String] = []
        let ranges: [ClosedRange<UInt32>] = [0x20...0x2FF, 0x300...0x36F, 0x1100...0x11FF, 0x2000...0x2BFF,
                                             0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xFE00...0xFFFD, 0x1F300...0x1FAFF, 0x20000...0x2A6DF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let system = Int(wcwidth(wchar_t(bitPattern: value)))
                if DisplayWidth.of(scalar) != system { mismatches.append(String(value, radix: 16)) }
            }
        }
        XCTAssertEqual(mismatches.prefix(20), [], "\(mismatches.count) scalars differ from wcwidth")
    }
}
