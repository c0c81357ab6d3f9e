import PolicyModel

/// A place in the dashboard. The navigation stack is a list of routes; the breadcrumb names them.
public enum Route: Hashable, Sendable, Codable {
    case overview, provinces, issuers, areas, documents, indicators, help
    case province(String)
    case issuer(String)
    case area(String)
    case document(String)
    case indicator(String)
    /// Documents behind a number: a fixed filter, opened from an indicator or a count.
    case documentSet(DocumentFilter)
    /// Two documents side by side, aligned passage to passage (source first).
    case compare(String, String)
    case similarity, tools, timeline
    /// The evidence behind one indicator value: passages or clauses, for a subject (a province code,
    /// an issuer id, an area id, a document id, or "*" for the whole corpus).
    case evidence(indicator: String, subject: String)
    /// The clauses coded with a policy tool (and an action area, or "*").
    case toolClauses(tool: String, area: String)
    /// Every analyst's review entries, newest first.
    case reviews
    /// A problem of the review: description, causes and recommendations (a family id of problems.json).
    case problem(String)
    /// The review's findings, each with the verdict the corpus gives it.
    case findings

    /// The tabs, in the order of the number keys (0 is the tenth).
    public static let tabs: [Route] = [.overview, .provinces, .issuers, .areas, .documents, .indicators,
                                       .similarity, .tools, .timeline, .reviews]

    public var tabIndex: Int? { Route.tabs.firstIndex(of: self) }
}

extension Route {
    var isComparison: Bool {
        if case .compare = self { return true }
        return false
    }
}
