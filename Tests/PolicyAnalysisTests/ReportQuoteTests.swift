import Foundation
import PolicyModel
import PropertyBased
import SafeText
import Testing
@testable import PolicyAnalysis

/// A report quotes a passage by its span: whitespace runs folded to one space, at most `quoteLimit`
/// characters with an ellipsis. The quote from the text's scalars (made once per document, with a fast path
/// for scalars that are characters of their own, and a window at the passage's start) must be the quote the
/// plain rule gives, whatever the text holds. A span that starts inside a bracket is marked as cut, as on the screen.
@Suite struct ReportQuoteTests {
    /// Plain CJK and ASCII, white space of every kind, scalars that join the one before (a combining accent,
    /// a variation selector, a tone mark, a zero-width joiner), astral characters, CR LF.
    static let alphabet: [String] = ["互", "联", "网", "，", "。", "《", "》", "“", "”", "A", "z", "1", "+", " ", "  ", "\n", "\r\n",
                                     "\t", "\u{3000}", "\u{A0}", "\u{2028}", "e\u{301}", "\u{301}", "☺\u{FE0F}", "\u{302A}",
                                     "\u{200D}", "𠀀", "👩‍💻", "ｱ", "\u{FF9E}", "—", "…"]

    /// The rule as first written: fold the whole passage, trim, cut; the start marked as `QuoteStart` says, the mark
    /// within the limit.
    static func reference(_ text: String, span: TextSpan) -> String {
        let raw = span.substring(of: text)
        let mark = QuoteStart.mark(raw, after: QuoteStart.lead(Array(text.unicodeScalars), before: span.start))
        let limit = ExportReport.quoteLimit - mark.count
        var folded = ""
        var lastSpace = false
        for ch in raw {
            if ch.isWhitespace || ch.isNewline {
                if !lastSpace && !folded.isEmpty { folded.append(" ") }
                lastSpace = true
            } else {
                folded.append(ch)
                lastSpace = false
            }
        }
        folded = folded.trimmingWhitespace()
        if folded.count > limit { folded = String(folded.prefix(limit - 1)) + "…" }
        return mark + folded
    }

    @Test func aQuoteFromScalarsIsTheQuoteOfThePlainRule() async throws {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            // Mostly plain text (the fast path), sometimes any piece; lengths around the limit and the window.
            let plainOnly = rng.next() % 2 == 0
            let pieces = Int(rng.next() % 700)
            let text = (0..<pieces).map { _ -> String in
                let k = plainOnly ? Int(rng.next() % 16) : Int(rng.next() % UInt64(Self.alphabet.count))
                return Self.alphabet[k]
            }.joined()
            let scalars = Array(text.unicodeScalars)
            let start = scalars.isEmpty ? 0 : Int(rng.next() % UInt64(scalars.count))
            let end = min(scalars.count, start + Int(rng.next() % 800))
            let span = TextSpan(start, end)
            let expected = Self.reference(text, span: span)
            #expect(ExportReport.quote(scalars, span: span) == expected, "seed \(seed)")
            #expect(ExportReport.quote(text, span: span) == expected, "seed \(seed)")
        }
    }

    /// A span that starts inside a bracketed part opened just before it is quoted as the dashboard shows it, marked
    /// as cut: the report quoted the demo's demo-00009 [283, 448) as "二）发展目标。…", where the dashboard shows
    /// "…二）发展目标。…". Within the limit, the mark counted; no mark where the span starts at the opener.
    @Test func aQuoteStartingInsideABracketIsMarkedAsCut() {
        let text = "一、总体要求\n（二）发展目标。到2024年，建成示范基地。" + String(repeating: "互联网", count: 60)
        let scalars = Array(text.unicodeScalars)
        let inside = TextSpan(8, 30), atTheOpener = TextSpan(7, 30), long = TextSpan(8, scalars.count)
        for quote in [{ ExportReport.quote(scalars, span: $0) }, { ExportReport.quote(text, span: $0) }] as [(TextSpan) -> String] {
            #expect(quote(inside) == "…二）发展目标。到2024年，建成示范基地。互")
            #expect(quote(atTheOpener) == "（二）发展目标。到2024年，建成示范基地。互")
            #expect(quote(long).count == ExportReport.quoteLimit)
            #expect(quote(long).hasPrefix("…二）发展目标") && quote(long).hasSuffix("…"))
        }
    }

    @Test func aSpanOutsideTheTextQuotesNothing() {
        let text = "互联网+行动"
        let scalars = Array(text.unicodeScalars)
        for span in [TextSpan(3, 9), TextSpan(7, 8)] {
            #expect(ExportReport.quote(scalars, span: span) == "")
            #expect(ExportReport.quote(text, span: span) == "")
        }
    }
}
