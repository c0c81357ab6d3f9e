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

    /// QA 47 #13: undoing another analyst's entry was refused rightly, but as a usage error (exit 2, with the
    /// usage text). It is a refusal: exit 1, no usage, nothing written; so is an entry no longer in effect. An id
    /// that names no entry stays a usage error.
    func testUndoingAColleaguesEntryIsARefusalNotAUsageError() throws {
        let mine = ProcessRunner.run([ProcessRunner.ipap, "review", "add", "--corpus", corpus, "--target", "gf-2015-40", "--note", "一"])
        XCTAssertEqual(mine.status, 0, mine.stderr)
        let id = mine.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let journals = root.appendingPathComponent("corpus/reviews")
        let before = try FileManager.default.contentsOfDirectory(atPath: journals.path).sorted()

        let theirs = asColleague(["review", "undo", "--corpus", corpus, id])
        XCTAssertEqual(theirs.status, 1, theirs.stderr)
        XCTAssertEqual(theirs.stderr, "ipap: nothing undone: '\(id)' is root's entry; you can undo only your own\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: journals.path).sorted(), before, "nothing written")
        let nothing = asColleague(["review", "undo", "--corpus", corpus])
        XCTAssertEqual(nothing.status, 1, nothing.stderr)
        XCTAssertFalse(nothing.stderr.contains("Usage"), nothing.stderr)

        XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap, "review", "undo", "--corpus", corpus, id]).status, 0)
        let again = ProcessRunner.run([ProcessRunner.ipap, "review", "undo", "--corpus", corpus, id], environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(again.status, 1, again.stderr)
        XCTAssertEqual(again.stderr, "ipap：未撤销：“\(id)”未生效\n")
        let unknown = ProcessRunner.run([ProcessRunner.ipap, "review", "undo", "--corpus", corpus, "no-such-entry"])
        XCTAssertEqual(unknown.status, 2, unknown.stderr)
        XCTAssertTrue(unknown.stderr.hasPrefix("Error: no entry 'no-such-entry'\nUsage: ipap review undo"), unknown.stderr)
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
