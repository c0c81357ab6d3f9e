import Foundation
import XCTest

/// `ipap list --search ''` listed every document without a word: a search without words is a usage error.
final class EmptySearchTests: XCTestCase {
    func testASearchWithoutWordsIsAUsageError() {
        for words in ["", "  ", "\u{3000}"] {
            for (language, said) in [("en", "Error: --search needs words"), ("zh", "错误：--search 须给出要查找的词")] {
                let run = ProcessRunner.run([ProcessRunner.ipap, "list", "--search", words], environment: ["IPAP_LANG": language])
                XCTAssertEqual(run.status, 2, "'\(words)': \(run.stdout)")
                XCTAssertEqual(run.stdout, "")
                XCTAssertEqual(run.stderr.components(separatedBy: "\n").first, said)
            }
        }
        XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap, "list", "--search", "云计算"]).status, 0)
    }
}
