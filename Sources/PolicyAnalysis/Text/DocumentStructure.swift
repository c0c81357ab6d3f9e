/// Sections and clauses of one document, with helpers to ask where a role's text lies.
public struct DocumentStructure: Sendable, Hashable, Codable {
    public var sections: [Section]
    public var clauses: [Clause]

    public init(sections: [Section], clauses: [Clause]) {
        self.sections = sections
        self.clauses = clauses
    }

    /// Stored-text spans whose deepest section has `role`, sorted and merged. A nested section with its
    /// own role (发展目标 inside 总体要求) is cut out of its parent's region.
    public func spans(for role: SectionRole) -> [TextSpan] {
        var result: [TextSpan] = []
        guard sections.contains(where: { $0.role == role }) else { return [] }
        // Children's spans by parent index, gathered in one pass (not a scan of all sections per section).
        var childSpans: [Int: [TextSpan]] = [:]
        for section in sections { if let parent = section.parent { childSpans[parent, default: []].append(section.span) } }
        for section in sections where section.role == role {
            var cursor = section.span.start
            let children = (childSpans[section.index] ?? []).sorted()
            for child in children {
                if child.start > cursor { result.append(TextSpan(cursor, child.start)) }
                cursor = max(cursor, child.end)
            }
            if cursor < section.span.end { result.append(TextSpan(cursor, section.span.end)) }
        }
        // Children with the same role were cut out of the parent and are listed themselves; merge.
        result.sort()
        var merged: [TextSpan] = []
        for span in result where !span.isEmpty {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    public func clauses(in roles: Set<SectionRole>) -> [Clause] { clauses.filter { roles.contains($0.role) } }
}
