import XCTest
@testable import PolicyAnalysis

/// The chainer sorts each pair's runs, packed as keys, with a sort of its own (`PassageChainer.sortKeys`): it
/// must give the library's order for any size and any arrangement of distinct keys.
final class SeedKeySortTests: XCTestCase {
    private func sorted(_ keys: [UInt64]) -> [UInt64] {
        var copy = keys
        copy.withUnsafeMutableBufferPointer { PassageChainer.sortKeys(&$0) }
        return copy
    }

    func testRandomKeysOfEverySizeComeOutInOrder() {
        var rng = SplitMix64(seed: 11)
        for count in Array(0...80) + [200, 1_000, 5_000] {
            let keys = Array(Set((0..<count).map { _ in rng.next() % 100_000 })).shuffled(using: &rng)
            XCTAssertEqual(sorted(keys), keys.sorted(), "\(keys.count) keys")
        }
    }

    func testOrderedReversedAndSawtoothKeysComeOutInOrder() {
        let ordered = (0..<3_000).map { UInt64($0) * 7 }
        XCTAssertEqual(sorted(ordered), ordered)
        XCTAssertEqual(sorted(ordered.reversed()), ordered)
        // One diagonal after another, positions ascending on each: how seeds of a copied passage arrive.
        let sawtooth = (0..<40).flatMap { d in (0..<60).map { p in UInt64(p) << 32 | UInt64(40 - d) } }
        XCTAssertEqual(sorted(sawtooth), sawtooth.sorted())
    }
}
