import Foundation
import PolicyModel
import TerminalUI
@testable import Dashboard

/// A small corpus with Chinese titles, written to a temp directory and loaded with the bundled taxonomy,
/// so that screen snapshots do not move when the real catalogue grows.
enum DashboardFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let taxonomy = repository.appendingPathComponent("data/taxonomy")

    /// The bundled catalogue (data/catalog): real records, no texts.
    static func catalogue() throws -> Corpus {
        let result = CorpusLoader(taxonomyDirectory: taxonomy).load(repository.appendingPathComponent("data/catalog"))
        guard let corpus = result.corpus else { throw CorpusProblems(problems: result.problems) }
        return corpus
    }

    static let evilTitle = "恶意标题\u{1b}]0;owned\u{07}清屏\u{1b}[2J结束"

    static func corpus(synthetic: Bool = false) throws -> Corpus {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-dash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        let info = CorpusInfo(name: "测试语料", synthetic: synthetic,
                              citations: [Citation(id: "review-2020", text: "陈磊 等 2020", doi: nil, url: nil)])
        let documents = [
            PolicyDocument(id: "gf-2015-40", title: "国务院关于积极推进“互联网+”行动的指导意见", number: "国发〔2015〕40号",
                           issuers: ["state-council"], level: .national, dateWritten: PolicyDate("2015-07-01"),
                           datePublished: PolicyDate("2015-07-04"), kind: .guidingOpinion,
                           actionAreas: AreaCoding(ids: ["entrepreneurship", "e-commerce"], coding: .manual),
                           source: DocumentSource(url: "http://www.gov.cn/zhengce/content/2015-07/04/content_10002.htm",
                                                  seen: Provenance(place: .officialSite, fields: [.title, .number],
                                                                   url: "http://www.gov.cn/zhengce/content/2015-07/04/content_10002.htm")),
                           text: "一、总体要求\n到2018年，互联网与经济社会各领域的融合发展进一步深化。\n二、重点行动\n（一）“互联网+”创业创新。"),
            PolicyDocument(id: "51-bf-2015-55", title: "四川省人民政府办公厅关于印发四川省2015年“互联网+”重点工作方案的通知",
                           number: "川办发〔2015〕55号", issuers: ["provincial-general-office"], level: .provincial, region: "510000",
                           dateWritten: PolicyDate("2015-06-11"), datePublished: PolicyDate("2015-06-15"), kind: .implementationPlan,
                           source: DocumentSource(seen: Provenance(place: .thirdPartyRepost, fields: [.title, .number],
                                                                   url: "http://example.org/sichuan-2015-55.html"))),
            PolicyDocument(id: "51-fbf-2018-86", title: "四川省人民政府办公厅关于促进“互联网+医疗健康”发展的实施意见",
                           number: "川办发〔2018〕86号", issuers: ["provincial-general-office"], level: .provincial, region: "510000",
                           datePublished: PolicyDate("2018-11-21"), kind: .implementationOpinion, basedOn: ["gf-2015-40"],
                           actionAreas: AreaCoding(ids: ["public-services"], coding: .machine), source: DocumentSource()),
            PolicyDocument(id: "evil", title: evilTitle, issuers: ["state-council"], level: .national,
                           datePublished: PolicyDate("2016-01-01"), source: DocumentSource()),
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(info).write(to: dir.appendingPathComponent("corpus.json"))
        for d in documents {
            try encoder.encode(d).write(to: dir.appendingPathComponent("documents/\(d.id).json"))
        }
        let findings = """
            {"schema": 1, "findings": [{"id": "hebei-goals", "family": "homogenization",
              "about": [{"kind": "province", "id": "130000"}], "zh": "河北的发展目标与指导意见相同。",
              "en": "Hebei's goals are identical to the guiding opinion's.", "citation": {"source": "review-2020", "locator": "3.2"}}]}
            """
        try Data(findings.utf8).write(to: dir.appendingPathComponent("findings.json"))
        let result = CorpusLoader(taxonomyDirectory: taxonomy).load(dir)
        // The evil title is a problem of the corpus (what the import refuses) and its document loads all the same:
        // the screens must show it harmless.
        // Each control character is a problem of its own: ESC, BEL, ESC.
        guard let corpus = result.corpus, result.problems.map(\.message) == ["the title contains the control character U+001B; remove it",
                                                                              "the title contains the control character U+0007; remove it",
                                                                              "the title contains the control character U+001B; remove it"] else {
            throw CorpusProblems(problems: result.problems)
        }
        return corpus
    }

    /// Runs the dashboard on a TestBackend with `keys` and returns the backend (its screen is the last frame).
    static func run(_ corpus: Corpus, width: Int, height: Int, language: Language = .chinese, keys: [Key]) throws -> (TestBackend, AppState) {
        var backend = TestBackend(width: width, height: height)
        backend.feed(keys)
        let initial = AppState(corpus: corpus, language: language, size: Size(width: width, height: height))
        let final = try Dashboard.run(backend: &backend, initial: initial)
        return try BackgroundSettling.settled((backend, final))
    }
}

extension Array where Element == Key {
    static func type(_ text: String) -> [Key] { text.map { Key.char($0) } }
}
