import Foundation
import XCTest
@testable import PolicyModel

/// `ipap import` promises every problem at once. A row's `based_on` was checked only when the rest of the row
/// was sound (and its id neither repeated nor already in the corpus): a typo in it came out only on the run
/// after the row's other problems were fixed.
final class ImportEveryProblemTests: XCTestCase {
    static let header = "id,title,level,region,date_written,based_on,file\n"

    func testABasedOnTypoIsReportedBesideTheRowsOtherProblemsInFileOrder() throws {
        let f = try ImportFixture()
        try f.write("a.txt", "正文")
        try f.write("manifest.csv", Self.header
            + "gf-agri,国务院关于推进农业的指导意见,national,,2016-01-01,,a.txt\n"
            + "hb-1,河北省实施意见,provincial,河北省,2016-02-01,gf-agri,a.txt\n"
            + "hb-2,河北省实施方案,provincial,河北省,2016-03-01,gf-agri,a.txt\n"
            + "hb-3,河北省行动计划,provincial,河北省省,2016-13-01,gf-agr,a.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:5:25: unknown region '河北省省' (not a division code or name in divisions.json)",
            "src/manifest.csv:5:30: '2016-13-01' is not a date (YYYY-MM-DD, 2015/7/4 or 2015年7月4日)",
            "src/manifest.csv:5:41: based_on names 'gf-agr', which is neither in the manifest nor in out",
        ])
    }

    /// A row refused for its id (repeated, already in the corpus) or its file still has its based_on checked.
    func testBasedOnIsCheckedOnRowsRefusedForTheirIDOrFile() throws {
        let f = try ImportFixture()
        try f.write("a.txt", "正文")
        try f.write("manifest.csv", Self.header
            + "hb-1,河北省实施意见,provincial,河北省,,gf-2015-40,a.txt\n"
            + "hb-1,河北省实施方案,provincial,河北省,,nowhere-1,a.txt\n"        // 3: duplicate id
            + "sc-2015-1,国务院文件,national,,,nowhere-2,a.txt\n"                // 4: already in the corpus
            + "hb-2,河北省行动计划,provincial,河北省,,nowhere-3,missing.txt\n")  // 5: missing file
        guard case .failure(let failure) = f.importer(into: f.existingCorpus).plan() else { return XCTFail("must be refused") }
        let messages = failure.problems.map(\.description)
        for (line, name) in [(3, "nowhere-1"), (4, "nowhere-2"), (5, "nowhere-3")] {
            XCTAssertTrue(messages.contains { $0.hasPrefix("src/manifest.csv:\(line):") && $0.contains("based_on names '\(name)'") },
                          "no based_on problem on line \(line) in\n\(messages.joined(separator: "\n"))")
        }
        XCTAssertTrue(messages.contains { $0.hasPrefix("src/manifest.csv:3:1:") && $0.contains("duplicate id 'hb-1'") }, messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains { $0.hasPrefix("src/manifest.csv:4:1:") && $0.contains("already in") }, messages.joined(separator: "\n"))
        XCTAssertFalse(messages.contains { $0.contains("'gf-2015-40'") }, "an id in the corpus is known: \(messages)")
    }

    /// A mistyped header stopped the run with that one problem, though the other columns could be read. The rows
    /// are now checked too; a header that surely means one column (`titel`) is read as that column for the check,
    /// so that fixing the name brings no new problem (nor is every title said to be missing). One that may mean two
    /// (`date`) is not read: its cells are no column's.
    func testARowsProblemsAreReportedBesideAMistypedHeader() throws {
        let f = try ImportFixture()
        try f.write("a.txt", "正文")
        try f.write("manifest.csv", "id,titel,level,region,date,file\n"
            + "hb-1,河北省实施意见,provincial,河北省省,2016-13-01,a.txt\n"
            + "hb-2,,provincial,河北省,,missing.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        let messages = failure.problems.map(\.description)
        XCTAssertEqual(messages.count, 5, messages.joined(separator: "\n"))
        XCTAssertTrue(messages[0].hasPrefix("src/manifest.csv:1:4: column 'titel' is not one ipap reads"), messages.joined(separator: "\n"))
        XCTAssertTrue(messages[1].hasPrefix("src/manifest.csv:1:23: column 'date' is not one ipap reads"), messages.joined(separator: "\n"))
        XCTAssertEqual(Array(messages.dropFirst(2)), [
            "src/manifest.csv:2:25: unknown region '河北省省' (not a division code or name in divisions.json)",
            "src/manifest.csv:3:6: the title is empty and the file gives none",
            "src/manifest.csv:3:23: src/missing.txt: missing: no such file",
        ])
    }

    /// Without an id column no row can be told from another (duplicates, based_on): the header's problem alone.
    func testAHeaderWithoutAnIDColumnStopsAtTheHeader() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "name,title,level,file\nhb-1,标题,galactic,missing.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:1:1: the header has no 'id' column (expected id,title,number,issuer,level,region,date_written,date_published,based_on,file)",
        ])
    }

    /// QA 47 #5: one quoting error was the only problem said; a bad date on line 2, an unknown region and a missing
    /// file on line 3 came out on the next run. A stray quote is local to its row: the rows before and after it are
    /// checked in the same run, the row itself left out.
    func testAStrayQuoteLeavesOutItsRowOnly() throws {
        let f = try ImportFixture()
        try f.write("texts/a.txt", "正文")
        try f.write("manifest.csv", "id,title,region,file,date_written\n"
            + "doc-a,标题一,河北,texts/a.txt,2016-02-30\n"
            + "doc-b,标题二,火星省,texts/missing.txt,2016-01-01\n"
            + "doc-c,标题\"三\",河北,texts/a.txt,2016-13-01\n"
            + "doc-d,标题四,河北,texts/a.txt,2016-13-01\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:2:26: '2016-02-30' is not a date (YYYY-MM-DD, 2015/7/4 or 2015年7月4日)",
            "src/manifest.csv:3:11: unknown region '火星省' (not a division code or name in divisions.json)",
            "src/manifest.csv:3:15: src/texts/missing.txt: missing: no such file",
            #"src/manifest.csv:4:9: a quote inside an unquoted field; quote the whole field and double the quote ("标题""三""")"#,
            "src/manifest.csv:5:26: '2016-13-01' is not a date (YYYY-MM-DD, 2015/7/4 or 2015年7月4日)",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path), "nothing written")
    }

    /// A quoted field never closed runs to the end: the rows before it are checked, and the message says which
    /// lines it swallowed (unchecked).
    func testAnUnclosedQuoteReportsTheRowsBeforeItAndWhatItSwallowed() throws {
        let f = try ImportFixture()
        try f.write("a.txt", "正文")
        try f.write("manifest.csv", Self.header
            + "hb-1,河北省实施意见,provincial,河北省,2016-02-30,,a.txt\n"
            + "hb-2,河北省实施方案,provincial,河北省,2016-03-01,,a.txt,13th\n"
            + "hb-3,\"关于互联网+农业的通知,provincial,河北省,2016-03-01,,a.txt\n"
            + "hb-4,标题,provincial,河北省,2016-13-01,,a.txt\n"
            + "hb-5,标题,provincial,火星省,2016-03-01,,a.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:2:29: '2016-02-30' is not a date (YYYY-MM-DD, 2015/7/4 or 2015年7月4日)",
            "src/manifest.csv:3:1: the row has 8 fields, the header 7",
            "src/manifest.csv:4:6: a quoted field is never closed; lines 5-6 after it were read into it and not checked",
        ])
        XCTAssertEqual(failure.problems.map { $0.description(in: .chinese) }.last,
                       "src/manifest.csv:4:6: 加引号的字段没有结束引号；其后第 5–6 行都被读入该字段，未作检查")
    }

    /// Text after a field's closing quote is local too; a closing quote found lines after the field opened says
    /// where it opened. A row left out still has its id known to another row's based_on (no knock-on problem).
    func testTextAfterAClosingQuoteLeavesOutItsRowAndItsIDStaysKnown() throws {
        let f = try ImportFixture()
        try f.write("a.txt", "正文")
        try f.write("manifest.csv", Self.header
            + "hb-1,\"关于\"互联网+\"农业的通知\",provincial,河北省,2016-03-01,,a.txt\n"
            + "hb-2,标题,provincial,河北省,2016-03-01,hb-1,a.txt\n"
            + "hb-3,\"标题\n三,provincial,河北省,2016-03-01,,a.txt\n"
            + "hb-4,标题\"四,provincial,河北省,2016-03-01,,a.txt\n"
            + "hb-5,标题,provincial,河北省,2016-03-01,nowhere,missing.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            #"src/manifest.csv:2:10: text after the closing quote of a field; a quote inside a quoted field is written """#,
            // The quote opened on line 4 is closed by hb-4's stray quote on line 6: lines 4-6 are one record.
            #"src/manifest.csv:6:9: text after the closing quote of a field; a quote inside a quoted field is written ""; "#
                + "the field is quoted from 4:6, so lines 4-6 were read as one record",
            "src/manifest.csv:7:35: based_on names 'nowhere', which is neither in the manifest nor in out",
            "src/manifest.csv:7:43: src/missing.txt: missing: no such file",
        ])
    }

    /// A quoting error in the header row: no column can be told, the rows are not read; every quoting error is said.
    func testAQuotingErrorInTheHeaderIsSaidWithTheOthersAlone() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,ti\"tle,file\nhb-1,标题,missing.txt\nhb-2,标\"题,a.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.position), [SourcePosition(line: 1, column: 6), SourcePosition(line: 3, column: 7)])
        XCTAssertTrue(failure.problems.allSatisfy { $0.description.contains("a quote inside an unquoted field") }, "\(failure.problems)")
    }

    /// A region given but unknown was also said to leave the level "empty and cannot be inferred (no issuer, no
    /// region)": a knock-on of the unknown region. The region's problem alone is said; with no region at all, the
    /// level's problem still is.
    func testAnUnknownRegionIsNotAlsoAMissingLevel() throws {
        let f = try ImportFixture()
        try f.write("a.txt", "正文")
        try f.write("manifest.csv", "id,title,region,file\n"
            + "doc-b,标题二,火星省,a.txt\n"
            + "doc-c,标题三,,a.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:2:11: unknown region '火星省' (not a division code or name in divisions.json)",
            "src/manifest.csv:3:1: the level is empty and cannot be inferred (no issuer, no region)",
        ])
    }
}

/// `CSVReader.scan` reads on after an error local to its record; `parse` stops at the first.
final class CSVReaderRecoveryTests: XCTestCase {
    func testLocalErrorsLeaveOutTheirRecordOnly() {
        let scan = CSVReader().scan("a,b\r\nc,d\"e\r\n\"f\"g,h\ni,\"j\nk\",l\n")
        XCTAssertEqual(scan.records.map { $0.fields.map(\.value) }, [["a", "b"], ["i", "j\nk", "l"]])
        XCTAssertEqual(scan.records.map(\.line), [1, 4])
        XCTAssertEqual(scan.failures.map(\.position), [SourcePosition(line: 2, column: 4), SourcePosition(line: 3, column: 4)])
        XCTAssertEqual(scan.failures.map(\.recordLine), [2, 3])
        XCTAssertEqual(scan.failures[0].fieldsBefore.map(\.value), ["c"])
        XCTAssertEqual(scan.records[1].fields[2].position, SourcePosition(line: 5, column: 4))
        // On the last line, without a line break after it: nothing of it is kept.
        let last = CSVReader().scan("a,b\nc,d\"e")
        XCTAssertEqual(last.records.map(\.line), [1])
        XCTAssertEqual(last.failures.map(\.position), [SourcePosition(line: 2, column: 4)])
        guard case .failure(let first) = CSVReader().parse("a,b\r\nc,d\"e\r\n") else { return XCTFail("parse stops at the first error") }
        XCTAssertEqual(first.position, SourcePosition(line: 2, column: 4))
    }

    func testAnUnclosedQuoteOrANulByteKeepsTheRecordsBefore() {
        let open = CSVReader().scan("a,b\nc,\"d\ne\nf")
        XCTAssertEqual(open.records.map(\.line), [1])
        XCTAssertEqual(open.failures.map(\.position), [SourcePosition(line: 2, column: 3)])
        XCTAssertEqual(open.failures.first?.message, "a quoted field is never closed; lines 3-4 after it were read into it and not checked")
        let nul = CSVReader().scan("a,b\nc,\u{0}\nd,e\n")
        XCTAssertEqual(nul.records.map(\.line), [1])
        XCTAssertEqual(nul.failures.map(\.position), [SourcePosition(line: 2, column: 3)])
    }
}
