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

    /// An import text file the analyst may not read was "unreadable: cannot be opened", where every other file
    /// problem says "permission denied (check … ls -ld)". Run as nobody (root reads every file).
    func testAnUnreadableImportTextSaysPermissionDenied() throws {
        try XCTSkipUnless(geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                          "needs root and setpriv to act as an account that may not read the file")
        let source = root.appendingPathComponent("src"), into = root.appendingPathComponent("into")
        let demo = ProcessRunner.run([ProcessRunner.ipap, "demo", "--out", source.path, "--documents", "2"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        try FileManager.default.createDirectory(at: into, withIntermediateDirectories: true)
        let base: URL = root
        for dir in [base, source, source.appendingPathComponent("texts"), into] {
            try FileManager.default.setAttributes([.posixPermissions: dir == into ? 0o777 : 0o755], ofItemAtPath: dir.path)
        }
        let texts = try FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent("texts").path).sorted()
        for name in texts { try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: source.appendingPathComponent("texts/\(name)").path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: source.appendingPathComponent("manifest.csv").path)
        let hidden = source.appendingPathComponent("texts").appendingPathComponent(try XCTUnwrap(texts.first))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: hidden.path)
        let run = ProcessRunner.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ProcessRunner.ipap,
                                     "import", source.path, "--into", into.appendingPathComponent("c").path])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("\(hidden.path): unreadable: permission denied (check the owner and mode of the folder: ls -ld)"), run.stderr)
        XCTAssertFalse(run.stderr.contains("cannot be opened"), run.stderr)
    }
}
