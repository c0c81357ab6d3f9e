import Foundation
import XCTest
@testable import PolicyModel

/// What was seen of a record, the review's counting scope, and issuers named as on the document's date.
final class ProvenanceScopeIssuerTests: XCTestCase {
    var catalog: Corpus { MetadataIndicatorTests.catalog }

    // MARK: Provenance (item 9)

    func testTheLabelSaysExactlyWhatWasSeen() throws {
        let repost = Provenance(place: .thirdPartyRepost, fields: [.title], url: "http://example.org/a")
        XCTAssertEqual(repost.label.zh, "标题见于第三方转载；文号、日期未见")
        XCTAssertEqual(Provenance(place: .officialSite, fields: [.number, .title, .date], url: "http://www.gov.cn/a").label.en,
                       "title, number, date seen on an official government site")
        XCTAssertFalse(Provenance.notSeen.isSeen)
        XCTAssertEqual(Provenance.place(of: "http://big5.www.gov.cn/gate/x.htm"), .officialSite)
        XCTAssertEqual(Provenance.place(of: "http://www.gov.cn.example.com/x"), .thirdPartyRepost)
        // The catalogue: Guizhou's record is known only from a repost that shows no number and no date.
        let guizhou = try XCTUnwrap(catalog.document("52-gov-undated-baa4ca"))
        XCTAssertEqual(guizhou.source.seen.label.zh, "标题见于第三方转载；文号、日期未见")
        // Jiangxi's was confirmed only by a news report: nothing of the document itself was seen.
        let jiangxi = try XCTUnwrap(catalog.document("36-ff-2015-43"))
        XCTAssertEqual(jiangxi.source.seen.place, .newsReport)
        XCTAssertEqual(jiangxi.source.seen.fields, [])
        // No record claims more than the former flag did: a number only where the record has one.
        for d in catalog.documents where d.source.seen.fields.contains(.number) {
            XCTAssertNotNil(d.number, d.id)
        }
    }

    /// A document `ipap import` made said its title, number and date came "from a metadata dataset or a citation";
    /// they came from the import's manifest, as `source.origin` records.
    func testTheLabelSaysWhereUnseenMetadataCameFrom() {
        let imported = DocumentSource(origin: "import").seenLabel
        XCTAssertEqual(imported.zh, "标题、文号、日期均未见于文件副本（来自导入清单）")
        XCTAssertEqual(imported.en, "title, number, date not seen on a copy of the document (from the import's manifest)")
        XCTAssertEqual(DocumentSource(origin: "catalog-scouted").seenLabel.en,
                       "title, number, date not seen on a copy of the document (from a metadata dataset or a citation)")
        XCTAssertEqual(DocumentSource().seenLabel.zh, "标题、文号、日期均未见于文件副本（元数据来源未记录）")
        // What was seen is said as before, whatever the origin.
        let seen = DocumentSource(seen: Provenance(place: .thirdPartyRepost, fields: [.title], url: "http://example.com/a"), origin: "import")
        XCTAssertEqual(seen.seenLabel, seen.seen.label)
    }

    func testTheFormerBooleanIsReadAsTheSameClaim() throws {
        let json = """
            {"schema": 1, "id": "x", "title": "t", "number": "国发〔2015〕40号", "issuers": [], "level": "national",
             "source": {"url": "http://www.gov.cn/a.htm", "verified": true, "verifiedURL": "http://example.org/copy"}}
            """
        let d = try JSONDecoder().decode(PolicyDocument.self, from: Data(json.utf8))
        XCTAssertEqual(d.source.seen, Provenance(place: .thirdPartyRepost, fields: [.title, .number], url: "http://example.org/copy"))
        let written = String(decoding: try JSONEncoder().encode(d.source), as: UTF8.self)
        XCTAssertFalse(written.contains("verified"), written)
        let unverified = try JSONDecoder().decode(PolicyDocument.self, from: Data(json.replacingOccurrences(of: "true", with: "false").utf8))
        XCTAssertEqual(unverified.source.seen, .notSeen)
    }

