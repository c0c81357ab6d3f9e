import PolicyModel

/// Which clauses of a policy tool a list shows: every one, or those in one action area, of one level or of one year.
public enum ToolScope: Hashable, Sendable, Codable {
    case all
    case area(String)
    case level(Level)
    case year(Int)

    /// Whether a document can hold clauses of this scope at all (level and year are the document's).
    func admits(_ d: PolicyDocument) -> Bool {
        switch self {
        case .all, .area: true
        case .level(let level): d.level == level
        case .year(let year): d.year == year
        }
    }

    /// Whether a clause coded with these action areas belongs to the scope.
    func admits(clauseAreas: [String]) -> Bool {
        if case .area(let id) = self { return clauseAreas.contains(id) }
        return true
    }
}
