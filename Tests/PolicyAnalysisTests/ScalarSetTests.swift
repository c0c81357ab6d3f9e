import PropertyBased
import Testing
@testable import PolicyAnalysis

/// `ScalarSet.firstMember(in:_:)`, the skip loop of the feature detector's number scan, finds what asking
/// `contains` of every scalar in order would.
@Suite struct ScalarSetTests {
    /// Members and others from ASCII, the ideographs and an astral plane (the set keeps those apart).
    static let pool: [UInt32] = [0x28, 0x29, 0x30, 0x39, 0x41, 0x4E00, 0x4E8C, 0x5341, 0x9FFF, 0x3007, 0x2A6A5, 0x20000]

    @Test func firstMemberIsTheFirstScalarTheSetContains() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let members = Self.pool.filter { _ in rng.next() % 2 == 0 }
            let set = ScalarSet(members)
            let text = (0..<Int(rng.next() % 100)).map { _ in Self.pool[Int(rng.next() % UInt64(Self.pool.count))] }
            let lower = Int(rng.next() % UInt64(text.count + 1))
            let upper = lower + Int(rng.next() % UInt64(text.count - lower + 1))
            let plain = (lower..<upper).first { members.contains(text[$0]) } ?? upper
            #expect(set.firstMember(in: text, lower..<upper) == plain, "seed \(seed)")
        }
    }
}
