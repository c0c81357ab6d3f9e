import Foundation
import XCTest
import PolicyModel
@testable import PolicyAnalysis

/// The findings check on the bundled catalogue, the demo corpus and small fixture corpora built so that a
/// finding must come out reproduced, contradicted, partly or not testable.
final class FindingCheckTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let taxonomyDirectory = repository.appendingPathComponent("data/taxonomy")

    static func load(_ name: String) throws -> Corpus {
        let result = CorpusLoader(taxonomyDirectory: taxonomyDirectory).load(repository.appendingPathComponent(name))
        guard let corpus = result.corpus else { throw XCTSkip("cannot load \(name): \(result.problems)") }
        return corpus
    }

    static let catalog: Result<Corpus, Error> = Result { try load("data/catalog") }

    /// The dashboard holds a corpus without its texts (read from their files when needed): the findings that
    /// read a document's text said "no text, import its text to test" there, for texts that were on disk.
    func testACorpusLoadedWithoutItsTextsIsCheckedAsWithThem() throws {
        let directory = Self.repository.appendingPathComponent("data/demo")
        let loader = CorpusLoader(taxonomyDirectory: Self.taxonomyDirectory)
        let full = try XCTUnwrap(loader.load(directory).corpus)
        let deferred = try XCTUnwrap(loader.load(directory, deferTexts: true).corpus)
        XCTAssertTrue(deferred.documents.allSatisfy { $0.text == nil })
        let summary = AnalysisSummary(result: CorpusAnalysis(corpus: full).result().0, filesStamp: nil, parts: [])
        let findings = try Self.catalog.get().findings
        let withTexts = FindingChecker(context: FindingContext(corpus: full, summary: summary)).check(findings)
        let withoutTexts = FindingChecker(context: FindingContext(corpus: deferred, summary: summary)).check(findings)
        XCTAssertEqual(withoutTexts.map(\.id), withTexts.map(\.id))
        for (a, b) in zip(withoutTexts, withTexts) {
            XCTAssertEqual(a.verdict, b.verdict, a.id)
            XCTAssertEqual(a.reason, b.reason, a.id)
            XCTAssertEqual(a.evidence, b.evidence, a.id)
        }
        // Some of them read texts: the guiding opinion's, the named documents'.
        XCTAssertTrue(withTexts.contains { $0.id == "pilots-in-guiding-opinion" && $0.verdict == .reproduced })
    }

    // MARK: - Fixtures

    static let goals = "到2018年，建成100个农业物联网示范基地，电子商务交易额达到5000亿元，培育一批智慧物流骨干企业，形成若干互联网融合创新产业集群。"
    static let actions = "支持龙头企业围绕数字物流交易中心开展技术攻关，培育一批绿色能源监测网络，推动普惠金融服务平台建设，加快发展智能制造示范工厂。"

    static func guiding() -> PolicyDocument {
        PolicyDocument(id: "go", title: "国务院关于积极推进“互联网+”行动的指导意见", number: "国发〔2015〕40号", issuers: ["state-council"],
                       level: .national, dateWritten: PolicyDate("2015-07-01"), datePublished: PolicyDate("2015-07-04"), kind: .guidingOpinion,
                       text: "一、总体要求\n（一）发展目标。\(goals)\n二、重点行动\n（一）创业创新。\(actions)\n三、保障支撑\n（一）试点示范。开展试点示范，先行先试。\n")
    }

    /// A provincial main document: copying the centre's goals, or written in its own words.
    static func province(_ code: String, copiesGoals: Bool, text: Bool = true) -> PolicyDocument {
        let own = "本省目标是推动\(code)特色产业与互联网融合，围绕海洋经济港口航运和数字文旅形成若干本地优势集群并持续提升。"
        let body = "一、总体要求\n（一）发展目标。\(copiesGoals ? goals : own)\n二、重点任务\n（一）本省行动。本省自主编写的行动内容完全不同，涉及\(code)本地资源开发和乡村旅游的融合发展等方面。\n"
        return PolicyDocument(id: "p-\(code)", title: "关于积极推进“互联网+”行动的实施意见", number: "政发〔2016〕\(code.prefix(2))号",
                              issuers: ["provincial-government"], level: .provincial, region: code,
                              dateWritten: PolicyDate("2016-01-10"), kind: .implementationOpinion, basedOn: ["go"],
                              text: text ? body : nil, extra: ["role": "main-implementation"])
    }

    func check(_ id: String, documents: [PolicyDocument], coverage: CatalogueCoverage? = nil) throws -> FindingCheck {
        let catalog = try Self.catalog.get()
        let corpus = Corpus(directory: FileManager.default.temporaryDirectory.appendingPathComponent("ipap-findings-\(UUID().uuidString)"),
                            info: CorpusInfo(name: "fixture"), taxonomy: catalog.taxonomy, documents: documents, findings: catalog.findings)
        let analysis = CorpusAnalysis(corpus: corpus)
        let result = analysis.inputs.isEmpty ? nil : PolicyAnalyzer(parameters: analysis.parameters).analyze(analysis.inputs)
        let checker = FindingChecker(context: FindingContext(corpus: corpus, analysis: result, coverage: coverage))
        guard let finding = catalog.findings.first(where: { $0.id == id }) else { throw XCTSkip("no finding \(id)") }
        return checker.check(finding)
    }

    // The four provinces the review names for identical goals: 河北 山西 云南 陕西.
    let named = ["130000", "140000", "530000", "610000"]

    // MARK: - Verdicts on fixtures

    /// Another State Council 指导意见 in a corpus without 国发〔2015〕40号 took its place: lags and the findings about the
    /// guiding opinion were counted from a 2016 opinion ("contradicted: 现代农业 comes first"). Only 40号, or a document
    /// marked as standing in for it, is the guiding opinion.
    func testAnotherGuidingOpinionDoesNotStandInForTheOneOf2015() throws {
        var other = Self.guiding()
        other.id = "go-2016"
        other.number = "国发〔2016〕88号"
        other.dateWritten = PolicyDate("2016-05-10")
        let provinces = named.map { Self.province($0, copiesGoals: true) }.map { p -> PolicyDocument in
            var p = p
            p.basedOn = ["go-2016"]
            return p
        }
        let c = try check("based-on-guiding-opinion", documents: [other] + provinces)
        XCTAssertEqual(c.verdict, .notTestable, "\(c)")
        XCTAssertTrue(c.reason.en.contains("国发〔2015〕40号"), c.reason.en)
        var marked = other
        marked.extra["role"] = "guiding-opinion"
        XCTAssertNotEqual(try check("based-on-guiding-opinion", documents: [marked] + provinces).verdict, .notTestable)
    }


    func testIdenticalGoalsReproducedWhenEveryNamedProvinceCopiesTheGoals() throws {
        let c = try check("identical-goals", documents: [Self.guiding()] + named.map { Self.province($0, copiesGoals: true) })
        XCTAssertEqual(c.verdict, .reproduced, c.reason.en)
        XCTAssertEqual(c.evidence.count, 4)
        // Each piece of evidence opens the compare view: the centre's document beside the province's.
        XCTAssertEqual(c.evidence.compactMap(\.compare), named.map { ["go", "p-\($0)"] })
        XCTAssertTrue(c.evidence.allSatisfy { $0.en.contains("identical goals: yes") }, c.evidence.map(\.en).joined(separator: "\n"))
    }

    func testIdenticalGoalsContradictedWhenNoNamedProvinceCopiesThem() throws {
        let c = try check("identical-goals", documents: [Self.guiding()] + named.map { Self.province($0, copiesGoals: false) })
        XCTAssertEqual(c.verdict, .contradicted, c.reason.en)
        XCTAssertTrue(c.evidence.allSatisfy { $0.en.contains("identical goals: no") })
    }

    func testIdenticalGoalsPartlyAndNotTestableSayWhatIsMissing() throws {
        // 河北 copies; 山西 has no main document; 云南's has no text; 陕西 writes its own goals.
        let docs = [Self.guiding(), Self.province("130000", copiesGoals: true), Self.province("530000", copiesGoals: true, text: false),
                    Self.province("610000", copiesGoals: false)]
        let c = try check("identical-goals", documents: docs)
        XCTAssertEqual(c.verdict, .partly, c.reason.en)
        XCTAssertTrue(c.reason.en.contains("1 agree, 1 disagree, 2 not testable"), c.reason.en)
        XCTAssertTrue(c.reason.en.contains("Shanxi: no main implementation document in the corpus"), c.reason.en)
        XCTAssertTrue(c.reason.en.contains("Yunnan: 政发〔2016〕53号 has no text; import its text to test"), c.reason.en)

        let none = try check("identical-goals", documents: [Self.guiding(), Self.province("530000", copiesGoals: true, text: false)])
        XCTAssertEqual(none.verdict, .notTestable)
        XCTAssertEqual(none.evidence.map(\.en).filter { $0.contains("no main implementation document") }.count, 3)
    }

    /// A main document without a goals section is unknown for identical goals, not a "no": a QA pass saw
    /// "contradicted, 0 agree, 1 disagree" resting on a province whose document has no goals part.
    func testIdenticalGoalsWithoutAGoalsSectionIsNotTestable() throws {
        var noGoals = Self.province("130000", copiesGoals: false)
        noGoals.text = "一、重点任务\n（一）本省行动。本省自主编写的行动内容完全不同，涉及本地资源开发和乡村旅游的融合发展等方面。\n"
        let c = try check("identical-goals", documents: [Self.guiding(), noGoals])
        XCTAssertEqual(c.verdict, .notTestable, c.reason.en)
        XCTAssertTrue(c.evidence.contains { $0.en.contains("Hebei: 政发〔2016〕13号 has no goals section recognised") }, c.evidence.map(\.en).joined(separator: "\n"))
    }

    func testNotFoundPlaceholderIsNamed() throws {
        let coverage = CatalogueCoverage(schema: 1, provinces: [
            .init(code: "140000", status: .notFound, document: nil, seen: nil, searches: ["a", "b"])])
        let c = try check("identical-goals", documents: [Self.guiding()], coverage: coverage)
        XCTAssertTrue(c.evidence.contains { $0.en == "Shanxi: no main implementation document in the corpus (recorded as not found; searches tried: 2)" },
                      c.evidence.map(\.en).joined(separator: "\n"))
    }

    func testCountsAreSetBesideTheReviewsAndScopedToPolicies() throws {
        // 31 provinces with a main document based on the guiding opinion: more than the review's 29, so contradicted.
        let catalog = try Self.catalog.get()
        let all = catalog.taxonomy.divisions.map { Self.province($0.code, copiesGoals: false, text: false) }
        let c = try check("based-on-guiding-opinion", documents: [Self.guiding()] + all)
        XCTAssertEqual(c.verdict, .contradicted, c.reason.en)
        XCTAssertTrue(c.evidence[0].en.contains("review 29, corpus 31"), c.evidence[0].en)
        let by2019 = try check("all-provinces-by-2019", documents: [Self.guiding()] + all)
        XCTAssertEqual(by2019.verdict, .reproduced, by2019.reason.en)

        // A related record (extra.scope = related) is not a policy: the national count leaves it out.
        var related = Self.guiding()
        related.id = "related"
        related.number = nil
        related.extra = ["scope": "related"]
        let counted = try check("documents-collected", documents: [Self.guiding(), related])
        XCTAssertTrue(counted.evidence[0].en.hasSuffix("review 43, corpus 1"), counted.evidence[0].en)
    }

    /// A province whose only document is dated by the year in its number (京政发〔2016〕4号) was "unknown" for
    /// all-provinces-by-2019 and "undated" for documents-collected, while the timeline and `stats` placed it in 2016.
    func testAYearKnownOnlyFromTheNumberIsCountedWhenTheWholeYearLiesBeforeTheCutOff() throws {
        func undated(_ code: String, year: Int) -> PolicyDocument {
            var d = Self.province(code, copiesGoals: false, text: false)
            d.dateWritten = nil
            d.number = "政发〔\(year)〕\(code.prefix(2))号"
            return d
        }
        let docs = [Self.guiding(), undated("110000", year: 2016), undated("130000", year: 2019), Self.province("310000", copiesGoals: false, text: false)]
        let by2019 = try check("all-provinces-by-2019", documents: docs)
        let lines = by2019.evidence.map(\.en)
        XCTAssertTrue(lines[0].contains("review 31, corpus 2"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("yes: Beijing, Shanghai") }, lines.joined(separator: "\n"))
        // 2019 against 2019-04-30: the year straddles the cut-off, so Hebei stays unknown.
        XCTAssertTrue(lines.contains { $0.hasPrefix("unknown: Tianjin, Hebei") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains {
            $0.hasSuffix("up to 2019-04-30; 1 counted by the year in their number (no date); 1 not counted: only the year in their number, which straddles the scope's bound")
        }, lines.joined(separator: "\n"))

        let collected = try check("documents-collected", documents: docs)
        XCTAssertTrue(collected.evidence[1].en.hasSuffix("review 140+, corpus 3"), collected.evidence[1].en)
        XCTAssertTrue(collected.evidence[2].en.hasSuffix("; 2 counted by the year in their number (no date)"), collected.evidence[2].en)
    }

    /// `ipap findings` counted "policies" as every document not marked related and dated; `stats --review-scope`
    /// as policies (no approvals or notices) including year-only dates. Both count in `CorpusScope.review` now.
    func testFindingsCountInTheReviewScopeAsStatsDoes() throws {
        let catalog = try Self.catalog.get()
        let scoped = CorpusScope.review.apply(to: catalog).documents
        let central = scoped.filter(\.isCentral).count, provincial = scoped.filter { $0.level == .provincial }.count
        let checks = FindingChecker(context: FindingContext(corpus: catalog, analysis: nil)).check(catalog.findings)
        let collected = try XCTUnwrap(checks.first { $0.id == "documents-collected" })
        XCTAssertEqual(collected.evidence[0].en, "national (State Council and ministries): review 43, corpus \(central)")
        XCTAssertEqual(collected.evidence[1].en, "provincial: review 140+, corpus \(provincial)")
        let standard = try XCTUnwrap(checks.first { $0.id == "no-evaluation-standard" })
        XCTAssertEqual(standard.reason.en, "none of the \(central) central documents is titled as an evaluation standard, indicator set or system")
        // Every finding that counts documents says in which scope.
        for id in ["documents-collected", "all-provinces-by-2019", "based-on-guiding-opinion", "ministerial-sectors", "central-orientation",
                   "entrepreneurship-25-provinces", "central-ministries", "no-evaluation-standard", "no-evaluation-system", "issuance-overload"] {
            let c = try XCTUnwrap(checks.first { $0.id == id })
            XCTAssertTrue(c.evidence.contains { $0.en.hasPrefix("scope: policy (related records left out)") && $0.zh.hasPrefix("范围：政策（不含相关记录）") },
                          "\(id): \(c.evidence.map(\.en))")
        }
    }

    func testTextFindingsOnTheGuidingOpinion() throws {
        let c = try check("entrepreneurship-first-action", documents: [Self.guiding()])
        XCTAssertEqual(c.verdict, .reproduced, c.reason.en + c.evidence.map(\.en).joined())
        let pilots = try check("pilots-in-guiding-opinion", documents: [Self.guiding()])
        XCTAssertEqual(pilots.verdict, .reproduced)
        var bare = Self.guiding()
        bare.text = nil
        let untested = try check("pilots-in-guiding-opinion", documents: [bare])
        XCTAssertEqual(untested.verdict, .notTestable)
        XCTAssertTrue(untested.reason.en.contains("has no text; import its text to test"))
    }

    // MARK: - Bundled catalogue and demo corpus

    func testEveryFindingOfTheCatalogueHasATestAndAVerdictWithAReason() throws {
        let catalog = try Self.catalog.get()
        XCTAssertEqual(catalog.findings.count, 29)
        let coverage = try CatalogueCoverage.load(from: catalog.directory)
        XCTAssertEqual(coverage?.provinces.count, 31)
        let checks = FindingChecker(context: FindingContext(corpus: catalog, analysis: nil, coverage: coverage)).check(catalog.findings)
        for c in checks {
            XCTAssertTrue(FindingChecker.hasTest(c.id), "no test for \(c.id)")
            XCTAssertFalse(c.reason.zh.isEmpty || c.reason.en.isEmpty, c.id)
        }
        // Chinese evidence names issuers in Chinese: central-ministries listed "MIIT, MOF, MOST, NDRC" there.
        let abbreviations = catalog.taxonomy.issuers.map(\.abbreviation).filter { $0.count >= 3 && $0.allSatisfy(\.isUppercase) }
        XCTAssertFalse(abbreviations.isEmpty)
        for c in checks {
            let zh = ([c.reason.zh] + c.evidence.map(\.zh)).joined(separator: "\n")
            for a in abbreviations where zh.range(of: "\\b\(a)\\b", options: .regularExpression) != nil {
                XCTFail("\(c.id): the Chinese text names an issuer by its English abbreviation \(a): \(zh)")
            }
        }
        let ministries = try XCTUnwrap(checks.first { $0.id == "central-ministries" })
        XCTAssertTrue(ministries.evidence.contains { $0.zh.contains("工业和信息化部") }, ministries.evidence.map(\.zh).joined())
        // The catalogue has no texts and no main document for 河北 and 山西 (searched, not found).
        let goals = try XCTUnwrap(checks.first { $0.id == "identical-goals" })
        XCTAssertEqual(goals.verdict, .notTestable)
        XCTAssertTrue(goals.evidence.contains { $0.zh.hasPrefix("河北：主实施文件未收录（目录记为未找到") }, goals.evidence.map(\.zh).joined(separator: "\n"))
        // JSON has the shape the issue gives.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try XCTUnwrap(String(data: try encoder.encode(goals), encoding: .utf8))
        for key in ["\"id\"", "\"problem\"", "\"text\"", "\"citation\"", "\"verdict\":\"not-testable\"", "\"reason\"", "\"evidence\""] {
            XCTAssertTrue(json.contains(key), "\(key) missing in \(json)")
        }
    }

    func testDemoCorpusGetsAVerdictForEveryFindingOfTheReview() throws {
        let demo = try Self.load("data/demo")
        let catalog = try Self.catalog.get()
        XCTAssertTrue(demo.findings.isEmpty)
        let analysis = CorpusAnalysis(corpus: demo)
        let result = PolicyAnalyzer(parameters: analysis.parameters).analyze(analysis.inputs)
        let checks = FindingChecker(context: FindingContext(corpus: demo, analysis: result)).check(catalog.findings)
        XCTAssertEqual(checks.count, catalog.findings.count)
        // The demo corpus has planted copying from its centre and between provinces.
        let kinds = try XCTUnwrap(checks.first { $0.id == "vertical-horizontal" })
        XCTAssertEqual(kinds.verdict, .reproduced, kinds.reason.en)
        XCTAssertTrue(kinds.evidence.contains { $0.compare != nil })
        // It has documents for 河北 and 云南 but none for 山西 and 陕西.
        let goals = try XCTUnwrap(checks.first { $0.id == "identical-goals" })
        XCTAssertNotEqual(goals.verdict, .reproduced)
        XCTAssertTrue(goals.reason.en.contains("Shanxi: no main implementation document in the corpus"), goals.reason.en)
    }
}
