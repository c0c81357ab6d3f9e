import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The full-text search runs in the background: the dashboard answers keys while it reads the texts, shows
/// how far it has got, `x` stops it with what it found so far, and leaving its screen drops it.
final class TextSearchJobTests: XCTestCase {
    private let keys: [Key] = [.char("5"), .char("/")] + [Key].type("人才") + [.enter]

    /// Runs keys without waiting for a search they start (the fixtures wait): the frame after the last key.
    private func run(_ keys: [Key], from state: AppState? = nil, size: Size = Size(width: 80, height: 24)) throws -> (TestBackend, AppState) {
        let demo = try DemoFixture.shared()
        var backend = TestBackend(width: size.width, height: size.height)
        backend.feed(keys)
        let initial = state ?? DemoFixture.initialState(demo, width: size.width, height: size.height)
        let final = try Dashboard.run(backend: &backend, initial: initial)
        return (backend, final)
    }

    /// The documents of the demo corpus whose text or title holds `query`, in list order, with their hit counts.
    private func expected(_ query: String, among documents: [PolicyDocument]) throws -> [(String, Int)] {
        let corpus = try DemoFixture.shared().corpus
        return documents.compactMap { d in
            let text = corpus.text(of: d) ?? ""
            let hits = text.components(separatedBy: query).count - 1
            return hits > 0 || d.title.contains(query) ? (d.id, hits) : nil
        }
    }

    func testTheFrameAfterEnterSaysTheSearchRunsAndTheResultsFollow() throws {
        let (b, state) = try run(keys)
        XCTAssertEqual(state.route, .textSearch("人才"))
        let job = try XCTUnwrap(state.textSearchJob, "a search is running after Enter")
        XCTAssertTrue(b.rows.contains { $0.contains("正在检索全文“人才”") }, DemoFixture.screen(b))
        // The status line says where one is as well as how far the search has got.
        XCTAssertTrue(DemoFixture.status(b).contains("全文检索 "), DemoFixture.status(b))
        XCTAssertTrue(DemoFixture.status(b).contains("全文：“人才”"), DemoFixture.status(b))

        let (after, done) = try BackgroundSettling.settled((b, state))
        XCTAssertNil(done.textSearchJob)
        XCTAssertFalse(job.isStopRequested)
        let results = try XCTUnwrap(done.textSearchResults)
        XCTAssertTrue(results.isComplete)
        let documents = DocumentFilter().apply(to: done.corpus.documents)
        let found = results.found.map { ($0.document.id, $0.count) }
        let want = try expected("人才", among: documents)
        XCTAssertEqual(found.map(\.0), want.map(\.0))
        XCTAssertEqual(found.map(\.1), want.map(\.1))
        XCTAssertFalse(after.rows.contains { $0.contains("正在检索全文") }, DemoFixture.screen(after))
        XCTAssertTrue(after.rows.contains { $0.contains("“人才”：\(want.count) 份文件") }, DemoFixture.screen(after))
        XCTAssertFalse(DemoFixture.status(after).contains("全文检索 "), DemoFixture.status(after))
        // The first row that opens something is selected: the first document found.
        XCTAssertEqual(Layout.content(done).rows[done.view.selected].target, .document(want[0].0))
    }

    func testLeavingTheScreenStopsTheSearchAndComingBackSearchesAgain() throws {
        let (_, state) = try run(keys)
        let job = try XCTUnwrap(state.textSearchJob)
        let back = Dashboard.step(state, .key(.escape))
        XCTAssertEqual(back.route, .documents)
        XCTAssertNil(back.textSearchJob, "a search no screen needs is dropped")
        XCTAssertTrue(job.isStopRequested, "and told to stop")
        XCTAssertTrue(job.waitUntilStopped(timeout: 60))
        // What it reports afterwards is not taken.
        let late = Dashboard.step(back, .textSearch(.finished(try XCTUnwrap(job.currentResults))))
        XCTAssertNil(late.textSearchResults?.searched)

        // Help on top of the search keeps it; the same words again are answered from the results already there.
        let (_, settled) = try BackgroundSettling.settled(try run(keys))
        let help = Dashboard.step(settled, .key(.char("?")))
        XCTAssertEqual(help.route, .help)
        let again = Dashboard.step(help, .key(.escape))
        XCTAssertEqual(again.route, .textSearch("人才"))
        XCTAssertNil(again.textSearchJob, "results of the same request are shown, not searched for again")
    }

