import PolicyModel

/// A place in the dashboard. The navigation stack is a list of routes; the breadcrumb names them.
public enum Route: Hashable, Sendable {
    case overview, provinces, issuers, areas, documents, indicators, help
    case province(String)
    case issuer(String)
    case area(String)
    case document(String)
    case indicator(String)
    /// Documents behind a number: a fixed filter, opened from an indicator or a count.
    case documentSet(DocumentFilter)

    /// The tabs, in the order of the number keys.
    public static let tabs: [Route] = [.overview, .provinces, .issuers, .areas, .documents, .indicators, .help]

    public var tabIndex: Int? { Route.tabs.firstIndex(of: self) }
}
