import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 45: the Provinces tab showed `广东 … ?` in the lag column (a main document dated by the year in its
/// number only) and its footer explained only †. It says what ? stands for too, in both languages.
final class LagWithoutDaysNoteTests: XCTestCase {
    private func corpus() throws -> Corpus {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-lag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let encoder = JSONEncoder()
        try encoder.encode(CorpusInfo(name: "qa45", synthetic: false, citations: [])).write(to: dir.appendingPathComponent("corpus.json"))
        let documents = [
            PolicyDocument(id: "gf", title: "国务院关于积极推进“互联网+”行动的指导意见", number: "国发〔2015〕40号", issuers: ["state-council"],
                           level: .national, dateWritten: PolicyDate("2015-07-01"), datePublished: PolicyDate("2015-07-04"),
                           kind: .guidingOpinion, source: DocumentSource()),
            PolicyDocument(id: "guangdong", title: "广东省人民政府关于深化“互联网+”行动的实施意见", number: "粤府〔2016〕5号",
                           issuers: ["provincial-government"], level: .provincial, region: "440000", kind: .implementationOpinion,
                           basedOn: ["gf"], source: DocumentSource()),
        ]
        for d in documents { try encoder.encode(d).write(to: dir.appendingPathComponent("documents/\(d.id).json")) }
        return try DemoFixture.load(dir)
    }

    func testTheProvincesTabSaysWhatAQuestionMarkLagMeans() throws {
        let corpus = try corpus()
        for (language, name, note) in [(Language.chinese, "广东", "? 无法计天数"), (.english, "Guangdong", "? no day count")] {
            for (w, h) in [(80, 24), (200, 60)] {
                let (b, _) = try DashboardFixture.run(corpus, width: w, height: h, language: language, keys: [.char("2")])
                let row = try XCTUnwrap(b.rows.first { $0.hasPrefix(name + " ") }, DemoFixture.screen(b))
                XCTAssertTrue(row.contains(" ? "), "the lag without days: \(row)")
                XCTAssertTrue(b.rows.contains { $0.contains(note) }, "the footer says what ? means at \(w)x\(h)" + DemoFixture.screen(b))
            }
        }
    }
}
