import Foundation
import XCTest
@testable import PolicyModel

/// Excel's "CSV UTF-8" writes a row it once formatted as a row of commas. The same list imported from
/// manifest.xlsx, but from the CSV every such row was two problems ("the id is empty; every row needs one",
/// "the title is empty and the file gives none") and nothing was imported. A row of empty cells is skipped, as
/// an empty line is.
final class ManifestEmptyRowTests: XCTestCase {
    func testARowOfEmptyCellsIsSkippedAsAnEmptyLineIs() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.csv", "id,title,level,file\r\na-1,国务院关于测试的意见,national,t.txt\r\n,,,\r\n , ,\"\", \r\n"
            + "a-2,国务院关于测试的通知,national,t.txt\r\n,,,\r\n")
        let plan = try f.importer().plan().get()
        XCTAssertEqual(plan.documents.map(\.id), ["a-1", "a-2"])
    }

    func testProblemsAfterAnEmptyRowKeepTheirLine() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.csv", "id,title,level,file\n,,,\na-2,国务院关于测试的通知,national,missing.txt\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description).map { String($0.prefix(23)) }, ["src/manifest.csv:3:25: "])
    }
}
