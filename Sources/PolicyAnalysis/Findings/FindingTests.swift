import PolicyModel

/// The test of each finding of the review, by finding id (data/catalog/findings.json). Each entry says in
/// its comment what it counts or looks for; docs/findings-check.md lists them with the review's wording.
/// A finding without an entry is reported not testable ("no test written").
enum FindingTests {
    typealias Test = @Sendable (Finding, FindingContext) -> FindingOutcome

    static let all: [String: Test] = [
        // 43 national (national + ministerial) and 140+ provincial policies collected by June 2020.
        "documents-collected": { _, c in collected(c) },
        // Provinces with a provincial or municipal policy dated up to 2019-04-30: all 31.
        "all-provinces-by-2019": { _, c in provincesBy2019(c) },
        // Provinces with a provincial document based on the guiding opinion (basedOn): 29.
        "based-on-guiding-opinion": { _, c in basedOnGuidingOpinion(c) },
        // 20+ ministerial sectors: the taxonomy codes 11 action areas, so only the areas touched are shown.
        "ministerial-sectors": { _, c in ministerialSectors(c) },
        // Central documents mostly mission-oriented; supply, environment and demand tools all used.
        "central-orientation": { _, c in centralOrientation(c) },
        // The guiding opinion's text calls for pilots (试点) and demonstrations (示范).
        "pilots-in-guiding-opinion": { _, c in
            guidingText(c, all: ["试点", "示范"], what: LocalizedText(zh: "试点、示范", en: "pilots (试点) and demonstrations (示范)"))
        },
        // Each named province's main document names demonstrations (示范) and pilots (试点).
        "demonstration-pilots": { f, c in mainDocumentsMention(f, c, all: ["示范", "试点"]) },
        // Each named province's main document names the national major projects (重大工程).
        "national-major-projects": { f, c in mainDocumentsMention(f, c, all: ["重大工程"]) },
        // In the guiding opinion's key actions (from 重点行动 on) 创业创新 comes before the other ten action names.
        "entrepreneurship-first-action": { _, c in entrepreneurshipFirst(c) },
        // Provinces whose documents are coded to entrepreneurship (title or text): at least 25.
        "entrepreneurship-25-provinces": { _, c in entrepreneurshipProvinces(c) },
        // The 2017 industrial-internet opinion's text names the six directions.
        "industrial-internet-six-directions": { f, c in
            namedDocumentText(f, c, phrases: ["网络基础", "平台体系", "产业支撑", "融合应用", "生态体系", "安全保障", "开放合作"], needed: 6)
        },
        // A MIIT notice on NB-IoT is in the corpus; with text, it deals with networks (网络).
        "miit-nb-iot": { _, c in
            example(c, ExampleDocument(issuer: "miit", region: nil, titleAny: ["NB-IoT", "移动物联网"], textAll: ["网络"]))
        },
        // A Shanxi 企业上云 plan; with text, it names small firms (中小) and the industrial internet.
        "shanxi-enterprise-cloud": { _, c in
            example(c, ExampleDocument(issuer: nil, region: "140000", titleAny: ["企业上云"], textAll: ["中小", "工业互联网"]))
        },
        // A Tianjin 三网联动 agriculture document; with text, it names 物联网 and 电商.
        "tianjin-three-networks": { _, c in
            example(c, ExampleDocument(issuer: nil, region: "120000", titleAny: ["三网联动"], textAll: ["物联网", "电商"]))
        },
        // A Shaanxi integrated-transport opinion; with text, it names information platforms (信息平台).
        "shaanxi-transport-platforms": { _, c in
            example(c, ExampleDocument(issuer: nil, region: "610000", titleAny: ["综合交通运输"], textAll: ["信息平台"]))
        },
        // Ministerial documents of 2015-07-01..2016-12-31: the majority issued by MIIT, NDRC, MoF or MOST.
        "central-ministries": { f, c in centralMinistries(f, c) },
        // Shared passages between central documents of different issuers (relation `central`).
        "overlapping-infrastructure": { _, c in centralOverlap(c) },
        // No central document titled as an evaluation standard (评估/评价 with 标准/指标/体系).
        "no-evaluation-standard": { _, c in noEvaluationStandard(c) },
        // Each named province's main document: the identical-goals flag (goals copied from the centre).
        "identical-goals": { f, c in identicalSections(f, c, goals: true) },
        // Each named province's main document: the identical-actions flag.
        "identical-actions": { f, c in identicalSections(f, c, goals: false) },
        // Vertical (centre to locality) and horizontal (province to province) shared passages both occur.
        "vertical-horizontal": { _, c in verticalHorizontal(c) },
        // Analysed local documents: most lack an evaluation clause naming indicators.
        "no-evaluation-system": { _, c in noEvaluationSystem(c) },
        "smart-agriculture-stuck": { _, _ in outside(zh: "讲的是农村基础设施与数据利用的现状，政策文本不记录", en: "it concerns rural infrastructure and data use on the ground, which policy texts do not record") },
        "parks-and-pilots": { _, _ in outside(zh: "讲的是园区建设的实际供需，政策文本不记录", en: "it concerns the actual supply and demand of parks, which policy texts do not record") },
        "issuance-overload": { _, c in issuanceOverload(c) },
        "sme-financing": { _, _ in outside(zh: "讲的是中小企业融资状况，政策文本不记录", en: "it concerns SMEs' access to credit, which policy texts do not record") },
        "three-withouts": { _, _ in outside(zh: "讲的是执行中是否有监督、评估和奖惩，政策文本不记录", en: "it concerns whether implementation was supervised, evaluated and rewarded, which policy texts do not record") },
        "ip-and-data": { _, _ in outside(zh: "讲的是法律对数据权属的保护现状，不在政策语料之内", en: "it concerns the state of the law on data ownership, which is outside a policy corpus") },
        "shared-bikes": { _, _ in outside(zh: "讲的是共享单车市场与社会问题，政策文本不记录", en: "it concerns the shared-bike market and its social effects, which policy texts do not record") },
    ]

