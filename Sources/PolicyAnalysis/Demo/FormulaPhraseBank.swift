/// The phrase bank of `FormulaCorpusGenerator`: stock formulae of Chinese policy prose with slots for a few
/// specific nouns. Every phrase here was written for ipap; none is taken from a real document. The bank is
/// deliberately separate from the standard demo generator's so that the two corpora share no wording by design.
///
/// Slots in templates: {S} an action area (互联网+ field), {P} a platform, {O} an addressee or object,
/// {R} the document's place (全国, 河北省, 石家庄市 ...), {C} a count (30个), {K} a count of firms (30家), {M} an amount of money
/// (50亿元), {V} a percentage (85%), {Y} a target year (2020年), {D} responsible departments.
enum FormulaPhraseBank {
    enum Slot: Sendable {
        case area, platform, object, place, count, firms, money, percent, year, department
    }

    enum Part: Sendable {
        /// Text, its scalar count, and whether it starts with 服务 (dropped after an area ending in 服务).
        case literal(String, Int, Bool)
        case slot(Slot)
    }

    /// A word list with the scalar counts of its words, so that writing text never counts scalars again.
    struct Words: Sendable {
        let items: [String]
        let counts: [Int]
        /// The word ends with 服务 (社区服务): a following 服务 of the template is dropped.
        let service: [Bool]

        init(_ items: [String]) {
            self.items = items
            counts = items.map { $0.unicodeScalars.count }
            service = items.map { $0.unicodeScalars.suffix(2).elementsEqual("服务".unicodeScalars) }
        }
    }

    /// A parsed template: literal parts with their scalar counts, and slots.
    struct Template: Sendable {
        let parts: [Part]
        /// True when the template names a specific noun (area, platform or object): the same template with the
        /// same noun is a "chance-shared formula sentence" when it recurs in an unrelated document.
        let hasNoun: Bool

        init(_ source: String) {
            var parts: [Part] = []
            var literal = ""
            var noun = false
            var iterator = source.makeIterator()
            func flush() {
                if !literal.isEmpty {
                    parts.append(.literal(literal, literal.unicodeScalars.count,
                                          literal.unicodeScalars.starts(with: "服务".unicodeScalars)))
                }
                literal = ""
            }
            while let c = iterator.next() {
                guard c == "{" else { literal.append(c); continue }
                var name = ""
                while let d = iterator.next(), d != "}" { name.append(d) }
                flush()
                let slot: Slot
                switch name {
                case "S": slot = .area; noun = true
                case "P": slot = .platform; noun = true
                case "O": slot = .object; noun = true
                case "R": slot = .place
                case "C": slot = .count
                case "K": slot = .firms
                case "M": slot = .money
                case "V": slot = .percent
                case "Y": slot = .year
                case "D": slot = .department
                default: preconditionFailure("unknown slot {\(name)} in formula template")
                }
                parts.append(.slot(slot))
            }
            flush()
            self.parts = parts
            self.hasNoun = noun
        }
    }

    static func templates(_ sources: [String]) -> [Template] { sources.map(Template.init) }

    // MARK: Specific nouns

    static let areas = [
        "协同制造", "现代农业", "智慧能源", "普惠金融", "益民服务", "高效物流", "电子商务", "便捷交通", "绿色生态",
        "人工智能", "创业创新", "政务服务", "医疗健康", "教育", "文化旅游", "社会保障", "养老服务", "城市管理",
        "农产品流通", "工业互联网", "智能制造", "跨境电子商务", "农村电子商务", "智慧旅游", "社区服务", "食品安全",
        "公共安全", "交通运输", "环境监测", "信用服务", "商贸流通", "数字文化", "体育健身", "就业服务", "水利",
        "林业", "气象服务", "住房城乡建设", "安全生产", "知识产权服务",
    ]

    static let platforms = [
        "工业互联网平台", "政务服务平台", "公共数据开放平台", "信用信息共享平台", "电子商务公共服务平台",
        "农产品质量安全追溯平台", "大数据中心", "云计算中心", "众创空间", "科技企业孵化器", "创新创业示范基地",
        "物流公共信息平台", "健康医疗大数据中心", "智慧旅游服务平台", "网上办事大厅", "电子证照库",
        "数据共享交换平台", "远程医疗服务平台", "在线教育服务平台", "社会保障卡应用平台", "中小企业公共服务平台",
        "技术创新中心", "工业设计中心", "网络安全应急指挥平台", "农村综合信息服务站",
    ]

