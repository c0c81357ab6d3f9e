import Foundation
import XCTest
@testable import PolicyModel

/// A workbook's messages said "line" where they meant a row ("duplicate id 'x-2' (also on line 3)", "(manifest
/// line 5)", "(line 2)" of an unknown issuer): a position in `manifest.xlsx` is row:column, and the messages now say
/// "row"; `manifest.csv`'s still say "line".
final class WorkbookRowWordTests: XCTestCase {
    private func importer(_ f: ImportFixture) -> CorpusImporter {
        CorpusImporter(source: f.source, destination: f.destination, sourceDisplay: "src", destinationDisplay: "out",
                       taxonomyDirectory: RealManifestTests.bundledTaxonomy)
    }

    func testAWorkbooksMessagesCountRows() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("empty.txt", "")
        try f.write("manifest.xlsx", try RealManifestTests.xlsx(header: ["id", "title", "issuer", "level", "file"], rows: [
            ["x-1", "国务院关于测试的意见", "国务院", "national", "t.txt"],
            ["x-2", "国务院关于测试的通知", "某某协会", "national", "t.txt"],
            ["x-2", "国务院关于测试的批复", "国务院", "national", "t.txt"],
            ["x-3", "国务院关于测试的函", "国务院", "national", "empty.txt"],
        ]))
        guard case .failure(let failure) = importer(f).plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/empty.txt:1:1: no text in the file (manifest row 5)",
            "src/manifest.xlsx:4:1: duplicate id 'x-2' (also on row 3)",
        ])
        XCTAssertEqual(failure.warnings.map(\.description), [
            "src/manifest.xlsx:3:3: warning: unknown issuer '某某协会' kept as written, 1 time (manifest row 3); add it to "
                + "taxonomy/issuers.json or use --strict to refuse it",
        ])
        XCTAssertEqual(failure.problems.map { $0.text.zh }, ["文件中没有正文（清单第 5 行）", "id“x-2”重复（另见第 3 行）"])
    }

    /// An unknown issuer both in a workbook's cell and in a page's 发文机关 (the manifest's issuer left empty): the
    /// warning gave every place the first place's word, "(rows 2, src/page.html:1)" or "(lines 1, src/manifest.xlsx:3)",
    /// then the page's line beside the workbook's row ("line 1; row …"). Every place is its manifest row now, and a page
    /// is named as where the name was read.
    func testAnUnknownIssuersPlacesInAWorkbookAndAPageEachSayTheirWord() throws {
        let page = "<html><body><table><tr><td>发文机关：</td><td>某某协会</td></tr></table><p>正文内容。</p></body></html>"
        let warning = { (first: String, places: String) in
            "\(first): warning: unknown issuer '某某协会' kept as written, 2 times (\(places)); add it to taxonomy/issuers.json or use --strict to refuse it"
        }
        let rows = [["x-1", "国务院关于测试的意见", "某某协会", "national", "t.txt"], ["x-2", "国务院关于测试的通知", "", "national", "page.html"]]
        for (order, expected) in [(rows, warning("src/manifest.xlsx:2:3", "manifest rows 2, 3; read from src/page.html:1")),
                                  (rows.reversed(), warning("src/page.html:1:38", "manifest rows 2, 3; read from src/page.html:1"))] {
            let f = try ImportFixture()
            try f.write("t.txt", "正文")
            try f.write("page.html", page)
            try f.write("manifest.xlsx", try RealManifestTests.xlsx(header: ["id", "title", "issuer", "level", "file"], rows: Array(order)))
            switch importer(f).plan() {
            case .success(let plan): XCTAssertEqual(plan.warnings.map(\.description), [expected])
            case .failure(let failure): XCTFail("\(failure.problems.map(\.description))")
            }
        }
    }

    func testACSVManifestsMessagesStillCountLines() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.csv", "id,title,issuer,level,file\nx-1,国务院关于测试的意见,国务院,national,t.txt\nx-1,国务院关于测试的通知,国务院,national,t.txt\n")
        guard case .failure(let failure) = importer(f).plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), ["src/manifest.csv:3:1: duplicate id 'x-1' (also on line 2)"])
    }
}
