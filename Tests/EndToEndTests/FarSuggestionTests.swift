import Foundation
import XCTest

/// `ipap list --bogus` said "Did you mean '--corpus'?" (the parser suggests its nearest option however far): a
/// suggestion is made only within an edit or two (`EditDistance.isNear`), as for subcommands.
final class FarSuggestionTests: XCTestCase {
    func testOnlyANearOptionIsSuggested() {
        for command in ["list", "stats", "analyze"] {
            let far = ProcessRunner.run([ProcessRunner.ipap, command, "--bogus"])
            XCTAssertEqual(far.status, 2)
            XCTAssertEqual(far.stderr.components(separatedBy: "\n").first, "Error: Unknown option '--bogus'", command)
            let farChinese = ProcessRunner.run([ProcessRunner.ipap, command, "--bogus"], environment: ["IPAP_LANG": "zh"])
            XCTAssertEqual(farChinese.stderr.components(separatedBy: "\n").first, "错误：没有选项“--bogus”", command)
        }
        let near = ProcessRunner.run([ProcessRunner.ipap, "list", "--serch", "云"])
        XCTAssertEqual(near.status, 2)
        XCTAssertEqual(near.stderr.components(separatedBy: "\n").first, "Error: Unknown option '--serch'. Did you mean '--search'?")
    }
}
