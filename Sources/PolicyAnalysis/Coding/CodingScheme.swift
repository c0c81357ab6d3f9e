/// Keyword dictionaries for clause coding, passed in by the caller (the taxonomy lives in PolicyModel).
public struct CodingScheme: Sendable, Hashable, Codable {
    /// Action-area id -> keywords.
    public var actionAreas: [String: [String]]
    /// Tool id -> keywords (sub-tools, e.g. "supply-talent").
    public var tools: [String: [String]]
    /// Tool id -> class id ("supply", "environment", "demand", or the non-tool class).
    public var toolClasses: [String: String]
    /// Tool ids that are procedural ("other": 申报, 公示, 名单, 转发), coded but not counted as tools.
    public var nonTools: Set<String>
    /// Mission / diffusion terms for goal and measure clauses (goal orientation).
    public var orientation: OrientationScheme

    public init(actionAreas: [String: [String]] = [:], tools: [String: [String]] = [:],
                toolClasses: [String: String] = [:], nonTools: Set<String> = [],
                orientation: OrientationScheme = .builtIn) {
        self.actionAreas = actionAreas
        self.tools = tools
        self.toolClasses = toolClasses
        self.nonTools = nonTools
        self.orientation = orientation
    }

    enum CodingKeys: String, CodingKey { case actionAreas, tools, toolClasses, nonTools, orientation }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        actionAreas = try c.decode([String: [String]].self, forKey: .actionAreas)
        tools = try c.decode([String: [String]].self, forKey: .tools)
        toolClasses = try c.decode([String: String].self, forKey: .toolClasses)
        nonTools = try c.decode(Set<String>.self, forKey: .nonTools)
        orientation = try c.decodeIfPresent(OrientationScheme.self, forKey: .orientation) ?? .builtIn
    }

    /// Sets are written sorted: the same scheme must give the same bytes (it is part of the input fingerprint).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actionAreas, forKey: .actionAreas)
        try c.encode(tools, forKey: .tools)
        try c.encode(toolClasses, forKey: .toolClasses)
        try c.encode(nonTools.sorted(), forKey: .nonTools)
        try c.encode(orientation, forKey: .orientation)
    }

    /// A small built-in scheme (the 11 action areas of 2015 and the Rothwell-Zegveld tools) for demos and
    /// tests; the real one comes from the taxonomy files.
    public static let builtIn = CodingScheme(
        actionAreas: [
            "entrepreneurship": ["创业", "创新", "众创", "双创"], "manufacturing": ["制造", "工业互联网"],
            "agriculture": ["农业", "农村", "农产品"], "energy": ["能源", "电力", "电网"],
            "finance": ["金融", "支付", "信贷"], "public-services": ["医疗", "教育", "养老", "社区", "政务"],
            "logistics": ["物流", "仓储", "快递"], "e-commerce": ["电子商务", "电商", "网购", "零售"],
            "transport": ["交通", "出行", "车联网"], "ecology": ["生态", "环保", "节能", "低碳"],
            "ai": ["人工智能", "智能"],
        ],
        tools: [
            "supply-talent": ["人才", "培训"], "supply-funding": ["专项资金", "资金支持", "补贴"],
            "supply-technology": ["技术攻关", "研发"], "supply-infrastructure": ["基础设施", "网络建设"],
            "supply-public-service": ["公共服务平台", "公共服务"],
            "environment-planning": ["目标", "规划"], "environment-finance": ["融资", "担保", "贴息", "金融机构"],
            "environment-tax": ["税收", "减税"], "environment-regulation": ["法规", "监管", "规范"],
            "environment-standards": ["标准"], "environment-ip": ["知识产权"],
            "demand-procurement": ["政府采购", "首台套"], "demand-pilot": ["示范", "试点", "应用场景"],
            "demand-outsourcing": ["服务外包", "购买服务"], "demand-exchange": ["海外交流", "国际合作"],
            "other-procedure": ["申报", "公示", "名单", "转发"],
        ],
        toolClasses: [
            "supply-talent": "supply", "supply-funding": "supply", "supply-technology": "supply",
            "supply-infrastructure": "supply", "supply-public-service": "supply",
            "environment-planning": "environment", "environment-finance": "environment", "environment-tax": "environment",
            "environment-regulation": "environment", "environment-standards": "environment", "environment-ip": "environment",
            "demand-procurement": "demand", "demand-pilot": "demand", "demand-outsourcing": "demand",
            "demand-exchange": "demand", "other-procedure": "other",
        ],
        nonTools: ["other-procedure"]
    )
}
