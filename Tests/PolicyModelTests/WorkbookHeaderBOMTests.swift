import Foundation
import XCTest
@testable import PolicyModel

/// A workbook whose header cell held a byte-order mark before `id` (it shows as `id`) was refused: "column '\u{FEFF}id'
/// is not one ipap reads … the header has no 'id' column". The mark is dropped, as the CSV reader drops a file's.
final class WorkbookHeaderBOMTests: XCTestCase {
    func testAByteOrderMarkInAHeaderCellIsNoPartOfTheName() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.xlsx", try RealManifestTests.xlsx(header: ["\u{FEFF}id", "title", "\u{FEFF}level", "file"],
                                                                rows: [["b-1", "国务院关于测试的意见", "national", "t.txt"]]))
        let importer = CorpusImporter(source: f.source, destination: f.destination, sourceDisplay: "src", destinationDisplay: "out",
                                      taxonomyDirectory: RealManifestTests.bundledTaxonomy)
        let plan = try importer.plan().get()
        XCTAssertEqual(plan.documents.map(\.id), ["b-1"])
        XCTAssertEqual(plan.documents.first?.level, .national)
        XCTAssertEqual(plan.documents.first?.extra, [:], "no column kept as extra metadata")
    }
}
