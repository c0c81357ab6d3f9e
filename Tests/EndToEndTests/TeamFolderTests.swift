import Foundation
import Glibc
import XCTest

/// Two real accounts on one team corpus (root and nobody, through setpriv): the folder the first writer
/// creates stays writable for the team whatever its umask, journals are only their owners' (issue 14 #7, #8).
final class TeamFolderTests: XCTestCase {
    private var root: URL!
    private let team: gid_t = 4242

    override func setUpWithError() throws {
        try XCTSkipUnless(geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                          "needs root and setpriv to act as a second account")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-team-\(UUID().uuidString)")
        try ReviewCommandLineTests.makeCorpus(at: root.appendingPathComponent("corpus"), withTexts: false)
        // The shared-directory setup of docs/reviews.md: group-owned, group-writable, setgid.
        for path in [root.path, root.appendingPathComponent("corpus").path, root.appendingPathComponent("corpus/documents").path] {
            chown(path, 0, team)
            chmod(path, 0o2775)
        }
        for name in ["corpus.json", "documents/gf-2015-40.json", "documents/51-f-2015-1.json"] {
            chmod(root.appendingPathComponent("corpus/\(name)").path, 0o664)
        }
    }

    override func tearDownWithError() throws {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private var corpus: String { root.appendingPathComponent("corpus").path }

    /// `ipap` as uid/gid 65534 (nobody) in the team group.
    private func asColleague(_ arguments: [String]) -> ProcessRunner.Output {
        ProcessRunner.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--groups=\(team)", ProcessRunner.ipap] + arguments)
    }

    func testAFirstWriterWithUmask022LeavesTheFolderWritableForTheTeam() throws {
        let old = umask(0o022)
        let first = ProcessRunner.run([ProcessRunner.ipap, "review", "add", "--corpus", corpus, "--target", "gf-2015-40", "--note", "一"])
        umask(old)
        XCTAssertEqual(first.status, 0, first.stderr)
        var info = stat()
        XCTAssertEqual(stat(root.appendingPathComponent("corpus/reviews").path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o3775, String(info.st_mode & 0o7777, radix: 8))
        let second = asColleague(["review", "add", "--corpus", corpus, "--target", "gf-2015-40", "--note", "二"])
        XCTAssertEqual(second.status, 0, second.stderr)
        // The colleague cannot add lines to the first writer's journal: it is theirs alone (0644).
        let journals = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("corpus/reviews").path).sorted()
        XCTAssertEqual(journals, ["nobody.jsonl", "root.jsonl"])
        let forge = ProcessRunner.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--groups=\(team)", "/bin/sh", "-c",
                                       "echo forged >> \(root.appendingPathComponent("corpus/reviews/root.jsonl").path)"])
        XCTAssertNotEqual(forge.status, 0, "appending to another analyst's journal must fail")
        let list = ProcessRunner.run([ProcessRunner.ipap, "review", "list", "--corpus", corpus, "--format", "csv"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains(",nobody,note,") && list.stdout.contains(",root,note,"), list.stdout)
    }

    func testAFolderTheTeamCannotWriteIsExplainedWithItsFix() throws {
        let reviews = root.appendingPathComponent("corpus/reviews")
        try FileManager.default.createDirectory(at: reviews, withIntermediateDirectories: true)
        chown(reviews.path, 0, team)
        chmod(reviews.path, 0o2755)
        let out = asColleague(["review", "add", "--corpus", corpus, "--target", "gf-2015-40", "--note", "二"])
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stderr.contains("cannot create your journal: the reviews folder (mode 2755")
                      && out.stderr.contains("chmod g+w,g+s,+t \(reviews.path)"), out.stderr)
    }
}
