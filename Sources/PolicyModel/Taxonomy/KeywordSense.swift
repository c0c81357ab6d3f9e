/// When a keyword found in a text is not read in its sense. Keywords are matched as substrings, so a keyword can be
/// read across a word boundary or inside a word that means something else. Two rules, each for a reading more likely
/// than the keyword's, for action-area keywords in clauses since analysis version 52, for policy-tool keywords and the
/// areas of a title since version 60 (the third rule, a responsible unit's name, is the analysis's:
/// `FeatureDetector.namesResponsibleUnit`). Here, in the model, so that the import's title coding and the analysis's
/// clause coding read keywords by the same words:
/// - across a word boundary: the character before the keyword makes a common word with the keyword's first
///   character (应用|电子 holds 用电, 吸引|智能 引智, 线上|市场 上市, 作出|口头 出口). The second word is read by its own
///   keywords (应用电力 still codes energy, by 电力);
/// - inside a word of another sense: 产业生态 (an ecosystem of firms, not ecology), 绿色通道 (a fast track), 外包装
///   (packaging, not outsourcing), 身份认证 (identity, not certification). A longer keyword at the same place is not
///   inside it (创新生态环境监管 codes ecology by 生态环境).
/// The rules look at the character before a keyword and at the words around it, not at which keyword it is: a word
/// listed for one keyword holds any other keyword it contains or is followed by.
public struct KeywordSense: Sendable {
    /// Two-character words whose second character can start a keyword, grouped by that character: the keyword read
    /// across the boundary is the less likely reading. Not words such as 民用 (居民用电 is electricity use) or 各种 (各种植户
    /// are planting households, 各种植入式 are kinds): only those after which the keyword's reading is rare.
    public static let boundaryWords: [String] = [
        // 用电 (electricity use) after a verb of using: 应用电子, 使用电子, 利用电商.
        "应用", "使用", "运用", "利用", "采用", "适用", "试用", "选用", "启用", "通用", "专用", "信用", "费用",
        "租用", "借用", "调用", "引用", "共用", "享用", "占用",
        // 出行 (travel), 出租汽车, 出口 (export) after a verb of bringing out: 推出行业, 提出行动, 支出口径, 作出口头承诺.
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
        // Policy tools (version 60). 技能 (skills) after 科技: 科技能力.
        "科技",
        // 引智 (bringing in talent) after 吸引, 招引: 吸引智能制造企业. Not 招才引智, whose 才 stays.
        "吸引", "招引",
        // 上市 (a listing) after a word ending in 上: 线上市场, 网上市场监管.
        "线上", "网上", "掌上", "云上",
        // 融资 (financing) after 金融: 金融资讯, 金融资产.
        "金融",
        // 担保 (guarantees) after a verb ending in 担: 承担保密责任, 分担保费.
        "承担", "负担", "分担",
        // 规范 (regulation) after 常规, 正规: 常规范围.
        "常规", "正规",
        // 准入 (market entry) after a word ending in 准: 精准入户, 经批准入驻.
        "精准", "批准", "瞄准", "对准",
        // 认证 (certification) after a verb ending in 认: 确认证明材料.
        "确认", "承认", "公认", "否认", "默认",
        // 计量 (metrology) after a word ending in 计: 预计量产, 统计量.
        "统计", "设计", "会计", "合计", "总计", "累计", "估计", "预计", "审计",
        // 进口 (imports) after a verb ending in 进: 推进口袋公园, 改进口径. Not 进 itself: 推进进口 is imports.
        "推进", "促进", "改进", "增进", "引进", "先进", "演进", "跟进",
        // 商标 (trademarks) after 电商: 电商标准.
        "电商",
        // 海外 (overseas) after a place ending in 海: 上海外滩, 青海外贸.
        "上海", "青海", "沿海", "渤海", "东海", "南海", "北海", "珠海",
    ]

    /// Words in which a keyword has another sense: a keyword hit wholly inside one does not code.
    public static let otherSenses: [String] = [
        // 生态 as an ecosystem of firms, platforms or software, not the natural environment.
        "产业生态", "创新生态", "创业生态", "数字生态", "开放生态", "应用生态", "平台生态", "商业生态", "服务生态",
        "技术生态", "软件生态", "开源生态", "金融生态", "数据生态", "网络生态", "生态圈", "生态体系", "生态链",
        "生态伙伴",
        // 绿色通道: a fast track for approvals or services.
        "绿色通道",
        // Policy tools (version 60). 外包 in packaging, not outsourcing.
        "外包装",
        // 认证 of a person's identity (a login), not the certification of products or systems.
        "身份认证", "实名认证",
        // 标准 as a rate of payment or fees, a height (高标准农田) or a kind of building, not a standard: the words the
        // governance topic of standards sets aside (`FeatureDetector`), but 补助标准, 补贴标准, 奖补标准 listed without
        // their first character, so that 补助, 补贴, 奖补 (funding) are still read.
        "高标准", "元的标准", "元标准", "费标准", "助标准", "贴标准", "补标准", "奖励标准", "标准厂房", "标准化厂房",
        // 出口 of a network (its gateway to the Internet), not exports.
        "互联网出口", "网络出口", "外网出口", "出口带宽",
        // 上市 of produce or goods coming to market, not a listing.
        "上市销售", "集中上市", "错峰上市", "新品上市",
        // 示范文本: a model contract, not a demonstration.
        "示范文本",
    ]

