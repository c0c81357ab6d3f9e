import FetchFixtures
import Foundation
import Glibc
import XCTest

/// `ipap init --from-catalog` and `ipap fetch` as an analyst runs them, against the local fixture server (the
/// proxy for made-up gov.cn host names): the table, the progress line, a run killed and resumed, and the
/// refusal to write into the bundled catalogue. IPAP_CAPTURE_DIR=DIR saves what the analyst sees (README).
final class FetchCommandLineTests: XCTestCase {
    private var root: URL!
    private var server: FixtureServer!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-fetch-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDown() {
        server?.stop()
        try? FileManager.default.removeItem(at: root)
    }

    static let politeButQuick = ["--interval", "0.02", "--timeout", "1", "--retries", "1", "--backoff", "0.01", "--max-page-mb", "1"]

    func capture(_ name: String, _ text: String) {
        guard let dir = ProcessInfo.processInfo.environment["IPAP_CAPTURE_DIR"] else { return }
        try? Data(text.utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
    }

    func testInitCopiesTheCatalogueAndFetchRefusesTheBundledOne() throws {
        let mine = root.appendingPathComponent("mine").path
        let made = ProcessRunner.run([ProcessRunner.ipap, "init", "--from-catalog", mine])
        XCTAssertEqual(made.status, 0, made.stderr)
        let catalogue = try FileManager.default.contentsOfDirectory(atPath: ProcessRunner.repository.appendingPathComponent("data/catalog/documents").path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mine + "/documents").sorted(), catalogue.sorted())
        XCTAssertTrue(made.stdout.contains("copied the catalogue's \(catalogue.count) document records to \(mine); next: ipap fetch --corpus \(mine)"), made.stdout)
        let validate = ProcessRunner.run([ProcessRunner.ipap, "validate", "--corpus", mine])
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)

        let again = ProcessRunner.run([ProcessRunner.ipap, "init", "--from-catalog", mine])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("already exists and is not empty"), again.stderr)

        let bundled = ProcessRunner.run([ProcessRunner.ipap, "fetch"])
        XCTAssertEqual(bundled.status, 1)
        XCTAssertTrue(bundled.stderr.contains("the bundled catalogue is read-only; make a corpus of your own first: ipap init --from-catalog DIR"), bundled.stderr)
    }

    func testFetchReportsEveryDocumentThenASecondRunFindsThemUnchanged() throws {
        server = try FixtureServer { FixtureSite.respond($0) }
        let corpus = root.appendingPathComponent("corpus")
        try FixtureSite.writeCorpus(to: corpus)
        let environment = ["HTTP_PROXY": server.baseURL, "IPAP_PROGRESS": "always"]
        let first = ProcessRunner.run([ProcessRunner.ipap, "fetch", "--corpus", corpus.path] + Self.politeButQuick, environment: environment)
        capture("fetch-1.txt", first.stdout)
        capture("fetch-1-stderr.txt", first.stderr)
        XCTAssertEqual(first.status, 1, "documents failed: exit 1\n" + first.stderr)
        let rows = first.stdout.split(separator: "\n").map(String.init)
        func row(_ id: String) -> String { rows.first { $0.hasPrefix(id + " ") } ?? "no row for \(id)" }
        XCTAssertTrue(row("utf8-1").contains("fetched           http://www.fixture.gov.cn/2016/utf8-1.html"), row("utf8-1"))
        XCTAssertTrue(row("gone-1").contains("failed            HTTP 404 — http://www.fixture.gov.cn/2016/gone-1.html"), row("gone-1"))
        XCTAssertTrue(row("soft-1").contains("not the document  a 'page not found' page served with status 200"), row("soft-1"))
        XCTAssertTrue(row("slow-1").contains("network: timed out"), row("slow-1"))
        XCTAssertTrue(row("huge-1").contains("page larger than 1024 KB"), row("huge-1"))
        XCTAssertTrue(row("robots-1").contains("disallowed by robots.txt"), row("robots-1"))
        XCTAssertTrue(rows.last?.hasPrefix("fetched 5, unchanged 0, not the document 5, failed 4; wrote the text of 5 documents into \(corpus.path)") ?? false,
                      rows.last ?? "")
        // The progress line on stderr: done/total, failed, rate; the last draw says 14/14.
        XCTAssertTrue(first.stderr.contains("fetching 14/14 documents  9 failed  "), first.stderr)

        let second = ProcessRunner.run([ProcessRunner.ipap, "fetch", "--all", "--corpus", corpus.path] + Self.politeButQuick, environment: environment)
        capture("fetch-2.txt", second.stdout)
        XCTAssertTrue(second.stdout.contains("fetched 0, unchanged 5, not the document 5, failed 5; nothing was written"), second.stdout)
        XCTAssertTrue(second.stdout.contains("hastext-1   failed            HTTP 404"), "--all includes documents with text")

        // The texts are there for the analysis: the overview counts them, the analysis reads them.
        let stats = ProcessRunner.run([ProcessRunner.ipap, "show", "utf8-1", "--corpus", corpus.path])
        capture("show.txt", stats.stdout)
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let analyze = ProcessRunner.run([ProcessRunner.ipap, "analyze", "--corpus", corpus.path, "--write"])
        capture("analyze.txt", analyze.stdout)
        XCTAssertEqual(analyze.status, 0, analyze.stderr)
        let findings = ProcessRunner.run([ProcessRunner.ipap, "findings", "--corpus", corpus.path])
        capture("findings.txt", findings.stdout)
        if let dir = ProcessInfo.processInfo.environment["IPAP_CAPTURE_DIR"] {
            try? FileManager.default.copyItem(at: corpus, to: URL(fileURLWithPath: dir).appendingPathComponent("corpus-\(UUID().uuidString)"))
        }
    }

    func testAKilledRunIsResumedWithoutAskingAgainForWhatItHad() throws {
        // Slow pages, one at a time: the run is killed part way, as a dropped SSH session would.
        server = try FixtureServer { request in
            var response = FixtureSite.respond(request)
            if request.path != "/robots.txt", request.path != "/2016/slow-1.html" { response.delay = 0.3 }
            return response
        }
        let corpus = root.appendingPathComponent("corpus")
        try FixtureSite.writeCorpus(to: corpus)
        var environment = ProcessRunner.testEnvironment
        environment["HTTP_PROXY"] = server.baseURL
        guard let pid = ProcessRunner.spawn([ProcessRunner.ipap, "fetch", "--corpus", corpus.path, "--jobs", "1"] + Self.politeButQuick,
                                            environment: environment, files: { actions in
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }) else { return XCTFail("spawn failed") }
        let pages = corpus.appendingPathComponent("fetch/pages")
        func cachedURLs() -> Set<String> {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: pages.path)) ?? []
            return Set(names.filter { $0.hasSuffix(".json") }.compactMap { name in
                (try? JSONSerialization.jsonObject(with: Data(contentsOf: pages.appendingPathComponent(name)))) .flatMap { ($0 as? [String: Any])?["url"] as? String }
            })
        }
        let deadline = Date().addingTimeInterval(30)
        while cachedURLs().count < 3 && Date() < deadline { usleep(20_000) }
        kill(pid, SIGKILL)
        _ = ProcessRunner.wait(pid)
        let had = cachedURLs()
        XCTAssertGreaterThanOrEqual(had.count, 3)
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("fetch/run.json").path), "the killed run left its journal")
        XCTAssertNil(try String(contentsOf: corpus.appendingPathComponent("documents/utf8-1.json"), encoding: .utf8).range(of: "测试页正文"),
                     "nothing imported before the end")

        server.resetRequests()
        let resumed = ProcessRunner.run([ProcessRunner.ipap, "fetch", "--corpus", corpus.path] + Self.politeButQuick, environment: ["HTTP_PROXY": server.baseURL])
        capture("fetch-resumed.txt", resumed.stdout)
        XCTAssertTrue(resumed.stdout.hasPrefix("resumed the run interrupted after "), resumed.stdout)
        let asked = Set(server.requests.compactMap { $0.target.hasPrefix("http") ? $0.target : nil })
        XCTAssertTrue(had.isDisjoint(with: asked), "asked again for \(had.intersection(asked).sorted())")
        XCTAssertTrue(resumed.stdout.contains("from the cache of the interrupted run"), resumed.stdout)
        XCTAssertTrue(resumed.stdout.contains("wrote the text of 5 documents"), resumed.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("fetch/run.json").path))
    }
}