    /// `x` while the search runs: it stops at the next document and lists the hits among the documents read.
    func testXStopsTheSearchAndListsWhatWasFound() throws {
        let (_, running) = try run(keys)
        XCTAssertTrue(try XCTUnwrap(running.textSearchJob).waitUntilStopped(timeout: 60))
        // A job that reads ten documents and then waits until it is told to stop, in place of the real one.
        let request = try XCTUnwrap(TextSearching.request(running))
        let documents = DocumentFilter().apply(to: running.scoped.documents)
        let corpus = running.scoped
        let gate = DispatchSemaphore(value: 0)
        let read = ReadDocuments()
        let job = TextSearchJob(request: request, documents: documents, corpus: corpus) { d in
            if read.count >= 10 { gate.wait(); gate.signal() }
            read.insert(d.id)
            return TextSearchResults.search(d, for: "人才", in: corpus)
        }
        var state = running
        state.textSearchJob = job
        job.start()
        while read.count < 10 { usleep(1_000) }
        state = Dashboard.step(state, .key(.char("x")))
        XCTAssertTrue(job.isStopRequested)
        gate.signal()
        XCTAssertTrue(job.waitUntilStopped(timeout: 60))
        for message in Dashboard.observe(state) { state = Dashboard.step(state, message) }
        let results = try XCTUnwrap(state.textSearchResults)
        XCTAssertEqual(results.searched, read.count)
        XCTAssertLessThan(results.searched, documents.count)
        let searched = documents.filter { read.contains($0.id) }
        XCTAssertEqual(results.found.map(\.document.id), try expected("人才", among: searched).map(\.0))
        XCTAssertEqual(state.analysisStatus, .ready, "x stopped the search, not the analysis")
        let (b, _) = try run([], from: state)
        XCTAssertTrue(b.rows.contains { $0.contains("检索已停止：只读了 \(documents.count) 份文件中的 \(read.count) 份") }, DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.status(b).contains("检索已停止：已读 \(read.count)/\(documents.count)"), DemoFixture.status(b))
        XCTAssertTrue(DemoFixture.status(b).contains("全文：“人才”"), DemoFixture.status(b))
    }

