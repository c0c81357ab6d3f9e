import Foundation
import XCTest
@testable import PolicyModel

/// The metadata index stands in for the document files only while it describes them: a load through a fresh
/// index gives the same corpus and problems as reading the files, and any change to the files, the taxonomy
/// or how the corpus is named makes the loader read the files again.
final class MetadataIndexTests: XCTestCase {
    var fixture: CorpusFixture!

    override func setUpWithError() throws {
        fixture = try CorpusFixture()
        // Problems of every kind the index caches, and a document with a text.
        try fixture.writeDocument(id: "dup-a", """
            {"schema": 1, "id": "dup", "title": "重复", "issuers": ["nobody"], "level": "provincial", "region": "999999",
             "source": {"verified": false}, "text": "第一条 发展电子商务。"}
            """)
        try fixture.writeDocument(id: "dup", """
            {"schema": 1, "id": "dup", "title": "重复二", "issuers": [], "level": "national", "source": {"verified": false}}
            """)
        try fixture.writeDocument(id: "broken", "{\"schema\": 1, \"id\": ")
        try fixture.write("corpus/documents/notes.txt", "not a document")
        try fixture.writeDocument(id: "texted", """
            {"schema": 1, "id": "texted", "title": "有全文", "issuers": ["state-council"], "level": "national",
             "datePublished": "2016-01-02", "source": {"verified": false}, "text": "一、推进“互联网+”创业创新。"}
            """)
    }

    override func tearDown() {
        fixture.remove()
    }

    private func load(displayPath: String = "corpus", index: Bool = true) -> CorpusLoader.Result {
        CorpusLoader(taxonomyDirectory: fixture.taxonomy).load(fixture.corpus, displayPath: displayPath, deferTexts: true,
                                                               useIndex: index)
    }

    /// Loads without the index and writes the index the loader made.
    private func writeIndex() throws {
        let result = load()
        XCTAssertFalse(result.fromIndex)
        try XCTUnwrap(result.freshIndex).write(corpus: fixture.corpus)
        XCTAssertTrue(load().fromIndex, "the index just written is used")
    }

    /// The loaded corpus as far as the dashboard sees it: documents, problems, texts read on demand.
    private func assertSameAsFiles(_ result: CorpusLoader.Result, displayPath: String = "corpus",
                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let files = load(displayPath: displayPath, index: false)
        XCTAssertFalse(files.fromIndex, file: file, line: line)
        XCTAssertEqual(result.problems, files.problems, file: file, line: line)
        let a = try XCTUnwrap(result.corpus, file: file, line: line), b = try XCTUnwrap(files.corpus, file: file, line: line)
        XCTAssertEqual(a.documents, b.documents, file: file, line: line)
        XCTAssertEqual(a.documents.map { a.text(of: $0) }, b.documents.map { b.text(of: $0) }, file: file, line: line)
    }

