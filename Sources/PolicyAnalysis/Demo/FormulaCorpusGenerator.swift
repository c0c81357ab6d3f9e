import Foundation

/// A second synthetic corpus generator, written independently of `DemoCorpusGenerator`, so that tests and
/// benchmarks have data the copy detector was never tuned on.
///
/// Documents are formula-heavy policy prose: clauses assembled from the stock formulae of
/// `FormulaPhraseBank` with a few specific nouns (areas, platforms, places, numbers) slotted in. Because the
/// bank is finite, the same stock sentence with the same noun recurs by chance in unrelated documents; that is
/// never recorded as a copy. Structures vary: opinions (一、总体要求 … （一）…), action plans with 一是…二是…
/// lists and target tables (指标 | 单位 | 2017年 | 2020年), regulations (第一章 … 第X条), and notices that
/// transmit a plan. Levels: State Council and its General Office, ministries (alone or co-issuing), the 31
/// provinces (GB/T 2260 codes) and cities (the code of their province). Dates 2015-07-01 … 2020-06-30.
///
/// Planted copies (`DemoCorpus.planted`, each with a `PlantedCategory`) always run from an earlier-dated
/// document to a later one: centre -> province, province -> province (different provinces), ministry ->
/// ministry (different issuers), and mass copies of a central passage into 10-30 provinces and cities. A
/// source passage is always original text of its source document, never text the source copied itself.
/// About a fifth of the documents take part in no plant at all; pairs of them that share formula sentences by
/// chance are listed in `DemoCorpus.chanceShared` (at most three pairs per document, so the list stays small).
///
/// Deterministic for a seed: planning runs on one seeded generator, and each document's text on its own
/// generator derived from the seed and its index (so texts can be written in parallel).
public struct FormulaCorpusGenerator: Sendable {
    public let seed: UInt64
    public let documentCount: Int
    public let length: Int

    public init(seed: UInt64, documents: Int, length: Int) {
        self.seed = seed
        self.documentCount = max(0, documents)
        self.length = max(600, length)
    }

    /// formula-00000, formula-00001, ... (date order).
    static func documentId(_ i: Int) -> String {
        let digits = String(i)
        return "formula-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    public func generate() -> DemoCorpus {
        guard documentCount > 0 else { return DemoCorpus(documents: [], titles: [:], planted: []) }
        var planner = Planner(seed: seed, count: documentCount, length: length)
        planner.planDocuments()
        planner.planMassCopies()
        planner.planCopies()
        let plans = planner.docs
        let placed = planner.placed
        let seed = self.seed
        let length = self.length
        let rendered = ParallelSlots<Rendered>.map(plans.count) { i in
            var rng = SplitMix64(seed: seed ^ (UInt64(i + 1) &* 0xD1B54A32D192ED03))
            _ = rng.next()
            var writer = DocumentWriter(plan: plans[i], placed: placed, length: length, rng: rng)
            return writer.write()
        }
        var documents: [AnalysisDocument] = []
        var titles: [String: String] = [:]
        documents.reserveCapacity(plans.count)
        for (plan, r) in zip(plans, rendered) {
            documents.append(AnalysisDocument(id: plan.id, level: plan.level, regionCode: plan.regionCode,
                                              issuerIds: plan.issuerIds, date: plan.date, text: r.text))
            titles[plan.id] = plan.title + "（合成示例）"
        }
        // Spans of every placed passage, from the document it was written into.
        var spans = [TextSpan](repeating: TextSpan(0, 0), count: placed.count)
        for r in rendered { for (p, span) in r.spans { spans[p] = span } }
        let planted = planner.plants.map { plant in
            PlantedPassage(sourceId: plans[placed[plant.source].doc].id, source: spans[plant.source],
                           targetId: plans[placed[plant.target].doc].id, target: spans[plant.target],
                           edited: plant.edited, category: plant.category)
        }
        let chance = Self.chancePairs(plans: plans, rendered: rendered)
        return DemoCorpus(documents: documents, titles: titles, planted: planted, chanceShared: chance)
    }

    /// Pairs of clean documents (no plant in or out) sharing identical noun-bearing formula sentences, except
    /// pairs that cite the same document in their opening (that citation is shared text, not chance formulae).
    private static func chancePairs(plans: [DocPlan], rendered: [Rendered]) -> [ChanceSharedPair] {
        var firstSeen: [UInt64: (doc: Int, span: TextSpan)] = [:]
        var result: [ChanceSharedPair] = []
        for (i, plan) in plans.enumerated() where plan.clean {
            var shared: [Int: (count: Int, example: TextSpan, mine: TextSpan)] = [:]
            var order: [Int] = []
            var seenHere = Set<UInt64>()
            for (sentence, span) in rendered[i].formulaSentences {
                guard seenHere.insert(sentence).inserted else { continue }
                if let earlier = firstSeen[sentence] {
                    if plans[earlier.doc].cited != nil && plans[earlier.doc].cited == plan.cited { continue }
                    if var entry = shared[earlier.doc] {
                        entry.count += 1
                        if span.length > entry.mine.length { entry.example = earlier.span; entry.mine = span }
                        shared[earlier.doc] = entry
                    } else {
                        shared[earlier.doc] = (1, earlier.span, span)
                        order.append(earlier.doc)
                    }
                } else {
                    firstSeen[sentence] = (i, span)
                }
            }
            // Up to three partners: the ones sharing most, earliest first on ties.
            let partners = order.sorted { a, b in
                let ca = shared[a]!.count, cb = shared[b]!.count
                return ca != cb ? ca > cb : a < b
            }.prefix(3).sorted()
            for j in partners {
                let e = shared[j]!
                result.append(ChanceSharedPair(firstId: plans[j].id, first: e.example, secondId: plan.id,
                                               second: e.mine, sentences: e.count))
            }
        }
        return result
    }
}

// MARK: - Plans

enum FormulaStyle: Sendable {
    case opinion, plan, regulation, notice
}

struct DocPlan: Sendable {
    var id: String
    var level: DocumentLevel
    var province: Int
    var cityName: String?
    var regionCode: String?
    var issuerIds: [String]
    var issuerName: String
    var day: Int
    var date: String
    var style: FormulaStyle
    var kindWord: String
    var title: String
    var number: String
    var clean = false
    var hub = false
    /// Index of the document cited in the opening formula (为深入贯彻落实《…》精神).
    var cited: Int?
    var citedTitle: String?
    var context: FillContext
    /// Placed passages written into this document: its own passages that others copy and the copies it received.
    var inserts: [Int] = []
    var insertChars = 0
    var ownChars = 0
    /// Passages of its own (indices into `placed`) that later documents may copy.
    var owned: [Int] = []
}

struct FillContext: Sendable {
    /// The specific place: 全国, 河北省, 石家庄市, 海淀区.
    var place: String
    /// The generic place: 全国, 全省, 全市, 全区.
    var generic: String
    var departments: [String]
    var years: [String]
}

/// A passage written into one document: an original that may be copied, or a (possibly edited) copy.
struct Placed: Sendable {
    var doc: Int
    var passage: Passage
    var text: String
    var count: Int
    var isSentence: Bool
    var formulaHeavy: Bool
}

