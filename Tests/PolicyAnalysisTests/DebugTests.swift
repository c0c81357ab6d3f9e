import XCTest
@testable import PolicyAnalysis

final class DebugTests: XCTestCase {
    func testDebugSpurious() {
        let corpus = DemoCorpusGenerator(seed: 3, documents: 60, length: 3000).generate()
        let texts = corpus.documents.map { NormalizedText($0.text, mode: .content) }
        let matches = ReuseDetector().passages(texts: texts, precedence: ReuseDetector.precedence(corpus.documents))
        let pairs = ReuseDetector.pairs(matches, documents: corpus.documents, texts: texts)
        let eval = ReuseEvaluation(corpus: corpus, pairs: pairs)
        let spurious = Set(eval.spuriousPairs)
        for m in matches where spurious.contains(corpus.documents[m.source].id + ">" + corpus.documents[m.target].id) {
            let t = texts[m.target].scalars[m.targetRange].compactMap(Unicode.Scalar.init).map(String.init).joined()
            let s = texts[m.source].scalars[m.sourceRange].compactMap(Unicode.Scalar.init).map(String.init).joined()
            print("DBG", m.source, m.target, m.targetRange, m.fingerprints, t, "<=", s)
        }
    }
}
