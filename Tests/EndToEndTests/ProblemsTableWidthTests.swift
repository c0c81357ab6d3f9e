import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import ipap

/// `ipap problems` on an 80-column terminal cut every statement of the review to its first few characters
/// ('4 缺乏阶段性评估  成因 1  事前未充分…', the English 'No ex-ante…') and left the locators out: the command's
/// whole text was lost. On a terminal too narrow for the table, the problems are printed as `ipap show N` prints
/// one, each statement wrapped under itself with its locator; in a pipe, the table as before.
final class ProblemsTableWidthTests: XCTestCase {
    func testOnANarrowTerminalEveryStatementIsShownWhole() throws {
        let corpus = try BundledCorpus.load("catalog")
        let catalog = corpus.taxonomy.problems
        let statements = ProblemText.problems(catalog).flatMap { ProblemStatement.all(of: $0) }
        XCTAssertGreaterThan(statements.count, 20)
        let squeezed = { (s: String) in s.filter { !$0.isWhitespace } }
        for width in [80, 120] {
            let out = ProblemsCommand.table(catalog, corpus: corpus, width: width)
            let lines = out.components(separatedBy: "\n")
            for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, line) }
            XCTAssertFalse(out.contains("…"), "nothing cut at \(width)")
            let all = squeezed(out)
            for s in statements {
                XCTAssertTrue(all.contains(squeezed(s.text.zh)) && all.contains(squeezed(s.text.en)), "\(width): \(s.text.en)")
                if let locator = s.locator { XCTAssertTrue(all.contains(squeezed(locator)), locator) }
            }
        }
        // In a pipe: one line per statement and language, as the table was.
        let piped = ProblemsCommand.table(catalog, corpus: corpus, width: nil).components(separatedBy: "\n")
        XCTAssertEqual(piped.count, 1 + 2 * statements.count)
        XCTAssertTrue(piped[0].hasPrefix("问题 / problem"), piped[0])
    }
}
