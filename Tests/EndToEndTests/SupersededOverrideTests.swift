import Foundation
import Glibc
import XCTest

/// Two analysts overrode the coding of one clause, the account running the test and then `daemon`: only the later
/// override counts (the tool matrix counts it), but `review list` showed both with no mark, and the report's review
/// table too. And `review agreement` said the two agree in class where the dashboard said "分歧 1" of the same codes.
final class SupersededOverrideTests: XCTestCase {
    private var root: URL!
    private var corpus: String { root.appendingPathComponent("corpus").path }

    override func setUpWithError() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root to give a journal to another account") }
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-superseded-\(UUID().uuidString)")
        try ReviewCommandLineTests.makeCorpus(at: root.appendingPathComponent("corpus"), withTexts: true)
        let mine = ipap(["review", "add", "--corpus", corpus, "--target", "gf-2015-40", "--clause", "2", "--set-tool", "supply-talent"])
        XCTAssertEqual(mine.status, 0, mine.stderr)
        // The other analyst's journal, as `review add` would write it under their account, a later override of the same clause.
        let journal = root.appendingPathComponent("corpus/reviews/daemon.jsonl")
        let line = #"{"author":"daemon","id":"20991231T000000.000Z-daemon-0000beef","kind":"override","override":{"field":"policyTool","previous":[],"value":"supply-funding"},"schema":1,"target":{"clause":2,"id":"gf-2015-40","kind":"document"},"time":"2099-12-31T00:00:00.000Z"}"#
        try Data((line + "\n").utf8).write(to: journal)
        let daemon = try XCTUnwrap(getpwnam("daemon"), "an account named daemon")
        XCTAssertEqual(chown(journal.path, daemon.pointee.pw_uid, daemon.pointee.pw_gid), 0)
    }

    override func tearDownWithError() throws {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private func ipap(_ arguments: [String], language: String = "en") -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": language])
    }

    func testTheListMarksTheOverrideThatNoLongerCounts() throws {
        for (language, mark, talent, funding) in [("zh", "【已被 daemon 取代】", "人才培养", "资金支持"),
                                                   ("en", "[superseded by daemon]", "Talent development", "Funding")] {
            let list = ipap(["review", "list", "--corpus", corpus], language: language)
            XCTAssertEqual(list.status, 0, list.stderr)
            let lines = list.stdout.split(separator: "\n").map(String.init)
            let earlier = try XCTUnwrap(lines.first { $0.contains(talent) }, list.stdout)
            let later = try XCTUnwrap(lines.first { $0.contains(funding) }, list.stdout)
            XCTAssertTrue(earlier.contains(mark), list.stdout)
            XCTAssertFalse(later.contains(mark), list.stdout)
        }
        let csv = ipap(["review", "list", "--corpus", corpus, "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.first?.hasSuffix(",supersededBy") == true, csv.stdout)
        XCTAssertTrue(rows.contains { $0.contains(",supply-talent,") && $0.hasSuffix(",20991231T000000.000Z-daemon-0000beef") }, csv.stdout)
        XCTAssertTrue(rows.contains { $0.contains(",supply-funding,") && $0.hasSuffix(",") }, csv.stdout)
    }

    /// The JSON listing said nothing of it where the CSV and the report's table name the override that outranks.
    func testTheJSONListSaysWhichOverrideSupersedesAnother() throws {
        let json = ipap(["review", "list", "--corpus", corpus, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]], json.stdout)
        func listed(_ tool: String) throws -> [String: Any] {
            try XCTUnwrap(entries.first { ($0["override"] as? [String: Any])?["value"] as? String == tool }, json.stdout)
        }
        let earlier = try listed("supply-talent"), later = try listed("supply-funding")
        XCTAssertEqual(earlier["supersededBy"] as? String, "20991231T000000.000Z-daemon-0000beef", json.stdout)
        XCTAssertEqual(earlier["supersededByAuthor"] as? String, "daemon", json.stdout)
        // The override that counts has the keys too, null: every entry has the same fields.
        XCTAssertTrue(later["supersededBy"] is NSNull && later["supersededByAuthor"] is NSNull, json.stdout)
        XCTAssertEqual(later["author"] as? String, "daemon", json.stdout)
    }

    func testTheReportsReviewTableSaysWhichOverrideSupersedesAnother() throws {
        let out = root.appendingPathComponent("report.csv").path
        let export = ipap(["export", "--corpus", corpus, "--format", "csv", "--out", out])
        XCTAssertEqual(export.status, 0, export.stderr)
        let table = try String(contentsOfFile: root.appendingPathComponent("report-reviews.csv").path, encoding: .utf8)
        let lines = table.split(separator: "\n").map(String.init)
        let header = try XCTUnwrap(lines.first).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let by = try XCTUnwrap(header.firstIndex(of: "supersededBy"), table), who = try XCTUnwrap(header.firstIndex(of: "supersededByAuthor"), table)
        let value = try XCTUnwrap(header.firstIndex(of: "overrideValue"))
        var seen: [String: (String, String)] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > max(by, who, value) else { continue }
            seen[cells[value]] = (cells[by], cells[who])
        }
        XCTAssertEqual(seen["supply-talent"]?.0, "20991231T000000.000Z-daemon-0000beef", table)
        XCTAssertEqual(seen["supply-talent"]?.1, "daemon", table)
        XCTAssertEqual(seen["supply-funding"]?.0, "", table)
    }

    /// The codes differ in tool, not in class: the kappas count the clause as agreement, and both the command and the
    /// dashboard's kappa line say what differs in those words (one count, `CoderAgreement.differencesText`).
    func testTheAgreementCountsWhatDiffers() throws {
        for (language, counts) in [("zh", "类别不同 0，仅工具不同 1"), ("en", "differ in class 0, in tool only 1")] {
            let agreement = ipap(["review", "agreement", "--corpus", corpus], language: language)
            XCTAssertEqual(agreement.status, 0, agreement.stderr)
            XCTAssertTrue(agreement.stdout.split(separator: "\n").contains { $0 == counts }, agreement.stdout)
        }
    }
}
