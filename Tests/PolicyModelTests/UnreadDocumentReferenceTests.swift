import Foundation
import XCTest
@testable import PolicyModel

/// One broken document file (`"level": "nationall"`) gave its own error and then one "basedOn names 'x', which is
/// not a document of this corpus" for every document based on it, in `validate` and on stderr of every command:
/// the document exists, its file failed to load. One error per broken file.
final class UnreadDocumentReferenceTests: XCTestCase {
    func testAReferenceToADocumentWhoseFileFailedToLoadIsNotASecondProblem() throws {
        let fixture = try CorpusFixture()
        defer { fixture.remove() }
        let guiding = fixture.corpus.appendingPathComponent("documents/gf-2015-40.json")
        let text = try String(contentsOf: guiding, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"national\"", with: "\"nationall\"").utf8).write(to: guiding)
        try fixture.write("corpus/findings.json", """
            {"schema": 1, "findings": [{"id": "f1", "family": "homogenization",
              "about": [{"kind": "document", "id": "gf-2015-40"}], "zh": "x", "en": "x",
              "citation": {"source": "review-2020", "locator": "3.2"}}]}
            """)
        // Read from the files, then again from the metadata index the first load wrote.
        for useIndex in [false, true] {
            let result = CorpusLoader(taxonomyDirectory: fixture.taxonomy).load(fixture.corpus, displayPath: "corpus", deferTexts: useIndex, useIndex: useIndex)
            try result.freshIndex?.write(corpus: fixture.corpus)
            let problems = result.problems.map(\.description)
            XCTAssertEqual(problems.count, 1, "index: \(useIndex): \(problems.joined(separator: "\n"))")
            XCTAssertTrue(problems.first?.hasPrefix("corpus/documents/gf-2015-40.json:") ?? false, problems.joined(separator: "\n"))
        }
        // A document that is nowhere is still a problem.
        try FileManager.default.removeItem(at: guiding)
        let problems = CorpusLoader(taxonomyDirectory: fixture.taxonomy).load(fixture.corpus, displayPath: "corpus").problems.map(\.description)
        XCTAssertTrue(problems.contains { $0.contains("basedOn names 'gf-2015-40', which is not a document of this corpus") }, problems.joined(separator: "\n"))
    }
}
