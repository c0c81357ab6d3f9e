import Foundation
import XCTest
@testable import PolicyModel

/// A killed import or `analyze --write` left its staging folder or temporary file in the corpus, and `validate`
/// said nothing (QA pass 51): they are named, with the run that removes them; a live writer's are not.
final class CorpusLeftoversTests: XCTestCase {
    func testKilledWritersLeftoversAreNamedAndLiveOnesAreNot() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-leftovers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let gone: Int32 = 2_147_483_000  // above any pid_max: no such process
        let fm = FileManager.default
        try fm.createDirectory(at: corpus.appendingPathComponent(".import-\(gone)/documents"), withIntermediateDirectories: true)
        try Data(repeating: 0x20, count: 1000).write(to: corpus.appendingPathComponent(".import-\(gone)/documents/a.json"))
        try fm.createDirectory(at: corpus.appendingPathComponent(".import-\(getpid())"), withIntermediateDirectories: true)
        try fm.createDirectory(at: corpus.appendingPathComponent("analysis/g-1"), withIntermediateDirectories: true)
        try Data("{".utf8).write(to: corpus.appendingPathComponent("analysis/g-1/.documents.jsonl.tmp-\(gone)-42"))
        try Data("{".utf8).write(to: corpus.appendingPathComponent("analysis/g-1/.summary.json.tmp-\(getpid())-7"))
        try fm.createDirectory(at: corpus.appendingPathComponent("documents"), withIntermediateDirectories: true)

        let found = CorpusLeftovers.find(in: corpus, displayPath: "c")
        XCTAssertEqual(found.map(\.path), ["c/.import-\(gone)", "c/analysis/g-1/.documents.jsonl.tmp-\(gone)-42"])
        XCTAssertEqual(found.first?.bytes, 1000)
        XCTAssertEqual(found.first?.removedBy.en, "the next import removes it")
    }
}
