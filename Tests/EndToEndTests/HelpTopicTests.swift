import Foundation
import XCTest

/// `ipap help nonexist` printed the overview and exited 0, as if the word were a topic it knew: a word naming no
/// subcommand is a usage error (exit 2) naming it; the help of a known subcommand is unchanged.
final class HelpTopicTests: XCTestCase {
    func testHelpOfAnUnknownCommandIsAUsageErrorNamingIt() {
        let cases: [([String], String)] = [
            (["help", "nonexist"], "ipap: no subcommand 'nonexist'; the subcommands: browse, "),
            (["help", "lst"], "ipap: no subcommand 'lst'; did you mean 'list'?"),
            (["help", "review", "bogus"], "ipap review: no subcommand 'bogus'; the subcommands: add, "),
            (["help", "list", "extra"], "ipap list has no subcommands ('extra'); ipap help list describes it"),
        ]
        for (arguments, said) in cases {
            let run = ProcessRunner.run([ProcessRunner.ipap] + arguments)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stdout)")
            XCTAssertEqual(run.stdout, "", "\(arguments)")
            XCTAssertTrue(run.stderr.hasPrefix(said), "\(arguments): \(run.stderr)")
        }
        let chinese = ProcessRunner.run([ProcessRunner.ipap, "help", "nonexist"], environment: ["IPAP_LANG": "zh"])
        XCTAssertTrue(chinese.stderr.hasPrefix("ipap：没有子命令“nonexist”"), chinese.stderr)
        for known in [["help"], ["help", "list"], ["help", "review", "add"]] {
            let run = ProcessRunner.run([ProcessRunner.ipap] + known)
            XCTAssertEqual(run.status, 0, "\(known): \(run.stderr)")
            XCTAssertTrue(run.stdout.hasPrefix("OVERVIEW: "), "\(known): \(run.stdout)")
        }
    }
}
