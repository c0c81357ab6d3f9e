/// Terms that mark a clause as mission-oriented (the state sets the target, decides centrally, funds and
/// runs strategic projects and frontier technology) or diffusion-oriented (capability spread into industry
/// through training, standards, industry-university-research cooperation, platforms and associations): the
/// distinction of the 2020 review, section 2 (二), after Ergas. A term "A…B" is a pattern: A, then B later in
/// the same clause with at most `maxGap` characters between them (建设…基础设施).
public struct OrientationScheme: Sendable, Hashable, Codable {
    public var mission: [String]
    public var diffusion: [String]
    /// Largest number of normalised characters between the parts of a pattern.
    public var maxGap: Int

    public init(mission: [String], diffusion: [String], maxGap: Int = 20) {
        self.mission = mission
        self.diffusion = diffusion
        self.maxGap = maxGap
    }

    /// The scheme used when a taxonomy has none (tests, demos); the real one is in data/taxonomy/policy-tools.json.
    public static let builtIn = OrientationScheme(
        mission: ["重大工程", "重大专项", "国家专项", "重大项目", "突破核心技术", "关键核心技术", "核心技术攻关", "前沿技术",
                  "建设…基础设施", "基础设施建设", "财政资金集中投入", "集中力量"],
        diffusion: ["标准", "培训", "产学研", "推广应用", "行业协会", "公共服务平台", "成果转化", "技术转移", "产业联盟", "普及"])
}