struct Plant: Sendable {
    var source: Int
    var target: Int
    var edited: Bool
    var category: PlantedCategory
}

struct Rendered: Sendable {
    var text: String
    var spans: [(Int, TextSpan)]
    /// Noun-bearing formula sentences (clean documents only): a 64-bit hash of the text and the span.
    var formulaSentences: [(UInt64, TextSpan)]
}

// MARK: - Passages made of segments, so that edits fall between stock phrases

struct Seg: Sendable {
    enum Role: Sendable { case stock, noun, place, number, year }
    var text: String
    var role: Role
    var value = 0
    var unit = ""
}

/// Sentences of clauses of segments; clauses are joined by "，" and every sentence ends with "。".
struct Passage: Sendable {
    var sentences: [[[Seg]]]

    func render() -> String {
        var s = ""
        for sentence in sentences {
            for (c, clause) in sentence.enumerated() {
                if c > 0 { s += "，" }
                for seg in clause { s += seg.text }
            }
            s += "。"
        }
        return s
    }

    var hasNoun: Bool { sentences.contains { $0.contains { $0.contains { $0.role == .noun } } } }
    func has(_ role: Seg.Role) -> Bool { sentences.contains { $0.contains { $0.contains { $0.role == role } } } }
    func containsPlace(_ place: String) -> Bool {
        sentences.contains { $0.contains { $0.contains { $0.role == .place && $0.text == place } } }
    }
}

// MARK: - Filling templates

enum Fill {
    typealias Bank = FormulaPhraseBank

    static func slotValue(_ slot: Bank.Slot, _ ctx: FillContext, _ rng: inout SplitMix64, forcePlace: Bool = false) -> Seg {
        switch slot {
        case .area: return Seg(text: rng.pick(Bank.areas), role: .noun)
        case .platform: return Seg(text: rng.pick(Bank.platforms), role: .noun)
        case .object: return Seg(text: rng.pick(Bank.objects), role: .noun)
        case .place:
            return Seg(text: forcePlace || rng.chance(0.7) ? ctx.place : ctx.generic, role: .place)
        case .count, .firms:
            let v = rng.pick(Bank.countValues), u = slot == .count ? "个" : "家"
            return Seg(text: "\(v)\(u)", role: .number, value: v, unit: u)
        case .money:
            let u = rng.chance(0.75) ? "亿元" : "万元"
            let v = u == "亿元" ? rng.pick([5, 10, 20, 30, 50, 100, 200, 500]) : rng.pick([300, 500, 1000, 2000, 5000])
            return Seg(text: "\(v)\(u)", role: .number, value: v, unit: u)
        case .percent:
            let v = 30 + rng.below(70)
            return Seg(text: "\(v)%", role: .number, value: v, unit: "%")
        case .year:
            return Seg(text: rng.pick(ctx.years), role: .year)
        case .department:
            var picked: [String] = []
            let n = 1 + rng.below(3)
            for _ in 0..<n {
                let d = rng.pick(ctx.departments)
                if !picked.contains(d) { picked.append(d) }
            }
            return Seg(text: picked.joined(separator: "、"), role: .noun)
        }
    }

    /// One clause as segments (for passages that may be edited).
    static func clause(_ t: Bank.Template, _ ctx: FillContext, _ rng: inout SplitMix64, forcePlace: Bool = false) -> [Seg] {
        var segs: [Seg] = []
        segs.reserveCapacity(t.parts.count)
        var service = false
        for part in t.parts {
            switch part {
            case .literal(let s, _, let startsWithService):
                // 社区服务 + 服务的新机制: one 服务 is enough.
                segs.append(Seg(text: service && startsWithService ? String(s.dropFirst(2)) : s, role: .stock))
                service = false
            case .slot(let slot):
                let v = slotValue(slot, ctx, &rng, forcePlace: forcePlace)
                service = slot == .area && v.text.unicodeScalars.suffix(2).elementsEqual("服务".unicodeScalars)
                segs.append(v)
            }
        }
        return segs.filter { !$0.text.isEmpty }
    }

    /// One clause appended to `out` (filler text: no segments kept). Returns the scalar count.
    @discardableResult
    static func append(_ t: Bank.Template, _ ctx: FillContext, _ rng: inout SplitMix64, to out: inout String) -> Int {
        var n = 0
        var service = false
        for part in t.parts {
            switch part {
            case .literal(let s, let c, let startsWithService):
                if service && startsWithService {
                    out += s.dropFirst(2); n += c - 2
                } else {
                    out += s; n += c
                }
                service = false
            case .slot(.area):
                let i = rng.below(Bank.areaWords.items.count)
                out += Bank.areaWords.items[i]; n += Bank.areaWords.counts[i]
                service = Bank.areaWords.service[i]
            case .slot(.platform):
                let i = rng.below(Bank.platformWords.items.count)
                out += Bank.platformWords.items[i]; n += Bank.platformWords.counts[i]
            case .slot(.object):
                let i = rng.below(Bank.objectWords.items.count)
                out += Bank.objectWords.items[i]; n += Bank.objectWords.counts[i]
            case .slot(let slot):
                let v = slotValue(slot, ctx, &rng).text
                out += v
                n += v.unicodeScalars.count
            }
        }
        return n
    }

    /// 到2020年，河北省电子商务交易额达到500亿元 as one clause.
    static func targetClause(_ ctx: FillContext, _ rng: inout SplitMix64, forcePlace: Bool = false,
                             indicator: Int? = nil) -> [Seg] {
        let ind = Bank.indicators[indicator ?? rng.below(Bank.indicators.count)]
        let v = ind.low + rng.below(max(1, ind.high - ind.low))
        return [Seg(text: "到", role: .stock), Seg(text: rng.pick(ctx.years), role: .year), Seg(text: "，", role: .stock),
                Seg(text: forcePlace || rng.chance(0.7) ? ctx.place : ctx.generic, role: .place),
                Seg(text: ind.name, role: .noun), Seg(text: rng.chance(0.5) ? "达到" : "超过", role: .stock),
                Seg(text: "\(v)\(ind.unit)", role: .number, value: v, unit: ind.unit)]
    }
}

// MARK: - Places and issuers

enum FormulaPlaces {
    struct Province: Sendable {
        let code: String
        let name: String
        let short: String
        let cities: [String]
        var isMunicipality: Bool { name.hasSuffix("市") }
    }

