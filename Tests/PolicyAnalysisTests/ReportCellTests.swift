import Testing
@testable import PolicyAnalysis

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
        #expect(ExportReport.cell("互联网+行动") == "互联网+行动")
        #expect(ExportReport.cell("a|b\\c") == "a\\|b\\\\c")
        #expect(ExportReport.cell("一\r\n二\n三") == "一<br>二<br>三")
    }
}