/// `ipap import` of a list as a policy database exports it: unknown issuers are warnings, not a refusal.
final class RealManifestCommandLineTests: XCTestCase {
    func testUnknownIssuersAreWarnedOnceAndImportedUnlessStrict() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-real-manifest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let src = root.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        try Data("""
            id,title,issuer,date_published
            a-1,关于林业信息化的意见,State Forestry Administration,2016-03-01
            a-2,关于网络借贷的通知,"China Banking Regulatory Commission, Ministry of Industry and Information Technology, and Ministry of Public Security",2016-08-17
            a-3,青岛市“互联网+”行动计划,Qingdao Municipal People's Government,2016-11-01
            a-4,关于银行业的通知,China Banking Regulatory Commission,2016-04-05

            """.utf8).write(to: src.appendingPathComponent("manifest.csv"))
        let strict = ProcessRunner.run([ProcessRunner.ipap, "import", src.path, "--into", root.appendingPathComponent("strict").path, "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("manifest.csv:3:15: unknown issuer 'China Banking Regulatory Commission'"), strict.stderr)
        XCTAssertTrue(strict.stderr.contains("3 problems; nothing was written"), strict.stderr)

        let out = root.appendingPathComponent("out").path
        let run = ProcessRunner.run([ProcessRunner.ipap, "import", src.path, "--into", out])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").map(String.init), [
            "\(src.path)/manifest.csv:3:15: warning: unknown issuer 'China Banking Regulatory Commission' kept as written, 2 times (manifest lines 3, 5); add it to taxonomy/issuers.json or use --strict to refuse it",
            "\(src.path)/manifest.csv:3:15: warning: unknown issuer 'Ministry of Public Security' kept as written, 1 time (manifest line 3); add it to taxonomy/issuers.json or use --strict to refuse it",
        ])
        XCTAssertTrue(run.stdout.contains("imported 4 documents"), run.stdout)
        let show = ProcessRunner.run([ProcessRunner.ipap, "show", "a-2", "--corpus", out])
        XCTAssertTrue(show.stdout.contains("Issuers as written  China Banking Regulatory Commission, Ministry of Industry and Information Technology, and Ministry of Public Security"), show.stdout)
        let qingdao = ProcessRunner.run([ProcessRunner.ipap, "show", "a-3", "--corpus", out])
        XCTAssertTrue(qingdao.stdout.contains("Region        Shandong 青岛市"), qingdao.stdout)
    }
}
