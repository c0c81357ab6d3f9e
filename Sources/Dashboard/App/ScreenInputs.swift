import PolicyModel

/// Everything a screen is built from apart from the data it reads, and a revision that stands for that data
/// (corpus, analysis, reviews: bumped by `AppState` whenever one of them is replaced). The builder reads its
/// settings from here and the content cache uses this as its key, so a screen cannot depend on something the
/// key misses (a cached "分析中…" screen outlived a failed analysis when the key was kept by hand).
struct ScreenInputs: Hashable {
    var route: Route
    var width: Int
    /// The screen's rows, for the Reviews tab alone (it shows as many pairs' kappas as they hold); 0 elsewhere, so
    /// that a change of height does not build other screens anew.
    var height: Int
    var language: Language
    var filter: DocumentFilter
    var reviewFilter: ReviewFilter
    /// Which of several matrices or scales a screen shows (`v`).
    var variant: Int
    /// The lists the screen shows whole (`ViewState.expanded`).
    var expanded: Set<String>
    var scope: CorpusScope
    var analysisStatus: AnalysisStatus
    var dataRevision: Int
    /// The full-text search's results, for its screen only (other screens do not read them).
    var textSearchRevision: Int

    init(_ state: AppState) {
        route = state.route
        width = state.size.width
        height = state.route == .reviews ? state.size.height : 0
        language = state.language
        filter = state.filter
        reviewFilter = state.reviewFilter
        variant = state.view.variant
        expanded = state.view.expanded ?? []
        scope = state.scope
        analysisStatus = state.analysisStatus
        dataRevision = state.revision
        if case .textSearch = state.route { textSearchRevision = state.textSearchRevision } else { textSearchRevision = 0 }
    }
}
