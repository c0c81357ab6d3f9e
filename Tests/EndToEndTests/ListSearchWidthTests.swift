import PolicyModel
import TerminalUI
import XCTest
@testable import ipap

/// `ipap list --search WORDS` at a terminal: the hit lines under the table ran past its width and wrapped, and a
/// title cut at the edge read '新疆维吾尔自治区关于“互联…”', a closing quote after the ellipsis as if the title ended
/// there. Every line fits the width (CJK two columns), and a cut title ends with the … alone.
final class ListSearchWidthTests: XCTestCase {
    func testACutTitleEndsWithTheEllipsis() throws {
        let corpus = try BundledCorpus.load("demo")
        let d = try XCTUnwrap(corpus.document("demo-00022"))
        XCTAssertTrue(d.title.hasPrefix("新疆维吾尔自治区关于“互联网+"))
        var insideTheQuote = 0
        for width in 56...80 {
            let (table, _) = ListTable(corpus: corpus, language: .chinese).render([d], width: width)
            let line = try XCTUnwrap(table.components(separatedBy: "\n").last)
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, line)
            XCTAssertTrue(line.hasSuffix("…"), line)
            if line.contains("关于“互联") { insideTheQuote += 1 }
        }
        XCTAssertGreaterThan(insideTheQuote, 0, "a cut inside the quotes")
    }

    func testHitLinesFitTheWidth() throws {
        let corpus = try BundledCorpus.load("demo")
        let documents = Array(corpus.documents.filter(\.hasText).prefix(3))
        XCTAssertEqual(documents.count, 3)
        var hits: [String: [Int]] = [:], quotes: [String: [String]] = [:]
        for d in documents {
            let text = try XCTUnwrap(corpus.text(of: d))
            let found = TextSearch.offsets(of: "推进", in: text)
            hits[d.id] = found
            quotes[d.id] = ListCommand.quotes("推进", at: found.prefix(ListCommand.quotesPerDocument), in: text)
        }
        let whole = ListCommand.passageLines(query: "推进", documents: documents, hits: hits, quotes: quotes, zh: true, width: nil)
        XCTAssertTrue(whole.contains { DisplayWidth.of($0) > 80 }, "quotes longer than the line: \(whole)")
        for width in [60, 80] {
            let lines = ListCommand.passageLines(query: "推进", documents: documents, hits: hits, quotes: quotes, zh: true, width: width)
            XCTAssertEqual(lines.count, whole.count)
            for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, line) }
            XCTAssertTrue(lines.contains { $0.contains("【推进】") && $0.hasSuffix("…") }, lines.joined(separator: "\n"))
        }
    }
}
