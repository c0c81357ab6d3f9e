@testable import Dashboard
import PolicyAnalysis
import PolicyModel
import SafeText
import TerminalUI
import XCTest

/// A quote whose span starts inside a bracketed part opened just before it is marked as cut, never shown as a
/// stray closer ("「二）发展目标。」" read as garbled text); the quoted characters stay the span's own.
final class QuoteStartTests: XCTestCase {
    private func context() throws -> ScreenContext {
        ScreenContext(state: AppState(corpus: try DashboardFixture.corpus(), language: .chinese, size: Size(width: 120, height: 40)))
    }

    /// The evidence quote of a heading cut after its opener, for each bracket kind.
    func testASpanStartingInsideABracketOpenedJustBeforeItStartsWithAnEllipsis() throws {
        let context = try context()
        for (open, close) in [("（", "）"), ("〔", "〕"), ("【", "】"), ("《", "》"), ("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]")] {
            let text = "一、总体要求\n" + open + "二" + close + "发展目标。到2024年，建成示范基地。"
            let start = text.unicodeScalars.count - "二\(close)发展目标。到2024年，建成示范基地。".unicodeScalars.count
            let span = TextSpan(start, start + 9)
            let expected = ["    [\(start)–\(start + 9)] 「…二\(close)发展目标。到2」"]
            XCTAssertEqual(context.quoteRow(text, span: span, document: "d").cells, expected, open + close)
            XCTAssertEqual(context.quoteRow(Array(text.unicodeScalars), span: span, document: "d").cells, expected, open + close)
            // The search's excerpts carry the same lead.
            let lead = QuoteStart.lead(Array(text.unicodeScalars), before: start)
            XCTAssertEqual(context.quoteRow(excerpt: "二" + close + "发展目标。到2", span: span, document: "d", lead: lead).cells, expected)
        }
    }

    /// No mark where the span starts at the opener, after a closed bracket, or inside a bracket opened too far
    /// back or of another kind.
    func testOtherQuotesAreTheSpansCharactersAsTheyAre() throws {
        let context = try context()
        let cases: [(text: String, quoted: String)] = [
            ("前言。（二）发展目标。", "（二）发展目标。"),          // starts at the opener
            ("（一）总体要求。二）发展目标。", "二）发展目标。"),      // the bracket before is closed
            ("（这是一段很长的说明文字，二）发展目标。", "二）发展目标。"), // opened more than a few characters back
            ("【二）发展目标。", "二）发展目标。"),                  // a closer of another kind
            ("总体要求。发展目标（二）。", "发展目标（二）。"),        // the span's own bracket
            ("the analyst’s report", "yst’s report"),            // an apostrophe, no quote mark
        ]
        for (text, quoted) in cases {
            let start = text.unicodeScalars.count - quoted.unicodeScalars.count
            let span = TextSpan(start, text.unicodeScalars.count)
            XCTAssertEqual(context.quoteRow(text, span: span, document: "d").cells, ["    [\(span.start)–\(span.end)] 「" + quoted + "」"], text)
        }
    }
}
