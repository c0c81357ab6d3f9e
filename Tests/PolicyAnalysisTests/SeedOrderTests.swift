import XCTest
@testable import PolicyAnalysis

/// The chainer takes each target's seeds in target order and never sorts them (`EntryOrder`,
/// `PassageChainer.hasCloseSeeds`): the order must hold for any positions, and the two-seed test on seeds in
/// target order must answer as the test on seeds sorted by diagonal did.
final class SeedOrderTests: XCTestCase {
    typealias Entry = ReuseDetector.Entry

    private func entries(_ count: Int, below limit: Int32, _ rng: inout SplitMix64) -> [Entry] {
        var positions = Set<Int32>()
        while positions.count < count { positions.insert(Int32(truncatingIfNeeded: rng.next() % UInt64(limit))) }
        return positions.shuffled(using: &rng).enumerated().map { i, p in Entry(pos: p, from: Int32(i), to: Int32(i + 1)) }
    }

    func testEntriesOfEverySizeAndRangeComeOutInPositionOrder() {
        var rng = SplitMix64(seed: 5)
        var order = EntryOrder()
        // Sizes up and down, so that the kept scratch space is reused at a smaller size and grown again.
        for limit: Int32 in [40, 255, 256, 9_000, 70_000, 20_000_000] {
            for count in Array(0...40) + [1_000, 3, 5_000, 33] where count <= Int(limit) {
                let list = entries(count, below: limit, &rng)
                let sorted = order.sorting(list[...])
                XCTAssertTrue(Array(sorted) == list.sorted { $0.pos < $1.pos }, "\(count) entries below \(limit)")
            }
        }
    }

    func testASliceInTheMiddleOfAListIsSortedAlone() {
        var rng = SplitMix64(seed: 8)
        let list = entries(300, below: 20_000, &rng)
        var order = EntryOrder()
        XCTAssertTrue(Array(order.sorting(list[100..<250])) == list[100..<250].sorted { $0.pos < $1.pos })
    }

    /// The test as it was: keys sorted by (diagonal, target position), two neighbours on one diagonal.
    private func closeSeedsBySorting(_ keys: [UInt64], reach: UInt64) -> Bool {
        let sorted = keys.sorted()
        return sorted.indices.dropFirst().contains { x in
            sorted[x] >> 32 == sorted[x - 1] >> 32 && (sorted[x] & 0xFFFF_FFFF) - (sorted[x - 1] & 0xFFFF_FFFF) <= reach
        }
    }

    func testTheTwoSeedTestInTargetOrderAnswersAsTheSortedOne() {
        var rng = SplitMix64(seed: 21)
        var agreedTrue = 0, agreedFalse = 0
        for round in 0..<3_000 {
            let count = Int(rng.next() % 40)
            let positions = 30 + Int(rng.next() % UInt64(400 + round % 5_000))
            let diagonals = 1 + Int(rng.next() % 12)
            // Distinct (diagonal, position) seeds, several on one target position, in target order.
            var seen = Set<UInt64>()
            while seen.count < count {
                let t = rng.next() % UInt64(positions)
                let diagonal = UInt64((1 << 31) - 6 + Int(rng.next() % UInt64(diagonals)))
                seen.insert(diagonal << 32 | t)
            }
            let keys = seen.shuffled(using: &rng).sorted { ($0 & 0xFFFF_FFFF) < ($1 & 0xFFFF_FFFF) }
            let reach = UInt64(1 + rng.next() % 20)
            let expected = closeSeedsBySorting(keys, reach: reach)
            let answer = keys.withUnsafeBufferPointer { PassageChainer.hasCloseSeeds($0, reach: reach) }
            XCTAssertEqual(answer, expected, "keys \(keys), reach \(reach)")
            if expected { agreedTrue += 1 } else { agreedFalse += 1 }
        }
        // Both answers were exercised, many times.
        XCTAssertGreaterThan(agreedTrue, 300)
        XCTAssertGreaterThan(agreedFalse, 300)
    }

    /// The chainer's table of the last run's end per diagonal: what was recorded in this group, nothing of the
    /// groups before it, however many diagonals and in whatever order.
    func testDiagonalEndsKeepTheLastEndOfThisGroupOnly() {
        var rng = SplitMix64(seed: 34)
        var table = DiagonalEnds()
        for group in 0..<400 {
            let seeds = group % 7 == 0 ? 3_000 : Int(rng.next() % 60)
            table.start(seeds: seeds)
            var expected: [UInt64: Int] = [:]
            for _ in 0..<seeds {
                let diagonal = UInt64((1 << 31) - 200 + Int(rng.next() % 400)) << 0
                let end = Int(rng.next() % 10_000)
                table.record(end, on: diagonal)
                expected[diagonal] = end
            }
            for d in UInt64((1 << 31) - 210)..<UInt64((1 << 31) + 210) {
                XCTAssertEqual(table.end(on: d), expected[d], "group \(group), diagonal \(d)")
            }
        }
    }
}
