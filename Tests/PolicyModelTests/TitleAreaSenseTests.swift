import Foundation
import PolicyModel
import XCTest

/// The import's title area coding (`Taxonomy.codeAreas`) reads area keywords in their sense, by the words the clause
/// coding uses (`KeywordSense`, since analysis version 60): titles written for the test in the style of provincial
/// documents, the subject after 关于 as the import passes it, each with an area it must code or must not.
final class TitleAreaSenseTests: XCTestCase {
    static let taxonomy: Taxonomy? = {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/taxonomy")
        return CorpusLoader(taxonomyDirectory: data).loadTaxonomy().0
    }()

    static let codes: [(title: String, area: String)] = [
        ("加快新能源汽车充电基础设施建设的实施意见", "energy"),
        ("推进居民用电信息采集全覆盖的通知", "energy"),
        ("推广应用电力物联网技术的指导意见", "energy"),
        ("加强重点流域生态环境监测的实施方案", "ecology"),
        ("创新生态环境监管方式的意见", "ecology"),
        ("推进“互联网+”便捷交通发展定制客运出行服务的通知", "transport"),
        ("发展家政服务网络平台的实施意见", "public-services"),
        ("完善农村商贸流通体系的意见", "e-commerce"),
        ("规范发展互联网理财产品的通知", "finance"),
    ]

    static let doesNotCode: [(title: String, area: String)] = [
        ("推广应用电子证照的通知", "energy"),
        ("提升数据中心存储能力的实施意见", "energy"),
        ("构建开放协同产业生态体系的若干措施", "ecology"),
        ("开辟重大项目审批绿色通道的通知", "ecology"),
        ("打造开源软件生态圈的行动计划", "ecology"),
        ("各地提出行动方案有关事项的通知", "transport"),
        ("认真落实国家政策加强企业技术改造的意见", "public-services"),
        ("严格管理财政专项资金的通知", "finance"),
        ("打通城乡冷链物流通道的实施方案", "e-commerce"),
    ]

    func testTitleAreasAreReadInTheirSense() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        for (title, area) in Self.codes {
            XCTAssertTrue(taxonomy.codeAreas(in: title).contains(area), "\(title) codes no \(area)")
        }
        for (title, area) in Self.doesNotCode {
            XCTAssertFalse(taxonomy.codeAreas(in: title).contains(area), "\(title) codes \(area)")
        }
    }

    /// The same keyword at another place of the title still codes: one place read otherwise sets aside only itself.
    func testAKeywordReadOtherwiseAtOnePlaceStillCodesAtAnother() throws {
        let taxonomy = try XCTUnwrap(Self.taxonomy)
        XCTAssertEqual(taxonomy.codeAreas(in: "推广应用电子发票和节约用电的通知"), ["energy"])
        XCTAssertEqual(taxonomy.codeAreas(in: "产业生态与生态保护的意见"), ["ecology"])
        XCTAssertEqual(taxonomy.codeAreas(in: "构建数字产业生态的意见"), [])
    }
}
