import XCTest
@testable import PolicyAnalysis

/// The chainer joins only the runs of stretches that hold an anchor (`PassageChainer.markAnchored`); that
/// leaves its passages as they were only if no run of one stretch could join a passage of another.
final class RunStretchTests: XCTestCase {
    private typealias Run = PassageChainer.Run

    private func order(_ runs: [Run]) -> (keys: [UInt64], mask: UInt64) {
        let sorted = runs.indices.sorted { runs[$0].t != runs[$1].t ? runs[$0].t < runs[$1].t : runs[$0].s < runs[$1].s }
        return (sorted.map { UInt64($0) }, UInt64.max)
    }

    func testNoRunOfAStretchLeftOutCanJoinAPassageOfAnother() {
        var rng = SplitMix64(seed: 20_261_205)
        let gap = 32, length = 25
        var leftOut = 0
        for round in 0..<2_000 {
            let runs = (0..<Int.random(in: 1...40, using: &rng)).map { _ -> Run in
                let t = Int.random(in: 0...3_000, using: &rng), s = Int.random(in: 0...3_000, using: &rng)
                let count = Int.random(in: 10...(Int.random(in: 0..<8, using: &rng) == 0 ? 60 : 24), using: &rng)
                return Run(s: s, t: t, sEnd: s + count, tEnd: t + count, identical: count, longest: count, anchor: t)
            }
            let order = order(runs)
            var anchored: [Bool] = [true]  // scratch left over from another pair
            var stretches: [Range<Int>] = [0..<1]
            PassageChainer.markAnchored(runs, order: order, gap: gap, length: length, into: &anchored, stretches: &stretches)
            XCTAssertEqual(anchored.count, runs.count, "round \(round)")
            // Each anchored run lies in one of the stretches, and each stretch holds an anchor.
            for (i, r) in runs.enumerated() where anchored[i] {
                XCTAssertEqual(stretches.filter { $0.lowerBound <= r.t && r.tEnd <= $0.upperBound }.count, 1, "round \(round)")
            }
            for stretch in stretches {
                XCTAssertTrue(runs.contains { $0.longest >= length && stretch.lowerBound <= $0.t && $0.tEnd <= stretch.upperBound },
                              "round \(round)")
            }
            let inOrder = order.keys.map { Int($0) }
            for (i, a) in inOrder.enumerated() {
                if runs[a].longest >= length { XCTAssertTrue(anchored[a], "round \(round): an anchor left out") }
                if !anchored[a] { leftOut += 1 }
                for b in inOrder[(i + 1)...] where anchored[a] != anchored[b] {
                    // A passage ends where its furthest run does: `b` must start beyond reach of every run before it.
                    XCTAssertGreaterThan(runs[b].t - runs[a].tEnd, gap, "round \(round): runs \(runs[a]) and \(runs[b])")
                    XCTAssertNil(PassageChainer.joinCost(runs[a], runs[b], gap: gap), "round \(round)")
                }
            }
        }
        XCTAssertGreaterThan(leftOut, 1_000, "the random runs must leave some out, or the test says nothing")
    }

    func testAStretchIsJoinedThroughRunsWithinReachOfEachOther() {
        // Three runs 30 apart: one stretch, anchored by the last; a fourth 40 beyond stands apart.
        let runs = [Run(s: 0, t: 0, sEnd: 12, tEnd: 12, identical: 12, longest: 12, anchor: 0),
                    Run(s: 42, t: 42, sEnd: 54, tEnd: 54, identical: 12, longest: 12, anchor: 42),
                    Run(s: 84, t: 84, sEnd: 114, tEnd: 114, identical: 30, longest: 30, anchor: 84),
                    Run(s: 147, t: 147, sEnd: 159, tEnd: 159, identical: 12, longest: 12, anchor: 147)]
        var anchored: [Bool] = [], stretches: [Range<Int>] = []
        PassageChainer.markAnchored(runs, order: order(runs), gap: 32, length: 25, into: &anchored, stretches: &stretches)
        XCTAssertEqual(anchored, [true, true, true, false])
        XCTAssertEqual(stretches, [0..<114])
    }
}
