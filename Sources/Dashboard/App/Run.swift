import Foundation
import PolicyAnalysis
import PolicyModel
import SafeText
import TerminalUI

extension Dashboard {
    /// Runs the dashboard on a backend until the analyst quits or a signal ends it; returns the last state.
    /// This is the edge: it turns keys, the background analysis and journals changed by others into messages
    /// for `update`, carries out the effects update returns (journal appends, exports, re-reads, cancelling),
    /// and stamps what update must not read (the account, the time, entry ids).
    /// `clipboard` puts text on the terminal's clipboard (`y`); without it `y` says it cannot. `buildsPagesInBackground`:
    /// a page slow to build shows a loading line while it is built on another thread, and keys are answered meanwhile
    /// (`AppState.buildsPagesInBackground`); off, every key's screen is built before the next key is read (tests that
    /// feed keys ahead read the built page after each).
    public static func run<B: Backend>(backend: inout B, initial: AppState, clipboard: ((String) -> Void)? = nil,
                                       buildsPagesInBackground: Bool = false) throws -> AppState {
        var initial = initial
        if initial.author.isEmpty { initial.author = ReviewAuthor.current() }
        if initial.corpusStamp == nil { initial.corpusStamp = CorpusStamp.of(initial.corpus.directory) }
        initial.buildsPagesInBackground = buildsPagesInBackground
        // Idle every 50 ms, not 200: the background analysis is started, and its result taken, at an idle
        // tick, and each tick's work (the job's state, the journals' stamp) is a few system calls. While a
        // job runs, every 10 ms: its result is shown within 5 ms on average instead of 25.
        return try TerminalApp.run(
            backend: &backend, initial: initial, minimumSize: minimumSize, pollMilliseconds: 50,
            poll: pollMilliseconds,
            prepare: { state, size in
                // At the terminal's size: the first screen was laid out twice, for 80x24 and then for the terminal.
                var s = state
                s.size = size
                // A session restored in the other language or at another size: its screen on the row it was on, not
                // on the row number.
                s = anchored(s)
                // The first screen starts on its first row that can be opened, as every screen opened later
                // does (the overview starts with a heading).
                if s.views[s.route] == nil { s.views[s.route] = ViewState(firstSelectable: Layout.content(s)) }
                // A session restored on a full-text search's screen starts its search now, not at the first message.
                s = TextSearching.follow(s)
                s.showsLoadingPage = Layout.isLoading(s)
                for effect in s.effects { _ = perform(effect, in: s, clipboard: clipboard) }
                s.effects = []
                return s
            },
            update: { state, key, size in
                var s = resized(state, to: size)
                s = step(s, .key(key), clipboard: clipboard)
                return s.quit ? nil : s
            },
            idle: { state, size in
                var s = resized(state, to: size)
                let messages = observe(s)
                guard !messages.isEmpty else { return nil }
                for message in messages { s = step(s, message, clipboard: clipboard) }
                return s
            },
            render: { state, canvas in
                var s = state
                s.size = canvas.size
                render(s, into: &canvas)
            })
    }

    /// How long the edge waits for a key before it looks at the background work again: shorter while there is some.
    static func pollMilliseconds(_ state: AppState) -> Int {
        let working = state.analysisJob != nil || state.textSearchJob != nil || state.exportJob != nil || state.showsLoadingPage
        return working ? 10 : 50
    }