    static let provinces: [Province] = [
        Province(code: "110000", name: "北京市", short: "京", cities: ["海淀区", "朝阳区", "通州区"]),
        Province(code: "120000", name: "天津市", short: "津", cities: ["滨海新区", "武清区"]),
        Province(code: "130000", name: "河北省", short: "冀", cities: ["石家庄市", "唐山市", "保定市"]),
        Province(code: "140000", name: "山西省", short: "晋", cities: ["太原市", "大同市"]),
        Province(code: "150000", name: "内蒙古自治区", short: "内", cities: ["呼和浩特市", "包头市"]),
        Province(code: "210000", name: "辽宁省", short: "辽", cities: ["沈阳市", "大连市"]),
        Province(code: "220000", name: "吉林省", short: "吉", cities: ["长春市", "吉林市"]),
        Province(code: "230000", name: "黑龙江省", short: "黑", cities: ["哈尔滨市", "齐齐哈尔市"]),
        Province(code: "310000", name: "上海市", short: "沪", cities: ["浦东新区", "徐汇区", "嘉定区"]),
        Province(code: "320000", name: "江苏省", short: "苏", cities: ["南京市", "苏州市", "无锡市"]),
        Province(code: "330000", name: "浙江省", short: "浙", cities: ["杭州市", "宁波市", "温州市"]),
        Province(code: "340000", name: "安徽省", short: "皖", cities: ["合肥市", "芜湖市"]),
        Province(code: "350000", name: "福建省", short: "闽", cities: ["福州市", "厦门市", "泉州市"]),
        Province(code: "360000", name: "江西省", short: "赣", cities: ["南昌市", "赣州市"]),
        Province(code: "370000", name: "山东省", short: "鲁", cities: ["济南市", "青岛市", "烟台市"]),
        Province(code: "410000", name: "河南省", short: "豫", cities: ["郑州市", "洛阳市"]),
        Province(code: "420000", name: "湖北省", short: "鄂", cities: ["武汉市", "宜昌市", "襄阳市"]),
        Province(code: "430000", name: "湖南省", short: "湘", cities: ["长沙市", "株洲市"]),
        Province(code: "440000", name: "广东省", short: "粤", cities: ["广州市", "深圳市", "佛山市"]),
        Province(code: "450000", name: "广西壮族自治区", short: "桂", cities: ["南宁市", "柳州市"]),
        Province(code: "460000", name: "海南省", short: "琼", cities: ["海口市", "三亚市"]),
        Province(code: "500000", name: "重庆市", short: "渝", cities: ["渝中区", "两江新区"]),
        Province(code: "510000", name: "四川省", short: "川", cities: ["成都市", "绵阳市", "宜宾市"]),
        Province(code: "520000", name: "贵州省", short: "黔", cities: ["贵阳市", "遵义市"]),
        Province(code: "530000", name: "云南省", short: "云", cities: ["昆明市", "曲靖市"]),
        Province(code: "540000", name: "西藏自治区", short: "藏", cities: ["拉萨市"]),
        Province(code: "610000", name: "陕西省", short: "陕", cities: ["西安市", "宝鸡市"]),
        Province(code: "620000", name: "甘肃省", short: "甘", cities: ["兰州市", "天水市"]),
        Province(code: "630000", name: "青海省", short: "青", cities: ["西宁市"]),
        Province(code: "640000", name: "宁夏回族自治区", short: "宁", cities: ["银川市", "石嘴山市"]),
        Province(code: "650000", name: "新疆维吾尔自治区", short: "新", cities: ["乌鲁木齐市", "克拉玛依市"]),
    ]

    struct Ministry: Sendable {
        let id: String
        let name: String
        /// Name after the 2018 reorganisation (from 2018-03-19), when it changed.
        let laterName: String?
        let prefix: String
    }

    static let ministries: [Ministry] = [
        Ministry(id: "miit", name: "工业和信息化部", laterName: nil, prefix: "工信部"),
        Ministry(id: "ndrc", name: "国家发展改革委", laterName: nil, prefix: "发改"),
        Ministry(id: "mof", name: "财政部", laterName: nil, prefix: "财"),
        Ministry(id: "most", name: "科技部", laterName: nil, prefix: "国科发"),
        Ministry(id: "mara", name: "农业部", laterName: "农业农村部", prefix: "农"),
        Ministry(id: "mofcom", name: "商务部", laterName: nil, prefix: "商"),
        Ministry(id: "mot", name: "交通运输部", laterName: nil, prefix: "交"),
        Ministry(id: "nhc", name: "国家卫生计生委", laterName: "国家卫生健康委", prefix: "国卫"),
        Ministry(id: "moe", name: "教育部", laterName: nil, prefix: "教"),
        Ministry(id: "nea", name: "国家能源局", laterName: nil, prefix: "国能"),
        Ministry(id: "pboc", name: "中国人民银行", laterName: nil, prefix: "银发"),
        Ministry(id: "mohrss", name: "人力资源社会保障部", laterName: nil, prefix: "人社部发"),
        Ministry(id: "mca", name: "民政部", laterName: nil, prefix: "民发"),
        Ministry(id: "cac", name: "国家互联网信息办公室", laterName: nil, prefix: "网信"),
        Ministry(id: "mct", name: "文化部", laterName: "文化和旅游部", prefix: "文"),
    ]

    static let provincialDepartmentNames = ["发展和改革委员会", "经济和信息化委员会", "商务厅", "科学技术厅", "农业厅", "交通运输厅"]

    /// Day 0 is 2015-07-01; the last day, 1826, is 2020-06-30.
    static let dayCount = 1827
    /// Day of the 2018 reorganisation of the State Council (2018-03-19).
    static let reorganisationDay = 992

    static func date(day: Int) -> (y: Int, m: Int, d: Int) { CivilDate.components(day: day) }
}

// MARK: - Planning: documents, then copies

struct Planner {
    typealias Bank = FormulaPhraseBank
    var rng: SplitMix64
    let count: Int
    let length: Int
    var docs: [DocPlan] = []
    var placed: [Placed] = []
    var plants: [Plant] = []
    /// Indices of non-clean documents by level, in date order.
    var nationalIdx: [Int] = []
    var ministerialIdx: [Int] = []
    var localIdx: [Int] = []
    /// For each document, the first index with the same day: every index below it is strictly earlier.
    var firstOfDay: [Int] = []

    init(seed: UInt64, count: Int, length: Int) {
        rng = SplitMix64(seed: seed)
        _ = rng.next()
        self.count = count
        self.length = length
    }

    var ownBudget: Int { length * 3 / 10 }
    var receiveBudget: Int { length * 7 / 20 }

    mutating func planDocuments() {
        var days = (0..<count).map { _ in rng.below(FormulaPlaces.dayCount) }
        days.sort()
        days[0] = 0
        firstOfDay = [Int](repeating: 0, count: count)
        for i in 1..<max(1, count) { firstOfDay[i] = days[i] == days[i - 1] ? firstOfDay[i - 1] : i }
        var nationalNumber = [Int: Int]()
        for i in 0..<count {
            let level: DocumentLevel
            if i == 0 { level = .national } else {
                let r = rng.below(100)
                level = r < 6 ? .national : r < 21 ? .ministerial : r < 82 ? .provincial : .municipal
            }
            docs.append(makePlan(index: i, day: days[i], level: level, numbers: &nationalNumber))
        }
        // Hubs: the earliest national documents, whose passages many provinces copy.
        let hubCount = max(1, count / 250)
        var hubs = 0
        for i in 0..<count where docs[i].level == .national && hubs < hubCount && i <= max(1, count * 2 / 5) {
            docs[i].hub = true
            hubs += 1
        }
        // Clean documents: about a fifth, never a hub.
        for i in 1..<max(1, count) where !docs[i].hub && rng.chance(0.2) { docs[i].clean = true }
        for i in 0..<count where !docs[i].clean {
            switch docs[i].level {
            case .national: nationalIdx.append(i)
            case .ministerial: ministerialIdx.append(i)
            case .provincial, .municipal: localIdx.append(i)
            }
        }
        // Openings cite an earlier national document: the first one most often.
        let nationalAll = docs.indices.filter { docs[$0].level == .national }
        for i in 1..<max(1, count) where docs[i].level != .national || rng.chance(0.5) {
            let earlier = prefix(nationalAll, before: i)
            guard earlier > 0, rng.chance(0.85) else { continue }
            let c = rng.chance(0.45) ? nationalAll[0] : nationalAll[rng.below(earlier)]
            docs[i].cited = c
            docs[i].citedTitle = "《\(docs[c].title)》（\(docs[c].number)）"
        }
    }

