/// Generates a synthetic, policy-like Chinese corpus with planted reuse and its ground truth.
///
/// Layout: the first documents are central (one national guiding opinion, then ministry plans, some of
/// which copy from the opinion); the rest are provincial and municipal implementation opinions that copy
/// paragraphs from central documents (vertical) and from earlier provinces (horizontal), verbatim or
/// edited (place name swapped, number changed, clause inserted). Dates rise with the index, so every
/// source is earlier than its target. Each source paragraph is copied into at most ~8% of the documents,
/// so that planted reuse stays below the boilerplate filter, while a formula that every provincial
/// document carries does not.
public struct DemoCorpusGenerator: Sendable {
    public var seed: UInt64
    public var documents: Int
    /// Approximate length of each document in characters.
    public var length: Int

    public init(seed: UInt64, documents: Int, length: Int = 9000) {
        self.seed = seed
        self.documents = max(0, documents)
        self.length = max(600, length)
    }

    enum Piece {
        case text(String)
        case place(String)
        case number(Int, String)
        case year(Int)
    }

    struct Paragraph {
        var sentences: [[Piece]]
        var doc: Int
        var span: TextSpan
        var copies: Int
    }

    struct Builder {
        var text = ""
        var count = 0
        mutating func append(_ s: String) {
            text.append(s)
            count += s.unicodeScalars.count
        }
        mutating func append(_ piece: Piece) {
            switch piece {
            case .text(let s), .place(let s): append(s)
            case .number(let v, let unit): append(String(v) + unit)
            case .year(let y): append(String(y))
            }
        }
    }

    public func generate() -> DemoCorpus {
        var rng = SplitMix64(seed: seed ^ 0x1A2B3C4D5E6F)
        let n = documents
        let centralCount = n == 0 ? 0 : max(1, min(n, (n * 6 + 99) / 100))
        let cap = max(2, n * 8 / 100)
        var docs: [AnalysisDocument] = []
        var titles: [String: String] = [:]
        var planted: [PlantedPassage] = []
        var goalsParas: [Paragraph] = []     // exportable goals paragraphs (central documents)
        var centralParas: [Paragraph] = []   // exportable action paragraphs of central documents
        var provincialParas: [Paragraph] = []
        docs.reserveCapacity(n)

        for i in 0..<n {
            let id = DemoCorpusGenerator.identifier(i)
            let level: DocumentLevel
            var region: String? = nil
            var issuers: [String]
            var place = "全国"
            var issuerName: String
            if i == 0 {
                level = .national; issuers = ["state-council"]; issuerName = "国务院"
            } else if i < centralCount {
                level = .ministerial
                let m = (i - 1) % PhraseBank.ministries.count
                issuers = [PhraseBank.ministries[m]]; issuerName = PhraseBank.ministryNames[m]
            } else {
                let p = PhraseBank.provinces[rng.below(PhraseBank.provinces.count)]
                place = p.name
                if rng.chance(0.15) {
                    // Issuer and region use the taxonomy's ids, so a generated corpus validates as any other.
                    level = .municipal
                    region = p.code
                    issuers = ["municipal-government"]; issuerName = p.name + "某市人民政府"
                } else {
                    level = .provincial
                    region = p.code
                    issuers = ["provincial-government"]; issuerName = p.name + "人民政府"
                }
            }
            let date = DemoCorpusGenerator.date(dayOffset: n > 1 ? i * 1400 / n : 0)
            let field = rng.pick(PhraseBank.fields)
            let kind = level == .national ? "指导意见" : level == .ministerial ? "行动计划" : "实施意见"
            let titlePlace = level.isCentral ? issuerName : place
            let title = "\(titlePlace)关于“互联网+\(field)”\(np(&rng))\(rng.pick(PhraseBank.verbs))的\(kind)（合成示例）"
            titles[id] = title

            var b = Builder()
            b.text.reserveCapacity(length * 3 + 256)
            b.append(title + "\n")
            if !level.isCentral { b.append(PhraseBank.provincialAddressee + "\n") }
            emit(own(&rng, place: place, sentences: 2 + rng.below(2)), into: &b)
            b.append("\n一、总体要求\n（一）指导思想。")
            emit(own(&rng, place: place, sentences: 3), into: &b)
            b.append("\n（二）发展目标。")

            // Sources this document may copy from: earlier documents only.
            let copies = !level.isCentral || i > 0
            var usedSources = Set<Int>()
            func take(_ pool: inout [Paragraph], allowDoc: (Int) -> Bool) -> Int? {
                guard !pool.isEmpty else { return nil }
                for _ in 0..<6 {
                    let j = rng.below(pool.count)
                    if pool[j].copies < cap, allowDoc(pool[j].doc), !usedSources.contains(j ^ (pool[j].doc << 20)) {
                        usedSources.insert(j ^ (pool[j].doc << 20))
                        pool[j].copies += 1
                        return j
                    }
                }
                return nil
            }
            func copy(_ para: Paragraph, to b: inout Builder, edited: Bool) {
                var sentences = para.sentences
                if edited { DemoCorpusGenerator.edit(&sentences, place: place, rng: &rng) }
                let start = b.count
                for s in sentences { for piece in s { b.append(piece) } }
                planted.append(PlantedPassage(sourceId: DemoCorpusGenerator.identifier(para.doc), source: para.span,
                                              targetId: id, target: TextSpan(start, b.count - 1), edited: edited))
            }

            // Goals: provinces sometimes copy the whole goals paragraph of a central document.
            if !level.isCentral, rng.chance(0.35), let j = take(&goalsParas, allowDoc: { _ in true }) {
                copy(goalsParas[j], to: &b, edited: rng.chance(0.6))
                b.append("\n")
            } else {
                let start = b.count
                let sentences = (0..<(3 + rng.below(2))).map { _ in goal(&rng, place: place) }
                emit(sentences, into: &b)
                if level.isCentral {
                    goalsParas.append(Paragraph(sentences: sentences, doc: i, span: TextSpan(start, b.count - 1), copies: 0))
                }
                b.append("\n")
            }

            b.append("二、重点行动\n")
            var actionIndex = 1
            let stop = length - 700
            while b.count < stop {
                b.append("（" + DemoCorpusGenerator.chineseNumeral(actionIndex) + "）" + rng.pick(PhraseBank.verbs)
                         + np(&rng) + "。")
                actionIndex += 1
                let roll = rng.below(100)
                var done = false
                if copies && i > 0 && roll < (level.isCentral ? 15 : 30),
                   let j = take(&centralParas, allowDoc: { $0 < i }) {
                    copy(centralParas[j], to: &b, edited: rng.chance(0.5))
                    done = true
                } else if !level.isCentral && roll >= 30 && roll < 45,
                          let j = take(&provincialParas, allowDoc: { $0 < i && docs[$0].provinceKey != DemoCorpusGenerator.provinceKey(region) }) {
                    copy(provincialParas[j], to: &b, edited: rng.chance(0.5))
                    done = true
                }
                if done {
                    // A local sentence after every copy keeps neighbouring copies apart (longer than the gap tolerance).
                    emit([action(&rng, place: place)], into: &b)
                } else {
                    let start = b.count
                    let sentences = own(&rng, place: place, sentences: 3 + rng.below(2))
                    emit(sentences, into: &b)
                    let para = Paragraph(sentences: sentences, doc: i, span: TextSpan(start, b.count - 1), copies: 0)
                    if level.isCentral { centralParas.append(para) }
                    else if rng.chance(0.25) { provincialParas.append(para) }
                }
                b.append("\n")
            }

            b.append("三、保障支撑\n（一）加强组织实施。")
            emit(measures(&rng, place: place, level: level), into: &b)
            b.append("\n（二）加大资金支持。")
            emit(money(&rng), into: &b)
            b.append("\n（三）开展评估考核。")
            emit(evaluation(&rng), into: &b)
            b.append("\n" + PhraseBank.closing + "\n\n" + issuerName + "\n" + date + "\n")

            docs.append(AnalysisDocument(id: id, level: level, regionCode: region, issuerIds: issuers, date: date,
                                         text: b.text))
        }
        return DemoCorpus(documents: docs, titles: titles, planted: planted)
    }

