import PropertyBased
import Testing
@testable import PolicyAnalysis

/// Winnowing's selection made as the hashes are rolled is the one the definition gives: over the list of
/// every k-gram's hash, each window's rightmost least hash, once per position selected.
@Suite struct WinnowingTests {
    static func reference(_ s: [UInt16], k: Int, window w: Int) -> [(hash: UInt64, position: Int32)] {
        let hashes = Winnowing.kgramHashes(s, k: k)
        guard !hashes.isEmpty else { return [] }
        if hashes.count <= w {
            var best = 0
            for i in 1..<hashes.count where hashes[i] <= hashes[best] { best = i }
            return [(hashes[best], Int32(best))]
        }
        var result: [(hash: UInt64, position: Int32)] = []
        var best = -1
        for end in (w - 1)..<hashes.count {
            let start = end - w + 1
            var selected = start
            for i in start...end where hashes[i] <= hashes[selected] { selected = i }
            if selected != best { result.append((hashes[selected], Int32(selected))); best = selected }
        }
        return result
    }

    @Test func fingerprintsAreEachWindowsRightmostLeastHash() async throws {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let k = 1 + Int(rng.next() % 12), w = 1 + Int(rng.next() % 10)  // w = 1: every k-gram
            // A small alphabet (repeats, equal hashes in one window) or a large one; lengths around k + w.
            let alphabet = UInt64([2, 3, 30, 20_000][Int(rng.next() % 4)])
            let length = Int(rng.next() % UInt64(3 * (k + w) + (rng.next() % 3 == 0 ? 400 : 0)))
            let text = (0..<length).map { _ in UInt16(0x4E00 + rng.next() % alphabet) }
            let got = Winnowing.fingerprints(text, k: k, window: w), expected = Self.reference(text, k: k, window: w)
            #expect(got.map(\.hash) == expected.map(\.hash), "seed \(seed)")
            #expect(got.map(\.position) == expected.map(\.position), "seed \(seed)")
        }
    }

    /// One k-gram's hash made alone is the rolled one (`StretchHolders` finds a target's entries by it).
    @Test func aKgramHashMadeAloneIsTheRolledOne() async throws {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let k = 1 + Int(rng.next() % 12), length = Int(rng.next() % 300)
            let text = (0..<length).map { _ in UInt16(rng.next() % 0x10000) }
            let rolled = Winnowing.kgramHashes(text, k: k)
            #expect(rolled.indices.map { Winnowing.kgramHash(text, at: $0, k: k) } == rolled, "seed \(seed)")
        }
    }
    /// The selections made over a range's windows alone are those the whole text's fingerprints hold there
    /// (`PassageChainer.anchorByChance` rolls a passage's anchor only).
    @Test func aRangesSelectionsAreTheWholeTextsThere() async throws {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let k = 1 + Int(rng.next() % 12), w = 1 + Int(rng.next() % 10)
            let alphabet = UInt64([2, 3, 30, 20_000][Int(rng.next() % 4)])
            let length = Int(rng.next() % UInt64(3 * (k + w) + (rng.next() % 3 == 0 ? 200 : 0)))
            let text = (0..<length).map { _ in UInt16(0x4E00 + rng.next() % alphabet) }
            let lower = Int(rng.next() % UInt64(length + 2)) - 1
            let upper = lower + Int(rng.next() % UInt64(length + 2))
            var got: [(hash: UInt64, position: Int32)] = []
            Winnowing.forEachFingerprint(text, k: k, window: w, in: lower...upper) { got.append(($0, Int32($1))) }
            let expected = Winnowing.fingerprints(text, k: k, window: w).filter { Int($0.position) >= lower && Int($0.position) <= upper }
            #expect(got.map(\.hash) == expected.map(\.hash), "seed \(seed)")
            #expect(got.map(\.position) == expected.map(\.position), "seed \(seed)")
        }
    }
}
