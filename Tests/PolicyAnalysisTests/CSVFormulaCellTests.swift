import Testing
@testable import PolicyAnalysis

/// A title or review note `=HYPERLINK("http://evil","点击")` went raw into every CSV ipap writes, and Excel or WPS
/// opened it as a live formula. `csvLine`, the one writer of CSV fields, puts an apostrophe before a cell a
/// spreadsheet would read as a formula; numbers stay numbers.
@Suite struct CSVFormulaCellTests {
    @Test func aCellThatWouldStartAFormulaGetsAnApostrophe() {
        #expect(ExportReport.csvLine(["=HYPERLINK(\"http://evil\",\"点击\")"]) == "\"'=HYPERLINK(\"\"http://evil\"\",\"\"点击\"\")\"")
        #expect(ExportReport.csvLine(["+1+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) == "'+1+cmd,'-2+3,'@SUM(A1),'\t=1,\"'\r=1\"")
        #expect(ExportReport.csvLine(["-", "--", "+", "-e3", "1e", "-1.2.3"]) == "-,'--,'+,'-e3,1e,'-1.2.3")
    }

    @Test func aPlainNumberStaysANumber() {
        #expect(ExportReport.csvLine(["-3", "-0.25", "+5", "0.5", "-.5", "1e-3", "-2.5E+4", "-12%"]) == "-3,-0.25,+5,0.5,-.5,1e-3,-2.5E+4,-12%")
        #expect(ExportReport.csvLine(["互联网+", "a=b", "2015-07-01"]) == "互联网+,a=b,2015-07-01", "only the first character counts")
    }
}