    /// One message through `update`, then its effects at the edge, whose reports go through `update` in turn.
    public static func step(_ state: AppState, _ message: Message, clipboard: ((String) -> Void)? = nil) -> AppState {
        var (s, effects) = update(state, message)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            for report in perform(effect, in: s, clipboard: clipboard) {
                let (next, more) = update(s, report)
                s = next
                effects += more
            }
        }
        return s
    }

    /// What changed outside while the analyst was idle: the analysis's progress or outcome, journals on disk.
    static func observe(_ state: AppState) -> [Message] {
        var messages: [Message] = []
        if let job = state.analysisJob {
            job.start()
            switch job.currentOutcome {
            case .finished(let view, let corpus, let notStored)?: messages.append(.analysis(.finished(view, corpus, notStored: notStored)))
            case .failed(let reason)?: messages.append(.analysis(.failed(reason)))
            case .cancelled?: messages.append(.analysis(.cancelled))
            case nil:
                let progress = job.currentProgress
                if progress != state.analysisProgress { messages.append(.analysis(.progress(progress))) }
            }
        }
        if let job = state.textSearchJob {
            if let results = job.currentResults {
                messages.append(.textSearch(.finished(results)))
            } else if job.currentProgress != state.textSearchProgress {
                messages.append(.textSearch(.progress(job.currentProgress)))
            }
        }
        if let outcome = state.exportJob?.currentOutcome { messages.append(.exportFinished(outcome)) }
        if state.showsLoadingPage && !Layout.isLoading(state) { messages.append(.pageBuilt) }
        if ReviewStore.stamp(of: state.corpus.directory) != state.reviews.stamp {
            messages.append(.journalsChanged(ReviewStore.load(state.corpus.directory)))
        }
        if let loaded = state.corpusStamp {
            let now = CorpusStamp.of(state.corpus.directory)
            if now != loaded, now != state.corpusChangeSaid { messages.append(.corpusChangedOnDisk(now)) }
        }
        return messages
    }

    /// Carries out one effect; the messages say what came of it.
    static func perform(_ effect: Effect, in state: AppState, clipboard: ((String) -> Void)? = nil) -> [Message] {
        switch effect {
        case .copy(let text):
            guard let clipboard else {
                return [.effectDone(Label.cannotCopyNoClipboard.localized)]
            }
            clipboard(text)
            return [.effectDone(Phrase.copied(characters: text.count).localized)]
        case .appendReview(let draft):
            let journal = ReviewJournal(corpusDirectory: state.corpus.directory)
            let entry = draft.entry(author: journal.author, time: Date())
            do {
                try journal.append(entry)
            } catch {
                return [.effectDone(Phrase.notWritten(LocalizedText(describing: error)).localized)]
            }
            // An undo names what it undid (read from the entries as they were before it).
            let undone = draft.undoes.flatMap { state.reviews.location(of: $0)?.entry }
            let report = undone.map { ScreenContext.undone($0, in: state) } ?? written(draft, taxonomy: state.corpus.taxonomy)
            return [.reviewWritten(entry.id), .journalsChanged(ReviewStore.load(state.corpus.directory)), .effectDone(report.localized)]
        case .reloadReviews:
            let store = ReviewStore.load(state.corpus.directory)
            return [.journalsChanged(store),
                    .effectDone(Phrase.journalsReread(store.active.count).localized)]
        case .exportReport(let format, let target):
            // Checked before the report is made (seconds at 10,000 documents), here rather than on the job's thread:
            // the prompt opens again at once to ask whether to overwrite.
            if !target.overwrite {
                do {
                    let existing = try ExportWriter.existingBeforeReport(format: format, out: URL(fileURLWithPath: target.path))
                    if !existing.isEmpty { return [.exportTargetsExist(existing, target)] }
                } catch {
                    return [.effectDone(Phrase.notExported(LocalizedText(describing: error)).localized)]
                }
            }
            let job = ExportJob(path: target.path) { export(state, format: format, path: target.path, overwrite: target.overwrite) }
            job.start()
            return [.exportStarted(job)]
        case .exportView(let text, let target):
            let url = URL(fileURLWithPath: target.path)
            if !target.overwrite, FileManager.default.fileExists(atPath: url.path) {
                return [.exportTargetsExist([url.path], target)]
            }
            do {
                // The first missing folder named, as a report's export names it.
                if let missing = ExportWriter.missingFolder(url) { throw missing }
                // A text file a terminal may show with cat: no control character reaches it raw. Written beside the
                // file and renamed over it: an overwritten file is never seen half-written.
                try AtomicFile.write(Data(ControlCharacters.sanitizeLines(text).utf8), to: url)
                // The whole path: a name alone did not say where a relative one went.
                return [.effectDone(Phrase.exportedView(url.path).localized)]
            } catch {
                return [.effectDone(Phrase.notExported(LocalizedText(describing: error)).localized)]
            }
        case .cancelAnalysis(let job):
            job.cancel()
            return []
        case .startTextSearch(let job):
            job.start()
            return []
        case .stopTextSearch(let job):
            job.stop()
            return []
        case .prefetchTabs:
            prefetchTabs(state)
            return []
        }
    }

    /// Builds every tab's content on a background thread into the shared cache, so that the first visit
    /// of a tab on a large corpus is as quick as a revisit, and then the palette's document names.
    /// What a written entry's message says: its kind, and for an override that gives the clause the machine's own
    /// code, that it does (the clause's codes on screen stay as they were; QA 49 found it recorded silently).
    static func written(_ draft: ReviewDraft, taxonomy: Taxonomy) -> Phrase {
        guard let o = draft.override, o.previous == [o.value], let code = taxonomy.codeName(o.value, field: o.field) else {
            return .writtenToJournal(draft.kind.name)
        }
        return .writtenSameAsMachine(kind: draft.kind.name, code: code)
    }

    static func prefetchTabs(_ state: AppState) {
        let snapshot = state
        Thread {
            for route in Route.tabs {
                var s = snapshot
                s.stack = [route]
                _ = Layout.content(s)
            }
            _ = Palette.documentNames(snapshot)
        }.start()
    }

    /// Re-reads every journal now (at the edge); the analysis follows the analysts' overrides.
    public static func reloadingReviews(_ state: AppState) -> AppState {
        update(state, .journalsChanged(ReviewStore.load(state.corpus.directory))).0
    }

    /// Writes the report (on the export job's thread): what came of it, for the status line. Its files known before
    /// the report is made were checked by the edge (`exportReport`); `write` refuses any other that exists unless
    /// `overwrite`.
    static func export(_ state: AppState, format f: ExportFormat, path: String, overwrite: Bool = false) -> LocalizedText {
        // The whole analysis (every document's part) is read for the report.
        let analysis = state.analysis.flatMap { try? ($0.fullResult(), ExportReport.AnalysisOrigin.stored) }
        // The texts are read from their files as the report codes and quotes each document (not all at once).
        let report = ExportReport(corpus: state.scoped, analysis: analysis, reviews: state.reviews,
                                  scope: state.scope, language: state.language,
                                  findings: try? ReviewFindingSource.findings(for: state.corpus))
        do {
            let written = try ExportWriter.write(report, format: f, out: URL(fileURLWithPath: path), force: overwrite)
            let names = written.map(\.lastPathComponent).joined(separator: ", ")
            return Phrase.exported(names, in: written.first?.deletingLastPathComponent().path ?? path).localized
        } catch {
            return Phrase.notExported(LocalizedText(describing: error)).localized
        }
    }
}
