import Foundation
import Glibc
import PolicyModel

/// `ipap fetch`: downloads the source pages of a corpus's documents, keeps those that are the document, and
/// imports their text through the import's atomic writer (all or nothing). Pages go to the page cache as they
/// arrive and a run journal (`fetch/run.json`) marks an unfinished run, so a run killed by Ctrl-C or a dropped
/// SSH session is resumed by the next one without asking the servers again for what it already had.
public struct CorpusFetcher: Sendable {
    public var corpus: URL
    public var displayPath: String
    public var taxonomyDirectory: URL
    public var options: FetchOptions

    public init(corpus: URL, displayPath: String, taxonomyDirectory: URL, options: FetchOptions) {
        self.corpus = corpus
        self.displayPath = displayPath
        self.taxonomyDirectory = taxonomyDirectory
        self.options = options
    }

    public struct Failure: BilingualError {
        public var text: LocalizedText

        public func description(in language: Language) -> String { text.text(in: language) }
    }

    public struct Report: Sendable {
        public var results: [FetchResult]
        /// Documents written (fetched ones), nil when nothing was to be written.
        public var imported: ImportWriter.Outcome?
        /// The start of the interrupted run this one resumed, if any.
        public var resumedRunStart: String?
        /// Requests sent (robots.txt included).
        public var requests: Int

        public func count(_ kind: FetchResult.Kind) -> Int { results.filter { $0.kind == kind }.count }
    }

    /// Progress after each document: done, failed (failed or not the document), total.
    public typealias Progress = @Sendable (_ done: Int, _ failed: Int, _ total: Int) -> Void

    /// The documents a run would fetch: `ids`, else those with a URL and (unless `all`) no text.
    public func select(_ ids: [String], in corpus: Corpus) -> Result<[PolicyDocument], Failure> {
        if ids.isEmpty {
            return .success(corpus.documents.filter { !Self.candidates($0).isEmpty && (options.all || !$0.hasText) })
        }
        var chosen: [PolicyDocument] = []
        var unknown: [String] = []
        for id in ids {
            if let d = corpus.document(id) { chosen.append(d) } else { unknown.append(id) }
        }
        guard unknown.isEmpty else {
            return .failure(Failure(text: LocalizedText(zh: "语料中没有文件 \(unknown.map { "“\($0)”" }.joined(separator: "、"))",
                                                     en: "no document \(unknown.map { "'\($0)'" }.joined(separator: ", ")) in the corpus").at(displayPath)))
        }
        return .success(chosen)
    }

    /// The record's addresses, official sites first: where a record has a repost and an official page, the
    /// official one is tried first and the repost only if it fails.
    static func candidates(_ d: PolicyDocument) -> [String] {
        var urls: [String] = []
        for url in [d.source.url, d.source.seen.url].compactMap({ $0 }) where !url.isEmpty && !urls.contains(url) {
            urls.append(url)
        }
        return urls.filter { Provenance.place(of: $0) == .officialSite } + urls.filter { Provenance.place(of: $0) != .officialSite }
    }