    /// How many of the sorted indices `list` are strictly earlier than document `i`.
    func prefix(_ list: [Int], before i: Int) -> Int {
        let bound = firstOfDay[i]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < bound { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    mutating func makePlan(index i: Int, day: Int, level: DocumentLevel, numbers: inout [Int: Int]) -> DocPlan {
        let (y, m, d) = FormulaPlaces.date(day: day)
        let date = String(format2: y, m, d)
        var years = Bank.targetYears.filter { Int($0.prefix(4))! > y }
        if years.isEmpty { years = ["2022年", "2025年"] }
        var province = -1
        var city: String?
        var region: String?
        var issuers: [String]
        var issuerName: String
        var number: String
        let ctx: FillContext
        let serial = 1 + rng.below(60)
        switch level {
        case .national:
            let general = rng.chance(0.5)
            issuers = [general ? "general-office" : "state-council"]
            issuerName = general ? "国务院办公厅" : "国务院"
            numbers[y, default: 0] += 1
            number = "\(general ? "国办发" : "国发")〔\(y)〕\(numbers[y]! * 3 + serial % 3)号"
            ctx = FillContext(place: "全国", generic: "全国", departments: Bank.centralDepartments, years: years)
        case .ministerial:
            let n = rng.chance(0.6) ? 1 : 2 + rng.below(3)
            var ms: [FormulaPlaces.Ministry] = []
            while ms.count < n {
                let m = rng.pick(FormulaPlaces.ministries)
                if !ms.contains(where: { $0.id == m.id }) { ms.append(m) }
            }
            issuers = ms.map(\.id)
            issuerName = ms.map { day >= FormulaPlaces.reorganisationDay ? ($0.laterName ?? $0.name) : $0.name }
                .joined(separator: "、")
            number = "\(ms[0].prefix)〔\(y)〕\(serial)号"
            ctx = FillContext(place: "全国", generic: "全国", departments: Bank.centralDepartments, years: years)
        case .provincial:
            province = rng.below(FormulaPlaces.provinces.count)
            let p = FormulaPlaces.provinces[province]
            region = p.code
            let r = rng.below(10)
            if r < 4 {
                issuers = ["provincial-government"]; issuerName = p.name + "人民政府"
                number = "\(p.short)政发〔\(y)〕\(serial)号"
            } else if r < 8 {
                issuers = ["provincial-general-office"]; issuerName = p.name + "人民政府办公厅"
                number = "\(p.short)政办发〔\(y)〕\(serial)号"
            } else {
                issuers = ["provincial-department"]
                issuerName = p.name + rng.pick(FormulaPlaces.provincialDepartmentNames)
                number = "\(p.short)发〔\(y)〕\(serial)号"
            }
            let generic = p.isMunicipality ? "全市" : p.name.hasSuffix("自治区") ? "全区" : "全省"
            let depts = p.isMunicipality ? Bank.municipalDepartments : Bank.provincialDepartments
            ctx = FillContext(place: p.name, generic: generic, departments: depts, years: years)
        case .municipal:
            province = rng.below(FormulaPlaces.provinces.count)
            let p = FormulaPlaces.provinces[province]
            region = p.code
            let c = rng.pick(p.cities)
            city = c
            let general = rng.chance(0.5)
            issuers = [general ? "municipal-general-office" : "municipal-government"]
            issuerName = c + (general ? "人民政府办公室" : "人民政府")
            number = "\(c.prefix(2))\(general ? "政办" : "政")〔\(y)〕\(serial)号"
            let generic = c.hasSuffix("区") ? "全区" : "全市"
            ctx = FillContext(place: c, generic: generic, departments: Bank.municipalDepartments, years: years)
        }
        let style: FormulaStyle
        let r = rng.below(100)
        style = r < 35 ? .opinion : r < 65 ? .plan : r < 82 ? .regulation : .notice
        let kindWord: String
        var subject = ""
        Fill.append(rng.pick(Bank.titleSubjects), ctx, &rng, to: &subject)
        let localName = level == .municipal ? (city ?? "") : level == .provincial ? ctx.place : ""
        let title: String
        switch style {
        case .opinion:
            kindWord = level.isCentral ? rng.pick(["指导意见", "意见"]) : rng.pick(["实施意见", "意见"])
            title = "\(issuerName)关于\(subject)的\(kindWord)"
        case .plan:
            kindWord = rng.pick(["行动计划", "实施方案", "工作方案"])
            title = "\(issuerName)关于\(subject)的\(kindWord)"
        case .regulation:
            kindWord = rng.pick(["管理办法", "暂行办法"])
            var what = ""
            Fill.append(rng.pick(Bank.regulationSubjects), ctx, &rng, to: &what)
            title = "\(issuerName)关于印发\(localName)\(what)\(kindWord)的通知"
        case .notice:
            kindWord = rng.pick(["行动计划", "实施方案", "三年行动计划"])
            title = "\(issuerName)关于印发\(localName)\(subject)\(kindWord)的通知"
        }
        return DocPlan(id: FormulaCorpusGenerator.documentId(i), level: level, province: province, cityName: city,
                       regionCode: region, issuerIds: issuers, issuerName: issuerName, day: day, date: date,
                       style: style, kindWord: kindWord, title: title, number: number, context: ctx)
    }

    // MARK: Passages

    /// A long passage of 80-160 characters. `formulaHeavy`: stock formulae with at most one specific noun.
    mutating func longPassage(_ ctx: FillContext, formulaHeavy: Bool, needPlace: Bool = false,
                              needNumber: Bool = false) -> Passage {
        while true {
            let target = 80 + rng.below(81)
            var sentences: [[[Seg]]] = []
            var n = 0
            var nouns = 0
            var forced = false
            while n < target - 6 {
                var sentence: [[Seg]] = []
                let clauses = formulaHeavy ? 2 + rng.below(3) : 1 + rng.below(3)
                for c in 0..<clauses {
                    var clause: [Seg]
                    if !forced && (needPlace || needNumber) && c == 0 && (sentences.count == 1 || rng.chance(0.5)) {
                        clause = Fill.targetClause(ctx, &rng, forcePlace: true)
                        forced = true
                    } else if formulaHeavy {
                        if nouns == 0 && rng.chance(0.15) {
                            clause = Fill.clause(rng.pick(Bank.actionClauses), ctx, &rng)
                        } else {
                            clause = Fill.clause(rng.pick(Bank.pureFormulae), ctx, &rng)
                        }
                    } else {
                        let r = rng.below(10)
                        let bank = r < 6 ? Bank.actionClauses : r < 8 ? Bank.safeguardClauses : r < 9 ? Bank.goalClauses : Bank.pureFormulae
                        clause = Fill.clause(rng.pick(bank), ctx, &rng, forcePlace: needPlace)
                    }
                    nouns += clause.filter { $0.role == .noun }.count
                    sentence.append(clause)
                }
                n += Passage(sentences: [sentence]).render().unicodeScalars.count
                sentences.append(sentence)
            }
            let p = Passage(sentences: sentences)
            let c = p.render().unicodeScalars.count
            guard c >= 80, c <= 160 else { continue }
            if formulaHeavy && nouns > 1 { continue }
            if !formulaHeavy && !p.hasNoun { continue }
            if needPlace && !p.containsPlace(ctx.place) { continue }
            if needNumber && !(p.has(.number) || p.has(.year)) { continue }
            return p
        }
    }

    /// One key-action sentence of 25-40 characters (with its 。), built from the same heading formulae as the
    /// filler headings; most name a number or year, as the key sentences worth copying do.
    mutating func sentencePassage(_ ctx: FillContext) -> Passage {
        let wantNumber = rng.chance(0.7)
        while true {
            let clauseSegs = Fill.clause(rng.pick(Bank.headingSentences), ctx, &rng)
            // Heading templates hold their own "，"; keep them as one clause.
            let p = Passage(sentences: [[clauseSegs]])
            let c = p.render().unicodeScalars.count
            if c >= 25 && c <= 40 && (!wantNumber || p.has(.number) || p.has(.year)) { return p }
        }
    }

    mutating func place(_ passage: Passage, in doc: Int, own: Bool, formulaHeavy: Bool = false) -> Int {
        let text = passage.render()
        let count = text.unicodeScalars.count
        placed.append(Placed(doc: doc, passage: passage, text: text, count: count,
                             isSentence: passage.sentences.count == 1 && passage.sentences[0].count == 1 && count <= 40,
                             formulaHeavy: formulaHeavy))
        let p = placed.count - 1
        docs[doc].inserts.append(p)
        docs[doc].insertChars += count
        if own { docs[doc].owned.append(p); docs[doc].ownChars += count }
        return p
    }

    // MARK: Edits

    mutating func edit(_ p: Passage, _ category: PlantedCategory, source: FillContext, target: FillContext) -> Passage? {
        var s = p.sentences
        switch category {
        case .placeSwapped, .massCopy:
            guard source.place != target.place else { return nil }
            var changed = false
            for i in s.indices { for j in s[i].indices { for k in s[i][j].indices
                where s[i][j][k].role == .place && s[i][j][k].text == source.place {
                s[i][j][k].text = target.place
                changed = true
            } } }
            return changed ? Passage(sentences: s) : nil
        case .numberChanged:
            var spots: [(Int, Int, Int)] = []
            var years: [(Int, Int, Int)] = []
            for i in s.indices { for j in s[i].indices { for k in s[i][j].indices {
                if s[i][j][k].role == .number { spots.append((i, j, k)) }
                if s[i][j][k].role == .year { years.append((i, j, k)) }
            } } }
            if let (i, j, k) = spots.isEmpty ? nil : rng.pick(spots) {
                var seg = s[i][j][k]
                if ["亿元", "万元", "个", "家"].contains(seg.unit) && rng.chance(0.25) {
                    let units = seg.unit.hasSuffix("元") ? ["亿元", "万元"] : seg.unit == "个" || seg.unit == "家" ? ["个", "家"] : ["%"]
                    seg.unit = units.first { $0 != seg.unit } ?? seg.unit
                } else {
                    var v = seg.value
                    while v == seg.value { v = max(1, seg.value * (2 + rng.below(8)) / (1 + rng.below(4)) + rng.below(10)) }
                    if seg.unit == "%" { v = min(v, 100); if v == seg.value { v = seg.value > 50 ? seg.value - 10 : seg.value + 10 } }
                    seg.value = v
                }
                seg.text = "\(seg.value)\(seg.unit)"
                s[i][j][k] = seg
                return Passage(sentences: s)
            }
            if let (i, j, k) = years.isEmpty ? nil : rng.pick(years) {
                let old = s[i][j][k].text
                s[i][j][k].text = Bank.targetYears.first { $0 > old } ?? "2025年"
                if s[i][j][k].text == old { s[i][j][k].text = "2022年" }
                return Passage(sentences: s)
            }
            return nil
        case .clauseInserted:
            let i = rng.below(s.count)
            var clause: [Seg] = []
            for _ in 0..<8 {
                clause = Fill.clause(rng.pick(Bank.insertClauses), target, &rng)
                if Passage(sentences: [[clause]]).render().unicodeScalars.count <= 31 { break }
            }
            s[i].insert(clause, at: rng.below(s[i].count + 1))
            return Passage(sentences: s)
        case .clauseDropped:
            var spots: [(Int, Int)] = []
            let total = p.render().unicodeScalars.count
            for i in s.indices where s[i].count >= 2 {
                for j in s[i].indices {
                    let c = s[i][j].reduce(0) { $0 + $1.text.unicodeScalars.count }
                    if c >= 5 && c <= 30 && total - c >= 60 { spots.append((i, j)) }
                }
            }
            guard !spots.isEmpty else { return nil }
            let (i, j) = rng.pick(spots)
            s[i].remove(at: j)
            return Passage(sentences: s)
        case .verbatim, .formulaHeavy, .sentence:
            return p
        }
    }

    // MARK: Copies

    /// Each hub's passages copied into 10-30 later provinces and cities (most verbatim, some place-swapped).
    mutating func planMassCopies() {
        for h in 0..<count where docs[h].hub {
            let passages = count >= 400 ? 1 + rng.below(2) : 1
            for _ in 0..<passages {
                let passage = longPassage(docs[h].context, formulaHeavy: false, needPlace: true)
                let source = place(passage, in: h, own: false)
                let wanted = 10 + rng.below(21)
                let candidates = localIdx.filter { docs[$0].day > docs[h].day }
                guard !candidates.isEmpty else { continue }
                var usedProvinces = Set<Int>()
                var usedDocs = Set<Int>()
                var copies = 0
                var attempts = 0
                while copies < wanted && attempts < wanted * 20 {
                    attempts += 1
                    let t = rng.pick(candidates)
                    if usedDocs.contains(t) { continue }
                    if usedProvinces.contains(docs[t].province) && usedProvinces.count < 31 && attempts < wanted * 10 { continue }
                    var version = passage
                    var edited = false
                    if rng.chance(0.3), let e = edit(passage, .massCopy, source: docs[h].context, target: docs[t].context) {
                        version = e
                        edited = true
                    }
                    let c = version.render().unicodeScalars.count
                    guard docs[t].insertChars + c <= receiveBudget else { continue }
                    let target = place(version, in: t, own: false)
                    plants.append(Plant(source: source, target: target, edited: edited, category: .massCopy))
                    // A province that copies the hub also cites it.
                    docs[t].cited = h
                    docs[t].citedTitle = "《\(docs[h].title)》（\(docs[h].number)）"
                    usedDocs.insert(t)
                    usedProvinces.insert(docs[t].province)
                    copies += 1
                }
            }
        }
    }

    mutating func pickCategory() -> PlantedCategory {
        let r = rng.below(100)
        switch r {
        case ..<18: return .verbatim
        case ..<32: return .formulaHeavy
        case ..<52: return .sentence
        case ..<64: return .placeSwapped
        case ..<76: return .numberChanged
        case ..<88: return .clauseInserted
        default: return .clauseDropped
        }
    }

    /// Ordinary copies: for each later document, 0-3 passages from earlier documents.
    mutating func planCopies() {
        for t in 1..<max(1, count) where !docs[t].clean && docs[t].level != .national {
            let r = rng.below(100)
            let k = r < 15 ? 0 : r < 50 ? 1 : r < 85 ? 2 : 3
            for _ in 0..<k { plantOne(into: t) }
        }
    }

    mutating func chooseSource(for t: Int) -> Int? {
        let target = docs[t]
        for _ in 0..<8 {
            let list: [Int]
            switch target.level {
            case .national: return nil
            case .ministerial: list = ministerialIdx
            case .provincial, .municipal:
                list = rng.chance(0.55) ? (rng.chance(0.4) ? nationalIdx : ministerialIdx) : localIdx
            }
            let n = prefix(list, before: t)
            guard n > 0 else { continue }
            let s = list[rng.below(n)]
            if s == t || docs[s].clean { continue }
            if target.level == .ministerial && Set(docs[s].issuerIds) == Set(target.issuerIds) { continue }
            if !target.level.isCentral && !docs[s].level.isCentral && docs[s].province == target.province { continue }
            return s
        }
        return nil
    }

    mutating func plantOne(into t: Int) {
        guard let s = chooseSource(for: t) else { return }
        var category = pickCategory()
        if category == .placeSwapped && docs[s].context.place == docs[t].context.place { category = .numberChanged }
        let wantSentence = category == .sentence
        let wantHeavy = category == .formulaHeavy
        // Reuse one of the source's passages sometimes (one original copied by several documents).
        let sourcePlace = docs[s].context.place
        let reusable = docs[s].owned.filter { p in
            placed[p].isSentence == wantSentence && placed[p].formulaHeavy == wantHeavy
                && (category != .placeSwapped || placed[p].passage.containsPlace(sourcePlace))
                && (category != .numberChanged || placed[p].passage.has(.number) || placed[p].passage.has(.year))
                && !docs[t].inserts.contains(where: { placed[$0].text == placed[p].text })
        }
        var source: Int?
        var fresh: Passage?
        if !reusable.isEmpty && (rng.chance(0.35) || docs[s].ownChars >= ownBudget) {
            source = rng.pick(reusable)
        } else if docs[s].ownChars < ownBudget {
            let ctx = docs[s].context
            switch category {
            case .sentence: fresh = sentencePassage(ctx)
            case .formulaHeavy: fresh = longPassage(ctx, formulaHeavy: true)
            case .placeSwapped: fresh = longPassage(ctx, formulaHeavy: false, needPlace: true)
            case .numberChanged: fresh = longPassage(ctx, formulaHeavy: false, needNumber: true)
            default: fresh = longPassage(ctx, formulaHeavy: false)
            }
        } else {
            return
        }
        let original = fresh ?? placed[source!].passage
        var version = original
        var edited = false
        switch category {
        case .verbatim, .formulaHeavy, .sentence, .massCopy: break
        case .placeSwapped, .numberChanged, .clauseInserted, .clauseDropped:
            guard let e = edit(original, category, source: docs[s].context, target: docs[t].context),
                  e.render() != original.render() else { return }
            version = e
            edited = true
        }
        let c = version.render().unicodeScalars.count
        guard docs[t].insertChars + c <= receiveBudget else { return }
        let src = source ?? place(original, in: s, own: true, formulaHeavy: wantHeavy)
        let tgt = place(version, in: t, own: false, formulaHeavy: wantHeavy)
        plants.append(Plant(source: src, target: tgt, edited: edited, category: category))
    }
}

extension String {
    init(format2 y: Int, _ m: Int, _ d: Int) {
        self = "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}

// MARK: - Writing one document

struct DocumentWriter {
    typealias Bank = FormulaPhraseBank
    let plan: DocPlan
    let placed: [Placed]
    let length: Int
    var rng: SplitMix64
    var text = ""
    var pos = 0
    var spans: [(Int, TextSpan)] = []
    var formulaSentences: [(UInt64, TextSpan)] = []
    /// Running numbers of （一） items and 第X条 articles.
    var item = 0
    var article = 0
    var goalItem = 0
    /// The article formulae this regulation has not used yet, in a random order.
    var articleSentences: [Bank.Template] = []
    var safeguardHeads: [String] = []

    init(plan: DocPlan, placed: [Placed], length: Int, rng: SplitMix64) {
        self.plan = plan
        self.ctx = plan.context
        self.placed = placed
        self.length = length
        self.rng = rng
        text.reserveCapacity(length * 3 + 256)
        if plan.style == .regulation {
            var pool = Bank.articleSentences
            Self.shuffle(&pool, &self.rng)
            articleSentences = pool
        }
    }

    let ctx: FillContext

    /// FNV-1a over the UTF-8 bytes: stable, and much cheaper than hashing a String (which normalizes it).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF29CE484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001B3 }
        return h
    }

    mutating func put(_ s: String) { text += s; pos += s.unicodeScalars.count }
    mutating func put(_ s: String, _ n: Int) { text += s; pos += n }

    enum Section { case goals, actions, safeguards }

    mutating func write() -> Rendered {
        // Inserts: sentences go to the actions, long passages mostly too.
        var bySection: [[Int]] = [[], [], []]
        for p in plan.inserts {
            let r = rng.below(10)
            let section = placed[p].isSentence ? 1 : r < 2 ? 0 : r < 8 ? 1 : 2
            bySection[section].append(p)
        }
        for s in 0..<3 { Self.shuffle(&bySection[s], &rng) }
        let insertTotal = plan.inserts.reduce(0) { $0 + placed[$1].count }
        header()
        let closingReserve = 200
        let filler = max(300, length - insertTotal - pos - closingReserve)
        let end = pos + filler + insertTotal
        let chars = bySection.map { $0.reduce(0) { $0 + placed[$1].count } }
        let goalsEnd = plan.style == .regulation ? pos + filler * 15 / 100 + chars[0] : nil
        sectionBody(.goals, index: 0, end: goalsEnd, inserts: bySection[0])
        sectionBody(.actions, index: 1, end: end - filler * 20 / 100 - chars[2], inserts: bySection[1])
        sectionBody(.safeguards, index: 2, end: end, inserts: bySection[2])
        closing()
        return Rendered(text: text, spans: spans, formulaSentences: formulaSentences)
    }

    static func shuffle<T>(_ a: inout [T], _ rng: inout SplitMix64) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, rng.below(i + 1)) }
    }