    /// Keywords that name what is done to the clause's subject when 受 opens their phrase: 受省政府委托 (entrusted by
    /// the provincial government) is no outsourcing. The phrase from 受 to the keyword holds no punctuation and at most
    /// `framedReach` characters; 接受 is no such opening (企业接受政府委托提供服务 is the government outsourcing), nor
    /// a word 受 starts (受理申请并委托第三方评估: 受理 is receiving an application).
    public static let framedByReceiving: [String] = ["委托"]
    static let framedReach = 20

    /// Pairs (character before the keyword, the keyword's first character) of `boundaryWords`, as `fold` gives
    /// them: the last two characters of each word.
    let boundaryPairs: Set<UInt64>
    /// `otherSenses` as `fold` gives them (for a text searched here, not by the analysis's keyword scan).
    let otherSenseScalars: [[UInt32]]

    /// `fold`: the scalars a word is compared as (the analysis folds its text; a title is compared as written).
    public init(fold: (String) -> [UInt32] = { $0.unicodeScalars.map(\.value) }) {
        var pairs = Set<UInt64>()
        for word in Self.boundaryWords {
            let folded = fold(word)
            guard folded.count >= 2 else { continue }
            pairs.insert(UInt64(folded[folded.count - 2]) << 32 | UInt64(folded[folded.count - 1]))
        }
        boundaryPairs = pairs
        otherSenseScalars = Self.otherSenses.map(fold)
        framedScalars = Self.framedByReceiving.map(fold)
        receiving = fold("受").first ?? 0
        notReceiving = Set(fold("接享承感遭"))
        receivingWords = Set(fold("理益众损灾训教惠让限制托"))
        framePunctuation = Set(fold("，。；：、！？（）,.;:!?()「」“”\n"))
    }

    /// `framedByReceiving`, 受, the characters before and after 受 that make another word of it, and what ends a phrase,
    /// as `fold` gives them.
    let framedScalars: [[UInt32]]
    let receiving: UInt32
    let notReceiving: Set<UInt32>
    let receivingWords: Set<UInt32>
    let framePunctuation: Set<UInt32>

    /// Whether the keyword at `hit` is one of `framedByReceiving` inside a phrase that 受 opens, within the clause:
    /// 受市政府委托 is being entrusted, not outsourcing (since analysis version 66).
    public func isReceived(_ s: [UInt32], _ hit: Range<Int>, clause: Range<Int>) -> Bool {
        guard framedScalars.contains(where: { $0.count <= hit.count && s[hit.lowerBound..<(hit.lowerBound + $0.count)].elementsEqual($0) })
        else { return false }
        var i = hit.lowerBound - 1
        while i >= clause.lowerBound, hit.lowerBound - i <= Self.framedReach + 1 {
            if framePunctuation.contains(s[i]) { return false }
            if s[i] == receiving {
                return !(i > clause.lowerBound && notReceiving.contains(s[i - 1])) && !receivingWords.contains(s[i + 1])
            }
            i -= 1
        }
        return false
    }

    /// Whether the keyword at `hit` in `s` is read across a word boundary: the character before it, inside the
    /// clause `clause`, makes one of `boundaryWords` with the keyword's first character.
    public func straddlesWord(_ s: [UInt32], _ hit: Range<Int>, clause: Range<Int>) -> Bool {
        guard hit.lowerBound > clause.lowerBound else { return false }
        return boundaryPairs.contains(UInt64(s[hit.lowerBound - 1]) << 32 | UInt64(s[hit.lowerBound]))
    }

    /// Whether `hit` lies wholly inside one of `otherSenses`, the places of words of another sense.
    public static func isInside(_ hit: Range<Int>, _ otherSenses: [Range<Int>]) -> Bool {
        otherSenses.contains { $0.lowerBound <= hit.lowerBound && hit.upperBound <= $0.upperBound }
    }

    /// The places of the words of another sense in `s`, for a short text (a title): every place is compared.
    public func otherSensePlaces(in s: [UInt32]) -> [Range<Int>] {
        otherSenseScalars.flatMap { Self.places(of: $0, in: s) }
    }

    /// Whether `keyword` (as `fold` gives it) occurs in `s` in its sense somewhere: neither across a word boundary nor
    /// inside a word of another sense (`otherSenses`: `otherSensePlaces(in: s)`). For a short text, as above.
    public func occurs(_ keyword: [UInt32], in s: [UInt32], otherSenses: [Range<Int>]) -> Bool {
        Self.places(of: keyword, in: s).contains {
            !straddlesWord(s, $0, clause: s.indices) && !Self.isInside($0, otherSenses) && !isReceived(s, $0, clause: s.indices)
        }
    }

    /// Every place of `word` in `s` (none for an empty word).
    static func places(of word: [UInt32], in s: [UInt32]) -> [Range<Int>] {
        guard !word.isEmpty, s.count >= word.count else { return [] }
        return (0...(s.count - word.count)).filter { s[$0..<($0 + word.count)].elementsEqual(word) }
            .map { $0..<($0 + word.count) }
    }
}