    // MARK: - Scopes

    /// Every count is taken in the review's scope (`CorpusScope.review`: policies, related records left out, up
    /// to 2020-06-30), over a finding's own days where it names them; docs/findings-check.md says why.
    static let reviewScope = CorpusScope.review
    static let april2019 = PolicyDate(year: 2019, month: 4, day: 30)

    static func outside(zh: String, en: String) -> FindingOutcome {
        FindingOutcome(.notTestable, LocalizedText(zh: "语料无法检验：" + zh, en: "the corpus cannot test it: " + en))
    }

    // MARK: - Counts beside the review's

    static func collected(_ c: FindingContext) -> FindingOutcome {
        let counted = c.documents(in: reviewScope).filter { $0.isCentral || $0.level == .provincial }
        let central = counted.documents.filter(\.isCentral)
        let provincial = counted.documents.filter { $0.level == .provincial }
        let evidence = [
            FindingEvidence(LocalizedText(zh: "国家层面（国务院与部委）：综述 43 份，语料 \(central.count) 份", en: "national (State Council and ministries): review 43, corpus \(central.count)")),
            FindingEvidence(LocalizedText(zh: "省级：综述 140 余份，语料 \(provincial.count) 份", en: "provincial: review 140+, corpus \(provincial.count)")),
            FindingEvidence(counted.statement),
        ]
        if central.isEmpty && provincial.isEmpty {
            return FindingOutcome(.notTestable, LocalizedText(zh: "语料中没有该时间范围内的政策文件", en: "no policy in the corpus within the window"), evidence: evidence)
        }
        if central.count >= 43 && provincial.count > 140 {
            return FindingOutcome(.reproduced, LocalizedText(zh: "语料数量达到综述所收集的数量", en: "the corpus holds as many documents as the review collected"), evidence: evidence)
        }
        return FindingOutcome(.partly, LocalizedText(
            zh: "国家 \(central.count)/43，省级 \(provincial.count)/140+：语料未达到综述收集的数量，数量未能复现，也不构成反证",
            en: "national \(central.count)/43, provincial \(provincial.count)/140+: the corpus falls short of what the review collected, so the count is neither reproduced nor contradicted"),
            evidence: evidence)
    }

