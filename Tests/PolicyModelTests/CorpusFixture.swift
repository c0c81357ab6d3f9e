import Foundation
@testable import PolicyModel

/// A throwaway corpus on disk with a small taxonomy of its own, so validation tests do not depend on the
/// bundled data's content.
struct CorpusFixture {
    let root: URL
    let taxonomy: URL
    let corpus: URL
    /// Removes `root` when the last copy of the fixture goes away: tests that never call `remove()` (most
    /// import tests) left hundreds of directories in /tmp on every run.
    private let cleanup: RemovedOnRelease

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-fixture-\(UUID().uuidString)")
        cleanup = RemovedOnRelease(root)
        taxonomy = root.appendingPathComponent("taxonomy")
        corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: taxonomy, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("documents"), withIntermediateDirectories: true)
        try write("taxonomy/action-areas.json", """
            {"schema": 1, "areas": [
              {"id": "e-commerce", "order": 8, "zh": "电子商务", "en": "E-commerce", "keywords": ["电子商务", "电商"]},
              {"id": "entrepreneurship", "order": 1, "zh": "创业创新", "en": "Entrepreneurship", "keywords": ["创业"]}
            ]}
            """)
        try write("taxonomy/divisions.json", """
            {"schema": 1, "divisions": [
              {"code": "130000", "zh": "河北省", "en": "Hebei", "name": "河北", "short": "冀", "region": "east"},
              {"code": "510000", "zh": "四川省", "en": "Sichuan", "name": "四川", "short": "川", "region": "west"}
            ]}
            """)
        try write("taxonomy/issuers.json", """
            {"schema": 1, "issuers": [
              {"id": "state-council", "zh": "国务院", "en": "State Council", "abbreviation": "SC", "level": "national",
               "numberPrefixes": ["国发"], "aliases": []},
              {"id": "provincial-government", "zh": "省级人民政府", "en": "Provincial government", "abbreviation": "PG",
               "level": "provincial", "numberPrefixes": [], "aliases": []}
            ]}
            """)
        try write("taxonomy/policy-tools.json", """
            {"schema": 1, "classes": [{"id": "supply", "zh": "供给型", "en": "Supply", "isTool": true,
              "tools": [{"id": "supply-talent", "zh": "人才培养", "en": "Talent", "keywords": ["人才"]}]}]}
            """)
        try write("taxonomy/problems.json", """
            {"schema": 1, "families": [{"id": "homogenization", "order": 2, "zh": "同质化", "en": "Homogenization",
              "definition": {"zh": "地方照搬", "en": "Local copying"}, "causes": [], "recommendations": [],
              "indicators": [{"id": "response-lag", "zh": "响应时滞", "en": "Response lag",
                "measures": {"zh": "天数", "en": "days"}, "highMeans": {"zh": "慢", "en": "slow"},
                "unit": "days", "needsText": false}]}]}
            """)
        try write("corpus/corpus.json", """
            {"schema": 1, "name": "测试语料", "synthetic": false,
             "citations": [{"id": "review-2020", "text": "A review"}]}
            """)
        try writeDocument(id: "gf-2015-40", """
            {"schema": 1, "id": "gf-2015-40", "title": "国务院关于积极推进“互联网+”行动的指导意见", "number": "国发〔2015〕40号",
             "issuers": ["state-council"], "level": "national", "region": null,
             "dateWritten": "2015-07-01", "datePublished": "2015-07-04", "kind": "guiding-opinion", "basedOn": [],
             "actionAreas": {"ids": ["entrepreneurship", "e-commerce"], "coding": "machine"},
             "source": {"url": "http://www.gov.cn/x.htm", "verified": true}}
            """)
        try writeDocument(id: "sc-2015-1", """
            {"schema": 1, "id": "sc-2015-1", "title": "四川省实施意见", "issuers": ["provincial-government"],
             "level": "provincial", "region": "510000", "dateWritten": "2015-10-01", "datePublished": "2015-10-08",
             "basedOn": ["gf-2015-40"], "actionAreas": {"ids": ["e-commerce"], "coding": "machine"},
             "source": {"verified": false}}
            """)
        try write("corpus/findings.json", """
            {"schema": 1, "findings": [{"id": "f1", "family": "homogenization",
              "about": [{"kind": "province", "id": "130000"}], "zh": "河北目标与指导意见相同", "en": "Hebei copied the goals",
              "citation": {"source": "review-2020", "locator": "3.2"}}]}
            """)
    }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeDocument(id: String, _ text: String) throws {
        try write("corpus/documents/\(id).json", text)
    }

    func load() -> CorpusLoader.Result {
        CorpusLoader(taxonomyDirectory: taxonomy).load(corpus, displayPath: "corpus")
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// A directory removed when this object is released.
final class RemovedOnRelease {
    let url: URL
    init(_ url: URL) { self.url = url }
    deinit { try? FileManager.default.removeItem(at: url) }
}
