import Foundation
import XCTest
@testable import PolicyModel

/// A file under SRC was named in messages as its manifest cell wrote it: `./b.txt` and `b.txt` came out as
/// `src/./b.txt` and `src/b.txt`, `texts//c.html` as `src/texts//c.html`, so that one run named one file several
/// ways (and the file-order sort, which groups by name, split its problems). Each file is named one way.
final class ImportFileNameTests: XCTestCase {
    func testAFileIsNamedTheSameWayInEveryMessageOfARun() throws {
        let f = try ImportFixture()
        try f.write("texts/c.html", "<html><body><div id=\"zoom\">正文&#27;</div></body></html>")
        try f.write("manifest.csv", "id,title,level,file\n"
            + "a-1,标题,national,./b.txt\n"
            + "a-2,标题,national,b.txt\n"
            + "a-3,标题,national,texts//c.html\n"
            + "a-4,标题,national,./texts/./c.html\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:2:17: src/b.txt: missing: no such file",
            "src/manifest.csv:3:17: src/b.txt: missing: no such file",
            "src/texts/c.html:1:30: the control character U+001B (written &#27;): a text may not hold control characters; remove it (manifest line 4)",
            "src/texts/c.html:1:30: the control character U+001B (written &#27;): a text may not hold control characters; remove it (manifest line 5)",
        ])
    }

    /// A page listed by two rows gave an unknown issuer's warning the page twice ("read from src/c.html:1, src/c.html:1").
    func testAnUnknownIssuersPageIsNamedOnce() throws {
        let f = try ImportFixture()
        try f.write("c.html", "<html><body><table><tr><td>发文机关</td><td>火星办</td></tr></table><div id=\"zoom\">正文</div></body></html>")
        try f.write("manifest.csv", "id,title,level,file\na-1,标题,national,c.html\na-2,标题,national,./c.html\n")
        let plan = try f.importer().plan().get()
        XCTAssertEqual(plan.warnings.map(\.description), [
            "src/c.html:1:37: warning: unknown issuer '火星办' kept as written, 2 times (manifest lines 2, 3; read from src/c.html:1); "
                + "add it to taxonomy/issuers.json or use --strict to refuse it",
        ])
    }

    func testTheSourceDirectoryIsNamedAsTyped() {
        let importer = CorpusImporter(source: URL(fileURLWithPath: "/tmp/x"), destination: URL(fileURLWithPath: "/tmp/y"),
                                      sourceDisplay: "./src/", taxonomyDirectory: URL(fileURLWithPath: "/tmp/t"))
        XCTAssertEqual(importer.sourceFileDisplay("manifest.csv"), "./src/manifest.csv")
        XCTAssertEqual(importer.sourceFileDisplay(".//texts/./a.txt"), "./src/texts/a.txt")
        XCTAssertEqual(importer.sourceFileDisplay("/abs/a.txt"), "/abs/a.txt")
    }
}
