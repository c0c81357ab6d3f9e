import PolicyModel

/// A place in the dashboard. The navigation stack is a list of routes; the breadcrumb names them.
public enum Route: Hashable, Sendable, Codable {
    case overview, provinces, issuers, areas, documents, indicators, help
    case province(String)
    case issuer(String)
    case area(String)
    case document(String)
    case indicator(IndicatorID)
    /// Documents behind a number: a fixed filter, opened from an indicator or a count.
    case documentSet(DocumentFilter)
    /// Two documents side by side, aligned passage to passage (source first).
    case compare(String, String)
    case similarity, tools, timeline
    /// The evidence behind one text indicator's value for a subject: passages, clauses or document pairs.
    case evidence(indicator: TextIndicatorKind, subject: Subject)
    /// The clauses coded with a policy tool, in one action area, level or year, or all of them.
    case toolClauses(tool: String, scope: ToolScope)
    /// Every analyst's review entries, newest first.
    case reviews
    /// A problem of the review: description, causes and recommendations (a family id of problems.json).
    case problem(String)
    /// The review's findings, each with the verdict the corpus gives it.
    case findings
    /// Documents whose text (or title) holds the words, with the passages around each hit.
    case textSearch(String)

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

    /// The two documents of a comparison as `CompareScreen` shows them: the source of the pair the analysis holds
    /// between them on the left, whichever was chosen first (m on one, c on the other); as given where they share
    /// no pair.
    static func compareSides(_ a: String, _ b: String, in analysis: AnalysisView?) -> (left: String, right: String) {
        guard let pair = analysis?.pair(a, b) else { return (a, b) }
        return (pair.source, pair.target)
    }

    /// The comparison of two documents, its route naming them as it shows them (`compareSides`).
    static func comparing(_ a: String, _ b: String, in analysis: AnalysisView?) -> Route {
        let sides = compareSides(a, b, in: analysis)
        return .compare(sides.left, sides.right)
    }
}
