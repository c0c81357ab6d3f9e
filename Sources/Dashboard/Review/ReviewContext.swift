import PolicyModel

/// What a review action (`t`, `a`, `r`, `o`) is about, from where the analyst is: the selected row's subject on
/// a list, the clause under the cursor in a document, the indicator and its subject on an evidence list.
enum ReviewContext {
    /// The review target of a route, if it names something reviewable.
    static func target(of route: Route) -> ReviewTarget? {
        switch route {
        case .document(let id): return .document(id)
        case .province(let code): return ReviewTarget(kind: .province, id: code)
        case .issuer(let id): return ReviewTarget(kind: .issuer, id: id)
        case .area(let id): return ReviewTarget(kind: .area, id: id)
        case .indicator(let id): return ReviewTarget(kind: .indicator, id: id.rawValue)
        case .evidence(_, let subject): return subject.reviewTarget
        case .compare(_, let b): return .document(b)
        default: return nil
        }
    }

    /// The thing under the cursor: a clause of the open document, else the selected row's subject, else the screen's.
    static func current(_ state: AppState, content: ScreenContent) -> ReviewTarget? {
        let rows = Sorting.apply(content, view: state.view).rows
        let row = rows.indices.contains(state.view.selected) ? rows[state.view.selected] : nil
        // On a search's match, the clause holding the match (QA pass 49: the clause the row starts in, which depended
        // on the width); else the clause the row starts in.
        if case .document(let id) = state.route, let query = state.view.search,
           let offset = Search.matchOffset(in: rows, at: state.view.selected, query),
           let clause = ReviewActions.clauseTarget(state, document: id, containing: offset) {
            return clause
        }
        if case .document(let id) = state.route, let clause = row?.clause {
            return .document(id, span: (clause.start, clause.end), clause: clause.index)
        }
        if case .document = state.route { return target(of: state.route) }
        if let rowTarget = row?.target, let t = target(of: rowTarget) {
            if let focus = row?.focus, case .document(let id) = rowTarget { return .document(id, span: (focus, focus)) }
            return t
        }
        return target(of: state.route)
    }

    /// The indicator a rating is about: the screen's, or the selected row's on an indicator list.
    static func indicator(_ state: AppState, content: ScreenContent) -> IndicatorID? {
        switch state.route {
        case .indicator(let id): return id
        case .evidence(let kind, _): return .text(kind)
        default:
            let rows = Sorting.apply(content, view: state.view).rows
            guard rows.indices.contains(state.view.selected) else { return nil }
            switch rows[state.view.selected].target {
            case .indicator(let id)?: return id
            case .evidence(let kind, _)?: return .text(kind)
            default: return nil
            }
        }
    }

    /// The indicators a document's page lists beside its text (its panel), each with what a rating of it is about, in
    /// the panel's order. At wide sizes the panel's lines are no rows: `r` could rate none of them (QA pass 48b).
    /// Below the panel's width its lines are rows above the text (QA pass 49: at 80 columns `r` off them found none).
    static func panelRatings(_ state: AppState, content: ScreenContent) -> [(indicator: IndicatorID, target: ReviewTarget)] {
        guard case .document = state.route else { return [] }
        // A line of several indicators stands for them, any other for its target.
        func rated(_ rates: [Route], _ target: Route?) -> [Route] { rates.isEmpty ? target.map { [$0] } ?? [] : rates }
        return ratings(of: content.panel.flatMap { rated($0.rates, $0.target) } + content.rows.flatMap { rated($0.rates, $0.target) })
    }

    /// The indicators the selected row stands for where it is a panel's line of several (governance's topics).
    static func rowRatings(_ state: AppState, content: ScreenContent) -> [(indicator: IndicatorID, target: ReviewTarget)] {
        let rows = Sorting.apply(content, view: state.view).rows
        guard case .document = state.route, rows.indices.contains(state.view.selected) else { return [] }
        return ratings(of: rows[state.view.selected].rates)
    }

    /// The evidence routes among `routes` as ratings, each once, in order.
    private static func ratings(of routes: [Route]) -> [(indicator: IndicatorID, target: ReviewTarget)] {
        var ratings: [(indicator: IndicatorID, target: ReviewTarget)] = []
        for route in routes {
            guard case .evidence(let kind, let subject) = route, let target = subject.reviewTarget,
                  !ratings.contains(where: { $0.indicator == .text(kind) && $0.target == target }) else { continue }
            ratings.append((.text(kind), target))
        }
        return ratings
    }

    /// What a rating is about on an indicator screen: the selected row's subject (a province, a document),
    /// else the corpus as a whole (the indicator itself).
    static func ratingTarget(_ state: AppState, content: ScreenContent, indicator: IndicatorID) -> ReviewTarget {
        let rows = Sorting.apply(content, view: state.view).rows
        if rows.indices.contains(state.view.selected), case .evidence(_, let subject)? = rows[state.view.selected].target,
           let t = subject.reviewTarget {
            return t
        }
        if case .evidence(_, let subject) = state.route, let t = subject.reviewTarget { return t }
        return ReviewTarget(kind: .indicator, id: indicator.rawValue)
    }
}

/// What carries the ✎ mark: a row whose very item has a review entry in effect. A document, province, issuer, area
/// or indicator with an entry about it; an indicator's value for a subject (a row opening its evidence) with a
/// rating of that indicator for that subject, or, in an indicator's ranking, with an entry about the subject (`t`
/// on the row tags it). On the subject's own page (a document's indicator lines) the lines stand for the
/// indicators, not the page's subject: one tag on a document had marked each of its indicator lines.
struct ReviewMarks {
    let subjects: Set<ReviewSubject>
    private let ratings: Set<Rated>

    private struct Rated: Hashable {
        var subject: ReviewSubject
        var indicator: String
    }

    init(_ reviews: ReviewStore) {
        subjects = reviews.reviewedSubjects
        ratings = Set(reviews.entries(ReviewFilter(kind: .rating)).compactMap { entry in
            entry.rating.map { Rated(subject: entry.target.subject, indicator: $0.indicator) }
        })
    }

    /// Whether a row opening `route` on the screen of `screen` is marked.
    func marks(_ route: Route, on screen: Route) -> Bool {
        if case .evidence(let kind, let subject) = route, let target = subject.reviewTarget {
            if ratings.contains(Rated(subject: target.subject, indicator: IndicatorID.text(kind).rawValue)) { return true }
            if ReviewContext.target(of: screen)?.subject == target.subject { return false }
        }
        return ReviewContext.target(of: route).map { subjects.contains($0.subject) } ?? false
    }
}
