import Foundation
import XCTest
@testable import PolicyAnalysis

/// A stored analysis must read back as exactly what was written, or it would never be reused.
final class AnalysisRoundTripTests: XCTestCase {
    func testStoredAnalysisDecodesToTheSameResult() throws {
        let demo = DemoCorpusGenerator(seed: 3, documents: 12, length: 1500).generate()
        var result = PolicyAnalyzer().analyze(demo.documents)
        result.inputs = AnalysisInputs(documents: demo.documents, parameters: result.parameters)
        let decoded = try JSONDecoder().decode(AnalysisResult.self, from: try result.jsonData())
        XCTAssertEqual(decoded.inputs, result.inputs)
        XCTAssertEqual(decoded.reuse, result.reuse)
        XCTAssertEqual(decoded.documents.map(\.id), result.documents.map(\.id))
        XCTAssertEqual(decoded.documents.map(\.toolAreaCounts), result.documents.map(\.toolAreaCounts))
    }
}

extension AnalysisRoundTripTests {
    func testTheInputFingerprintIsStableAndFollowsChanges() {
        let docs = DemoCorpusGenerator(seed: 4, documents: 5, length: 800).generate().documents
        let a = AnalysisInputs(documents: docs, parameters: AnalysisParameters())
        XCTAssertEqual(a, AnalysisInputs(documents: docs.reversed(), parameters: AnalysisParameters()))
        var changed = docs
        changed[2].text += "。"
        XCTAssertNotEqual(a.fingerprint, AnalysisInputs(documents: changed, parameters: AnalysisParameters()).fingerprint)
        var parameters = AnalysisParameters()
        parameters.reuse.k += 1
        XCTAssertNotEqual(a.fingerprint, AnalysisInputs(documents: docs, parameters: parameters).fingerprint)
    }
}
