import Foundation
import XCTest
@testable import PolicyModel

/// A header one letter off a column's name (`files`, `titel`) or the first word of one (`date`) was kept as
/// extra metadata without a word: the import wrote every document without its text, or without its dates,
/// and exited 0. Such a header is now a problem at its cell, naming the column meant.
final class ManifestColumnNameTests: XCTestCase {
    func testAMistypedColumnIsRefusedAtItsHeaderCellNamingTheColumnMeant() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.csv", "id,title,level,date,Files\na-1,国务院关于测试的意见,national,2015-07-01,t.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:1:16: column 'date' is not one ipap reads (it would be kept as extra metadata and 'date_written' and "
                + "'date_published' left empty); did you mean 'date_written' or 'date_published'? Rename the column",
            "src/manifest.csv:1:21: column 'Files' is not one ipap reads (it would be kept as extra metadata and 'file' left empty); "
                + "did you mean 'file'? Rename the column",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path), "nothing written")
    }

    func testAWorkbooksMistypedColumnIsLocatedAtRowAndColumn() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.xlsx", try RealManifestTests.xlsx(header: ["id", "titel", "level", "file"],
                                                                rows: [["a-1", "国务院关于测试的意见", "national", "t.txt"]]))
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.xlsx:1:2: column 'titel' is not one ipap reads (it would be kept as extra metadata and 'title' left empty); "
                + "did you mean 'title'? Rename the column",
        ])
    }

    func testOtherColumnsAreStillExtraMetadata() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.csv", "id,title,level,file,reason,note,来源,date written\na-1,国务院关于测试的意见,national,t.txt,r,n,s,2015-07-01\n")
        let plan = try f.importer().plan().get()
        XCTAssertEqual(plan.documents.first?.extra, ["reason": "r", "note": "n", "来源": "s"])
        XCTAssertEqual(plan.documents.first?.dateWritten?.description, "2015-07-01")
    }

    func testEditDistanceCountsASwapOfNeighboursAsOneEdit() {
        XCTAssertEqual(EditDistance.between("titel", "title"), 1)
        XCTAssertEqual(EditDistance.between("files", "file"), 1)
        XCTAssertEqual(EditDistance.between("reason", "region"), 2)
        XCTAssertEqual(EditDistance.between("", "id"), 2)
        XCTAssertEqual(EditDistance.between("list", "list"), 0)
    }
}