    /// A count of provinces beside the review's: reproduced when the corpus reaches it, contradicted only
    /// when even the untested provinces could not make it up, partly otherwise.
    static func provinceCount(_ c: FindingContext, review: Int, exact: Bool, outcome: (String) -> Bool?,
                              what: LocalizedText, scope: ScopedDocuments) -> FindingOutcome {
        let codes = c.corpus.taxonomy.divisions.map(\.code)
        var yes: [String] = [], no: [String] = [], unknown: [String] = []
        for code in codes {
            switch outcome(code) {
            case true?: yes.append(code)
            case false?: no.append(code)
            case nil: unknown.append(code)
            }
        }
        func list(_ l: [String], _ lang: KeyPath<LocalizedText, String>) -> String {
            l.map { c.provinceName($0)[keyPath: lang] }.joined(separator: lang == \LocalizedText.zh ? "、" : ", ")
        }
        var evidence = [FindingEvidence(LocalizedText(zh: "\(what.zh)：综述 \(review)，语料 \(yes.count)（共 \(codes.count) 个省级行政区）",
                                                      en: "\(what.en): review \(review), corpus \(yes.count) (of \(codes.count) divisions)"))]
        if !yes.isEmpty { evidence.append(FindingEvidence(LocalizedText(zh: "相符：" + list(yes, \.zh), en: "yes: " + list(yes, \.en)))) }
        if !no.isEmpty { evidence.append(FindingEvidence(LocalizedText(zh: "不符：" + list(no, \.zh), en: "no: " + list(no, \.en)))) }
        if !unknown.isEmpty { evidence.append(FindingEvidence(LocalizedText(zh: "无法判断：" + list(unknown, \.zh), en: "unknown: " + list(unknown, \.en)))) }
        evidence.append(FindingEvidence(scope.statement))
        if yes.isEmpty && no.isEmpty {
            return FindingOutcome(.notTestable, LocalizedText(zh: "语料中没有可判断的省份", en: "no province in the corpus can be judged"), evidence: evidence)
        }
        if exact ? yes.count == review : yes.count >= review {
            return FindingOutcome(.reproduced, LocalizedText(zh: "语料 \(yes.count)，与综述的 \(review) 一致", en: "corpus \(yes.count), as the review's \(review)"), evidence: evidence)
        }
        if yes.count > review || yes.count + unknown.count < review {
            return FindingOutcome(.contradicted, LocalizedText(zh: "语料 \(yes.count)（另有 \(unknown.count) 个无法判断），与综述的 \(review) 不符",
                                                               en: "corpus \(yes.count) (\(unknown.count) more unknown), against the review's \(review)"), evidence: evidence)
        }
        return FindingOutcome(.partly, LocalizedText(zh: "语料 \(yes.count)，另有 \(unknown.count) 个省份无法判断，尚不足综述的 \(review)",
                                                     en: "corpus \(yes.count), \(unknown.count) provinces unknown; short of the review's \(review) so far"), evidence: evidence)
    }

    static func provincesBy2019(_ c: FindingContext) -> FindingOutcome {
        let local = c.documents(in: reviewScope.between(nil, and: april2019)).filter { !$0.isCentral }
        let regions = Set(local.documents.compactMap(\.region))
        // A province without a document in the corpus is unknown, not a "no": the corpus may be incomplete.
        return provinceCount(c, review: 31, exact: false, outcome: { code in regions.contains(code) ? true : nil },
                             what: LocalizedText(zh: "截至2019-04-30有“互联网+”政策的省份", en: "provinces with an Internet Plus policy dated up to 2019-04-30"),
                             scope: local)
    }

    /// Why a finding about the 2015 guiding opinion cannot be checked (`Corpus.guidingOpinion`): another State
    /// Council 指导意见 does not stand in for it.
    static let noGuidingOpinion = LocalizedText(zh: "语料中没有指导意见（国发〔2015〕40号），也没有标明代替它的文件（extra.role = guiding-opinion）",
                                                en: "the corpus does not hold the guiding opinion (国发〔2015〕40号) nor a document marked as standing in for it (extra.role = guiding-opinion)")

    static func basedOnGuidingOpinion(_ c: FindingContext) -> FindingOutcome {
        guard let guiding = c.corpus.guidingOpinion else {
            return FindingOutcome(.notTestable, noGuidingOpinion)
        }
        let based = c.documents(in: reviewScope).filter { $0.level == .provincial && $0.basedOn.contains(guiding.id) }
        let regions = Set(based.documents.compactMap(\.region))
        return provinceCount(c, review: 29, exact: true, outcome: { code in regions.contains(code) ? true : nil },
                             what: LocalizedText(zh: "有省级文件以指导意见为依据（basedOn）的省份", en: "provinces with a provincial document based on the guiding opinion (basedOn)"),
                             scope: based)
    }

    static func entrepreneurshipProvinces(_ c: FindingContext) -> FindingOutcome {
        let area = "entrepreneurship"
        let coded = c.documents(in: reviewScope).filter { d in
            !d.isCentral && (d.actionAreas.ids.contains(area) || (c.indicators(d.id)?.actionAreas.contains(area) ?? false))
        }
        let regions = Set(coded.documents.compactMap(\.region))
        return provinceCount(c, review: 25, exact: false, outcome: { code in
            if regions.contains(code) { return true }
            // "No" only where the main document's text was coded and names no entrepreneurship.
            if case .success = c.mainDocumentText(of: code) { return false }
            return nil
        }, what: LocalizedText(zh: "文件涉及创业创新领域（标题或全文编码）的省份", en: "provinces with documents coded to entrepreneurship (title or text)"),
           scope: coded)
    }

