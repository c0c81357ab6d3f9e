import Foundation
import PolicyAnalysis
import PolicyModel
import SafeText
import TerminalUI

/// What a full-text search reads: the words, and the documents that the Documents tab's filter lets through
/// in the scope, at a corpus revision. Results answer one request; the same request is not searched twice.
public struct TextSearchRequest: Hashable, Sendable {
    var query: String
    var filter: DocumentFilter
    var scope: CorpusScope
    var corpusRevision: Int
}

/// A full-text search's answer: the documents (in list order) whose text, title, number, id or issuer holds the words, each
/// with its first hits quoted. `searched` of `total` documents were read: fewer when the analyst stopped it.
public struct TextSearchResults: Sendable {
    /// A hit with some text on either side: `text` is the text's characters over `span`.
    struct Excerpt: Sendable, Equatable {
        var hit: Int
        var span: TextSpan
        var text: String
        /// The few characters just before the span (`QuoteStart.lead`).
        var lead = ""
    }

    struct Found: Sendable {
        var document: PolicyDocument
        /// Every hit in the text (a title that holds the words without the text: 0).
        var count: Int
        var excerpts: [Excerpt]
    }

    let request: TextSearchRequest
    var found: [Found]
    var searched: Int
    /// Of the documents searched, those without a text (their titles alone were searched).
    var withoutText: Int
    var total: Int
    /// Whether documents' hits went unquoted (beyond `excerptsInAll`): they are counted, not quoted.
    var quotesCapped = false

    var isComplete: Bool { searched == total }

    /// Hits quoted per document; the screen counts the others.
    static let excerptsPerDocument = 20
    /// Hits quoted in all, in list order: a word found in every one of 10,000 documents made 200,000 rows,
    /// 3 seconds to lay out on the dashboard's thread, more than anyone reads; a filter narrows the search.
    static let excerptsInAll = 2_000

    /// Results from each document's own hits, in list order, with quotes up to `excerptsInAll` in all.
    init(request: TextSearchRequest, found: [Found], searched: Int, withoutText: Int = 0, total: Int) {
        self.request = request
        self.searched = searched
        self.withoutText = withoutText
        self.total = total
        var quoted = 0, capped = false
        self.found = found.map { found in
            var found = found
            let room = max(0, Self.excerptsInAll - quoted)
            if found.excerpts.count > room {
                found.excerpts.removeSubrange(room...)
                capped = true
            }
            quoted += found.excerpts.count
            return found
        }
        quotesCapped = capped
    }

    /// One document's hits, or nil when neither its text nor its title, number, id or issuer holds the words.
    static func search(_ document: PolicyDocument, for query: String, in corpus: Corpus) -> Found? {
        let text = corpus.text(of: document, ifItMayHold: query)
        let offsets = text.map { TextSearch.offsets(of: query, in: $0) } ?? []
        // The words in the text, or in what the list's row shows of the document: its title, number, id or issuer, as
        // `ipap list --search` finds them (QA pass 47: `/demo-00019` found no document, though ids are shown everywhere).
        guard !offsets.isEmpty || DocumentFilter(search: query).matches(document) else { return nil }
        let length = TextSearch.length(of: query)
        var excerpts: [Excerpt] = []
        if let text, !offsets.isEmpty {
            // One array of scalars for all of a text's quotes: an offset into a String is found by walking it.
            let scalars = text.scalarArray
            excerpts = offsets.prefix(excerptsPerDocument).map { hit in
                let quoted = TextSearch.quoted(hit: hit, length: length, in: scalars.count)
                return Excerpt(hit: hit, span: TextSpan(quoted.lowerBound, quoted.upperBound),
                               text: String(String.UnicodeScalarView(scalars[quoted])),
                               lead: QuoteStart.lead(scalars, before: quoted.lowerBound))
            }
        }
        return Found(document: document, count: offsets.count, excerpts: excerpts)
    }
}

