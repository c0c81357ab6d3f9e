import Foundation
import XCTest

/// `ipap show` counts an analyst's area override as the dashboard and the export do (docs/reviews.md: overrides win
/// wherever clause codes are counted): it printed the machine's areas of a document's text after the override.
final class ShowOverrideTests: XCTestCase {
    func testADocumentsAreasInTextAndItsAreaPageFollowAnAreaOverride() throws {
        let dir = try EvidencePathEndToEndTests.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let english = ["IPAP_LANG": "en"]
        func ipap(_ arguments: String...) -> ProcessRunner.Output {
            ProcessRunner.run([ProcessRunner.ipap] + arguments + ["--corpus", dir.path], environment: english)
        }
        XCTAssertEqual(ipap("analyze", "--write").status, 0)
        func areasInText() -> String {
            ipap("show", "demo-00020").stdout.split(separator: "\n").first { $0.contains("Areas in text") }.map(String.init) ?? ""
        }
        func aiPage() -> String { ipap("show", "ai").stdout }
        XCTAssertFalse(areasInText().contains("Artificial intelligence"), "the machine codes no clause of demo-00020 to it")
        XCTAssertFalse(aiPage().contains("demo-00020"))

        let added = ipap("review", "add", "--target", "demo-00020", "--clause", "3", "--set-area", "ai")
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(areasInText().contains("Artificial intelligence"), areasInText())
        XCTAssertTrue(aiPage().contains("demo-00020"), aiPage())
    }
}
