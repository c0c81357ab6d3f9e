import Testing
@testable import PolicyAnalysis
import SafeText

/// The report's cells as CSV fields (RFC 4180) and Markdown table cells.
@Suite struct ReportCellTests {
    @Test func aCSVFieldIsQuotedWhenItHoldsACommaQuoteOrLineBreakInAnyCharacter() {
        #expect(ExportReport.csvLine(["互联网+", "a,b", "说\"好\"", "一\n二"]) == "互联网+,\"a,b\",\"说\"\"好\"\"\",\"一\n二\"")
        // CR LF is one character, and a combining mark makes one character with the comma before it: both were
        // compared as characters and left unquoted, which split the row.
        #expect(ExportReport.csvLine(["一\r\n二", ",\u{301}"]) == "\"一\r\n二\",\",\u{301}\"")
        #expect(ExportReport.csvLine(["", "plain"]) == ",plain")
    }

    @Test func aMarkdownCellEscapesPipesAndBackslashesAndBreaksLines() {
        #expect(MarkdownText.cell("互联网+行动") == "互联网+行动")
        #expect(MarkdownText.cell("a|b\\c") == "a\\|b\\\\c")
        #expect(MarkdownText.cell("一\r\n二\n三") == "一<br>二<br>三")
        #expect(MarkdownText.cell("21.5%") == "21.5%")
        #expect(MarkdownText.cell("-0.25") == "-0.25", "a cell starts no line")
    }

    /// A review note or a title like `<img src=x onerror=alert(1)>` reached the Markdown unescaped (only `|` and
    /// line breaks were): a Markdown file rendered as HTML ran it. Every text is escaped by `MarkdownText`.
    @Test func markdownTextEscapesHTMLAndMarkup() {
        #expect(MarkdownText.cell("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(MarkdownText.inline("A & B <b>") == "A &amp; B &lt;b&gt;")
        #expect(MarkdownText.inline("[x](javascript:alert(1)) ![i](http://e/p.png)") == "\\[x\\](javascript:alert(1)) !\\[i\\](http://e/p.png)")
        #expect(MarkdownText.inline("*a* _b_ `c` ~~d~~") == "\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~")
        #expect(MarkdownText.inline("两行\n笔记") == "两行 笔记")
        // Text that begins a line starts no heading, list or quote.
        #expect(MarkdownText.line("# 标题") == "\\# 标题")
        #expect(MarkdownText.line("- item") == "\\- item")
        #expect(MarkdownText.line("12. item") == "12\\. item")
        #expect(MarkdownText.line("> quote") == "&gt; quote")
        #expect(MarkdownText.inline("# 标题") == "# 标题", "inside a line a # is text")
        // A code span holds any backtick run.
        #expect(MarkdownText.code("/srv/ipap") == "`/srv/ipap`")
        #expect(MarkdownText.code("/tmp/a`b") == "`` /tmp/a`b ``")
    }
}