    // MARK: Header and closing

    mutating func header() {
        let addressee: String
        switch plan.level {
        case .national:
            addressee = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
        case .ministerial:
            addressee = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团有关主管部门："
        case .provincial:
            addressee = ctx.generic == "全市" ? "各区人民政府，市政府各委、办、局：" : "各市（州）人民政府，省政府各部门、各直属机构："
        case .municipal:
            addressee = ctx.generic == "全区" ? "各街道办事处，区政府各委、办、局：" : "各县（市、区）人民政府，市政府各部门："
        }
        if plan.style == .notice {
            put(addressee + "\n")
            let body = "《\(plan.title.noticeSubject)》已经\(plan.level == .national ? "国务院" : "本级人民政府")同意，现印发给你们，请认真贯彻执行。"
            put(body + "\n")
            put(plan.issuerName + "\n" + chineseDate() + "\n")
            put("（此件公开发布）\n")
            put(plan.title.noticeSubject + "\n")
        } else if plan.style != .regulation {
            put(addressee + "\n")
        }
        if plan.style == .regulation {
            put("第一章　总则\n")
            var s = "为了加强和规范"
            Fill.append(rng.pick(Bank.regulationSubjects), ctx, &rng, to: &s)
            s += "工作，促进"
            Fill.append(Bank.areaTemplate, ctx, &rng, to: &s)
            s += "健康发展，根据有关法律、法规"
            if let cited = plan.citedTitle { s += "和\(cited)" }
            s += "，结合\(plan.level.isCentral ? "工作" : "本地")实际，制定本办法。"
            articleLine(s)
            return
        }
        var s = ""
        if let cited = plan.citedTitle {
            s += rng.pick(["为深入贯彻落实", "为认真贯彻落实", "为全面贯彻落实"]) + cited + "精神，"
        } else {
            s += rng.pick(["为贯彻落实党中央、国务院决策部署，", "为顺应“互联网+”发展趋势，", "为加快推动互联网与经济社会深度融合，"])
        }
        var t = ""
        Fill.append(rng.pick(Bank.goalClauses), ctx, &rng, to: &t)
        s += t + "，"
        if plan.level.isCentral {
            s += plan.level == .national && plan.issuerName == "国务院办公厅" ? "经国务院同意，" : ""
            s += plan.style == .opinion ? "现提出以下意见。" : "制定本\(plan.kindWord)。"
        } else {
            s += "结合\(plan.context.place)实际，" + (plan.style == .opinion ? "提出如下实施意见。" : "制定本\(plan.kindWord)。")
        }
        put(s + "\n")
    }