    /// `whileWaiting`: called once if another import into the corpus holds its lock when the texts are written.
    public func run(ids: [String], whileWaiting: (@Sendable () -> Void)? = nil, progress: @escaping Progress = { _, _, _ in }) throws -> Report {
        let loaded = CorpusLoader(taxonomyDirectory: taxonomyDirectory).load(corpus, displayPath: displayPath)
        guard let current = loaded.corpus, loaded.problems.isEmpty else {
            let notClean = LocalizedText(zh: "语料未能完整载入；请先修复（ipap validate --corpus \(displayPath)）；未获取任何文件",
                                         en: "the corpus does not load cleanly; fix it first (ipap validate --corpus \(displayPath)); nothing was fetched")
            throw Failure(text: LocalizedText(describing: CorpusProblems(problems: loaded.problems + [Problem(file: displayPath, notClean)])))
        }
        let documents: [PolicyDocument]
        switch select(ids, in: current) {
        case .failure(let f): throw f
        case .success(let d): documents = d
        }
        let journal = RunJournal(corpus: corpus)
        let resumed = try journal.begin()
        defer { journal.release() }
        ProxySettings.install(from: options.environment)
        let client = PoliteClient(options: options, cache: PageCache(corpus: corpus))

        // Workers take documents in order; results land in their slot.
        let slots = ResultSlots(count: documents.count)
        let next = Counter()
        let workers = max(1, min(options.jobs, documents.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            Thread {
                defer { group.leave() }
                while let i = next.take(below: documents.count) {
                    let result = fetch(documents[i], client: client, resumingSince: resumed)
                    let (done, failed) = slots.set(i, result)
                    progress(done, failed, documents.count)
                }
            }.start()
        }
        group.wait()
        let results = slots.results()

        let updated = results.compactMap(\.document)
        var outcome: ImportWriter.Outcome?
        if !updated.isEmpty {
            let plan = ImportPlan(documents: updated, replacing: Set(updated.map(\.id)), info: current.info, infoChanged: false,
                                  createsCorpus: false, gb18030Files: 0)
            outcome = try ImportWriter(destination: corpus, destinationDisplay: displayPath, whileWaiting: whileWaiting).write(plan)
        }
        journal.finish()
        return Report(results: results, imported: outcome, resumedRunStart: resumed, requests: client.requestCount)
    }

    /// One document: its candidate pages in order until one is the document.
    func fetch(_ document: PolicyDocument, client: PoliteClient, resumingSince: String?) -> FetchResult {
        let urls = Self.candidates(document)
        guard !urls.isEmpty else {
            return FetchResult(id: document.id, kind: .failed, url: nil, problem: .network(LocalizedText(zh: "记录没有网址", en: "the record has no URL")))
        }
        var first: (url: String, problem: FetchProblem)?
        for url in urls {
            var resumed = false
            let page: PoliteClient.Page
            if let since = resumingSince, let cached = client.cache.entry(for: url), cached.entry.fetchedAt >= since {
                page = PoliteClient.Page(entry: cached.entry, body: cached.body, notModified: false)
                resumed = true
            } else {
                switch client.page(url) {
                case .failure(let problem):
                    if first == nil { first = (url, problem) }
                    continue
                case .success(let p):
                    page = p
                }
            }
            switch accept(page, for: document) {
            case .failure(let problem):
                if first == nil { first = (page.entry.finalURL, problem) }
            case .success(let updated):
                var result = FetchResult(id: document.id, kind: updated.text == document.text ? .unchanged : .fetched,
                                         url: page.entry.finalURL, problem: nil)
                result.resumed = resumed
                if let first, first.url != url { result.passedOver = first }
                if result.kind == .fetched { result.document = updated }
                return result
            }
        }
        let problem = first?.problem ?? .network(LocalizedText(zh: "没有页面", en: "no page"))
        return FetchResult(id: document.id, kind: problem.isNotTheDocument ? .notTheDocument : .failed, url: first?.url, problem: problem)
    }

    /// The document with the page's text, or why the page is not the document.
    func accept(_ page: PoliteClient.Page, for document: PolicyDocument) -> Result<PolicyDocument, FetchProblem> {
        // A PDF or Word attachment is not a page ipap reads (import it as a file instead).
        if let type = page.entry.contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
           !type.isEmpty, !["text/html", "application/xhtml+xml", "text/plain"].contains(type) {
            return .failure(.undecodable("not a web page but \(type); save it and use ipap import"))
        }
        let decoded: PageDecoder.Decoded
        switch PageDecoder.decode(page.body, contentType: page.entry.contentType) {
        case .failure(let f): return .failure(f)
        case .success(let d): decoded = d
        }
        let html = HTMLText(html: decoded.text)
        // A control in the page's text, header or title: refused by the import's rule, nothing of it stored. Before
        // the check, whose reasons quote the page's title and number.
        if var refused = html.refusedControl {
            refused.position = decoded.pagePosition(of: refused.position)
            return .failure(.controlCharacter(refused))
        }
        if let problem = PageCheck.check(html: decoded.text, page: html, record: document) { return .failure(problem) }
        var updated = document
        updated.text = html.text
        let place = Provenance.place(of: page.entry.finalURL)
        updated.source.fetched = FetchedText(url: page.entry.finalURL, at: page.entry.fetchedAt, place: place)
        // What the page showed, where the record knew less: a number or date it lacked, and what was seen there.
        let number = html.header["发文字号"]
        if updated.number == nil, let number { updated.number = number }
        if updated.dateWritten == nil { updated.dateWritten = html.header["成文日期"].flatMap(DateText.parse) }
        if updated.datePublished == nil { updated.datePublished = html.header["发布日期"].flatMap(DateText.parse) }
        var fields: [Provenance.Field] = [.title]
        if number != nil && number.map(PageCheck.normalizedNumber) == updated.number.map(PageCheck.normalizedNumber) { fields.append(.number) }
        if html.header["发布日期"].flatMap(DateText.parse) != nil || html.header["成文日期"].flatMap(DateText.parse) != nil { fields.append(.date) }
        let seen = Provenance(place: place, fields: fields, url: page.entry.finalURL)
        if Self.improves(seen, on: document.source.seen) { updated.source.seen = seen }
        return .success(updated)
    }

    /// A new sighting replaces the record's when it is from a better place, or the same place with more fields.
    static func improves(_ new: Provenance, on old: Provenance) -> Bool {
        let rank: [Provenance.Place: Int] = [.officialSite: 3, .thirdPartyRepost: 2, .newsReport: 1, .notSeen: 0]
        let a = rank[new.place] ?? 0, b = rank[old.place] ?? 0
        return a > b || (a == b && Set(new.fields).isStrictSuperset(of: Set(old.fields)))
    }
}

/// Results of parallel workers, each in its own slot.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [FetchResult?]
    private var done = 0
    private var failed = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: FetchResult) -> (done: Int, failed: Int) {
        lock.lock()
        defer { lock.unlock() }
        slots[i] = result
        done += 1
        if result.kind == .failed || result.kind == .notTheDocument { failed += 1 }
        return (done, failed)
    }

    func results() -> [FetchResult] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// The next index to work on, shared by the workers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
