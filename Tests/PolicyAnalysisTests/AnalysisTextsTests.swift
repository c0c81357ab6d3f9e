import Foundation
import PolicyModel
import XCTest
@testable import PolicyAnalysis

/// The analysis holds each text only until it is normalised: the corpus lets go of its loaded texts, the
/// analysis takes them one by one, and the result is the same as from documents that carry their texts.
final class AnalysisTextsTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The demo corpus's documents in a directory of their own: an analysis that `ipap browse --demo` stored
    /// beside the bundled copy would be found there and the tests would see no computation.
    private func demoCorpus() throws -> Corpus {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-texts-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        for name in ["corpus.json", "documents"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("data/demo").appendingPathComponent(name),
                                             to: dir.appendingPathComponent(name))
        }
        let loaded = CorpusLoader(taxonomyDirectory: Self.repository.appendingPathComponent("data/taxonomy")).load(dir)
        return try XCTUnwrap(loaded.corpus, "\(loaded.problems)")
    }

    func testDetachedTextsGiveTheSameAnalysisAndAreGoneAfterIt() throws {
        let loaded = try demoCorpus()
        let expected = CorpusAnalysis(corpus: loaded).result().0

        var corpus = loaded
        let (analysis, texts) = CorpusAnalysis.detachingTexts(of: &corpus)
        XCTAssertEqual(texts.count, expected.documents.count)
        XCTAssertTrue(texts.documents.allSatisfy(\.text.isEmpty), "the documents listed carry no text of their own")
        XCTAssertTrue((0..<texts.count).allSatisfy { !texts.text(at: $0).isEmpty }, "each text is held apart")
        // The corpus read them again from their files when asked.
        XCTAssertTrue(corpus.documents.allSatisfy { $0.text == nil })
        for d in loaded.documents where d.text != nil {
            XCTAssertEqual(corpus.text(of: try XCTUnwrap(corpus.document(d.id))), d.text)
        }

        let (result, origin) = try analysis.result(texts: texts, cancellation: AnalysisCancellation())
        XCTAssertEqual(origin, .computed)
        XCTAssertTrue((0..<texts.count).allSatisfy { texts.text(at: $0).isEmpty }, "the analysis took every text")
        XCTAssertEqual(try result.jsonData(pretty: false), try expected.jsonData(pretty: false))
    }

    func testACorpusThatCannotReadItsTextsAgainKeepsThem() throws {
        let loaded = try demoCorpus()
        var corpus = Corpus(directory: loaded.directory, info: loaded.info, taxonomy: loaded.taxonomy,
                            documents: loaded.documents, findings: loaded.findings)
        let (_, texts) = CorpusAnalysis.detachingTexts(of: &corpus)
        XCTAssertGreaterThan(texts.count, 0)
        XCTAssertEqual(corpus.documents.map(\.text), loaded.documents.map(\.text))
    }
}
