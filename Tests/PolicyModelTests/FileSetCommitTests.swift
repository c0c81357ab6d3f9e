import Foundation
import XCTest
@testable import PolicyModel

/// Several files written as one change (a report's CSV tables): all or none, in the states a kill can leave.
final class FileSetCommitTests: XCTestCase {
    private var directory: URL!
    /// A process id no process has (kill(pid, 0) fails with ESRCH): a writer that was killed.
    private let deadPID = Int32.max

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("filesets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func url(_ name: String) -> URL { directory.appendingPathComponent(name) }
    private func read(_ name: String) -> String? { try? String(contentsOf: url(name), encoding: .utf8) }
    private func content(_ text: String) -> AtomicFile.Content { { append in try append(Data(text.utf8)) } }
    private func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    func testWritesEveryFileAndLeavesNoJournalOrTemporary() throws {
        try FileSetCommit.write([(url("r-a.csv"), content("a1")), (url("r-b.csv"), content("b1"))], in: directory, name: "r-csv")
        XCTAssertEqual(try entries(), ["r-a.csv", "r-b.csv"])
        XCTAssertEqual(read("r-a.csv"), "a1")
        XCTAssertEqual(read("r-b.csv"), "b1")
    }

    /// A content that fails half way through the set: no file of the set changes, no temporary stays.
    func testAFailureBeforeTheCommitPointChangesNothing() throws {
        try FileSetCommit.write([(url("r-a.csv"), content("a1")), (url("r-b.csv"), content("b1"))], in: directory, name: "r-csv")
        struct Broken: Error {}
        XCTAssertThrowsError(try FileSetCommit.write([(url("r-a.csv"), content("a2")), (url("r-b.csv"), { _ in throw Broken() })],
                                                     in: directory, name: "r-csv"))
        XCTAssertEqual(try entries(), ["r-a.csv", "r-b.csv"])
        XCTAssertEqual(read("r-a.csv"), "a1")
        XCTAssertEqual(read("r-b.csv"), "b1")
    }

    /// Killed after its journal was written, with one file renamed: the next writer of the set finishes it
    /// (every file new) before anything else; the journal goes.
    func testAKillAfterTheCommitPointIsFinishedByTheNextWriter() throws {
        try FileSetCommit.write([(url("r-a.csv"), content("a1")), (url("r-b.csv"), content("b1"))], in: directory, name: "r-csv")
        // The state the kill left: r-a.csv already renamed (new), r-b.csv's temporary not yet.
        try Data("a2".utf8).write(to: url("r-a.csv"))
        let temporary = ".r-b.csv.tmp-\(deadPID)-7"
        try Data("b2".utf8).write(to: url(temporary))
        let journal = [[".r-a.csv.tmp-\(deadPID)-6", "r-a.csv"], [temporary, "r-b.csv"]]
        try JSONSerialization.data(withJSONObject: journal).write(to: url(".r-csv.commit"))

        try FileSetCommit.finishEarlier(of: [url("r-a.csv"), url("r-b.csv")], in: directory, name: "r-csv")
        XCTAssertEqual(try entries(), ["r-a.csv", "r-b.csv"])
        XCTAssertEqual(read("r-a.csv"), "a2")
        XCTAssertEqual(read("r-b.csv"), "b2")
    }

    /// Killed before its journal: only temporaries of a process that is gone, which the next writer (or look)
    /// removes; the files stand as they were.
    func testAKillBeforeTheCommitPointLeavesTheOldFiles() throws {
        try FileSetCommit.write([(url("r-a.csv"), content("a1")), (url("r-b.csv"), content("b1"))], in: directory, name: "r-csv")
        try Data("a2".utf8).write(to: url(".r-a.csv.tmp-\(deadPID)-1"))
        try FileSetCommit.finishEarlier(of: [url("r-a.csv"), url("r-b.csv")], in: directory, name: "r-csv")
        XCTAssertEqual(try entries(), ["r-a.csv", "r-b.csv"])
        XCTAssertEqual(read("r-a.csv"), "a1")
        XCTAssertEqual(read("r-b.csv"), "b1")
        try FileSetCommit.write([(url("r-a.csv"), content("a3")), (url("r-b.csv"), content("b3"))], in: directory, name: "r-csv")
        XCTAssertEqual(try entries(), ["r-a.csv", "r-b.csv"])
        XCTAssertEqual(read("r-a.csv"), "a3")
    }

    /// Into a folder that is not there: the error names the first file, as writing it would, and nothing is
    /// made in the folder's place (a lock file there would make it a file).
    func testAMissingFolderIsAnErrorNamingTheFirstFile() throws {
        let missing = directory.appendingPathComponent("missing")
        XCTAssertThrowsError(try FileSetCommit.write([(missing.appendingPathComponent("r-a.csv"), content("a")),
                                                      (missing.appendingPathComponent("r-b.csv"), content("b"))],
                                                     in: missing, name: "r-csv")) { error in
            XCTAssertTrue("\(error)".contains("missing/r-a.csv"), "\(error)")
        }
        XCTAssertEqual(try entries(), [])
    }

    /// A journal ipap did not write is not acted on: the error names it.
    func testAForeignJournalIsAnErrorNamingIt() throws {
        try Data("not json".utf8).write(to: url(".r-csv.commit"))
        XCTAssertThrowsError(try FileSetCommit.finishEarlier(of: [url("r-a.csv"), url("r-b.csv")], in: directory, name: "r-csv")) { error in
            XCTAssertTrue("\(error)".contains(".r-csv.commit"), "\(error)")
        }
    }
}
