import PolicyAnalysis
import PolicyModel

/// The interface's fixed words in both languages, in one table: the screens' names (full and short), levels, governance topics, goal orientations, tool classes, reuse relations. Names that come from
/// the data (a province, an issuer, an indicator) are the taxonomy's own.
public enum Labels {
    /// Screens that are not about one thing: full name (breadcrumb, wide tabs) and short name (narrow tabs).
    static let screens: [Route: (name: LocalizedText, short: LocalizedText)] = [
        .overview: (LocalizedText(zh: "总览", en: "Overview"), LocalizedText(zh: "总览", en: "Home")),
        .provinces: (LocalizedText(zh: "省份", en: "Provinces"), LocalizedText(zh: "省份", en: "Prov")),
        .issuers: (LocalizedText(zh: "部委", en: "Issuers"), LocalizedText(zh: "部委", en: "Iss")),
        .areas: (LocalizedText(zh: "行动领域", en: "Areas"), LocalizedText(zh: "领域", en: "Area")),
        .documents: (LocalizedText(zh: "文件", en: "Documents"), LocalizedText(zh: "文件", en: "Docs")),
        .indicators: (LocalizedText(zh: "指标", en: "Indicators"), LocalizedText(zh: "指标", en: "Ind")),
        .similarity: (LocalizedText(zh: "相似度", en: "Similarity"), LocalizedText(zh: "相似", en: "Sim")),
        .tools: (LocalizedText(zh: "政策工具", en: "Tools"), LocalizedText(zh: "工具", en: "Tool")),
        .timeline: (LocalizedText(zh: "时间线", en: "Timeline"), LocalizedText(zh: "时间", en: "Time")),
        .reviews: (LocalizedText(zh: "审阅", en: "Reviews"), LocalizedText(zh: "审阅", en: "Rev")),
        .help: (LocalizedText(zh: "帮助", en: "Help"), LocalizedText(zh: "帮助", en: "Help")),
        .findings: (LocalizedText(zh: "结论核验", en: "Findings check"), LocalizedText(zh: "核验", en: "Check")),
    ]

    /// Other words the palette (`:`) knows a screen by, in either language: the similarity tab is a heat map, and
    /// the help screen lists the keys ('heat' and 'help' found nothing).
    static let screenAliases: [Route: [String]] = [
        .similarity: ["热力图", "heat map"],
        .help: ["按键", "keys"],
    ]

    /// Four columns' worth of level, for tables.
    static func levelCode(_ level: Level) -> LocalizedText {
        switch level {
        case .national: LocalizedText(zh: "国家", en: "Nat")
        case .ministerial: LocalizedText(zh: "部委", en: "Min")
        case .provincial: LocalizedText(zh: "省级", en: "Prov")
        case .municipal: LocalizedText(zh: "市级", en: "Mun")
        }
    }

    static func governance(_ topic: GovernanceTopic) -> LocalizedText {
        switch topic {
        case .intellectualProperty: LocalizedText(zh: "知识产权", en: "IP")
        case .data: LocalizedText(zh: "数据", en: "data")
        case .newBusiness: LocalizedText(zh: "新业态", en: "new business")
        case .standards: LocalizedText(zh: "标准", en: "standards")
        case .legal: LocalizedText(zh: "法治", en: "legal basis")
        }
    }

    static func goalOrientation(_ g: GoalOrientation) -> LocalizedText {
        switch g {
        case .mission: LocalizedText(zh: "任务导向", en: "mission-oriented")
        case .diffusion: LocalizedText(zh: "扩散导向", en: "diffusion-oriented")
        case .mixed: LocalizedText(zh: "兼有", en: "mixed")
        case .none: LocalizedText(zh: "未见任务型或扩散型条款", en: "no mission or diffusion clause seen")
        }
    }

    /// One letter for a policy-tool class (the text's gutter, the tools matrix); nil for a class it does not know.
    public static func toolClassLetter(_ id: String) -> LocalizedText? {
        switch id {
        case "supply": LocalizedText(zh: "供", en: "S")
        case "environment": LocalizedText(zh: "环", en: "E")
        case "demand": LocalizedText(zh: "需", en: "D")
        default: nil
        }
    }

}