    /// A session restored on a search's screen searches at once, with no key and no background analysis to
    /// wake it.
    func testARestoredSearchScreenSearchesAtOnce() throws {
        var restored = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24)
        restored.stack = [.documents, .textSearch("人才")]
        let (b, state) = try run([], from: restored)
        XCTAssertTrue(b.rows.contains { $0.contains("正在检索全文“人才”") }, DemoFixture.screen(b))
        let job = try XCTUnwrap(state.textSearchJob, "the search was started before the first frame")
        XCTAssertTrue(job.waitUntilStopped(timeout: 60), "and it runs")
        let (after, _) = try BackgroundSettling.settled((b, state))
        XCTAssertTrue(after.rows.contains { $0.contains("“人才”：") }, DemoFixture.screen(after))
    }

    /// A word in every document: the first 2,000 hits in list order are quoted, every other hit is counted.
    func testQuotesStopAtTheCapAndEveryHitIsStillCounted() throws {
        let demo = try DemoFixture.shared()
        let document = try XCTUnwrap(demo.corpus.documents.first)
        let excerpt = TextSearchResults.Excerpt(hit: 5, span: TextSpan(0, 20), text: "互联网")
        let perDocument = [20, 3, 0, 17]
        let found = (0..<400).map { i in
            let n = perDocument[i % perDocument.count]
            return TextSearchResults.Found(document: document, count: n + i % 5, excerpts: Array(repeating: excerpt, count: n))
        }
        let request = TextSearchRequest(query: "互联网", filter: DocumentFilter(), scope: .all, corpusRevision: 0)
        let results = TextSearchResults(request: request, found: found, searched: 400, total: 400)
        XCTAssertTrue(results.quotesCapped)
        XCTAssertEqual(results.found.map(\.excerpts.count).reduce(0, +), TextSearchResults.excerptsInAll)
        XCTAssertEqual(results.found.map(\.count), found.map(\.count), "every hit counted")
        // Quotes are taken in list order: a document after one that lost quotes has none.
        let firstShort = try XCTUnwrap(results.found.indices.first { results.found[$0].excerpts.count < found[$0].excerpts.count })
        XCTAssertTrue(results.found[(firstShort + 1)...].allSatisfy(\.excerpts.isEmpty))
        XCTAssertEqual(results.found[..<firstShort].map(\.excerpts.count), found[..<firstShort].map(\.excerpts.count))

        let few = TextSearchResults(request: request, found: Array(found.prefix(10)), searched: 400, total: 400)
        XCTAssertFalse(few.quotesCapped)

        // On the screen: a document past the cap says its hits were not quoted, and the header says why.
        var state = DemoFixture.initialState(demo, width: 80, height: 24)
        state.stack = [.documents, .textSearch("互联网")]
        state.textSearchResults = TextSearchResults(request: try XCTUnwrap(TextSearching.request(state)), found: found,
                                                    searched: 400, total: 400)
        let content = Layout.content(state)
        XCTAssertTrue(content.header.contains { $0.text.contains("只摘录前 2000 处") })
        let notes = content.rows.filter { $0.kind == .note }.map { $0.cells[0] }
        XCTAssertEqual(notes.last, "    … \(found[399].count) 处（未摘录）")
        XCTAssertEqual(content.rows.filter { $0.focus != nil }.count, TextSearchResults.excerptsInAll)
    }

    /// The header counted the hits in the texts (110 for 互联网 in the demo) while `n` also stopped on every
    /// document row whose title holds the words (158). `n` / `N` visit the hits the header counts: the quoted
    /// ones, which the header names when the quoting caps leave some out.
    func testTheHeaderAndNCountTheSameHits() throws {
        for query in ["互联网", "，"] {
            let (_, settled) = try BackgroundSettling.settled(try run([.char("5"), .char("/")] + [Key].type(query) + [.enter]))
            let results = try XCTUnwrap(settled.textSearchResults)
            let hits = results.found.map(\.count).reduce(0, +)
            let quoted = results.found.map(\.excerpts.count).reduce(0, +)
            XCTAssertTrue(results.found.contains { $0.document.title.contains(query) } || query == "，", "titles hold \(query)")
            let (b, _) = try run([.char("N")], from: settled)
            let header = try XCTUnwrap(b.rows.first { $0.contains("“\(query)”：") }, DemoFixture.screen(b))
            XCTAssertTrue(DemoFixture.status(b).contains("匹配行 \(quoted)/\(quoted)：\(query)"), DemoFixture.status(b))
            if quoted == hits {
                XCTAssertTrue(header.contains("正文中 \(hits) 处") && !header.contains("摘录"), header)
            } else {
                XCTAssertTrue(header.contains("正文中 \(hits) 处（摘录 \(quoted) 处，n/N 逐一查看）"), header)
            }
        }
    }

    /// `n` pressed before the background search's results arrive said nothing useful: it says the search is
    /// still running.
    func testNBeforeTheResultsSaysTheSearchIsStillRunning() throws {
        let (b, state) = try run(keys + [.char("n")])
        XCTAssertNotNil(state.textSearchJob, "the results are not in yet")
        XCTAssertTrue(DemoFixture.status(b).contains("n/N：仍在检索，结果尚未列出"), DemoFixture.status(b))
        let (english, _) = try run([.char("N")], from: { var s = state; s.language = .english; return s }())
        XCTAssertTrue(DemoFixture.status(english).contains("n/N: still searching"), DemoFixture.status(english))
        XCTAssertTrue(try XCTUnwrap(state.textSearchJob).waitUntilStopped(timeout: 60))
    }

    /// Keys are answered while a search runs: the cursor moves on the Documents tab under it.
    func testKeysAreAnsweredWhileASearchRuns() throws {
        let (_, running) = try run(keys)
        let gate = DispatchSemaphore(value: 0)
        let request = try XCTUnwrap(TextSearching.request(running))
        let job = TextSearchJob(request: request, documents: running.scoped.documents, corpus: running.scoped) { _ in
            gate.wait()
            gate.signal()
            return nil
        }
        var state = running
        state.textSearchJob = job
        job.start()
        let (b, moved) = try run([.escape, .char("j"), .char("j")], from: state)
        XCTAssertEqual(moved.route, .documents)
        XCTAssertTrue(DemoFixture.status(b).contains("3/"), DemoFixture.status(b))
        gate.signal()
        XCTAssertTrue(job.waitUntilStopped(timeout: 60))
    }
}

/// Document ids a search's threads have read, counted under a lock.
private final class ReadDocuments: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: Set<String> = []

    func insert(_ id: String) {
        lock.lock()
        ids.insert(id)
        lock.unlock()
    }

    func contains(_ id: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return ids.contains(id)
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return ids.count
    }
}