/// A full-text search on a background thread, on both cores, while the dashboard stays usable: the status
/// line shows how many documents it has read, `x` stops it (the hits among the documents read so far are
/// listed), leaving its screen drops it. The edge polls it and hands what it finds to `update` as messages.
/// At 50,000 documents a search reads every text from its file (the dashboard holds none): seconds of work
/// that held every key while it ran.
public final class TextSearchJob: @unchecked Sendable {
    let request: TextSearchRequest
    private let documents: [PolicyDocument]
    private let searching: @Sendable (PolicyDocument) -> TextSearchResults.Found?
    /// Starts reading the documents' files ahead (a corpus no longer in the page cache comes from the disk
    /// many files at once, not one per core).
    private let readingAhead: @Sendable () -> ReadAhead?

    private let lock = NSLock()
    private var started: Date?
    private var done = 0
    private var progress: JobProgress
    private var stopRequested = false
    private var results: TextSearchResults?
    /// Signalled once, when the thread has stopped (finished or stopped).
    private let stoppedSignal = DispatchSemaphore(value: 0)

    /// A search of `documents` (the request's, in list order) in `corpus`, not yet started. `searching`, for
    /// tests, replaces the search of one document (`TextSearchResults.search`).
    init(request: TextSearchRequest, documents: [PolicyDocument], corpus: Corpus,
         searching: (@Sendable (PolicyDocument) -> TextSearchResults.Found?)? = nil) {
        self.request = request
        self.documents = documents
        let query = request.query
        self.searching = searching ?? { TextSearchResults.search($0, for: query, in: corpus) }
        readingAhead = { corpus.readTextsAhead(of: documents) }
        progress = JobProgress(done: 0, total: documents.count, elapsed: 0)
    }

    /// Starts the search, once.
    func start() {
        lock.lock()
        guard started == nil else {
            lock.unlock()
            return
        }
        let start = Date()
        started = start
        lock.unlock()
        Thread { [self] in
            let documents = self.documents, searching = self.searching
            // The progress shown moves in steps of a hundredth: each step redraws the status line.
            let step = max(1, documents.count / 100)
            let readAhead = self.readingAhead()
            defer { readAhead?.stop() }
            let slots = ParallelSlots<Slot>.map(documents.count) { i in
                guard !self.isStopRequested else { return .notSearched }
                let found = searching(documents[i])
                self.counted(step: step, since: start)
                return found.map(Slot.found) ?? .noHit
            }
            var found: [TextSearchResults.Found] = []
            var searched = 0, withoutText = 0
            for (i, slot) in slots.enumerated() {
                switch slot {
                case .notSearched: continue
                case .noHit: searched += 1
                case .found(let hit):
                    searched += 1
                    found.append(hit)
                }
                if !documents[i].hasText { withoutText += 1 }
            }
            lock.lock()
            results = TextSearchResults(request: request, found: found, searched: searched, withoutText: withoutText, total: documents.count)
            lock.unlock()
            stoppedSignal.signal()
        }.start()
    }

    private enum Slot {
        case notSearched, noHit
        case found(TextSearchResults.Found)
    }

    var isStopRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    private func counted(step: Int, since start: Date) {
        lock.lock()
        done += 1
        if done % step == 0 || done == documents.count {
            progress = JobProgress(done: done, total: documents.count, elapsed: Date().timeIntervalSince(start))
        }
        lock.unlock()
    }

    /// Stops reading at the next document; the results then hold the documents read so far.
    func stop() {
        lock.lock()
        stopRequested = true
        lock.unlock()
    }

    var currentProgress: JobProgress {
        lock.lock()
        defer { lock.unlock() }
        return progress
    }

    /// Nil while running.
    var currentResults: TextSearchResults? {
        lock.lock()
        defer { lock.unlock() }
        return results
    }

    /// Waits until the search has stopped (true), or for `timeout` seconds (false): for tests.
    func waitUntilStopped(timeout: Double) -> Bool {
        guard stoppedSignal.wait(timeout: .now() + timeout) == .success else { return false }
        stoppedSignal.signal()
        return true
    }
}