    static func ministerialSectors(_ c: FindingContext) -> FindingOutcome {
        let scoped = c.documents(in: reviewScope).filter { $0.level == .ministerial }
        let ministerial = scoped.documents
        let areas = Set(ministerial.flatMap(\.actionAreas.ids))
        let issuers = Set(ministerial.flatMap(\.issuers))
        return FindingOutcome(.notTestable, LocalizedText(
            zh: "分类只有11个行动领域，不能按综述的20多个行业计数",
            en: "the taxonomy codes 11 action areas, not the review's 20-odd sectors"),
            evidence: [FindingEvidence(LocalizedText(zh: "部委文件 \(ministerial.count) 份，涉及 \(areas.count)/\(c.corpus.taxonomy.areas.count) 个行动领域、\(issuers.count) 个发文机关",
                                                     en: "\(ministerial.count) ministerial documents touching \(areas.count)/\(c.corpus.taxonomy.areas.count) action areas, from \(issuers.count) issuers")),
                       FindingEvidence(scoped.statement)])
    }

    static func issuanceOverload(_ c: FindingContext) -> FindingOutcome {
        var evidence: [FindingEvidence] = []
        if let g = c.corpus.guidingOpinion?.date, let end = PolicyDate(year: g.year + 2, month: g.month, day: g.day) {
            let central = c.documents(in: reviewScope.between(g.nextDay, and: end)).filter(\.isCentral)
            evidence.append(FindingEvidence(LocalizedText(zh: "指导意见后两年内（至 \(end)）的中央文件：\(central.documents.count) 份",
                                                          en: "central documents in the two years after the guiding opinion (to \(end)): \(central.documents.count)")))
            evidence.append(FindingEvidence(central.statement))
        }
        return FindingOutcome(.notTestable, LocalizedText(zh: "语料无法检验：讲的是地方部门的负担，政策文本不记录；右列为发文数量",
                                                          en: "the corpus cannot test it: it concerns the load on local departments, which texts do not record; the issuance count is beside it"),
                              evidence: evidence)
    }

    // MARK: - Central documents

