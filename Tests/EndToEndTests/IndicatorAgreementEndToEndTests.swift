import Foundation
import XCTest

/// The numbers issue 11 changed, read from every place an analyst may cite them: `show`, `list`, `stats`,
/// `analyze`, `export` and the dashboard (the real binary in tmux). They must say the same thing.
final class IndicatorAgreementEndToEndTests: XCTestCase {
    private var sessions: [TmuxSession] = []
    private var corpus: URL?

    override func tearDown() {
        sessions.forEach { $0.close() }
        sessions = []
        if let corpus { try? FileManager.default.removeItem(at: corpus) }
    }

    private func ipap(_ arguments: [String]) -> ProcessRunner.Output {
        let out = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(out.status, 0, arguments.joined(separator: " ") + ": " + out.stderr)
        return out
    }

    private func exportJSON(_ extra: [String]) throws -> [String: Any] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-agree-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = ipap(["export", "--format", "json", "--out", file.path] + extra)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    }

    private func rows(_ report: [String: Any], table: String) throws -> [[String: Any]] {
        let tables = try XCTUnwrap(report["tables"] as? [[String: Any]])
        let t = try XCTUnwrap(tables.first { $0["id"] as? String == table }, "no table \(table)")
        return try XCTUnwrap(t["rows"] as? [[String: Any]]).compactMap { $0["values"] as? [String: Any] }
    }

    private func dashboard(_ arguments: [String] = []) throws -> TmuxSession {
        try XCTSkipIf(TmuxSession.tmux == nil, "tmux is not installed")
        let s = try TmuxSession(width: 200, height: 60, arguments: ["browse"] + arguments, environment: ["IPAP_LANG": "en"])
        sessions.append(s)
        _ = try s.waitFor("1 Overview")
        return s
    }

    private func csvRows(_ text: String) -> [[String]] {
        text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func testResponseLagAndCoverageAgreeAcrossShowExportAndTheDashboard() throws {
        // `exported`: the export's responseLag column, the document in columns of its own.
        let expected: [(name: String, code: String, lag: String, exported: String, days: Int?, coverage: String, covered: Int?)] = [
            ("海南", "460000", "657 days (46-gov-20170418)", "657 days", 657, "unknown (comprehensive document not coded from its text)", nil),
            ("四川", "510000", "before the opinion (川办发〔2015〕55号, not a main document)", "before the opinion (not main)", nil,
             "unknown (no main implementation document)", nil),
            ("北京", "110000", "year only: 2016 (京政发〔2016〕4号)", "year only: 2016", nil, "unknown (comprehensive document not coded from its text)", nil),
        ]
        let provinces = try rows(try exportJSON([]), table: "indicators-province")
        let s = try dashboard()
        for e in expected {
            let show = ipap(["show", e.name]).stdout
            XCTAssertTrue(show.contains("Response lag     " + e.lag) || show.contains("Response lag      " + e.lag), show)
            XCTAssertTrue(show.contains(e.coverage), show)
            let row = try XCTUnwrap(provinces.first { $0["code"] as? String == e.code })
            // The label names the document by its number, else its id; the export gives both (the id always).
            let document = row["responseLagNumber"] as? String ?? row["responseLagDocument"] as? String ?? "?"
            XCTAssertNotNil(row["responseLagDocument"] as? String, "the id, always")
            XCTAssertTrue(e.lag.contains(document), e.lag)
            XCTAssertEqual(row["responseLag"] as? String, e.exported)
            XCTAssertEqual(row["responseLagDays"] as? Int, e.days)
            XCTAssertEqual(row["areaCoverage"] as? String, e.coverage)
            XCTAssertEqual(row["areasCovered"] as? Int, e.covered)
            XCTAssertEqual(e.covered == nil, row["areasCovered"] is NSNull, "unknown coverage is null, never 0")

            s.send(":")
            s.type(e.name)
            s.send("Enter")
            // Both lines of one frame, waited for together (a capture can fall between two rows' writes).
            try s.waitUntil("response lag \(e.lag) and area coverage \(e.coverage)") {
                $0.contains("Response lag " + e.lag) && $0.contains("Area coverage " + e.coverage)
            }
            s.send("Escape")
        }
        // No lag is negative anywhere: the export has none, the provinces table shows none.
        XCTAssertFalse(provinces.contains { ($0["responseLagDays"] as? Int ?? 0) < 0 })
        s.send("2")
        let table = try s.waitFor("Main doc")
        XCTAssertNil(table.range(of: #"\s-\d+\s"#, options: .regularExpression), "\n" + TmuxSession.framed(table))
    }

    func testYearsAndTheReviewScopeAgreeAcrossListStatsAndTheDashboard() throws {
        // 冀政发〔2017〕4号 has no date but its number's year: counted in 2017 by list, stats and the timeline.
        let list2017 = csvRows(ipap(["list", "--year", "2017", "--format", "csv"]).stdout)
        XCTAssertTrue(list2017.contains { $0.first == "13-zf-2017-4" })
        let stats = csvRows(ipap(["stats", "--format", "csv"]).stdout)
        let year2017 = try XCTUnwrap(stats.first { $0[0] == "year" && $0[1] == "2017" })
        XCTAssertEqual(Int(year2017[3]), list2017.count)

        let s = try dashboard()
        s.send("9")
        let timeline = try s.waitUntil("the timeline with its 2017 bar") { screen in
            screen.contains("Issuance timeline") && s.rows(screen).contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("2017") }
        }
        let bar = try XCTUnwrap(s.rows(timeline).first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("2017") })
        XCTAssertTrue(bar.hasSuffix(" \(list2017.count)"), bar)

        // The review's scope: the same number of documents in list, stats, export and on the dashboard.
        let scopedList = csvRows(ipap(["list", "--review-scope", "--format", "csv"]).stdout).count
        let scopedStats = ipap(["stats", "--review-scope"])
        XCTAssertTrue(scopedStats.stdout.contains(": \(scopedList) documents\nscope: policy (related records left out), up to 2020-06-30"), scopedStats.stdout)
        // And what its days left out for want of a date (QA pass 48: provinces whose plan is undated read 0).
        XCTAssertTrue(scopedStats.stdout.contains("undated, not counted"), scopedStats.stdout)
        let about = try XCTUnwrap(try exportJSON(["--review-scope"])["about"] as? [String: Any])
        XCTAssertEqual(about["documents"] as? Int, scopedList)
        XCTAssertEqual(about["scope"] as? String, "policy (related records left out), up to 2020-06-30")
        let all = csvRows(ipap(["list", "--format", "csv"]).stdout).count
        XCTAssertLessThan(scopedList, all)
        s.send("1")
        _ = try s.waitFor("\(all) documents")
        s.send("w")
        // Body and status line are written one after the other: a capture between the two shows the new
        // count under the old status line, so wait for both.
        try s.waitUntil("\(scopedList) documents and the scope on the status line") {
            $0.contains("\(scopedList) documents") && s.rows($0)[s.height - 1].contains("scope: policy (related records left out), up to 2020-06-30")
        }
        s.send("w")
        _ = try s.waitFor("\(all) documents")
    }

    func testGoalOrientationAgreesAcrossAnalyzeExportAndTheDashboard() throws {
        let dir = try EvidencePathEndToEndTests.demoCopy()
        corpus = dir
        let table = ipap(["analyze", "--corpus", dir.path, "--format", "csv"]).stdout
        let analysed = csvRows(table)
        let header = table.split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) } ?? []
        let orientation = try XCTUnwrap(header.firstIndex(of: "goal_orientation"))
        let mission = try XCTUnwrap(header.firstIndex(of: "mission_clauses"))
        let diffusion = try XCTUnwrap(header.firstIndex(of: "diffusion_clauses"))
        // Per level, the export's counts are the documents of that level per orientation in `analyze`.
        let levels = Dictionary(uniqueKeysWithValues: csvRows(ipap(["list", "--corpus", dir.path, "--format", "csv"]).stdout)
            .map { ($0[0], $0[4]) })
        let byLevel = try rows(try exportJSON(["--corpus", dir.path]), table: "indicators-level-year").filter { $0["dimension"] as? String == "level" }
        XCTAssertFalse(byLevel.isEmpty)
        for row in byLevel {
            let level = try XCTUnwrap(row["key"] as? String)
            let members = analysed.filter { levels[$0[0]] == level }
            for (column, value) in [("missionOriented", "mission"), ("diffusionOriented", "diffusion"),
                                    ("mixedOrientation", "mixed"), ("noOrientation", "none")] {
                XCTAssertEqual(row[column] as? Int, members.filter { $0[orientation] == value }.count, "\(level) \(column)")
            }
            XCTAssertEqual(row["missionClauses"] as? Int, members.compactMap { Int($0[mission]) }.reduce(0, +))
            XCTAssertEqual(row["diffusionClauses"] as? Int, members.compactMap { Int($0[diffusion]) }.reduce(0, +))
        }
        // The dashboard's document panel says what `analyze` says.
        let first = try XCTUnwrap(analysed.first)
        let s = try dashboard(["--corpus", dir.path])
        s.send(":")
        s.type(first[0])
        s.send("Enter")
        let names = ["mission": "mission-oriented", "diffusion": "diffusion-oriented", "mixed": "mixed",
                     "none": "no mission or diffusion clause seen"]
        try s.waitUntil("the goal orientation as analyze says", timeout: 20) {
            $0.contains("(mission clauses \(first[mission]), diffusion \(first[diffusion]))")
                && $0.contains("Goal orientation " + (names[first[orientation]] ?? "?"))
        }
    }
}