    func testValidateRejectsAClaimWithoutItsURL() throws {
        let fixture = try CorpusFixture()
        defer { fixture.remove() }
        try fixture.writeDocument(id: "claim", """
            {"schema": 1, "id": "claim", "title": "t", "issuers": [], "level": "national",
             "source": {"url": null, "seen": {"where": "official-site", "fields": ["title"], "url": null}}}
            """)
        try fixture.writeDocument(id: "honest", """
            {"schema": 1, "id": "honest", "title": "t", "issuers": [], "level": "national",
             "source": {"url": null, "seen": {"where": "not-seen", "fields": [], "url": null}}}
            """)
        let problems = fixture.load().problems.map(\.description)
        XCTAssertEqual(problems, ["corpus/documents/claim.json:2:34: source.seen claims official-site without the URL where it was seen"])
    }

    func testTheMigrationScriptGivesWhatTheBuildGives() throws {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path) else { throw XCTSkip("python3 is not installed") }
        let repository = BundledDataTests.data.deletingLastPathComponent()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        // Hebei's record in the former form, as the catalogue had it before the migration.
        let legacy = """
            {
              "schema": 1,
              "id": "13-zf-2017-4",
              "title": "河北省人民政府关于加快推进“互联网+政务服务”工作的实施意见",
              "number": "冀政发〔2017〕4号",
              "dateWritten": null,
              "datePublished": null,
              "source": {
                "url": "http://www.jumpstarthappiness.com/policy/73712.html",
                "verified": true,
                "verifiedURL": "http://www.jumpstarthappiness.com/policy/73712.html",
                "origin": "catalog-scouted"
              },
              "note": "third-party repost shows title + 冀政發〔2017〕4號 + body; dates not in excerpt."
            }

            """
        let file = dir.appendingPathComponent("documents/13-zf-2017-4.json")
        try Data(legacy.utf8).write(to: file)
        let process = Process()
        process.executableURL = python
        process.arguments = [repository.appendingPathComponent("tools/migrate-provenance.py").path, dir.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let migrated = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(migrated.contains("""
              "source": {
                "url": "http://www.jumpstarthappiness.com/policy/73712.html",
                "seen": {
                  "where": "third-party-repost",
                  "fields": ["title", "number"],
                  "url": "http://www.jumpstarthappiness.com/policy/73712.html"
                },
                "origin": "catalog-scouted"
              },
            """), migrated)
        XCTAssertFalse(migrated.contains("verified"))
        // The bundled record, built by tools/build-catalog.py with the same rules, says the same.
        XCTAssertEqual(catalog.document("13-zf-2017-4")?.source.seen,
                       Provenance(place: .thirdPartyRepost, fields: [.title, .number], url: "http://www.jumpstarthappiness.com/policy/73712.html"))
    }

    // MARK: Scope (item 8)