    static func centralOrientation(_ c: FindingContext) -> FindingOutcome {
        let scoped = c.documents(in: reviewScope).filter(\.isCentral)
        let analysed = scoped.documents.compactMap { c.indicators($0.id) }
        guard !analysed.isEmpty else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "没有已分析全文的中央文件", en: "no central document with analysed text"),
                                  evidence: [FindingEvidence(scoped.statement)])
        }
        let mission = analysed.filter { $0.goalOrientation == .mission }.count
        let diffusion = analysed.filter { $0.goalOrientation == .diffusion }.count
        let classes = ["supply", "environment", "demand"]
        let used = classes.filter { k in analysed.contains { ($0.toolCounts[k] ?? 0) > 0 } }
        let usedNames = used.map { c.corpus.taxonomy.toolClassName($0) ?? LocalizedText(zh: $0, en: $0) }
        let evidence = [
            FindingEvidence(LocalizedText(zh: "任务导向 \(mission)，扩散导向 \(diffusion)，无目标 \(analysed.count - mission - diffusion)（已分析中央文件 \(analysed.count) 份）",
                                          en: "mission-oriented \(mission), diffusion-oriented \(diffusion), no goals \(analysed.count - mission - diffusion) (of \(analysed.count) analysed central documents)")),
            // The classes by their names in the taxonomy (the Chinese screen read 'supply、environment、demand').
            FindingEvidence(LocalizedText(zh: "用到的工具类：" + usedNames.map(\.zh).joined(separator: "、"),
                                          en: "tool classes used: " + usedNames.map(\.en).joined(separator: ", "))),
            FindingEvidence(scoped.statement),
        ]
        let mostlyMission = mission > diffusion
        let allTools = used.count == classes.count
        let verdict: FindingVerdict = mostlyMission && allTools ? .reproduced : (mostlyMission || allTools ? .partly : .contradicted)
        return FindingOutcome(verdict, LocalizedText(
            zh: (mostlyMission ? "任务导向居多" : "任务导向不占多数") + "；" + (allTools ? "三类工具都有使用" : "并非三类工具都有使用"),
            en: (mostlyMission ? "mostly mission-oriented" : "not mostly mission-oriented") + "; " + (allTools ? "all three tool classes used" : "not all three tool classes used")),
            evidence: evidence)
    }

    static func centralMinistries(_ f: Finding, _ c: FindingContext) -> FindingOutcome {
        let named = Set(f.about.filter { $0.kind == .issuer }.map(\.id))
        let start = PolicyDate(year: 2015, month: 7, day: 1), end = PolicyDate(year: 2016, month: 12, day: 31)
        let scoped = c.documents(in: reviewScope.between(start, and: end)).filter { $0.level == .ministerial }
        let early = scoped.documents
        guard !early.isEmpty else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "2015-07至2016-12没有部委文件", en: "no ministerial document dated 2015-07 to 2016-12"),
                                  evidence: [FindingEvidence(scoped.statement)])
        }
        let byNamed = early.filter { !named.isDisjoint(with: $0.issuers) }
        let share = Double(byNamed.count) / Double(early.count)
        // Named in each language (the Chinese evidence listed "MIIT, MOF, MOST, NDRC").
        let issuers = named.sorted().map { c.corpus.taxonomy.issuer($0) }
        let zhNames = zip(named.sorted(), issuers).map { $1?.zh ?? $0 }.joined(separator: "、")
        let enNames = zip(named.sorted(), issuers).map { $1?.abbreviation ?? $0 }.joined(separator: ", ")
        let evidence = [FindingEvidence(LocalizedText(zh: "2015-07至2016-12的部委文件 \(early.count) 份，其中 \(byNamed.count) 份（\(percent(share))）由\(zhNames)发出或联合发出",
                                                      en: "\(early.count) ministerial documents 2015-07 to 2016-12, \(byNamed.count) (\(percent(share))) issued or co-issued by \(enNames)")),
                        FindingEvidence(scoped.statement)]
        return share > 0.5
            ? FindingOutcome(.reproduced, LocalizedText(zh: "多数早期部委文件出自这几个部门", en: "most early ministerial documents come from these departments"), evidence: evidence)
            : FindingOutcome(.contradicted, LocalizedText(zh: "早期部委文件多数不出自这几个部门", en: "most early ministerial documents come from other departments"), evidence: evidence)
    }

    static func centralOverlap(_ c: FindingContext) -> FindingOutcome {
        guard let analysis = c.analysis else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "语料没有全文分析", en: "the corpus has no text analysis"))
        }
        let pairs = analysis.reuse.filter { $0.relation == .central }.sorted { $0.targetShare > $1.targetShare }
        guard !pairs.isEmpty else {
            return FindingOutcome(.notTestable, LocalizedText(
                zh: "不同机关的中央文件之间没有共享段落；内容相近但措辞不同的要求不在测量之内",
                en: "no shared passages between central documents of different issuers; similar requirements in different words are not measured"))
        }
        return FindingOutcome(.reproduced, LocalizedText(zh: "不同机关的中央文件之间有 \(pairs.count) 对共享段落", en: "\(pairs.count) pairs of central documents of different issuers share passages"),
                              evidence: pairs.prefix(5).map { pairEvidence($0, c) })
    }

    static func noEvaluationStandard(_ c: FindingContext) -> FindingOutcome {
        let scoped = c.documents(in: reviewScope).filter(\.isCentral)
        let central = scoped.documents
        guard !central.isEmpty else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "语料中没有中央文件", en: "no central document in the corpus"), evidence: [FindingEvidence(scoped.statement)])
        }
        let standards = central.filter { d in
            (d.title.contains("评估") || d.title.contains("评价")) && ["标准", "指标", "体系"].contains { d.title.contains($0) }
        }
        if standards.isEmpty {
            return FindingOutcome(.reproduced, LocalizedText(
                zh: "\(central.count) 份中央文件中没有以评估标准、指标或体系为题的",
                en: "none of the \(central.count) central documents is titled as an evaluation standard, indicator set or system"),
                evidence: [FindingEvidence(scoped.statement)])
        }
        return FindingOutcome(.contradicted, LocalizedText(zh: "有以评估标准为题的中央文件", en: "central documents titled as evaluation standards exist"),
                              evidence: standards.map { FindingEvidence(LocalizedText(zh: c.documentLabel($0) + " " + $0.title, en: c.documentLabel($0) + " " + $0.title), document: $0.id) }
                                  + [FindingEvidence(scoped.statement)])
    }

    // MARK: - Texts of named documents

    static func guidingText(_ c: FindingContext, all phrases: [String], what: LocalizedText) -> FindingOutcome {
        guard let g = c.corpus.guidingOpinion else {
            return FindingOutcome(.notTestable, noGuidingOpinion)
        }
        guard let t = c.text(of: g) else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "\(c.documentLabel(g)) 没有全文，导入全文后可检验", en: "\(c.documentLabel(g)) has no text; import its text to test"),
                                  evidence: [FindingEvidence(LocalizedText(zh: g.title, en: g.title), document: g.id)])
        }
        let found = phrases.filter { t.contains($0) }
        let evidence = [FindingEvidence(LocalizedText(zh: "\(c.documentLabel(g)) 全文含：" + (found.isEmpty ? "无" : found.joined(separator: "、")),
                                                      en: "\(c.documentLabel(g)) text contains: " + (found.isEmpty ? "none" : found.joined(separator: ", "))), document: g.id)]
        if found.count == phrases.count {
            return FindingOutcome(.reproduced, LocalizedText(zh: "指导意见全文提到" + what.zh, en: "the guiding opinion's text names " + what.en), evidence: evidence)
        }
        return FindingOutcome(found.isEmpty ? .contradicted : .partly,
                              LocalizedText(zh: "指导意见全文未全部提到" + what.zh, en: "the guiding opinion's text does not name all of " + what.en), evidence: evidence)
    }

    static func entrepreneurshipFirst(_ c: FindingContext) -> FindingOutcome {
        guard let g = c.corpus.guidingOpinion else {
            return FindingOutcome(.notTestable, noGuidingOpinion)
        }
        guard let t = c.text(of: g) else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "\(c.documentLabel(g)) 没有全文，导入全文后可检验", en: "\(c.documentLabel(g)) has no text; import its text to test"))
        }
        // The first mention of each area's Chinese name after the key-actions heading (goals name areas
        // too, in any order); the whole text when there is no such heading.
        let actions = t.range(of: "重点行动").map { t[$0.lowerBound...] } ?? t[...]
        let positions = c.corpus.taxonomy.areas.compactMap { a -> (String, Int)? in
            actions.range(of: a.zh).map { (a.zh, actions.distance(from: actions.startIndex, to: $0.lowerBound)) }
        }.sorted { $0.1 < $1.1 }
        guard let first = positions.first else {
            return FindingOutcome(.contradicted, LocalizedText(zh: "指导意见全文没有提到任何行动领域名称", en: "the guiding opinion's text names no action area"), evidence: [FindingEvidence(LocalizedText(zh: g.title, en: g.title), document: g.id)])
        }
        let order = positions.map(\.0).joined(separator: " › ")
        let evidence = [FindingEvidence(LocalizedText(zh: "领域名称首次出现的顺序：" + order, en: "order of first mention: " + order), document: g.id)]
        return first.0 == "创业创新"
            ? FindingOutcome(.reproduced, LocalizedText(zh: "创业创新最先出现", en: "创业创新 comes first"), evidence: evidence)
            : FindingOutcome(.contradicted, LocalizedText(zh: "最先出现的是\(first.0)", en: "\(first.0) comes first"), evidence: evidence)
    }

    /// The first document the finding names (other than the guiding opinion), tested for phrases in its text.
    static func namedDocumentText(_ f: Finding, _ c: FindingContext, phrases: [String], needed: Int) -> FindingOutcome {
        let guidingID = c.corpus.guidingOpinion?.id
        let ids = f.about.filter { $0.kind == .document && $0.id != guidingID }.map(\.id)
        guard let d = ids.lazy.compactMap({ c.corpus.document($0) }).first else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "语料中没有结论所指的文件（\(ids.joined(separator: ", "))）", en: "the document the finding names is not in the corpus (\(ids.joined(separator: ", ")))"))
        }
        guard let t = c.text(of: d) else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "\(c.documentLabel(d)) 没有全文，导入全文后可检验", en: "\(c.documentLabel(d)) has no text; import its text to test"),
                                  evidence: [FindingEvidence(LocalizedText(zh: d.title, en: d.title), document: d.id)])
        }
        let found = phrases.filter { t.contains($0) }
        let evidence = [FindingEvidence(LocalizedText(zh: "全文含 \(found.count)/\(phrases.count)：" + found.joined(separator: "、"),
                                                      en: "text contains \(found.count)/\(phrases.count): " + found.joined(separator: ", ")), document: d.id)]
        let verdict: FindingVerdict = found.count >= needed ? .reproduced : (found.isEmpty ? .contradicted : .partly)
        return FindingOutcome(verdict, LocalizedText(zh: "需要至少 \(needed) 个方向名称，找到 \(found.count) 个", en: "needs at least \(needed) direction names, found \(found.count)"), evidence: evidence)
    }

    /// A local example the review cites, written as data: where to find it and what its text must name.
    struct ExampleDocument {
        var issuer: String?
        var region: String?
        var titleAny: [String]
        var textAll: [String]
    }

    static func example(_ c: FindingContext, _ e: ExampleDocument) -> FindingOutcome {
        let candidates = c.corpus.documents.filter { d in
            (e.issuer.map { d.issuers.contains($0) } ?? true) && (e.region.map { d.region == $0 } ?? true)
                && e.titleAny.contains { d.title.contains($0) }
        }
        let where_ = e.region.map { c.provinceName($0) } ?? e.issuer.flatMap { c.corpus.taxonomy.issuer($0) }.map { LocalizedText(zh: $0.zh, en: $0.abbreviation) }
            ?? LocalizedText(zh: "", en: "")
        let titles = e.titleAny.joined(separator: " / ")
        guard let d = candidates.first(where: { c.text(of: $0) != nil }) ?? candidates.first else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "语料中没有\(where_.zh)标题含“\(titles)”的文件", en: "no \(where_.en) document titled with \(titles) in the corpus"))
        }
        let label = FindingEvidence(LocalizedText(zh: c.documentLabel(d) + " " + d.title, en: c.documentLabel(d) + " " + d.title), document: d.id)
        guard let t = c.text(of: d) else {
            return FindingOutcome(.partly, LocalizedText(zh: "文件在语料中（目录记录），没有全文，内容未检验；导入全文后可检验",
                                                         en: "the document is in the corpus (catalogue record) without text, so its content is not tested; import its text to test"),
                                  evidence: [label])
        }
        let missing = e.textAll.filter { !t.contains($0) }
        if missing.isEmpty {
            return FindingOutcome(.reproduced, LocalizedText(zh: "文件在语料中，全文提到" + e.textAll.joined(separator: "、"), en: "the document is in the corpus and its text names " + e.textAll.joined(separator: ", ")), evidence: [label])
        }
        return FindingOutcome(missing.count == e.textAll.count ? .contradicted : .partly,
                              LocalizedText(zh: "全文没有提到" + missing.joined(separator: "、"), en: "its text does not name " + missing.joined(separator: ", ")), evidence: [label])
    }

    // MARK: - Named provinces' main documents

    static func namedProvinces(_ f: Finding) -> [String] { f.about.filter { $0.kind == .province }.map(\.id) }

    static func mainDocumentsMention(_ f: Finding, _ c: FindingContext, all phrases: [String]) -> FindingOutcome {
        let outcomes = namedProvinces(f).map { code -> SubjectOutcome in
            let name = c.provinceName(code)
            guard let d = c.mainDocument(of: code) else {
                if case .failure(let m) = c.mainDocumentText(of: code) { return SubjectOutcome(agrees: nil, evidence: FindingEvidence(m.text)) }
                return SubjectOutcome(agrees: nil, evidence: FindingEvidence(LocalizedText(zh: name.zh, en: name.en)))
            }
            guard let t = c.text(of: d) else {
                return SubjectOutcome(agrees: nil, evidence: FindingEvidence(LocalizedText(zh: "\(name.zh)：\(c.documentLabel(d)) 没有全文，导入全文后可检验",
                                                                                          en: "\(name.en): \(c.documentLabel(d)) has no text; import its text to test"), document: d.id))
            }
            let found = phrases.filter { t.contains($0) }
            return SubjectOutcome(agrees: found.count == phrases.count, evidence: FindingEvidence(LocalizedText(
                zh: "\(name.zh)：\(c.documentLabel(d)) 全文含 " + (found.isEmpty ? "无" : found.joined(separator: "、")) + "（需 " + phrases.joined(separator: "、") + "）",
                en: "\(name.en): \(c.documentLabel(d)) text contains " + (found.isEmpty ? "none" : found.joined(separator: ", ")) + " (needs " + phrases.joined(separator: ", ") + ")"), document: d.id))
        }
        return SubjectOutcome.verdict(outcomes)
    }

    static func identicalSections(_ f: Finding, _ c: FindingContext, goals: Bool) -> FindingOutcome {
        let guidingID = c.corpus.guidingOpinion?.id
        let outcomes = namedProvinces(f).map { code -> SubjectOutcome in
            let name = c.provinceName(code)
            switch c.mainDocumentText(of: code) {
            case .failure(let m):
                return SubjectOutcome(agrees: nil, evidence: FindingEvidence(m.text, document: m.document))
            case .success(let (d, ind)):
                let flag = goals ? ind.identicalGoals : ind.identicalActions
                let share = goals ? ind.copiedFromCentreGoals : ind.copiedFromCentreActions
                let source = (goals ? ind.identicalGoalsSource : ind.identicalActionsSource) ?? guidingID
                let section = goals ? LocalizedText(zh: "目标", en: "goals") : LocalizedText(zh: "重点行动", en: "key actions")
                // No such section recognised: unknown, not a "no" (the share is nil then).
                guard share != nil else {
                    return SubjectOutcome(agrees: nil, evidence: FindingEvidence(LocalizedText(
                        zh: "\(name.zh)：\(c.documentLabel(d)) 未识别出\(section.zh)部分，无法检验",
                        en: "\(name.en): \(c.documentLabel(d)) has no \(section.en) section recognised; cannot be tested"), document: d.id))
                }
                let evidence = FindingEvidence(LocalizedText(
                    zh: "\(name.zh)：\(c.documentLabel(d)) \(section.zh)与中央相同：\(flag ? "是" : "否")，\(section.zh)部分照搬中央 \(percent(share))",
                    en: "\(name.en): \(c.documentLabel(d)) identical \(section.en): \(flag ? "yes" : "no"), \(section.en) copied from the centre \(percent(share))"),
                    document: d.id, compare: source.map { [$0, d.id] })
                return SubjectOutcome(agrees: flag, evidence: evidence)
            }
        }
        return SubjectOutcome.verdict(outcomes)
    }

    // MARK: - Reuse and evaluation over the corpus

    static func pairEvidence(_ p: ReusePairSummary, _ c: FindingContext) -> FindingEvidence {
        let a = c.corpus.document(p.source).map(c.documentLabel) ?? p.source
        let b = c.corpus.document(p.target).map(c.documentLabel) ?? p.target
        return FindingEvidence(LocalizedText(zh: "\(a) → \(b)：右文 \(percent(p.targetShare)) 来自左文", en: "\(a) → \(b): \(percent(p.targetShare)) of the target from the source"),
                               compare: [p.source, p.target])
    }

    static func verticalHorizontal(_ c: FindingContext) -> FindingOutcome {
        guard let analysis = c.analysis, !analysis.documents.isEmpty else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "语料没有全文分析", en: "the corpus has no text analysis"))
        }
        let vertical = analysis.reuse.filter { $0.relation == .vertical }.sorted { $0.targetShare > $1.targetShare }
        let horizontal = analysis.reuse.filter { $0.relation == .horizontal }.sorted { $0.targetShare > $1.targetShare }
        // A kind of copying can be absent only where it could have happened: vertical where a central document
        // precedes a local one (its share from the centre is known), horizontal between two provinces' documents.
        let local = analysis.documents.filter { c.corpus.document($0.id).map { !$0.isCentral } ?? false }
        let verticalTestable = local.contains { $0.copiedFromCentre != nil }
        let horizontalTestable = Set(local.compactMap { c.corpus.document($0.id)?.region }).count >= 2
        var untestable: [LocalizedText] = []
        if !verticalTestable {
            untestable.append(LocalizedText(zh: "纵向无从检验：没有早于地方文件的中央文件", en: "vertical copying cannot be tested: no central document precedes a local one"))
        }
        if !horizontalTestable {
            untestable.append(LocalizedText(zh: "横向无从检验：已分析的地方文件不足两个省份", en: "horizontal copying cannot be tested: the analysed local documents are from fewer than two provinces"))
        }
        let evidence = [FindingEvidence(LocalizedText(zh: "纵向（中央→地方）\(vertical.count) 对，横向（省际）\(horizontal.count) 对",
                                                      en: "vertical (centre to locality) \(vertical.count) pairs, horizontal (between provinces) \(horizontal.count) pairs"))]
            + untestable.map { FindingEvidence($0) }
            + (vertical.first.map { [pairEvidence($0, c)] } ?? []) + (horizontal.first.map { [pairEvidence($0, c)] } ?? [])
        guard verticalTestable || horizontalTestable else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "两类照搬都无从检验", en: "neither kind of copying can be tested"), evidence: evidence)
        }
        switch (vertical.isEmpty, horizontal.isEmpty) {
        case (false, false): return FindingOutcome(.reproduced, LocalizedText(zh: "两类照搬都存在", en: "both kinds of copying occur"), evidence: evidence)
        case (true, true) where verticalTestable && horizontalTestable:
            return FindingOutcome(.contradicted, LocalizedText(zh: "已分析的全文中没有照搬段落", en: "no copied passages in the analysed texts"), evidence: evidence)
        case (true, true):
            return FindingOutcome(.contradicted, LocalizedText(zh: "可检验的一类照搬不存在，另一类无从检验", en: "the kind of copying that can be tested does not occur; the other cannot be tested"),
                                  evidence: evidence)
        default:
            let onlyTestable = vertical.isEmpty ? !verticalTestable : !horizontalTestable
            return FindingOutcome(.partly, onlyTestable
                                  ? LocalizedText(zh: "一类照搬存在，另一类无从检验", en: "one kind of copying occurs; the other cannot be tested")
                                  : LocalizedText(zh: "只有一类照搬", en: "only one kind of copying occurs"), evidence: evidence)
        }
    }

    static func noEvaluationSystem(_ c: FindingContext) -> FindingOutcome {
        let scoped = c.documents(in: reviewScope).filter { !$0.isCentral }
        let local = scoped.documents.compactMap { c.indicators($0.id) }
        guard !local.isEmpty else {
            return FindingOutcome(.notTestable, LocalizedText(zh: "没有已分析全文的地方文件", en: "no local document with analysed text"),
                                  evidence: [FindingEvidence(scoped.statement)])
        }
        let lacking = local.filter { !$0.evaluationNamesIndicators }.count
        let share = Double(lacking) / Double(local.count)
        let evidence = [FindingEvidence(LocalizedText(zh: "已分析地方文件 \(local.count) 份，其中 \(lacking) 份（\(percent(share))）的评估条款没有指明指标",
                                                      en: "\(lacking) of \(local.count) analysed local documents (\(percent(share))) have no evaluation clause naming indicators")),
                        FindingEvidence(scoped.statement)]
        return share > 0.5
            ? FindingOutcome(.reproduced, LocalizedText(zh: "多数地方文件缺少带指标的评估", en: "most local documents lack an evaluation with indicators"), evidence: evidence)
            : FindingOutcome(.contradicted, LocalizedText(zh: "多数地方文件有带指标的评估条款", en: "most local documents have an evaluation clause naming indicators"), evidence: evidence)
    }
}