    mutating func closing() {
        switch plan.style {
        case .regulation:
            put("第四章　附则\n")
            var s = "本办法由"
            Fill.append(Bank.departmentsTemplate, ctx, &rng, to: &s)
            s += "负责解释。"
            articleLine(s)
            articleLine("本办法自\(chineseDate())起施行" + (rng.chance(0.5) ? "，有效期五年。" : "。"))
        default:
            let s: String
            switch plan.level {
            case .national, .ministerial:
                s = rng.pick(["各地区、各部门要充分认识推进“互联网+”工作的重要意义，结合实际抓紧制定具体实施方案，确保各项任务落到实处。",
                              "各地区、各部门要高度重视，加强组织领导，明确责任分工，认真抓好本\(plan.kindWord)的贯彻落实。",
                              "各有关部门要按照职责分工，密切配合，形成合力，重大事项及时报告。"])
            case .provincial, .municipal:
                s = rng.pick(["各地、各部门要按照本\(plan.kindWord)要求，结合实际制定具体措施，确保各项工作落到实处。",
                              "各有关单位要高度重视，主要负责同志亲自抓，每年年底前将工作进展情况报送\(ctx.departments[0])。",
                              "各地、各有关部门要切实加强组织领导，细化工作任务，抓好贯彻落实。"])
            }
            put(s + "\n")
            if plan.style != .notice {
                put(plan.issuerName + "\n" + chineseDate() + "\n")
            }
        }
    }

