import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The dashboard holds the corpus-level part of the stored analysis; a document's part and text are read
/// when the document is opened, and no other (issue 16).
final class LazyAnalysisTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try DemoFixture.copy()
        let full = try DemoFixture.load(directory)
        let analysis = CorpusAnalysis(corpus: full)
        try analysis.write(analysis.result().0)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testEveryTabIsBuiltWithoutAPartOrATextAndADocumentReadsOnlyItsOwn() throws {
        // As `ipap browse` starts: the corpus without texts, the analysis opened by its files' stamp.
        let corpus = try XCTUnwrap(CorpusLoader(taxonomyDirectory: DemoFixture.taxonomy).load(directory, deferTexts: true).corpus)
        let stored = try XCTUnwrap(CorpusAnalysis(corpus: corpus).storedForCurrentFiles(), "the analysis stored for these files")
        let texts = try XCTUnwrap(corpus.texts)
        let view = AnalysisView(stored: stored)
        view.warmIndicatorValues(corpus.taxonomy.problems.allIndicators.compactMap { TextIndicatorKind(rawValue: $0.id) })
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 120, height: 40), analysis: view)
        for route in Route.tabs {
            state.stack = [route]
            let content = Layout.content(state)
            XCTAssertTrue(!content.rows.isEmpty || content.grid != nil, "\(route)")
        }
        XCTAssertEqual(stored.partsRead, [], "the tabs need the corpus-level part only")
        XCTAssertEqual(texts.reads, [], "no text is read before a document is opened")

        // A document that shares text with others: its panel, its pairs and its text with the copied passages.
        let id = try XCTUnwrap(corpus.documents.map(\.id).first { !view.pairs(involving: $0).isEmpty })
        state.stack = [.documents, .document(id)]
        let content = Layout.content(state)
        let text = try XCTUnwrap(corpus.text(of: try XCTUnwrap(corpus.document(id))))
        let firstLine = String(text.prefix { $0 != "\n" }.prefix(10))
        XCTAssertTrue(content.rows.contains { $0.kind == .text && $0.cells.joined().contains("段") }, "the shared-text rows")
        XCTAssertTrue(content.rows.contains { $0.cells.joined().contains(firstLine) }, "the text: \(firstLine)")
        XCTAssertFalse(content.panel.isEmpty, "the indicator panel, from the document's part")
        XCTAssertEqual(stored.partsRead, [id])
        XCTAssertEqual(texts.reads, [id])
    }

    func testADocumentsIndicatorsFromItsPartEqualTheComputedOnes() throws {
        let corpus = try XCTUnwrap(CorpusLoader(taxonomyDirectory: DemoFixture.taxonomy).load(directory, deferTexts: true).corpus)
        let stored = try XCTUnwrap(CorpusAnalysis(corpus: corpus).storedForCurrentFiles())
        let computed = try DemoFixture.shared().analysis
        let view = AnalysisView(stored: stored)
        let id = try XCTUnwrap(computed.result.documents.last?.id)
        XCTAssertEqual(view.details(id)?.measures, computed.details(id)?.measures)
        XCTAssertEqual(view.indicators(id), computed.indicators(id))
        XCTAssertEqual(view.reusePairs(involving: id), computed.reusePairs(involving: id))
    }

    func testATouchedDocumentFileMeansTheStampNoLongerVouchesForTheAnalysis() throws {
        let corpus = try XCTUnwrap(CorpusLoader(taxonomyDirectory: DemoFixture.taxonomy).load(directory, deferTexts: true).corpus)
        XCTAssertNotNil(CorpusAnalysis(corpus: corpus).storedForCurrentFiles())
        let file = directory.appendingPathComponent("documents").appendingPathComponent(try XCTUnwrap(corpus.documents.first?.id) + ".json")
        let data = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: file)
        try data.write(to: file)
        XCTAssertNil(CorpusAnalysis(corpus: corpus).storedForCurrentFiles(), "a rewritten file: the texts must be read and compared")
    }
}
