import PolicyModel

/// The full-text search's part of `update`: which search the screens need, starting it, taking its results.
/// The search itself runs at the edge (`TextSearchJob`); here a job is only made and handed out as an effect.
enum TextSearching {
    /// The search the top-most text-search screen on the stack needs, if there is one.
    static func request(_ state: AppState) -> TextSearchRequest? {
        for route in state.stack.reversed() {
            if case .textSearch(let query) = route {
                return TextSearchRequest(query: query, filter: state.filter, scope: state.scope,
                                         corpusRevision: state.corpusRevision)
            }
        }
        return nil
    }

    /// The results a state's current screen shows: only those of the search it needs.
    static func shownResults(_ state: AppState) -> TextSearchResults? {
        guard case .textSearch = state.route, let results = state.textSearchResults,
              results.request == request(state) else { return nil }
        return results
    }

    /// After every message: a search that no screen on the stack needs any more is stopped and dropped, and
    /// the one the screen shown needs is started, unless its results are already there or it is running.
    static func follow(_ state: AppState) -> AppState {
        var s = state
        let wanted = request(s)
        if let job = s.textSearchJob, job.request != wanted {
            s.effects.append(.stopTextSearch(job))
            s.textSearchJob = nil
            s.textSearchProgress = nil
        }
        guard let wanted, case .textSearch = s.route, s.textSearchJob == nil,
              s.textSearchResults?.request != wanted else { return s }
        // The documents the list under the filter shows (an area's by title and by text, `FilteredDocuments`).
        let documents = FilteredDocuments(wanted.filter, corpus: s.scoped, textAreas: s.analysis?.textAreas).documents
        let job = TextSearchJob(request: wanted, documents: documents, corpus: s.scoped)
        s.textSearchJob = job
        s.textSearchProgress = JobProgress(done: 0, total: documents.count, elapsed: 0)
        s.textSearchResults = nil
        s.effects.append(.startTextSearch(job))
        return s
    }

    /// What the job reported, taken into the state; a report of a job already dropped is not taken.
    static func following(_ state: AppState, _ event: TextSearchEvent) -> AppState {
        var s = state
        switch event {
        case .progress(let progress):
            guard s.textSearchJob != nil else { return s }
            s.textSearchProgress = progress
        case .finished(let results):
            guard let job = s.textSearchJob, job.request == results.request else { return s }
            s.textSearchJob = nil
            s.textSearchProgress = nil
            s.textSearchResults = results
            if !results.isComplete {
                // The status line's short word; the screen's header says what the list holds.
                s.message = Phrase.textSearchStoppedShort(searched: results.searched, total: results.total).text(in: s.language)
            }
            // The screen was a notice while the search ran: it now starts on the first hit, its highlight kept.
            let route = Route.textSearch(results.request.query)
            if s.stack.contains(route) {
                let search = s.views[route]?.search
                var shown = s
                shown.stack.append(route)
                var view = ViewState(firstSelectable: Layout.content(shown))
                view.search = search
                s.views[route] = view
            }
        }
        return s
    }

    /// `x` on a search's screen while it runs: it stops at the next document and lists what it found so far.
    static func stop(_ state: AppState) -> AppState? {
        guard case .textSearch = state.route, let job = state.textSearchJob else { return nil }
        var s = state
        s.effects.append(.stopTextSearch(job))
        return s
    }
}
