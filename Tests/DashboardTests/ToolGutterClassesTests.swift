import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// QA pass 45: the text's policy-tool gutter showed one class per line, the class of the clause the line starts
/// in: at 200 columns a line holding an environment clause after an uncoded one showed no mark, and a clause coded
/// to supply (引导基金) and environment showed only one. It shows every class coded on the clauses a line holds.
final class ToolGutterClassesTests: XCTestCase {
    static let text = """
        河北省人民政府关于加快推进“互联网+”行动的实施意见

        三、保障措施
        （一）加强组织领导。各市、各部门要高度重视，形成工作合力。省政府每年组织开展一次实施情况评估，并将评估结果纳入各市政府年度考核指标体系。
        （二）加大财政支持。省级财政设立“互联网+”发展引导基金，对重点项目给予贷款贴息。

        河北省人民政府
        2015年12月20日
        """

    private func loaded() throws -> DemoFixture.Loaded {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-gutter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let encoder = JSONEncoder()
        try encoder.encode(CorpusInfo(name: "qa45", synthetic: false, citations: [])).write(to: dir.appendingPathComponent("corpus.json"))
        let d = PolicyDocument(id: "hebei", title: "河北省人民政府关于加快推进“互联网+”行动的实施意见", number: "冀政发〔2015〕25号",
                               issuers: ["provincial-government"], level: .provincial, region: "130000",
                               datePublished: PolicyDate("2016-01-05"), kind: .implementationOpinion, source: DocumentSource(), text: Self.text)
        try encoder.encode(d).write(to: dir.appendingPathComponent("documents/hebei.json"))
        let corpus = try DemoFixture.load(dir)
        let (result, _) = CorpusAnalysis(corpus: corpus).result()
        return DemoFixture.Loaded(corpus: corpus, analysis: AnalysisView(result: result))
    }

    /// The gutter of the screen row holding `needle`: what stands before the rule.
    private func gutter(of needle: String, in b: TestBackend) throws -> String {
        let row = try XCTUnwrap(b.rows.first { $0.contains(needle) }, "\(needle) on screen" + DemoFixture.screen(b))
        let cell = try XCTUnwrap(row.split(separator: "┊", maxSplits: 1).first, row)
        return cell.dropFirst().trimmingCharacters(in: .whitespaces)  // the finding mark's column, then the letters
    }

    func testALineShowsEveryClassItsClausesAreCodedTo() throws {
        let demo = try loaded()
        for (language, both, environment) in [(Language.chinese, "供环", "环"), (.english, "SE", "E")] {
            let (b, state) = try DemoFixture.run(demo, width: 200, height: 60, language: language,
                                                 keys: [.char(":")] + [Key].type("hebei") + [.enter, .char("G"), .enter])
            XCTAssertEqual(state.route, .document("hebei"), DemoFixture.screen(b))
            XCTAssertEqual(try gutter(of: "引导基金", in: b), both, "supply and environment on one clause" + DemoFixture.screen(b))
            XCTAssertEqual(try gutter(of: "实施情况评估", in: b), environment, "an environment clause after an uncoded one" + DemoFixture.screen(b))
            // The rule stands in one column on every line of the text.
            let rules = Set(b.rows.filter { $0.contains("┊") && !$0.contains("＝") && !$0.contains(" = ") }.compactMap { DemoFixture.column(of: "┊", in: $0) })
            XCTAssertEqual(rules.count, 1, DemoFixture.screen(b))
        }
    }
}
