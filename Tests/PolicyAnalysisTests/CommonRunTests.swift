import PropertyBased
import Testing
@testable import PolicyAnalysis

/// The word-at-a-time comparison the chainer extends seeds with (`CommonRun`) counts what a comparison
/// unit by unit counts, both ways, at every length, place and limit.
@Suite struct CommonRunTests {
    /// Two texts from a small alphabet (long equal stretches and early differences), the second made of
    /// pieces of the first so that runs of every length line up; units outside the BMP's CJK block too.
    static func texts(seed: Int) -> (p: [UInt16], q: [UInt16], x: Int, y: Int) {
        var rng = SplitMix64(seed: UInt64(seed))
        let alphabet: [UInt16] = [0x4E92, 0x8054, 0x7F51, 0x0041, 0xD869, 0xDE98, 0x0000, 0xFFFF]
        let size = UInt64(1 + rng.next() % 4)
        let p = (0..<Int(rng.next() % 120)).map { _ in alphabet[Int(rng.next() % size)] }
        var q: [UInt16] = []
        while q.count < Int(rng.next() % 120) {
            if !p.isEmpty && rng.next() % 3 > 0 {
                let from = Int(rng.next() % UInt64(p.count))
                q += p[from..<min(p.count, from + Int(rng.next() % 40))]
            } else {
                q.append(alphabet[Int(rng.next() % UInt64(alphabet.count))])
            }
        }
        let x = p.isEmpty ? 0 : Int(rng.next() % UInt64(p.count + 1))
        let y = q.isEmpty ? 0 : Int(rng.next() % UInt64(q.count + 1))
        return (p, q, x, y)
    }

    @Test func countsWhatAUnitByUnitComparisonCounts() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let (p, q, x, y) = Self.texts(seed: seed)
            var ahead = 0
            while x + ahead < p.count && y + ahead < q.count && p[x + ahead] == q[y + ahead] { ahead += 1 }
            var behind = 0
            while x - behind > 0 && y - behind > 0 && p[x - behind - 1] == q[y - behind - 1] { behind += 1 }
            p.withUnsafeBufferPointer { pp in
                q.withUnsafeBufferPointer { qp in
                    guard let pb = pp.baseAddress, let qb = qp.baseAddress else { return }
                    let forwardLimit = min(p.count - x, q.count - y), backwardLimit = min(x, y)
                    #expect(CommonRun.forward(pb, x, qb, y, limit: forwardLimit) == ahead, "seed \(seed)")
                    #expect(CommonRun.backward(pb, x, qb, y, limit: backwardLimit) == behind, "seed \(seed)")
                    // A smaller limit stops the count there.
                    let cut = forwardLimit / 2
                    #expect(CommonRun.forward(pb, x, qb, y, limit: cut) == min(ahead, cut), "seed \(seed)")
                    #expect(CommonRun.backward(pb, x, qb, y, limit: backwardLimit / 2) == min(behind, backwardLimit / 2), "seed \(seed)")
                }
            }
        }
    }
}

/// The re-anchoring's quick look (`ChainContext.mayShareQuad`) never says no where four characters starting
/// in the two windows are equal: it may only skip searches that would find nothing.
@Suite struct ShareQuadTests {
    @Test func neverMissesFourEqualCharacters() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let (p, q, x, y) = CommonRunTests.texts(seed: seed)
            var rng = SplitMix64(seed: UInt64(seed) ^ 0x5EED)
            let sWindow = (x - Int(rng.next() % 8))...(x + Int(rng.next() % 40))
            let tWindow = (y - Int(rng.next() % 8))...(y + Int(rng.next() % 40))
            var shared = false
            for i in sWindow where i >= 0 && i + 4 <= p.count {
                for j in tWindow where j >= 0 && j + 4 <= q.count && p[i..<(i + 4)].elementsEqual(q[j..<(j + 4)]) {
                    shared = true
                }
            }
            let answer = ChainContext.mayShareQuad(p, sWindow, q, tWindow)
            if shared { #expect(answer, "seed \(seed)") }
        }
    }

    /// With a `step`, as the hops ask it: never no where `step + 3` characters starting in the windows are equal,
    /// forward (the windows' starts, widened by `step - 1` above) and backward (the stretch's ends, the target's
    /// places counted back from its window's last four).
    @Test func neverMissesAStretchOfStepAndThreeCharacters() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let (p, q, x, y) = CommonRunTests.texts(seed: seed)
            var rng = SplitMix64(seed: UInt64(seed) ^ 0x57E9)
            let step = 1 + Int(rng.next() % 6), gap = Int(rng.next() % 40)
            let length = step + 3
            let a = max(0, x - Int(rng.next() % 8)), b = max(0, y - Int(rng.next() % 8))
            func equal(_ i: Int, _ j: Int) -> Bool {
                i >= 0 && j >= 0 && i + length <= p.count && j + length <= q.count
                    && p[i..<(i + length)].elementsEqual(q[j..<(j + length)])
            }
            // Forward: a stretch starting in a...a + gap and b...b + gap.
            var ahead = false
            for i in a...(a + gap) { for j in b...(b + gap) where equal(i, j) { ahead = true } }
            let forward = ChainContext.mayShareQuad(p, a...(a + gap + step - 1), q, b...(b + gap + step - 1), step: step)
            if ahead { #expect(forward, "seed \(seed) forward") }
            // Backward: a stretch ending (its last character) in a - gap - 1...a - 1 and b - gap - 1...b - 1.
            var behind = false
            for i in (a - gap - 1)...(a - 1) { for j in (b - gap - 1)...(b - 1) where equal(i - length + 1, j - length + 1) { behind = true } }
            let lowest = b - 4 - (gap + step - 1) / step * step
            let backward = ChainContext.mayShareQuad(p, (a - gap - 4 - step + 1)...(a - 4), q, lowest...(b - 4), step: step)
            if behind { #expect(backward, "seed \(seed) backward") }
        }
    }

    /// The hops' first look past a changed character (`ChainContext.shareUnit`) against every pair of places.
    @Test func shareUnitFindsEveryEqualPairOfPlaces() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let (p, q, x, y) = CommonRunTests.texts(seed: seed)
            var rng = SplitMix64(seed: UInt64(seed) ^ 0x0417)
            let sPlaces = (x - Int(rng.next() % 6))...(x + Int(rng.next() % 4))
            let tPlaces = (y - Int(rng.next() % 6))...(y + Int(rng.next() % 4))
            let expected = sPlaces.contains { i in
                i >= 0 && i < p.count && tPlaces.contains { j in j >= 0 && j < q.count && p[i] == q[j] }
            }
            #expect(ChainContext.shareUnit(p, sPlaces, q, tPlaces) == expected, "seed \(seed)")
        }
    }

    @Test func saysNoForWindowsWithoutACommonCharacter() {
        let s = [UInt16](repeating: 0x4E92, count: 60), t = [UInt16](repeating: 0x8054, count: 60)
        #expect(!ChainContext.mayShareQuad(s, 0...40, t, 0...40))
        #expect(ChainContext.mayShareQuad(s, 0...40, s, 10...20))
        #expect(!ChainContext.mayShareQuad(s, 58...70, s, 0...40))  // no four characters start there
    }
}