    func testTheReviewScopeCountsPoliciesUpToJune2020() throws {
        let approvals = catalog.documents.filter { $0.documentClass == .approval }
        XCTAssertEqual(approvals.count, 9)
        XCTAssertTrue(approvals.allSatisfy { $0.title.contains("批复") || $0.title.hasSuffix("函") })
        let made2025 = try XCTUnwrap(catalog.resolveDocument("国发〔2015〕28号"))
        XCTAssertEqual(made2025.documentClass, .policy, "a notice that transmits a plan is a policy")
        let leadingGroup = try XCTUnwrap(catalog.resolveDocument("川办函〔2015〕163号"))
        XCTAssertEqual(leadingGroup.documentClass, .notice)

        let scoped = CorpusScope.review.apply(to: catalog)
        XCTAssertTrue(scoped.documents.allSatisfy { $0.documentClass == .policy })
        XCTAssertTrue(scoped.documents.allSatisfy { ($0.date.map { $0.description <= "2020-06-30" } ?? false) || ($0.year ?? 9999) < 2020 })
        XCTAssertNotNil(scoped.document("11-zf-2016-4"), "a year-precision date of 2016 is inside the window")
        XCTAssertNil(scoped.document("52-gov-undated-baa4ca"), "an undated record cannot be placed in a window")
        // The catalogue's only 2020 record is an approval (跨境电子商务综合试验区 批复): out of scope twice over.
        XCTAssertEqual(CountTable.byYear(catalog.documents).first { $0.year == 2020 }?.count, 1)
        XCTAssertEqual(CountTable.byYear(scoped.documents).map(\.year).max(), 2019)
        XCTAssertEqual(CorpusScope.review.label.zh, "范围：政策（不含相关记录），至 2020-06-30")
        // A value under a column named scope is the scope, not its label (it was 'scope: policy, …' beside 'every document').
        XCTAssertEqual(CorpusScope.review.counted.en, "policy (related records left out), up to 2020-06-30")
        XCTAssertEqual(CorpusScope.review.counted.zh, "政策（不含相关记录），至 2020-06-30")
        XCTAssertEqual(CorpusScope.all.counted.en, "every document")
        XCTAssertEqual(CorpusScope.monthEnd("2020-02"), PolicyDate(year: 2020, month: 2, day: 29))
        XCTAssertNil(CorpusScope.monthEnd("2020-13"))
        XCTAssertEqual(CorpusScope.all.apply(to: catalog).documents.count, catalog.documents.count)
    }

    // MARK: Issuers by their name at the time (item 7)

    func testIssuersAreNamedAsOnTheDocumentsDate() throws {
        let t = catalog.taxonomy
        let mara = try XCTUnwrap(t.issuer("mara"))
        let before = try XCTUnwrap(PolicyDate("2016-04-22")), after = try XCTUnwrap(PolicyDate("2019-01-10"))
        XCTAssertEqual(mara.name(on: before, issuerText: nil).name.zh, "农业部")
        XCTAssertEqual(mara.name(on: before, issuerText: nil).current?.zh, "农业农村部")
        XCTAssertEqual(mara.name(on: after, issuerText: nil).name.zh, "农业农村部")
        XCTAssertNil(mara.name(on: after, issuerText: nil).current)
        // The name written on the document wins over the date.
        XCTAssertEqual(mara.name(on: after, issuerText: "农业部").name.zh, "农业部")
        // Two bodies merged: a document naming neither gets both former names.
        let mct = try XCTUnwrap(t.issuer("mct"))
        XCTAssertEqual(mct.name(on: before, issuerText: nil).name.zh, "文化部或国家旅游局")
        XCTAssertEqual(mct.name(on: before, issuerText: "国家旅游局").name.zh, "国家旅游局")
        let nsf = try XCTUnwrap(catalog.resolveDocument("农市发〔2016〕2号"))
        XCTAssertEqual(t.issuerNames(of: nsf, in: .chinese).first, "农业部（今 农业农村部）")
        XCTAssertEqual(t.issuerNames(of: nsf, in: .english).first, "Ministry of Agriculture (now Ministry of Agriculture and Rural Affairs)")
        // An issuer the taxonomy does not know, kept as written at import, is shown as written (QA: a city's
        // document showed no issuer at all).
        let city = PolicyDocument(id: "cd", title: "成都市人民政府关于推进“互联网+”行动的实施意见", issuers: [], issuerText: "成都市人民政府",
                                  level: .municipal, region: "510000")
        XCTAssertEqual(t.issuerNames(of: city, in: .chinese), ["成都市人民政府"])
        XCTAssertEqual(t.issuerNames(of: city, in: .english), ["成都市人民政府"])
        XCTAssertEqual(t.issuerNames(of: PolicyDocument(id: "x", title: "t", level: .municipal), in: .chinese), [])
    }
}
