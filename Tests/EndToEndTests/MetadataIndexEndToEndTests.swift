import Foundation
import XCTest

/// The dashboard writes the metadata index when it finds none or a stale one, and the index it writes
/// describes the document files as they are (issue 16).
final class MetadataIndexEndToEndTests: XCTestCase {
    private var corpus: URL!
    private var sessions: [TmuxSession] = []

    override func setUpWithError() throws {
        try XCTSkipIf(TmuxSession.tmux == nil, "tmux is not installed")
        corpus = try EvidencePathEndToEndTests.demoCopy()
    }

    override func tearDownWithError() throws {
        sessions.forEach { $0.close() }
        try? FileManager.default.removeItem(at: corpus)
    }

    private var index: URL { corpus.appendingPathComponent("metadata-index.jsonl") }

    /// The index's first line (its key and count), once it is there.
    private func header() -> [String: Any]? {
        guard let data = try? Data(contentsOf: index), let end = data.firstIndex(of: 0x0A),
              let object = try? JSONSerialization.jsonObject(with: data[..<end]) as? [String: Any] else { return nil }
        return object
    }

    private func browse(until condition: String, _ done: @escaping () -> Bool) throws {
        let session = try TmuxSession(width: 100, height: 30, arguments: ["browse", "--corpus", corpus.path],
                                      environment: ["IPAP_LANG": "en"])
        sessions.append(session)
        _ = try session.waitUntil(condition, timeout: 60) { _ in done() }
        session.close()
    }

    func testTheDashboardWritesTheIndexAndRewritesItWhenADocumentChanges() throws {
        XCTAssertFalse(FileManager.default.fileExists(atPath: index.path))
        try browse(until: "the index written") { self.header() != nil }
        let first = try XCTUnwrap(header())
        let key = try XCTUnwrap(first["key"] as? [String: Any])
        XCTAssertEqual(key["displayRoot"] as? String, corpus.path)
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("documents").path)
        XCTAssertEqual(first["count"] as? Int, files.filter { $0.hasSuffix(".json") }.count)

        // A title edited in place: the next start finds the index stale and writes one with the new title.
        let name = try XCTUnwrap(files.sorted().first)
        let url = corpus.appendingPathComponent("documents").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let title = try NSRegularExpression(pattern: #""title"\s*:\s*""#)
        let edited = title.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$0改过的标题")
        XCTAssertNotEqual(edited, text)
        try Data(edited.utf8).write(to: url)
        let stamp = key["files"] as? String
        try browse(until: "a new index written") {
            ((self.header()?["key"] as? [String: Any])?["files"] as? String).map { $0 != stamp } ?? false
        }
        let lines = try String(contentsOf: index, encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.contains("\"name\":\"\(name)\"") && $0.contains("改过的标题") })
    }
}
