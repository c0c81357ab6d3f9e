import XCTest
@testable import PolicyAnalysis

/// The per-target filter keeps exactly the sources whose seeds `PassageChainer.hasCloseSeeds` keeps, every seed
/// of them, in order; and nothing of one target's sources carries over to the next.
final class CloseSeedFilterTests: XCTestCase {
    typealias Match = ReuseDetector.Match

    /// One target's seeds in target order: several sources, several seeds on one position, few diagonals
    /// (so that close pairs are common), positions dense or sparse.
    private func seeds(target: Int32, _ rng: inout SplitMix64) -> [Match] {
        let sources = 1 + Int(rng.next() % 8)
        let positions = 20 + Int(rng.next() % 600)
        let diagonals = 1 + Int(rng.next() % 6)
        // At most half the distinct seeds there are (one per source and position at least).
        let count = Int(rng.next() % UInt64(min(120, sources * positions / 2)))
        var seen = Set<[Int32]>()
        var list: [Match] = []
        while list.count < count {
            let src = Int32(rng.next() % UInt64(sources))
            let t = Int32(rng.next() % UInt64(positions))
            let s = max(0, t + Int32(rng.next() % UInt64(diagonals)) - 3)
            guard seen.insert([src, s, t]).inserted else { continue }
            list.append(Match(src: src, sPos: s, tPos: t, target: target))
        }
        // Target order, ties in any order (as `seeds` writes them: an entry's holders in precedence order).
        return list.sorted { $0.tPos < $1.tPos }
    }

    /// The reference: per source, its seeds (in order) as keys, asked to `hasCloseSeeds`.
    private func kept(_ list: [Match], reach: Int, spread: Int) -> [Match] {
        let passing = Set(Dictionary(grouping: list, by: \.src).filter { _, mine in
            let keys = mine.map(PassageChainer.key)
            return keys.withUnsafeBufferPointer { PassageChainer.hasCloseSeeds($0, reach: UInt64(reach), spread: UInt64(spread)) }
        }.keys)
        return list.filter { passing.contains($0.src) }
    }

    func testKeepsTheSourcesWithCloseSeedsAsTheChainersTestDoes() {
        var rng = SplitMix64(seed: 67)
        var keptSome = 0, droppedSome = 0
        for round in 0..<300 {
            let reach = 2 + Int(rng.next() % 18)
            let spread = round % 4 == 0 ? 1 : 1 + Int(rng.next() % UInt64(reach))
            var filter = CloseSeedFilter(documents: 8, reach: reach, spread: spread)
            // Several targets in a row, appended to one list as in a block (stale places must not count).
            var matches = [Match(src: 7, sPos: 0, tPos: 0, target: -1)]
            var expected = matches
            for target in 0..<Int32(1 + rng.next() % 6) {
                let list = seeds(target: target, &rng)
                let first = matches.count
                matches += list
                filter.keepSourcesWithCloseSeeds(&matches, from: first)
                let reference = kept(list, reach: reach, spread: spread)
                expected += reference
                if !reference.isEmpty { keptSome += 1 }
                if reference.count < list.count { droppedSome += 1 }
            }
            XCTAssertEqual(matches.map(PassageChainer.key), expected.map(PassageChainer.key), "round \(round)")
            XCTAssertEqual(matches.map(\.src), expected.map(\.src), "round \(round)")
            XCTAssertEqual(matches.map(\.target), expected.map(\.target), "round \(round)")
        }
        XCTAssertGreaterThan(keptSome, 100)
        XCTAssertGreaterThan(droppedSome, 100)
    }
}