    // MARK: sentences

    func np(_ rng: inout SplitMix64) -> String {
        rng.pick(PhraseBank.modifiers) + rng.pick(PhraseBank.fields) + rng.pick(PhraseBank.heads) + rng.pick(PhraseBank.objects)
    }

    func action(_ rng: inout SplitMix64, place: String) -> [Piece] {
        switch rng.below(5) {
        case 0:
            return [.text(rng.pick(PhraseBank.verbs) + np(&rng) + "，" + rng.pick(PhraseBank.verbs) + np(&rng) + "与"
                          + np(&rng) + rng.pick(PhraseBank.endings) + "。")]
        case 1:
            return [.text("支持" + rng.pick(PhraseBank.actors) + "围绕" + np(&rng) + "开展" + rng.pick(PhraseBank.activities)
                          + "，培育一批" + np(&rng) + "。")]
        case 2:
            return [.text("在"), .place(place), .text("建设"), .number(5 + rng.below(200), rng.pick(["个", "家"])),
                    .text(np(&rng) + "，" + rng.pick(PhraseBank.verbs) + np(&rng) + "。")]
        case 3:
            return [.text(rng.pick(PhraseBank.verbs) + np(&rng) + "，提升" + rng.pick(PhraseBank.fields)
                          + rng.pick(PhraseBank.qualities) + "水平，形成" + np(&rng) + "。")]
        default:
            return [.text("依托" + np(&rng) + "，推动" + rng.pick(PhraseBank.fields) + rng.pick(PhraseBank.actors) + "在"
                          + np(&rng) + "开展" + rng.pick(PhraseBank.activities) + "。")]
        }
    }

    func own(_ rng: inout SplitMix64, place: String, sentences: Int) -> [[Piece]] {
        // A paragraph opens with a sentence that starts with free slots, never with a fixed phrase that
        // would join the fixed heading before it into a chance match.
        [[.text(rng.pick(PhraseBank.verbs) + np(&rng) + "，" + rng.pick(PhraseBank.verbs) + np(&rng) + "。")]]
            + (1..<max(1, sentences)).map { _ in action(&rng, place: place) }
    }

