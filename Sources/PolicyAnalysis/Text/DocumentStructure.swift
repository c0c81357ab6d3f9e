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
        // Children's spans sorted by parent index, then span, gathered in one pass (not a scan of all sections
        // per section), and found by a binary search: a dictionary of them hashed an index per section (asked
        // twice for every document by the reuse indicators). Fields are read through the array, not from a copy
        // of each section (its title retained and released).
        var children: [(parent: Int, span: TextSpan)] = []
        for i in sections.indices {
            if let parent = sections[i].parent { children.append((parent, sections[i].span)) }
        }
        children.sort { $0.parent != $1.parent ? $0.parent < $1.parent : $0.span < $1.span }
        for i in sections.indices where sections[i].role == role {
            let span = sections[i].span
            var cursor = span.start
            let parent = sections[i].index
            var lo = 0, hi = children.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if children[mid].parent < parent { lo = mid + 1 } else { hi = mid }
            }
            while lo < children.count && children[lo].parent == parent {
                let child = children[lo].span
                if child.start > cursor { result.append(TextSpan(cursor, child.start)) }
                cursor = max(cursor, child.end)
                lo += 1
            }
            if cursor < span.end { result.append(TextSpan(cursor, span.end)) }
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
