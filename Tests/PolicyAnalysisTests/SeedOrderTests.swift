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

    /// The test by brute force: any two keys on one diagonal, `spread` to `reach` apart. (With a spread of 1,
    /// the test as it was: neighbours of the keys sorted by (diagonal, target position).)
    private func closeSeedsByPairs(_ keys: [UInt64], reach: UInt64, spread: UInt64) -> Bool {
        for a in keys.indices {
            for b in keys.indices where keys[a] >> 32 == keys[b] >> 32 {
                let ta = keys[a] & 0xFFFF_FFFF, tb = keys[b] & 0xFFFF_FFFF
                if tb >= ta + spread && tb <= ta + reach { return true }
            }
        }
        return false
    }

    /// The spread the two-seed test asks for is what every identical stretch of a passage's length gives:
    /// two fingerprints both texts select on its diagonal, `seedSpread` to k + w apart, wherever the stretch
    /// stands in either text, through which the chainer measures the stretch whole. And no more: some
    /// stretches give exactly that (a larger spread would lose them).
    func testEveryStretchOfAPassagesLengthHoldsTwoSeedsTheSpreadApart() {
        let parameters = ReuseParameters()
        let k = parameters.k, w = parameters.window, length = parameters.minPassageLength
        let spread = PassageChainer.seedSpread(k: k, window: w, passage: length)
        XCTAssertEqual(spread, 5)
        var rng = SplitMix64(seed: 55)
        func run(_ count: Int, from base: UInt16) -> [UInt16] {
            (0..<count).map { _ in base + UInt16(rng.next() % 200) }
        }
        var tightest = Int.max
        for _ in 0..<4_000 {
            let stretch = run(length, from: 0x4E00)
            // Surroundings drawn from other characters in each text: the shared stretch is exactly `length` long.
            let sourceBefore = Int(rng.next() % 40), targetBefore = Int(rng.next() % 40)
            let source = run(sourceBefore, from: 0x5000) + stretch + run(Int(rng.next() % 40), from: 0x5100)
            let target = run(targetBefore, from: 0x6000) + stretch + run(Int(rng.next() % 40), from: 0x6100)
            var selectedInSource: [Int: UInt64] = [:]
            for f in Winnowing.fingerprints(source, k: k, window: w) { selectedInSource[Int(f.position) - sourceBefore] = f.hash }
            let shared = Winnowing.fingerprints(target, k: k, window: w).compactMap { f -> Int? in
                let offset = Int(f.position) - targetBefore
                guard offset >= 0, offset + k <= length, selectedInSource[offset] == f.hash else { return nil }
                return offset
            }
            var widest = 0
            for a in shared {
                for b in shared where b > a && b - a <= k + w { widest = max(widest, b - a) }
            }
            XCTAssertGreaterThanOrEqual(widest, spread, "shared selections at \(shared)")
            tightest = min(tightest, widest)
            // And the chainer, given those seeds, measures the whole stretch before it extends the others.
            let keys = shared.map {
                PassageChainer.key(ReuseDetector.Match(src: 0, sPos: Int32(sourceBefore + $0), tPos: Int32(targetBefore + $0), target: 0))
            }
            let measured = keys.withUnsafeBufferPointer {
                PassageChainer.longestSpreadRun(s: source, t: target, keys: $0, k: k, reach: UInt64(k + w), spread: UInt64(spread))
            }
            XCTAssertEqual(measured, length)
        }
        XCTAssertEqual(tightest, spread)
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
            let spread = round % 3 == 0 ? 1 : 1 + rng.next() % reach
            let expected = closeSeedsByPairs(keys, reach: reach, spread: spread)
            let answer = keys.withUnsafeBufferPointer { PassageChainer.hasCloseSeeds($0, reach: reach, spread: spread) }
            XCTAssertEqual(answer, expected, "keys \(keys), reach \(reach), spread \(spread)")
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