    func goal(_ rng: inout SplitMix64, place: String) -> [Piece] {
        if rng.chance(0.5) {
            return [.text("围绕" + np(&rng) + "，到"), .year(2018 + rng.below(8)), .text("年，"), .place(place), .text("建成"),
                    .number(10 + rng.below(500), "个"), .text(np(&rng) + "，" + np(&rng) + "规模达到"),
                    .number(50 + rng.below(5000), "亿元"), .text("。")]
        }
        return [.text("到"), .year(2018 + rng.below(8)), .text("年，" + np(&rng) + rng.pick(PhraseBank.qualities)
                + "水平明显提升，" + np(&rng) + "覆盖率超过"),
                .number(20 + rng.below(75), "%"), .text("。")]
    }

    func measures(_ rng: inout SplitMix64, place: String, level: DocumentLevel) -> [[Piece]] {
        var result: [[Piece]] = [[.text("建立" + np(&rng) + "协调机制，" + rng.pick(PhraseBank.verbs) + np(&rng) + "。")]]
        if rng.chance(0.6) {
            let unit = level.isCentral ? rng.pick(PhraseBank.ministryNames) : "省" + rng.pick(PhraseBank.fields) + "厅"
            result.append([.text("明确责任单位，" + rng.pick(PhraseBank.verbs) + np(&rng) + "（" + unit + "牵头），到"),
                           .year(2018 + rng.below(6)), .text("年底前完成" + np(&rng) + "建设任务。")])
        } else {
            result.append([.text(rng.pick(PhraseBank.verbs) + np(&rng) + "，优化" + np(&rng) + "环境。")])
        }
        return result
    }

    func money(_ rng: inout SplitMix64) -> [[Piece]] {
        if rng.chance(0.6) {
            return [[.text(rng.pick(PhraseBank.verbs) + np(&rng) + "，安排"), .number(1 + rng.below(50), "亿元"),
                     .text(rng.pick(PhraseBank.fields) + "专项资金，支持" + np(&rng) + "建设。")]]
        }
        return [[.text(rng.pick(PhraseBank.verbs) + np(&rng) + "，发挥" + np(&rng) + "作用。")]]
    }

    func evaluation(_ rng: inout SplitMix64) -> [[Piece]] {
        if rng.chance(0.5) {
            return [[.text("建立" + np(&rng) + "评估指标体系，" + rng.pick(["每年", "每季度", "定期", "每半年"]) + "对"
                           + np(&rng) + "开展第三方评估。")]]
        }
        return [[.text("加强" + np(&rng) + "督查。")]]
    }

    func emit(_ sentences: [[Piece]], into b: inout Builder) {
        for s in sentences { for piece in s { b.append(piece) } }
    }

    /// Applies one to three edits to the interior sentences (never the first or last, so that a copy's
    /// edges stay exact): swap the place name, change a number, insert a short clause.
    static func edit(_ sentences: inout [[Piece]], place: String, rng: inout SplitMix64) {
        guard sentences.count >= 3 else {
            if var last = sentences.last, !last.isEmpty {
                last.insert(.text("，" + rng.pick(PhraseBank.inserts)), at: last.count - 1)
                sentences[sentences.count - 1] = last
            }
            return
        }
        var changed = false
        for s in 1..<(sentences.count - 1) {
            for p in sentences[s].indices {
                switch sentences[s][p] {
                case .place(let name) where name != place:
                    sentences[s][p] = .place(place); changed = true
                case .number(let v, let unit) where rng.chance(0.7):
                    sentences[s][p] = .number(v + 1 + rng.below(9) * 7, unit); changed = true
                default: break
                }
            }
        }
        if !changed || rng.chance(0.5) {
            let s = 1 + rng.below(sentences.count - 2)
            // Split the sentence's closing text piece so that the clause goes before its 。
            if case .text(let last)? = sentences[s].last, last.hasSuffix("。") {
                sentences[s][sentences[s].count - 1] = .text(String(last.dropLast()) + "，" + rng.pick(PhraseBank.inserts) + "。")
            } else {
                sentences[s].append(.text("，" + rng.pick(PhraseBank.inserts)))
            }
        }
    }

    static func provinceKey(_ region: String?) -> String? {
        region.map { String($0.prefix(2)) + "0000" }
    }

    static func identifier(_ i: Int) -> String {
        let digits = String(i)
        return "demo-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    static func chineseNumeral(_ v: Int) -> String {
        let d = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if v < 10 { return d[v] }
        if v < 20 { return "十" + (v % 10 == 0 ? "" : d[v % 10]) }
        if v < 100 { return d[v / 10] + "十" + (v % 10 == 0 ? "" : d[v % 10]) }
        return String(v)
    }

    /// "YYYY-MM-DD" for 2015-07-01 plus `dayOffset` days (civil-from-days, proleptic Gregorian).
    static func date(dayOffset: Int) -> String {
        let (y, m, d) = CivilDate.components(day: dayOffset)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
