import PropertyBased
import Testing
@testable import PolicyAnalysis

/// `LineShape(s, range)` measures a line without spaces, tabs or bars without reading each character: what
/// it says of a line must be what reading it character by character says.
@Suite struct LineShapeTests {
    /// Ideographs, digits, punctuation, carriage returns, and (not in every line) spaces, tabs and bars.
    static let plain: [UInt32] = [0x4E92, 0x8054, 0x7F51, 0x3400, 0x37, 0x3002, 0x2C, 0x0D, 0x41, 0x2A6A5]
    static let spacing: [UInt32] = [0x20, 0x09, 0x7C]

    static func line(seed: Int) -> [UInt32] {
        var rng = SplitMix64(seed: UInt64(seed))
        let spaced = rng.next() % 2 == 0
        return (0..<Int(rng.next() % 40)).map { _ in
            spaced && rng.next() % 3 == 0 ? spacing[Int(rng.next() % 3)] : plain[Int(rng.next() % UInt64(plain.count))]
        }
    }

    static func walked(_ s: [UInt32]) -> LineShape {
        var shape = LineShape()
        for v in s { shape.take(v) }
        return shape
    }

    static func sameShape(_ a: LineShape, _ b: LineShape) -> Bool {
        a.length == b.length && a.spaceRuns == b.spaceRuns && a.last == b.last && a.isBlank == b.isBlank
            && a.isLetterSpaced == b.isLetterSpaced && a.isRunningText == b.isRunningText && a.isTableRow == b.isTableRow
    }

    @Test func measuresAsReadingEachCharacter() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            // The line inside a longer text, so that the range does not start at 0.
            let s = [0x4E00, 0x0A] + Self.line(seed: seed) + [0x0A, 0x20]
            #expect(Self.sameShape(LineShape(s, 2..<(s.count - 2)), Self.walked(Array(s[2..<(s.count - 2)]))), "seed \(seed)")
        }
    }

    /// `LineLayout` finds the lines and whether each holds a space, tab or bar in one pass: its lines are the
    /// text split at its line breaks, and each line's shape is what reading that line character by character says.
    @Test func theLayoutsLinesAreTheTextSplitAtItsBreaks() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let drawn = (0..<Int(rng.next() % 8)).map { Self.line(seed: seed &+ $0 &* 7919) }
            let s = Array(drawn.joined(separator: [0x0A]))
            let layout = LineLayout(s)
            var lines: [Range<Int>] = [], start = 0
            for (i, v) in s.enumerated() where v == 0x0A {
                lines.append(start..<i)
                start = i + 1
            }
            lines.append(start..<s.count)
            #expect(layout.lines == lines, "seed \(seed)")
            #expect(zip(layout.shapes, lines).allSatisfy { Self.sameShape($0, Self.walked(Array(s[$1]))) }, "seed \(seed)")
        }
    }

    /// The drawn lines take both ways: some have no space, tab or bar, some do, and some are spaced out.
    @Test func theLinesTakeBothWays() {
        let lines = (0..<300).map { Self.line(seed: $0) }
        let plainLines = lines.filter { !$0.contains(where: Self.spacing.contains) }
        #expect(plainLines.count >= 50 && plainLines.filter { $0.count >= NormalizedText.wrappedLineLength }.count >= 10)
        #expect(lines.count - plainLines.count >= 50)
        #expect(lines.contains { Self.walked($0).isTableRow })
    }
}
