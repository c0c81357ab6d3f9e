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
}
