import PropertyBased
import Testing
@testable import PolicyAnalysis

/// `ScalarScan`'s scans, eight scalars at a time, find what asking each scalar in order would, wherever the
/// range starts and ends (across and inside blocks of eight).
@Suite struct ScalarScanTests {
    /// Line breaks, ideographs at both ends of the range and just outside it, punctuation and an astral scalar.
    static let pool: [UInt32] = [0x0A, 0x0A + 0x4E00, 0x4DFF, 0x4E00, 0x4E8C, 0x9FFF, 0xA000, 0x3002, 0x20, 0x2A6A5]

    static func draw(_ seed: Int) -> (text: [UInt32], range: Range<Int>) {
        var rng = SplitMix64(seed: UInt64(seed))
        // Mostly ideographs, as a text is, so that runs span several blocks.
        let text = (0..<Int(rng.next() % 80)).map { _ in
            rng.next() % 4 == 0 ? Self.pool[Int(rng.next() % UInt64(Self.pool.count))] : 0x4E00 + UInt32(rng.next() % 0x5200)
        }
        let lower = Int(rng.next() % UInt64(text.count + 1))
        let upper = lower + Int(rng.next() % UInt64(text.count - lower + 1))
        return (text, lower..<upper)
    }

    @Test func firstIndexIsTheFirstScalarEqualToTheValue() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let (text, range) = Self.draw(seed)
            let plain = range.first { text[$0] == 0x0A } ?? range.upperBound
            let found = text.withUnsafeBufferPointer { ScalarScan.firstIndex(of: 0x0A, in: $0, from: range.lowerBound, to: range.upperBound) }
            #expect(found == plain, "seed \(seed)")
        }
    }

    @Test func firstIndexOfAnyIsTheFirstScalarAmongTheValues() async {
        let values = SIMD4<UInt32>(0x0A, 0x3002, 0x4E00, 0x2A6A5)
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let (text, range) = Self.draw(seed)
            let plain = range.first { [0x0A, 0x3002, 0x4E00, 0x2A6A5].contains(text[$0]) } ?? range.upperBound
            let found = text.withUnsafeBufferPointer {
                ScalarScan.firstIndex(ofAny: values, in: $0, from: range.lowerBound, to: range.upperBound)
            }
            #expect(found == plain, "seed \(seed)")
        }
    }
}