    func chineseDate() -> String {
        let (y, m, d) = FormulaPlaces.date(day: plan.day)
        return "\(y)年\(m)月\(d)日"
    }

    // MARK: Sections

    /// Paragraphs until `end` (an absolute offset, inserts included); without `end` (the goals of opinions
    /// and plans), the three fixed items 指导思想, 基本原则, 发展目标.
    mutating func sectionBody(_ section: Section, index k: Int, end: Int?, inserts: [Int]) {
        var pending = inserts[...]
        sectionHeading(section, index: k)
        var pendingChars = inserts.reduce(0) { $0 + placed[$1].count }
        var paragraphs = 0
        while true {
            if let end {
                if paragraphs > 0 && pos >= end - pendingChars - 20 { break }
            } else if paragraphs == 3 {
                break
            }
            paragraphs += 1
            paragraph(section)
            if section == .goals && plan.style == .plan && paragraphs == 3 && end == nil { targetTable() }
            // Emit a pending insert now with a probability that spreads them over the section.
            if let p = pending.first {
                let paragraphsLeft = end.map { max(0, $0 - pendingChars - pos) / 120 + 1 } ?? (3 - paragraphs + 1)
                if rng.below(paragraphsLeft) < pending.count {
                    insertBlock(p, section)
                    pendingChars -= placed[p].count
                    pending = pending.dropFirst()
                }
            }
        }
        while let p = pending.first {
            insertBlock(p, section)
            pending = pending.dropFirst()
        }
    }

    mutating func sectionHeading(_ section: Section, index k: Int) {
        switch plan.style {
        case .regulation:
            if k == 0 { return }
            let names = section == .actions ? ["建设与管理", "应用与服务", "数据共享与开放"] : ["保障措施", "监督考核", "法律责任"]
            put("第\(chineseNumeral(k + 1))章　\(rng.pick(names))\n")
        default:
            let names: [String]
            switch section {
            case .goals: names = ["总体要求", "总体思路", "指导思想和发展目标"]
            case .actions: names = ["重点任务", "主要任务", "重点行动", "重点领域和主要任务"]
            case .safeguards: names = ["保障措施", "保障支撑", "组织实施"]
            }
            put("\(chineseNumeral(k + 1))、\(rng.pick(names))\n")
        }
    }

