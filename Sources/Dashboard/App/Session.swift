import PolicyModel

/// Where an analyst was, saved on exit and restored on the next start: screen, selections, filters, language.
public struct Session: Sendable, Codable {
    public var stack: [Route]
    public var views: [Route: ViewState]
    public var filter: DocumentFilter
    public var language: Language
}

extension AppState {
    /// The part of the state worth keeping between sessions (views of the routes on the stack and the tabs).
    public var session: Session {
        let keep = Set(stack + Route.tabs)
        var kept = views.filter { keep.contains($0.key) }
        kept[route]?.anchor = RowAnchor(self)
        return Session(stack: stack, views: kept, filter: filter, language: language)
    }

    /// The state with a saved session applied; routes that no longer resolve (a removed document) are dropped.
    /// A language asked for (`IPAP_LANG`) wins over the session's, its views fitted to it when shown (`speaking`).
    public func restoring(_ session: Session, language asked: Language? = nil) -> AppState {
        var s = self
        let valid = session.stack.filter { route in
            switch route {
            case .document(let id): return corpus.document(id) != nil
            case .compare(let a, let b): return corpus.document(a) != nil && corpus.document(b) != nil
            case .province(let code): return corpus.taxonomy.division(code) != nil
            case .issuer(let id): return corpus.taxonomy.issuer(id) != nil
            case .area(let id): return corpus.taxonomy.area(id) != nil
            default: return true
            }
        }
        guard let first = valid.first, first.tabIndex != nil else { return s }
        s.stack = valid
        s.views = session.views
        s.filter = session.filter
        s.language = session.language
        return asked.map { Dashboard.speaking(s, $0) } ?? s
    }
}