    static let objects = [
        "中小微企业", "高等院校和科研院所", "龙头企业", "社会资本", "农村地区", "贫困地区", "基层医疗卫生机构",
        "中小学校", "行业协会", "基础电信企业", "金融机构", "返乡创业人员", "高校毕业生", "传统企业", "制造业企业",
        "物流企业", "新型农业经营主体", "公共服务机构", "互联网企业", "第三方机构", "科技型中小企业", "民营企业",
        "各类市场主体", "社会组织", "医疗机构",
    ]

    static let areaWords = Words(areas)
    static let platformWords = Words(platforms)
    static let objectWords = Words(objects)

    static let centralDepartments = [
        "国家发展改革委", "工业和信息化部", "财政部", "科技部", "商务部", "农业部", "交通运输部", "教育部",
        "人力资源社会保障部", "中央网信办", "人民银行", "国家卫生计生委", "民政部", "国家能源局", "质检总局",
    ]

    static let provincialDepartments = [
        "省发展改革委", "省经济和信息化委", "省科技厅", "省财政厅", "省商务厅", "省农业厅", "省交通运输厅",
        "省教育厅", "省人力资源社会保障厅", "省通信管理局", "省网信办", "省卫生计生委", "省民政厅", "省工商局",
        "省质监局", "省旅游发展委", "省金融办", "省统计局",
    ]

    static let municipalDepartments = [
        "市发展改革委", "市经济和信息化委", "市科技局", "市财政局", "市商务局", "市农委", "市交通运输局", "市教育局",
        "市人力资源社会保障局", "市网信办", "市卫生计生委", "市民政局", "市市场监管局", "市旅游局", "市金融办",
    ]

    /// Indicators of target tables and 到…年…达到… clauses: name, unit, low and high value, unit kind.
    struct Indicator: Sendable {
        let name: String
        let unit: String
        let low: Int
        let high: Int
    }

    static let indicators = [
        Indicator(name: "固定宽带家庭普及率", unit: "%", low: 45, high: 95),
        Indicator(name: "第四代移动通信网络覆盖率", unit: "%", low: 60, high: 99),
        Indicator(name: "行政村光纤通达率", unit: "%", low: 50, high: 100),
        Indicator(name: "电子商务交易额", unit: "亿元", low: 800, high: 40000),
        Indicator(name: "网络零售额", unit: "亿元", low: 300, high: 15000),
        Indicator(name: "网上政务服务事项可办率", unit: "%", low: 50, high: 100),
        Indicator(name: "数字化研发设计工具普及率", unit: "%", low: 40, high: 90),
        Indicator(name: "关键工序数控化率", unit: "%", low: 30, high: 70),
        Indicator(name: "重点工业互联网平台", unit: "个", low: 3, high: 60),
        Indicator(name: "上云企业", unit: "家", low: 500, high: 60000),
        Indicator(name: "农产品网络零售额", unit: "亿元", low: 20, high: 2000),
        Indicator(name: "城市家庭宽带接入能力", unit: "兆比特每秒", low: 50, high: 1000),
        Indicator(name: "互联网普及率", unit: "%", low: 45, high: 90),
        Indicator(name: "居民电子健康档案建档率", unit: "%", low: 60, high: 98),
        Indicator(name: "省级以上众创空间", unit: "家", low: 10, high: 400),
        Indicator(name: "大数据产业规模", unit: "亿元", low: 100, high: 5000),
        Indicator(name: "信息消费规模", unit: "亿元", low: 500, high: 20000),
        Indicator(name: "移动宽带用户普及率", unit: "%", low: 50, high: 110),
        Indicator(name: "二级以上医院远程医疗覆盖率", unit: "%", low: 40, high: 100),
        Indicator(name: "跨境电子商务交易额", unit: "亿元", low: 50, high: 5000),
        Indicator(name: "电子证照共享应用事项", unit: "项", low: 100, high: 3000),
        Indicator(name: "智能制造试点示范项目", unit: "个", low: 10, high: 300),
        Indicator(name: "公共数据开放数据集", unit: "个", low: 200, high: 5000),
        Indicator(name: "农村电子商务服务站点行政村覆盖率", unit: "%", low: 30, high: 100),
    ]

    static let countValues = [3, 5, 8, 10, 12, 15, 20, 30, 50, 80, 100, 200, 300, 500, 1000]
    static let moneyUnits = ["亿元", "万元"]
    static let targetYears = ["2017年", "2018年", "2019年", "2020年", "2022年", "2025年"]

    // MARK: Stock formulae (clauses without the final punctuation)

