import XCTest
@testable import PolicyAnalysis

/// The policy-tool audit (version 60): for each tool class, sentences written for the audit in the style of provincial
/// implementation opinions (none taken from the QA corpus, the docs or other tests), some that must code the class and
/// some in which a keyword of the class stands but the tool is not meant: across a word boundary (吸引|智能 holds 引智,
/// 线上|市场 上市, 作出|口头 出口), inside a word of another sense (外包装, 身份认证, 高标准农田), or in a responsible unit's name
/// (省市场监管局牵头). Each is run through the real extractor as a one-clause document (as `IndicatorAuditTests` does).
/// `known` lists the sentences still coded against their reading: the test fails when one of them starts to agree and
/// when any other sentence disagrees.
final class ToolCodingAuditTests: XCTestCase {
    static let audits: [CodingAudit] = [
        CodingAudit(code: "supply", codes: [
            "实施高技能人才振兴计划，建设一批技能大师工作室。",
            "建设一批“互联网+”实训基地，开展新型职业农民培训。",
            "坚持招才引智，实施海外高层次人才引进计划。",
            "依托省大数据中心建设全省统一的政务云平台。",
            "加快建设绿色数据中心和5G基站（省通信管理局牵头）。",
            "推进公共数据资源开放共享，省大数据局牵头。",
            "提升职工职业技能和科技素养。",
            "设立省级科技成果转化引导基金，加大财政投入。",
            "支持企业建设重点实验室和技术中心，开展关键技术攻关。",
        ], doesNotCode: [
            "吸引智能制造龙头企业来我省投资落户。",
            "全面提升企业科技能力和管理水平。",
            "省职业技能鉴定中心负责做好本单位政务信息公开工作。",
            "省大数据中心负责统筹全省政务云资源调度。",
            "市数据资源管理局牵头制定全市电子证照管理办法。",
            "省人才工作领导小组办公室牵头做好督查考核工作。",
            "落实新能源汽车购置补贴政策。",
            "对居民购买智能家电给予消费补贴。",
        ]),
        CodingAudit(code: "environment", codes: [
            "支持符合条件的互联网企业在境内外上市融资。",
            "推动中小企业在区域性股权市场挂牌上市。",
            "完善融资担保体系，扩大担保规模。",
            "放宽新业态市场准入，推行负面清单管理。",
            "规范网约车经营行为，加强事中事后监管。",
            "加强食品安全检验检测和计量器具管理。",
            "制定智慧城市建设地方标准，推进标准化试点。",
            "对主导制定国际标准给予一次性奖励。",
            "加强网络知识产权执法，打击侵权假冒行为。",
            "建立省“互联网+”行动联席会议制度，加强统筹协调。",
            "落实研发费用加计扣除等税收优惠政策。",
            "推进电子认证服务体系建设，实现跨区域互认。",
            "开展产品质量认证和检验检测服务。",
            "省市场监管局牵头，加强网络交易监管。",
        ], doesNotCode: [
            "拓展线上市场，推动传统商贸企业转型。",
            "建立网上市场主体信用档案。",
            "建设金融资讯服务平台，及时推送惠企政策。",
            "各级各部门要切实承担保密责任，防止政务数据泄露。",
            "对超出常规范围的数据调用行为进行预警。",
            "组织帮扶干部精准入户走访，掌握困难群众信息。",
            "经批准入驻园区的企业，享受场地租金减免。",
            "省市场监管局牵头建立网络交易平台信用档案。",
            "市行政审批局负责做好政务服务事项梳理。",
            "省知识产权局牵头做好本系统数据归集。",
            "省委宣传部牵头做好网络文明建设。",
            "推行政务服务统一身份认证，实现一次登录、全网通办。",
            "对新招用人员按每人1000元的标准给予一次性奖励。",
            "建设高标准农田，推进农业物联网应用。",
            "预计量产后年产值超过10亿元。",
            "做好蔬菜集中上市期间的产销衔接。",
        ]),
        CodingAudit(code: "demand", codes: [
            "扩大跨境电子商务出口规模。",
            "推进进口商品溯源平台建设。",
            "支持企业开拓海外市场。",
            "开展智慧城市建设试点，打造一批示范工程。",
            "鼓励企业将非核心业务服务外包。",
            // 委托 still outsources where 受 opens no phrase of being entrusted (since version 66).
            "支持社会组织接受政府委托承接公共服务。",
            "受理企业申请后委托第三方机构开展评估。",
            "扩大政府购买公共服务范围。",
            "推动企业参与一带一路建设，加强国际合作。",
            "推广创新券，支持中小企业购买研发服务。",
            "提升口岸通关效率，推行国际贸易单一窗口。",
            "推广农业物联网应用示范，建设示范基地。",
            "落实新能源汽车购置补贴政策。",
        ], doesNotCode: [
            "规范快递外包装，推广可循环包装箱。",
            "统一建设全省电子政务外网互联网出口，强化安全防护。",
            "作出口头承诺的，纳入信用记录。",
            "统一财政支出口径，规范预算编制。",
            "推进口袋公园建设，方便居民休闲。",
            "学习借鉴上海外滩智慧街区建设经验。",
            "自主创新示范区管委会负责园区数据平台运维。",
            "推广合同示范文本，规范平台交易行为。",
            "受市政府委托，市大数据局组织开展项目验收。",
            // Since version 66 a phrase 受 opens reads 委托 as being entrusted; 接受 opens none.
            "受省人民政府和国家发展改革委委托，省大数据局组织评审。",
        ], known: []),
    ]

