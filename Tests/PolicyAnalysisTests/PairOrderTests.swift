import XCTest
@testable import PolicyAnalysis

/// `ReuseDetector.pairs` reads the passages pair by pair through `pairOrder`: every passage once, ordered by
/// (target, source), the passages of one pair in the order they came in, whatever order that was.
final class PairOrderTests: XCTestCase {
    func testOrderIsByTargetThenSourceAndStableWithinAPair() {
        var rng = SplitMix64(seed: 5)
        for count in [0, 1, 2, 7, 300, 5_000] {
            let documents = 40
            let matches = (0..<count).map { i in
                PassageMatch(source: Int(rng.next() % 40), target: Int(rng.next() % 40), sourceRange: i..<(i + 30),
                             targetRange: i..<(i + 30), identical: 30, edited: false, formula: rng.next() % 3 == 0)
            }
            let order = ReuseDetector.pairOrder(matches, documents: documents).map(Int.init)
            let expected = matches.indices.sorted { a, b in
                (matches[a].target, matches[a].source, a) < (matches[b].target, matches[b].source, b)
            }
            XCTAssertEqual(order, expected, "\(count) passages")
        }
    }
}