    /// Clauses of guiding thought, principles and goals.
    static let goalClauses = templates([
        "以提高发展质量和效益为中心", "以{S}为重点", "坚持创新驱动、融合发展", "坚持市场主导、政府引导",
        "坚持统筹规划、分类指导", "坚持开放共享、安全可控", "充分发挥互联网在资源配置中的优化和集成作用",
        "推动互联网与经济社会各领域深度融合", "着力推进{S}领域新技术新业态新模式发展", "加快形成以互联网为基础设施的发展新形态",
        "打造{R}经济发展新引擎", "培育一批具有较强竞争力的{S}企业", "基本形成{S}协同发展格局",
        "到{Y}，{R}互联网与{S}融合发展取得明显成效", "{S}领域新业态成为经济增长新动力", "网络基础设施支撑能力显著增强",
        "公共服务水平和社会治理能力明显提升", "建成一批{P}", "{O}的创新活力进一步激发",
        "以满足人民群众日益增长的需求为出发点", "以供给侧结构性改革为主线", "紧紧围绕{R}经济社会发展大局",
        "立足{R}产业基础和比较优势", "突出企业主体地位", "营造开放包容的发展环境",
        "形成可复制可推广的经验", "在{S}等领域率先取得突破", "主要指标达到全国先进水平",
    ])

    /// Clauses of key tasks and actions: the bulk of every document.
    static let actionClauses = templates([
        "加强{S}领域知识产权保护", "支持{O}建设{P}", "推动{P}开放共享", "支持{P}面向{O}开放共享",
        "鼓励{O}参与{S}建设", "加快建设{P}", "推进{S}与互联网深度融合", "培育发展{S}新业态",
        "开展{S}试点示范", "推广{S}新模式", "完善{S}标准体系", "加强{S}领域数据资源整合",
        "提升{S}信息化水平", "引导{O}应用{P}", "探索{S}发展新路径", "支持{O}开展{S}业务",
        "建设覆盖{R}的{P}", "实施{S}提升工程", "推动{O}向{S}转型", "加快{S}基础设施建设",
        "完善{P}服务功能", "提高{P}运营水平", "依托{P}开展{S}服务", "加强{O}与{O}的合作",
        "构建{S}产业生态", "发展基于互联网的{S}服务", "推进{S}数据的采集和应用", "强化{P}安全防护",
        "鼓励{O}利用{P}拓展市场", "支持{O}建设{C}{P}", "培育{K}{S}示范企业", "打造{C}{S}特色园区",
        "推动{S}服务向农村延伸", "推进{S}领域信息资源共享", "建立{S}大数据应用体系", "加快{S}领域的业务协同",
        "发展{S}等新兴服务", "促进{O}与{O}协同创新", "提升{O}运用互联网的能力", "扩大{S}服务的覆盖面",
        "推进{R}{P}互联互通", "实现{S}服务一网通办", "支持{O}牵头组建{S}产业联盟", "建立健全{S}服务规范",
        "推动{S}领域关键技术研发和产业化", "开展{S}应用示范", "探索建立{S}服务的新机制",
        "推进{P}与{P}的对接", "鼓励{O}开展网上经营", "加快{S}领域的信用体系建设", "强化{S}领域事中事后监管",
        "推动{S}资源在线汇聚", "提升{S}服务的便利化水平", "推进{O}上云用数", "加快{P}的集约化建设",
    ])

    /// Clauses of safeguards: organisation, money, people, evaluation.
    static let safeguardClauses = templates([
        "建立{S}考核评估机制，每年开展第三方评估并向社会公布结果", "加大财政资金对{S}的支持力度",
        "统筹利用现有专项资金支持{P}建设", "落实高新技术企业税收优惠政策", "鼓励金融机构为{O}提供融资服务",
        "引导社会资本投向{S}领域", "加强{S}领域专业人才培养", "支持{O}与{O}联合培养复合型人才",
        "完善人才引进和激励机制", "建立由{D}参加的联席会议制度", "加强对{S}工作的统筹协调",
        "将{S}工作纳入年度目标考核", "定期开展督促检查", "建立健全{S}统计监测制度", "加强网络和信息安全保障",
        "落实网络安全等级保护制度", "加强{S}领域个人信息保护", "做好政策解读和宣传引导",
        "及时总结推广典型经验和做法", "营造全社会共同参与的良好氛围", "清理和修订不适应{S}发展的规章制度",
        "放宽{S}领域市场准入", "简化{S}领域行政审批程序", "设立{M}{S}发展专项资金", "安排{M}用于{P}建设",
    ])

