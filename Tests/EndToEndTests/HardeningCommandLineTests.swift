import Foundation
import XCTest

/// Issue 14: no crash on any input, no raw escape sequence in any output, errors that say what happened.
final class HardeningCommandLineTests: XCTestCase {
    private func ipap(_ arguments: String..., environment: [String: String] = [:]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: environment)
    }

    private func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// Huge numbers died with "arithmetic overflow" (and demo left a half-made folder): now a usage error.
    func testHugeNumericOptionsAreUsageErrorsAndWriteNothing() throws {
        let dir = try temporaryDirectory()
        let src = dir.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        let huge = "9223372036854775807"
        let cases: [([String], String)] = [
            (["import", src.path, "--into", dir.appendingPathComponent("c").path, "--max-file-mb", "8796093022208"], "--max-file-mb must be between"),
            (["demo", "--out", dir.appendingPathComponent("d1").path, "--length", huge], "--length must be between"),
            (["demo", "--out", dir.appendingPathComponent("d2").path, "--documents", huge], "--documents must be between"),
        ]
        for (arguments, message) in cases {
            let out = ProcessRunner.run([ProcessRunner.ipap] + arguments)
            XCTAssertEqual(out.status, 2, "\(arguments): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains(message), out.stderr)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["src"], "nothing half-made is left")
    }
}
