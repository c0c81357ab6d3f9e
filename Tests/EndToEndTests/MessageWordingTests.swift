import Foundation
import XCTest

/// Wording a QA pass found wrong: a count of one in the plural, a control character named `U+0`, a file called a
/// directory "not empty", a permission problem said two ways.
final class MessageWordingTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-message-wording-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// `validate` on a one-document corpus said "ok: 1 documents".
    func testValidateCountsOneInTheSingular() throws {
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("documents/51-f-2015-1.json"))
        let run = ProcessRunner.run([ProcessRunner.ipap, "validate", "--corpus", corpus.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "ok: 1 document, 0 findings, 0 review entries, no problems\n")
    }

    /// `init --from-catalog FILE` said the file "already exists and is not empty".
    func testInitIntoAFileSaysItIsAFile() throws {
        let file = root.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: file)
        for (language, said) in [("en", "\(file.path): is a file, not a directory; name a new directory\n"),
                                 ("zh", "\(file.path)：是文件，不是目录；请另取一个新目录名\n")] {
            let run = ProcessRunner.run([ProcessRunner.ipap, "init", "--from-catalog", file.path], environment: ["IPAP_LANG": language])
            XCTAssertEqual(run.status, 1)
            XCTAssertEqual(run.stderr, said)
        }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "mine\n")
    }
}