    @discardableResult
    /// A sentence of 1-3 clauses from `bank` (stock formulae mixed in), ending with 。.
    mutating func sentence(_ bank: [Bank.Template], formulaShare: Double = 0.3) -> String {
        var s = ""
        let clauses = rng.chance(0.4) ? 1 : 2 + rng.below(2)
        var noun = false
        var used: (Int, Int) = (-1, -1)
        var n = 1
        for c in 0..<clauses {
            if c > 0 { s += "，"; n += 1 }
            let formula = c > 0 && rng.chance(formulaShare)
            let list = formula ? Bank.pureFormulae : bank
            var i = rng.below(list.count)
            if (formula ? used.1 : used.0) == i { i = (i + 1) % list.count }
            if formula { used.1 = i } else { used.0 = i }
            let t = list[i]
            noun = noun || t.hasNoun
            n += Fill.append(t, ctx, &rng, to: &s)
        }
        s += "。"
        if plan.clean && noun && n >= 10 { formulaSentences.append((Self.hash(s), TextSpan(pos, pos + n))) }
        put(s, n)
        return s
    }

    mutating func bank(for section: Section) -> [Bank.Template] {
        switch section {
        case .goals: return Bank.goalClauses
        case .actions: return rng.chance(0.85) ? Bank.actionClauses : Bank.safeguardClauses
        case .safeguards: return rng.chance(0.8) ? Bank.safeguardClauses : Bank.actionClauses
        }
    }

    mutating func paragraph(_ section: Section) {
        switch plan.style {
        case .regulation:
            article += 1
            put("第\(chineseNumeral(article))条　")
            let sentences = 1 + rng.below(3)
            for i in 0..<sentences {
                if i == 0 && rng.chance(0.6) && !articleSentences.isEmpty {
                    // Each article formula at most once per regulation, as in a real one.
                    var s = ""
                    let n = Fill.append(articleSentences.removeLast(), ctx, &rng, to: &s)
                    s += "。"
                    put(s, n + 1)
                } else {
                    _ = sentence(bank(for: section))
                }
            }
            put("\n")
        case .opinion, .plan, .notice:
            item += 1
            let listStyle = plan.style != .opinion && section == .actions && rng.chance(0.5)
            switch section {
            case .goals:
                let n = "（\(chineseNumeral(item))）"
                switch goalItem {
                case 0:
                    put(n + "指导思想。")
                    for _ in 0..<(2 + rng.below(3)) { sentence(Bank.goalClauses) }
                case 1:
                    put(n + "基本原则。")
                    var heads = Bank.principleHeads
                    Self.shuffle(&heads, &rng)
                    for h in heads.prefix(3 + rng.below(2)) {
                        put(h + "。")
                        sentence(Bank.goalClauses)
                    }
                default:
                    put(n + "发展目标。")
                    targetSentence()
                    for _ in 0..<(1 + rng.below(2)) { sentence(Bank.goalClauses) }
                }
                goalItem += 1
                put("\n")
                return
            case .actions:
                put("（\(chineseNumeral(item))）")
                var h = ""
                let n = Fill.append(rng.pick(Bank.headingSentences), ctx, &rng, to: &h)
                h += "。"
                put(h, n + 1)
            case .safeguards:
                if safeguardHeads.isEmpty {
                    safeguardHeads = ["加强组织领导", "加大资金支持", "强化人才支撑", "健全考核评估", "优化发展环境",
                                      "加强宣传引导", "强化安全保障", "完善标准规范"]
                    var heads = safeguardHeads
                    Self.shuffle(&heads, &rng)
                    safeguardHeads = heads
                }
                put("（\(chineseNumeral(item))）\(safeguardHeads.removeLast())。")
            }
            if listStyle {
                let items = 3 + rng.below(3)
                let ordinals = ["一是", "二是", "三是", "四是", "五是"]
                for i in 0..<items {
                    var s = ordinals[i]
                    var n = 2 + Fill.append(rng.pick(Bank.actionClauses), ctx, &rng, to: &s)  // 一是 + clause
                    if rng.chance(0.5) { s += "，"; n += 1 + Fill.append(rng.pick(Bank.pureFormulae), ctx, &rng, to: &s) }
                    s += i == items - 1 ? "。" : "；"
                    put(s, n + 1)
                }
            } else {
                let sentences = 2 + rng.below(3)
                let b = bank(for: section)
                for _ in 0..<sentences { _ = sentence(b) }
            }
            if plan.level != .national && plan.style != .opinion && section == .actions && rng.chance(0.6) {
                var s = "（责任单位："
                Fill.append(Bank.departmentsTemplate, ctx, &rng, to: &s)
                put(s + "）")
            }
            put("\n")
        }
    }

    mutating func targetSentence() {
        let n = 2 + rng.below(3)
        let first = rng.below(Bank.indicators.count)
        for i in 0..<n {
            let segs = Fill.targetClause(ctx, &rng, indicator: (first + i * 5) % Bank.indicators.count)
            var s = ""
            for (j, seg) in segs.enumerated() where !(i > 0 && j < 3) { s += seg.text }
            put(s + (i == n - 1 ? "。" : "，"))
        }
    }

    mutating func targetTable() {
        let base = max(2015, Int(plan.date.prefix(4))! - 1)
        let goal = ctx.years.first.map { Int($0.prefix(4))! } ?? 2020
        put("表1　主要发展指标\n")
        put("指标 | 单位 | \(base)年 | \(goal)年 | 属性\n")
        var used = Set<Int>()
        let rows = 4 + rng.below(5)
        for _ in 0..<rows {
            let i = rng.below(Bank.indicators.count)
            guard used.insert(i).inserted else { continue }
            let ind = Bank.indicators[i]
            let a = ind.low + rng.below(max(1, (ind.high - ind.low) / 2))
            let b = a + 1 + rng.below(max(1, ind.high - a))
            put("\(ind.name) | \(ind.unit) | \(a) | \(b) | \(rng.chance(0.6) ? "预期性" : "约束性")\n")
        }
    }

    mutating func insertBlock(_ p: Int, _ section: Section) {
        let passage = placed[p]
        switch plan.style {
        case .regulation:
            article += 1
            put("第\(chineseNumeral(article))条　")
        default:
            if passage.isSentence || rng.chance(0.5) {
                item += 1
                put("（\(chineseNumeral(item))）")
            }
        }
        spans.append((p, TextSpan(pos, pos + passage.count)))
        put(passage.text, passage.count)
        if passage.isSentence || rng.chance(0.4) {
            let n = 1 + rng.below(2)
            let b = bank(for: section)
            for _ in 0..<n { _ = sentence(b) }
        }
        put("\n")
    }

    mutating func articleLine(_ s: String) {
        article += 1
        put("第\(chineseNumeral(article))条　" + s + "\n")
    }
}

/// 1 -> 一, 12 -> 十二, 40 -> 四十, 105 -> 一百零五.
func chineseNumeral(_ n: Int) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10 { return digits[max(0, n)] }
    if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
    if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
    let h = digits[(n / 100) % 10] + "百"
    let r = n % 100
    if r == 0 { return h }
    if r < 10 { return h + "零" + digits[r] }
    return h + digits[r / 10] + "十" + (r % 10 == 0 ? "" : digits[r % 10])
}

extension String {
    /// The 《…》 part of 关于印发…的通知: what the notice transmits.
    var noticeSubject: String {
        guard let a = range(of: "关于印发"), let b = range(of: "的通知", options: .backwards) else { return self }
        return String(self[a.upperBound..<b.lowerBound])
    }
}
