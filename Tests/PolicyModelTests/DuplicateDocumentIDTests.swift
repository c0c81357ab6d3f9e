import Foundation
import XCTest
@testable import PolicyModel

/// Two document files with one id were both loaded: `list` showed the id twice, and the analysis paired the id
/// with itself ("demo-00001 → demo-00001, other, 100%"), which `analyze --write` stored. The second file in
/// file-name order is left out, and its problem says so.
final class DuplicateDocumentIDTests: XCTestCase {
    func testADocumentWhoseIDAnEarlierFileHasIsLeftOutAndSaidSo() throws {
        let fixture = try CorpusFixture()
        defer { fixture.remove() }
        try fixture.writeDocument(id: "copy", """
            {"schema": 1, "id": "gf-2015-40", "title": "t", "issuers": [], "level": "national", "source": {"verified": false}}
            """)
        for useIndex in [false, true] {
            let result = CorpusLoader(taxonomyDirectory: fixture.taxonomy).load(fixture.corpus, displayPath: "corpus", deferTexts: useIndex, useIndex: useIndex)
            try result.freshIndex?.write(corpus: fixture.corpus)
            let corpus = try XCTUnwrap(result.corpus)
            let ids = corpus.documents.map(\.id)
            XCTAssertEqual(ids.count, Set(ids).count, "one document an id (index: \(useIndex)): \(ids)")
            XCTAssertEqual(corpus.documents.filter { $0.id == "gf-2015-40" }.map(\.title), ["t"], "the first file, copy.json, is kept")
            XCTAssertTrue(result.problems.map(\.description).contains(
                "corpus/documents/gf-2015-40.json:1:21: duplicate id 'gf-2015-40' (also in corpus/documents/copy.json); this file is left out"),
                result.problems.map(\.description).joined(separator: "\n"))
        }
    }
}