    /// Stock formulae without specific nouns: used everywhere, and as the stuff of formula-heavy passages.
    static let pureFormulae = templates([
        "坚持政府引导、市场主导", "强化统筹协调和督促检查", "营造良好发展环境", "切实加强组织领导",
        "明确责任分工", "细化工作措施", "确保各项任务落到实处", "形成工作合力", "加强部门间协同配合",
        "充分调动各方面积极性", "强化政策支撑", "完善配套政策", "抓好贯彻落实", "加强宣传引导",
        "及时研究解决工作中遇到的重大问题", "加大工作力度", "注重实效", "积极稳妥推进", "因地制宜、分类施策",
        "突出重点、以点带面", "加强政策协同", "提高服务效率", "优化营商环境", "释放创新活力",
        "推动形成大众创业、万众创新的良好局面", "健全长效工作机制", "加强跟踪分析", "认真总结经验",
        "鼓励先行先试", "及时推广复制", "坚持问题导向", "补齐发展短板", "强化协同推进", "夯实发展基础",
        "着力提升发展质量", "完善体制机制", "强化监督考核", "严格落实责任", "统筹推进各项工作",
        "确保取得实效",
    ])

    /// Complete sentences of regulation-style articles (第X条), without the final 。.
    static let articleSentences = templates([
        "本办法所称{S}，是指利用互联网技术提供的相关服务活动", "本办法适用于{R}行政区域内{S}的建设、管理和应用",
        "{D}负责{S}的统筹规划和综合协调工作", "县级以上人民政府有关部门按照各自职责做好相关工作",
        "{P}应当按照统一标准建设，实现互联互通", "任何单位和个人不得擅自向第三方提供共享数据",
        "提供{S}服务的单位应当建立健全信息安全管理制度", "{O}应当依法履行数据安全保护义务",
        "鼓励{O}依法开放非涉密数据资源", "对在{S}工作中作出显著成绩的单位和个人给予表彰",
        "违反本办法规定的，由有关部门责令改正",
        "{P}的运行维护费用列入同级财政预算", "政务部门之间共享的数据，以无条件共享为原则",
        "{D}应当每年向社会公布{S}发展情况", "使用共享数据的部门应当对数据的使用情况进行记录",
        "{O}申请{S}专项资金支持的，应当符合相关条件", "建立{S}工作年度报告制度", "数据提供部门应当及时更新共享数据",
    ])

    /// Key-action heading sentences: the first sentence under （一）（二）…, and the stuff of single copied sentences.
    static let headingSentences = templates([
        "实施“互联网+{S}”行动，打造{C}{P}", "推进{S}与互联网融合发展，培育{K}示范企业",
        "加快建设{P}，提升{S}服务能力", "大力发展{S}，推动{O}转型升级", "深化{S}领域改革，激发{O}创新活力",
        "完善{P}布局，实现{R}{S}服务全覆盖", "推动{P}建设，到{Y}服务企业超过{K}", "培育{S}新业态，到{Y}交易额达到{M}",
        "构建{S}服务体系，建成{C}{P}", "发展{S}新模式，支持{O}建设{P}", "强化{S}数据支撑，加快{P}互联互通",
        "提升{S}公共服务水平，推进{P}集约建设", "实施{S}示范工程，带动{O}应用{P}",
    ])

    /// Short clauses (at most 30 characters) an edited copy inserts between two clauses of its source.
    static let insertClauses = templates([
        "充分发挥市场在资源配置中的决定性作用", "鼓励有条件的地区先行先试", "注重保护个人隐私和商业秘密",
        "按照“成熟一批、推广一批”的原则", "结合本地实际", "在确保安全的前提下", "坚持试点先行、逐步推开",
        "重点向{O}倾斜", "由{D}牵头", "力争用三年左右时间", "对符合条件的项目给予适当补助",
        "支持{O}优先参与", "并纳入年度重点工作", "同步推进网络安全保障体系建设",
    ])

    static let regulationSubjects = templates(["{P}建设", "{S}数据共享", "{S}服务", "{S}发展专项资金", "政务数据资源共享"])

    static let departmentsTemplate = Template("{D}")
    static let areaTemplate = Template("{S}")

    static let principleHeads = ["坚持创新驱动", "坚持融合发展", "坚持开放共享", "坚持安全有序", "坚持需求导向", "坚持统筹推进"]

    static let titleSubjects = templates([
        "加快推进“互联网+{S}”发展", "积极发展{S}", "推进{S}与互联网深度融合", "加快{P}建设",
        "促进{S}健康发展", "深入推进“互联网+{S}”行动", "推动{S}转型升级", "加快发展{S}新业态",
    ])
}
