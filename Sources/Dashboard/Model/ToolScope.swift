import PolicyAnalysis
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

    /// The key of a document's `toolAreaCounts` row that counts the scope's clauses (`ToolAreaCounts.keys(areas:)`):
    /// the area's, else every clause with the tool (level and year are the document's).
    var toolAreaKey: String {
        if case .area(let id) = self { return id }
        return ToolAreaCounts.allClauses
    }
}
