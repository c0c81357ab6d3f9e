import PropertyBased
import Testing
@testable import PolicyAnalysis

/// `DocumentStructure.spans(for:)`, which finds each section's children by a binary search in a sorted list,
/// gives what gathering them by parent in a dictionary (as it did before) gives.
@Suite struct SectionSpansTests {
    /// The definition: each section of the role less its children's spans, sorted and merged.
    static func plainSpans(_ sections: [Section], for role: SectionRole) -> [TextSpan] {
        var result: [TextSpan] = []
        for section in sections where section.role == role {
            var cursor = section.span.start
            for child in sections.filter({ $0.parent == section.index }).map(\.span).sorted() {
                if child.start > cursor { result.append(TextSpan(cursor, child.start)) }
                cursor = max(cursor, child.end)
            }
            if cursor < section.span.end { result.append(TextSpan(cursor, section.span.end)) }
        }
        var merged: [TextSpan] = []
        for span in result.sorted() where !span.isEmpty {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    @Test func spansAreThoseOfTheDefinition() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            // Parents listed before their children, as the parser lists them; overlapping and repeated spans too.
            var sections: [Section] = []
            for i in 0..<Int(rng.next() % 12) {
                let start = Int(rng.next() % 50)
                let parent: Int? = i > 0 && rng.next() % 3 != 0 ? Int(rng.next() % UInt64(i)) : nil
                sections.append(Section(index: i, depth: 1, kind: nil, title: "", heading: nil,
                                        span: TextSpan(start, start + Int(rng.next() % 30)),
                                        role: SectionRole.allCases[Int(rng.next() % UInt64(SectionRole.allCases.count))],
                                        parent: parent))
            }
            let structure = DocumentStructure(sections: sections, clauses: [])
            for role in SectionRole.allCases {
                #expect(structure.spans(for: role) == Self.plainSpans(sections, for: role), "seed \(seed), \(role)")
            }
        }
    }
}
