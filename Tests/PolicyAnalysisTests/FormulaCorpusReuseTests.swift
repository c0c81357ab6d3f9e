import XCTest
@testable import PolicyAnalysis

/// The reuse detector on the independent, formula-heavy generator (`FormulaCorpusGenerator`), scored per
/// planted category. docs/indicators.md reports the same on 1,000 documents; this is the small version
/// that runs with every test run.
final class FormulaCorpusReuseTests: XCTestCase {
    static let corpus = FormulaCorpusGenerator(seed: 21, documents: 240, length: 5000).generate()
    static let pairs = ReuseDetector().detect(corpus.documents)

    /// Recall and precision of one category, in content characters: recall over the planted target text,
    /// precision over the reported copies (not formulae) of the planted pairs that overlap a plant of it.
    static func score(_ category: PlantedCategory) -> (recall: Double, precision: Double, plants: Int) {
        let texts = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        let copies = Dictionary(pairs.map { ($0.source + ">" + $0.target, $0.passages.filter { !$0.formula }) },
                                uniquingKeysWith: { a, _ in a })
        func isContent(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        let plants = corpus.planted.filter { $0.category == category }
        var planted = 0, covered = 0, reported = 0, inside = 0
        for p in plants {
            guard let text = texts[p.targetId] else { continue }
            let found = copies[p.sourceId + ">" + p.targetId] ?? []
            for i in p.target.start..<p.target.end where isContent(text[i]) {
                planted += 1
                if found.contains(where: { $0.target.contains(i) }) { covered += 1 }
            }
            let truth = corpus.planted.filter { $0.sourceId == p.sourceId && $0.targetId == p.targetId }
            for passage in found where passage.target.overlap(with: p.target) > 0 {
                for i in passage.target.start..<passage.target.end where isContent(text[i]) {
                    reported += 1
                    if truth.contains(where: { $0.target.contains(i) }) { inside += 1 }
                }
            }
        }
        return (Double(covered) / Double(max(1, planted)), Double(inside) / Double(max(1, reported)), plants.count)
    }

    /// 80-160 characters of stock formulae with at most one noun, copied word for word: what is theirs is
    /// the order of the formulae, and that is enough. Before the order test most were taken for formulae.
    func testFormulaHeavyCopiesAreFound() {
        let s = Self.score(.formulaHeavy)
        XCTAssertGreaterThan(s.plants, 10)
        XCTAssertGreaterThanOrEqual(s.recall, 0.97, "recall \(s.recall)")
        XCTAssertGreaterThanOrEqual(s.precision, 0.97, "precision \(s.precision)")
    }

    /// A place swapped at the start of a sentence ("到2020年，南宁市…" -> "到2020年，四川省…") keeps the words
    /// before it in the passage. Before the clause anchor the passage started after the place name.
    func testPlaceSwappedCopiesKeepTheirStart() {
        let s = Self.score(.placeSwapped)
        XCTAssertGreaterThan(s.plants, 5)
        XCTAssertGreaterThanOrEqual(s.recall, 0.97, "recall \(s.recall)")
        XCTAssertGreaterThanOrEqual(s.precision, 0.97, "precision \(s.precision)")
    }

    /// The other categories of long copies stay at the aim.
    func testOtherLongCopiesAreFound() {
        for category in [PlantedCategory.verbatim, .massCopy, .numberChanged, .clauseInserted, .clauseDropped] {
            let s = Self.score(category)
            XCTAssertGreaterThan(s.plants, 3, "\(category)")
            XCTAssertGreaterThanOrEqual(s.recall, 0.97, "\(category): recall \(s.recall)")
            XCTAssertGreaterThanOrEqual(s.precision, 0.97, "\(category): precision \(s.precision)")
        }
    }
}
