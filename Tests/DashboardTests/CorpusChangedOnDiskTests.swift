import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Another analyst imported documents into the corpus an open dashboard shows: it never noticed, and `:` said a
/// document on disk was not found (QA pass 51). The status line says so once, at the next idle tick.
final class CorpusChangedOnDiskTests: XCTestCase {
    func testAnImportIntoTheOpenCorpusIsSaidOnce() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-changed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = directory.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: directory.appendingPathComponent("corpus.json"))
        let corpus = Corpus(directory: directory, info: CorpusInfo(name: "共享"), taxonomy: try DashboardFixture.catalogue().taxonomy,
                            documents: [], findings: [])
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 80, height: 24))
        state.corpusStamp = CorpusStamp.of(directory)
        XCTAssertTrue(Dashboard.observe(state).filter(Self.isChange).isEmpty, "nothing changed yet")

        // An import swaps documents/ for a new folder.
        let staged = directory.appendingPathComponent(".import-1")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: staged.appendingPathComponent("hb-1.json"))
        try FileManager.default.removeItem(at: documents)
        try FileManager.default.moveItem(at: staged, to: documents)

        let seen = Dashboard.observe(state).filter(Self.isChange)
        XCTAssertEqual(seen.count, 1)
        for message in seen { state = Dashboard.step(state, message) }
        XCTAssertEqual(state.message, "语料已在磁盘上变动（有人导入或下载了文件）：退出后重新打开 ipap 才能看到")
        XCTAssertTrue(Dashboard.observe(state).filter(Self.isChange).isEmpty, "said once, not at every tick")
        // The message goes with the next key; the status line keeps saying it while the dashboard is open.
        state = Dashboard.step(state, .key(.char("j")))
        XCTAssertNotEqual(state.message, "语料已在磁盘上变动（有人导入或下载了文件）：退出后重新打开 ipap 才能看到")
        let (b, _) = try DemoFixture.resume(state, keys: [])
        XCTAssertTrue(b.rows.last?.contains("语料已变动") ?? false, DemoFixture.screen(b))
    }

    private static func isChange(_ message: Message) -> Bool {
        if case .corpusChangedOnDisk = message { return true }
        return false
    }
}
