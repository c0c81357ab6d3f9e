/// When an action-area keyword found in a clause is not about its area (version 52). Keywords are matched as
/// substrings, so a keyword can be read across a word boundary or inside a word that means something else; three
/// rules, each for a reading more likely than the area's:
/// - across a word boundary: the character before the keyword makes a common word with the keyword's first
///   character (应用|电子 holds 用电, 推出|行业 holds 出行, 国家|政策 holds 家政). The second word is read by its own
///   keywords (应用电力 still codes energy, by 电力);
/// - inside a word of another sense: 产业生态, 创新生态, 生态圈 (an ecosystem of firms, not ecology), 绿色通道 (a fast
///   track). A longer keyword at the same place is not inside it (创新生态环境监管 codes ecology by 生态环境);
/// - in the name of a responsible unit (省交通运输厅牵头, （市农业农村局负责）): the unit is who does the work, not what it
///   is about; found by `FeatureDetector`'s rule for responsible units.
struct AreaKeywordSense: Sendable {
    /// Two-character words whose second character can start an area keyword, grouped by that character: the
    /// keyword read across the boundary is the less likely reading. Not words such as 民用 (居民用电 is electricity
    /// use) or 各种 (各种植户 are planting households, 各种植入式 are kinds): only those after which the keyword's
    /// reading is rare.
    static let boundaryWords: [String] = [
        // 用电 (electricity use) after a verb of using: 应用电子, 使用电子, 利用电商.
        "应用", "使用", "运用", "利用", "采用", "适用", "试用", "选用", "启用", "通用", "专用", "信用", "费用",
        "租用", "借用", "调用", "引用", "共用", "享用", "占用",
        // 出行 (travel), 出租汽车 after a verb of bringing out: 推出行业, 提出行动, 支出行为.
        "推出", "提出", "作出", "做出", "输出", "支出", "突出", "产出", "派出", "退出", "付出", "指出", "列出", "选出",
        "超出", "杰出",
        // 家政 (domestic services) after 国家, 专家: 国家政策, 专家政策解读. Not 大家 (大家政产业), nor 业家 (物业家政).
        "国家", "专家",
        // 理财 (wealth management) after a verb ending in 理: 管理财政, 办理财产.
        "管理", "办理", "处理", "整理", "清理", "治理", "代理", "合理", "审理", "受理", "梳理", "经理",
        // 储能 (energy storage) after 存储, 仓储: 存储能力.
        "存储", "仓储",
        // 充电 (charging) after 补充, 扩充, 填充: 补充电子档案.
        "补充", "扩充", "填充",
        // 征信 (credit reporting) after 特征, 象征, 表征, 体征: 人脸特征信息.
        "特征", "象征", "表征", "体征",
        // 节能 (energy saving) after a word ending in 节: 调节能力, 环节能耗.
        "环节", "关节", "调节", "细节", "季节", "章节", "情节", "礼节",
        // 护理 (nursing) after a verb ending in 护: 保护理念, 维护理念.
        "保护", "维护", "爱护", "守护", "防护",
        // 流通 (circulation of goods) after a word ending in 流: 物流通道, 交流通报, 客流通行.
        "物流", "交流", "分流", "人流", "车流", "客流",
    ]

    /// Words in which an area keyword has another sense: a keyword hit wholly inside one does not code its area.
    static let otherSenses: [String] = [
        // 生态 as an ecosystem of firms, platforms or software, not the natural environment.
        "产业生态", "创新生态", "创业生态", "数字生态", "开放生态", "应用生态", "平台生态", "商业生态", "服务生态",
        "技术生态", "软件生态", "开源生态", "金融生态", "数据生态", "网络生态", "生态圈", "生态体系", "生态链",
        "生态伙伴",
        // 绿色通道: a fast track for approvals or services.
        "绿色通道",
    ]

    /// Pairs (character before the keyword, the keyword's first character) of `boundaryWords`, folded: the last two
    /// characters of each word.
    let boundaryPairs: Set<UInt64>

    init() {
        var pairs = Set<UInt64>()
        for word in Self.boundaryWords {
            var folded: [UInt32] = []
            for s in word.unicodeScalars { NormalizedText.fold(s.value) { folded.append($0) } }
            guard folded.count >= 2 else { continue }
            pairs.insert(UInt64(folded[folded.count - 2]) << 32 | UInt64(folded[folded.count - 1]))
        }
        boundaryPairs = pairs
    }

    /// Whether the keyword at `hit` in `s` is read across a word boundary: the character before it, inside the
    /// clause `clause`, makes one of `boundaryWords` with the keyword's first character.
    func straddlesWord(_ s: [UInt32], _ hit: Range<Int>, clause: Range<Int>) -> Bool {
        guard hit.lowerBound > clause.lowerBound else { return false }
        return boundaryPairs.contains(UInt64(s[hit.lowerBound - 1]) << 32 | UInt64(s[hit.lowerBound]))
    }
}