    func testAFreshIndexGivesWhatTheFilesGive() throws {
        try writeIndex()
        let indexed = load()
        XCTAssertTrue(indexed.fromIndex)
        XCTAssertNil(indexed.freshIndex, "nothing to write when the index was used")
        let corpus = try XCTUnwrap(indexed.corpus)
        XCTAssertEqual(corpus.texts?.reads, [], "no text was read to load")
        try assertSameAsFiles(indexed)
        XCTAssertEqual(corpus.document("texted")?.textDeferred, true)
        XCTAssertEqual(corpus.document("gf-2015-40")?.textDeferred, false)
        XCTAssertEqual(corpus.text(of: try XCTUnwrap(corpus.document("texted"))), "一、推进“互联网+”创业创新。")
        XCTAssertEqual(indexed.problems.count, 6, indexed.problems.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(indexed.problems.contains { $0.description.hasPrefix("corpus/documents/broken.json:1:") })
        XCTAssertTrue(indexed.problems.contains { $0.description.contains("duplicate id 'dup' (also in corpus/documents/dup-a.json)") })
    }

    func testTheIndexIsReadOnlyWithDeferredTexts() throws {
        try writeIndex()
        let full = CorpusLoader(taxonomyDirectory: fixture.taxonomy).load(fixture.corpus, displayPath: "corpus", useIndex: true)
        XCTAssertFalse(full.fromIndex)
        XCTAssertEqual(full.corpus?.document("texted")?.text, "一、推进“互联网+”创业创新。")
    }

    /// Each change, made after the index was written, must make the loader read the files; each also changes
    /// what the files say, so a trusted stale index would show in the comparison.
    func testAStaleIndexIsNeverTrusted() throws {
        var documents: URL { fixture.corpus.appendingPathComponent("documents") }
        let changes: [(String, () throws -> Void)] = [
            ("an edit of the same size with the modification time set back", {
                let url = documents.appendingPathComponent("sc-2015-1.json")
                var before = stat()
                XCTAssertEqual(stat(url.path, &before), 0)
                let text = try String(contentsOf: url, encoding: .utf8)
                // Written in place (same inode), then both times set back to the nanosecond.
                try Data(text.replacingOccurrences(of: "四川省实施意见", with: "四川省实施方案").utf8).write(to: url)
                let times = [before.st_atim, before.st_mtim]
                XCTAssertEqual(utimensat(AT_FDCWD, url.path, times, 0), 0)
                var after = stat()
                XCTAssertEqual(stat(url.path, &after), 0)
                XCTAssertEqual([after.st_size, after.st_mtim.tv_sec, after.st_mtim.tv_nsec, Int(after.st_ino)],
                               [before.st_size, before.st_mtim.tv_sec, before.st_mtim.tv_nsec, Int(before.st_ino)])
            }),
            ("a document added", {
                try self.fixture.writeDocument(id: "new", """
                    {"schema": 1, "id": "new", "title": "新", "issuers": [], "level": "national", "source": {"verified": false}}
                    """)
            }),
            ("a document removed", { try FileManager.default.removeItem(at: documents.appendingPathComponent("texted.json")) }),
            ("a broken document mended", {
                try self.fixture.writeDocument(id: "broken", """
                    {"schema": 1, "id": "broken", "title": "好了", "issuers": [], "level": "national", "source": {"verified": false}}
                    """)
            }),
            ("a file that is not a document added", { try self.fixture.write("corpus/documents/README", "x") }),
            ("a document replaced by a link to the same file moved outside", {
                let url = documents.appendingPathComponent("texted.json")
                let outside = self.fixture.root.appendingPathComponent("texted.json")
                XCTAssertEqual(rename(url.path, outside.path), 0)
                try FileManager.default.createSymbolicLink(at: url, withDestinationURL: outside)
            }),
            ("a taxonomy file of the corpus's own", {
                try self.fixture.write("corpus/taxonomy/issuers.json", """
                    {"schema": 1, "issuers": [{"id": "nobody", "zh": "某", "en": "Somebody", "abbreviation": "N",
                     "level": "national", "numberPrefixes": [], "aliases": []}]}
                    """)
            }),
        ]
        for (what, change) in changes {
            try setUpWithError()
            try writeIndex()
            let before = load(index: false)
            try change()
            let after = load()
            XCTAssertFalse(after.fromIndex, what)
            XCTAssertNotNil(after.freshIndex, what)
            try assertSameAsFiles(after)
            XCTAssertTrue(after.problems != before.problems || after.corpus?.documents != before.corpus?.documents,
                          "\(what): the change shows in what is loaded")
            // The index made now is used next time, and gives the same again.
            try XCTUnwrap(after.freshIndex, what).write(corpus: fixture.corpus)
            let again = load()
            XCTAssertTrue(again.fromIndex, what)
            try assertSameAsFiles(again)
            fixture.remove()
        }
    }

    func testAnotherNameForTheCorpusReadsTheFiles() throws {
        try writeIndex()
        let other = load(displayPath: "/srv/corpus")
        XCTAssertFalse(other.fromIndex, "problems name the corpus as it was named when they were found")
        try assertSameAsFiles(other, displayPath: "/srv/corpus")
        XCTAssertTrue(other.problems.contains { $0.file.hasPrefix("/srv/corpus/documents/") })
    }

    func testADamagedIndexIsIgnored() throws {
        let url = MetadataIndex.url(corpus: fixture.corpus)
        for damage: (Data) -> Data in [
            { Data($0.prefix($0.count - 10)) },                        // cut short
            { $0 + Data("{\"name\": 1}\n".utf8) },                      // a line too many
            { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\"title\"", with: "\"titel\"").utf8) },
            { _ in Data("not json\n".utf8) },
        ] {
            try writeIndex()
            try damage(try Data(contentsOf: url)).write(to: url)
            let result = load()
            XCTAssertFalse(result.fromIndex)
            try assertSameAsFiles(result)
        }
    }

    func testAWriteRemovesTheTemporaryFilesOfKilledWritersOnly() throws {
        // A process that has ended: its pid is free (it may be reused, but not within this test's moment).
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = fixture.corpus.appendingPathComponent(".metadata-index.jsonl.tmp-\(child.processIdentifier)-123")
        let live = fixture.corpus.appendingPathComponent(".metadata-index.jsonl.tmp-\(getpid())-456")
        let other = fixture.corpus.appendingPathComponent(".corpus.json.tmp-\(child.processIdentifier)-789")
        for url in [dead, live, other] { try Data("x".utf8).write(to: url) }
        try writeIndex()
        XCTAssertFalse(FileManager.default.fileExists(atPath: dead.path), "a killed writer's file is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live.path), "a live writer's file stays")
        XCTAssertTrue(FileManager.default.fileExists(atPath: other.path), "another file's temporary is not the index's to remove")
    }

    func testTheIndexEscapesControlCharacters() throws {
        try fixture.writeDocument(id: "bidi", """
            {"schema": 1, "id": "bidi", "title": "标题\\u202e反转", "issuers": [], "level": "national", "source": {"verified": false}}
            """)
        try writeIndex()
        let bytes = try String(contentsOf: MetadataIndex.url(corpus: fixture.corpus), encoding: .utf8)
        XCTAssertFalse(bytes.unicodeScalars.contains("\u{202E}"))
        XCTAssertTrue(bytes.contains("\\u202e") || bytes.contains("\\u202E"))
        XCTAssertEqual(load().corpus?.document("bidi")?.title, "标题\u{202E}反转")
    }

    /// The index's lines are read directly (`PolicyDocument(json:)`), not by `JSONDecoder`: both must give the
    /// same document for every form the index writes and for the document files (also in the former `verified`
    /// form, which loading also reads directly), and the direct reader must refuse (so that the
    /// decoder reads) what it does not know: an unknown key, a repeated one when asked.
    func testTheDirectReaderReadsWhatTheDecoderReads() throws {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data")
        var texts: [String] = []
        for folder in ["catalog/documents", "demo/documents"] {
            let dir = data.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".json") {
                texts.append(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
            }
        }
        XCTAssertGreaterThan(texts.count, 100)
        // The former `verified` form, as older corpora have it (the demo had, until it was imported anew).
        texts += try texts.filter { $0.contains("\"demo-") }.prefix(12).map { text in
            var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            object["source"] = ["origin": "import", "verified": false]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        texts += [
            #"{"schema":1,"id":"a","title":"某市\u3014转发\u3015\"通知\"","issuers":["x"],"level":"municipal","region":"370100","locality":{"zh":"济南市","code":"370100"},"dateWritten":"2016-02-29","datePublished":null,"kind":"notice","basedOn":["b"],"actionAreas":{"coding":"manual","ids":["e-commerce"]},"source":{"url":"http://www.gov.cn/a","seen":{"where":"official-site","fields":["number","title"],"url":"http://www.gov.cn/a"},"origin":"scout","fetched":{"url":"http://www.gov.cn/a","at":"2026-11-30T10:00:00Z","place":"official-site"}},"note":"注","synthetic":true,"text":null,"extra":{"titleNote":"title inferred"}}"#,
            #"{"schema":2,"id":"b","title":"t","issuers":[],"level":"national","locality":{"zh":"县"},"source":{"seen":{"where":"not-seen","fields":[]}}}"#,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var direct = 0
        for text in texts {
            let decoded = try JSONDecoder().decode(PolicyDocument.self, from: Data(text.utf8))
            // As stored in the index: every key written, nulls included.
            let line = try encoder.encode(decoded)
            XCTAssertEqual(try DirectJSONReader.read(PolicyDocument.self, from: line), decoded, String(decoding: line, as: UTF8.self))
            if let read = try? DirectJSONReader.read(PolicyDocument.self, from: Data(text.utf8)) {
                XCTAssertEqual(read, decoded, text)
                direct += 1
            }
        }
        // Every one, the files with the former `verified` flag too.
        XCTAssertEqual(direct, texts.count)
        XCTAssertGreaterThan(texts.filter { $0.contains("\"verified\"") }.count, 10)
        for legacy in [
            #"{"schema":1,"id":"c","title":"t","number":"国发〔2015〕1号","issuers":[],"level":"national","source":{"verified":true,"url":"http://www.gov.cn/c"}}"#,
            #"{"schema":1,"id":"c","title":"t","datePublished":"2015-03-01","issuers":[],"level":"national","source":{"verified":true,"verifiedURL":"http://example.com/c","url":"http://www.gov.cn/c"}}"#,
            #"{"schema":1,"id":"c","title":"t","issuers":[],"level":"national","source":{"verified":false,"verifiedURL":null}}"#,
        ] {
            XCTAssertEqual(try DirectJSONReader.read(PolicyDocument.self, from: Data(legacy.utf8)),
                           try JSONDecoder().decode(PolicyDocument.self, from: Data(legacy.utf8)), legacy)
        }
        let repeated = #"{"schema":1,"id":"c","title":"t","issuers":[],"level":"national","source":{"verified":false},"id":"d"}"#
        XCTAssertNoThrow(try DirectJSONReader.read(PolicyDocument.self, from: Data(repeated.utf8)))
        XCTAssertThrowsError(try DirectJSONReader.read(PolicyDocument.self, from: Data(repeated.utf8), rejectingRepeatedKeys: true))
        for refused in [
            #"{"schema":1,"id":"c","title":"t","issuers":[],"level":"national","source":{"verified":"yes"}}"#,
            #"{"schema":1,"id":"c","title":"t","issuers":[],"level":"national","source":{"url":"http://www.gov.cn/c"}}"#,
            #"{"schema":1,"id":"c","title":"t","issuers":[],"level":"national","source":{"seen":{"where":"not-seen","fields":[]}},"future":1}"#,
            #"{"schema":1,"id":"c","title":"t","issuers":[],"level":"national","source":{"seen":{"where":"not-seen","fields":[]}},"dateWritten":"2015-02-30"}"#,
            #"{"schema":1,"id":"c","title":"t","issuers":[],"level":"national"}"#,
        ] {
            XCTAssertThrowsError(try DirectJSONReader.read(PolicyDocument.self, from: Data(refused.utf8)), refused)
        }
    }
}
