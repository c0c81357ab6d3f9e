import Foundation
import XCTest

/// An option that names a directory to write, given a file: `demo --out FILE` printed Foundation's
/// "Error Domain=NSCocoaErrorDomain Code=512"; each now says plainly that it is a file (a usage error, exit 2).
final class FileNotDirectoryTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-file-not-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testDemoOutAFileSaysItIsAFile() throws {
        let file = root.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: file)
        for (language, said) in [("en", "Error: \(file.path) is a file, not a directory; ipap demo writes a directory"),
                                 ("zh", "错误：\(file.path) 是文件，不是目录；ipap demo 写入一个目录")] {
            let run = ProcessRunner.run([ProcessRunner.ipap, "demo", "--documents", "2", "--out", file.path], environment: ["IPAP_LANG": language])
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertEqual(run.stderr.components(separatedBy: "\n").first, said)
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "mine\n")
        }
    }
}
