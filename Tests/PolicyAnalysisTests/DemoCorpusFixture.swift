import Foundation
import PolicyModel
import XCTest
@testable import PolicyAnalysis

/// The committed demo corpus (data/demo), loaded with its texts, and its analysis (without clause coding, as a
/// stored analysis has none).
enum DemoCorpusFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func analysed() throws -> (corpus: Corpus, analysis: CorpusAnalysis, result: AnalysisResult) {
        let loaded = CorpusLoader(taxonomyDirectory: repository.appendingPathComponent("data/taxonomy"))
            .load(repository.appendingPathComponent("data/demo"))
        let corpus = try XCTUnwrap(loaded.corpus, "\(loaded.problems)")
        let analysis = CorpusAnalysis(corpus: corpus)
        return (corpus, analysis, PolicyAnalyzer(parameters: analysis.parameters).analyze(analysis.inputs))
    }
}