    func testToolsAreCodedByWhatTheClauseMeansExceptTheKnownLimits() {
        XCTAssertGreaterThanOrEqual(Self.audits.reduce(0) { $0 + $1.codes.count + $1.doesNotCode.count }, 60)
        print(CodingAudit.check(Self.audits) {
            IndicatorAuditTests.Fires.toolClass(IndicatorAuditTests.document($0, .measure).0, nil, $1)
        }.joined(separator: "\n"))
    }

    /// A misreading inside one class, which the class audit above cannot see: 电商|标准 holds 商标 (intellectual property)
    /// beside the standards it is about; a trademark is still one after another word.
    func testATrademarkIsNotReadAcrossEcommerceAndStandards() {
        let coding = ReviewedCoding(scheme: IndicatorAuditTests.extractor.coder.scheme, overrides: [:])
        let tools = { (s: String) in Set(coding.machineCoding(text: "二、重点任务\n" + s).flatMap(\.tools)) }
        XCTAssertEqual(tools("制定农村电商标准化服务规范。"), ["environment-standards", "environment-regulation"])
        XCTAssertEqual(tools("支持电商企业注册自主商标。"), ["environment-ip"])
    }

    /// A tool keyword inside a longer one of another tool (补贴 in 购置补贴, 消费补贴) is that tool's word: a user subsidy
    /// (demand), not funding (supply), since version 61. Funding named beside it still counts.
    func testAKeywordInsideAnotherToolsKeywordIsThatTools() {
        let coding = ReviewedCoding(scheme: IndicatorAuditTests.extractor.coder.scheme, overrides: [:])
        let tools = { (s: String) in Set(coding.machineCoding(text: "二、重点任务\n" + s).flatMap(\.tools)) }
        XCTAssertEqual(tools("落实新能源汽车购置补贴政策。"), ["demand-user-subsidy"])
        XCTAssertEqual(tools("对居民购买智能家电给予消费补贴。"), ["demand-user-subsidy"])
        XCTAssertEqual(tools("安排专项资金，对首次购置农机的农户给予购置补贴。"), ["supply-funding", "demand-user-subsidy"])
        XCTAssertEqual(tools("对企业上云给予补贴。"), ["supply-funding"])
    }

    /// The dashboard's and `ipap show`'s coding made again from a text (`ReviewedCoding.machineCoding`) gives each audit
    /// sentence the classes the analysis counts, and a tool keyword a rule set aside is no evidence of it.
    func testTheRecodingGivesTheClassesTheAnalysisCounts() {
        let coding = ReviewedCoding(scheme: IndicatorAuditTests.extractor.coder.scheme, overrides: [:])
        let scheme = IndicatorAuditTests.extractor.coder.scheme
        for a in Self.audits {
            for s in a.codes + a.doesNotCode {
                let clauses = coding.machineCoding(text: "二、重点任务\n" + s)
                let counted = IndicatorAuditTests.document(s, .measure).0.toolCounts.filter { $0.value > 0 }.keys
                XCTAssertEqual(Set(clauses.flatMap(\.toolClasses)), Set(counted), s)
                let evidenced = clauses.flatMap(\.evidence).compactMap(\.tool).filter { !scheme.nonTools.contains($0) }
                XCTAssertEqual(Set(evidenced.compactMap { scheme.toolClasses[$0] }), Set(counted), s)
            }
        }
    }
}
