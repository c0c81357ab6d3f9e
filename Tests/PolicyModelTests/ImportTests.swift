import Foundation
import XCTest
@testable import PolicyModel

/// `CorpusImporter` end to end: a new corpus from every file type, additions to an existing corpus, and every
/// refusal reported with file and line while the corpus directory stays exactly as it was.
final class ImportTests: XCTestCase {
    static let header = "id,title,number,issuer,level,region,date_written,date_published,based_on,file,url,来源\n"

    func testNewCorpusFromTextHTMLAndDocx() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", Self.header
            + "gf-2015-40,\"国务院关于积极推进“互联网+”行动的指导意见\",国发〔2015〕40号,国务院,国家,,2015年7月1日,2015/7/4,,texts/gf.txt,http://www.gov.cn/a.htm,\"人工, 整理\"\n"
            + "hb-2015-1,河北省电子商务实施方案,,SC、PG,provincial,冀,2015-09-01,,gf-2015-40,texts/hb.txt,,\n"
            + "sc-page,,,,,四川,,,gf-2015-40,pages/sc.html,,\n"
            + "doc-1,创业文件,,,,河北省,,,,word/a.docx,,\n")
        try f.write("texts/gf.txt", "一、总体要求\r\n（一）指导思想\r\n")
        // GB18030: 互联网 then CRLF.
        try f.write("texts/hb.txt", Data([0xBB, 0xA5, 0xC1, 0xAA, 0xCD, 0xF8, 0x0D, 0x0A]))
        try f.write("pages/sc.html", ImportTextTests.govPage
            .replacingOccurrences(of: "<td>国务院</td>", with: "<td>四川省人民政府</td>")
            .replacingOccurrences(of: "国务院关于积极推进“互联网+”行动的指导意见</td>", with: "四川省人民政府关于加快电子商务发展的实施意见</td>"))
        try f.write("word/a.docx", try ImportTextTests.docx(paragraphs: ["第一段", "第二段"]))

        let plan = try f.importer().plan().get()
        XCTAssertEqual(plan.gb18030Files, 1)
        let outcome = try f.importer().commit(plan)
        XCTAssertTrue(outcome.created)
        XCTAssertEqual(outcome.added, ["gf-2015-40", "hb-2015-1", "sc-page", "doc-1"])

        let result = f.load(f.destination)
        XCTAssertEqual(result.problems, [])
        let corpus = try XCTUnwrap(result.corpus)
        XCTAssertEqual(corpus.info.name, "src")
        XCTAssertFalse(corpus.isSynthetic)

        let gf = try XCTUnwrap(corpus.document("gf-2015-40"))
        XCTAssertEqual(gf.text, "一、总体要求\n（一）指导思想\n")
        XCTAssertEqual(gf.level, .national)
        XCTAssertEqual(gf.dateWritten?.description, "2015-07-01")
        XCTAssertEqual(gf.datePublished?.description, "2015-07-04")
        XCTAssertEqual(gf.kind, .guidingOpinion)
        XCTAssertEqual(gf.extra, ["来源": "人工, 整理"])
        XCTAssertEqual(gf.source, DocumentSource(url: "http://www.gov.cn/a.htm", verified: false, origin: "import"))

        let hb = try XCTUnwrap(corpus.document("hb-2015-1"))
        XCTAssertEqual(hb.text, "互联网\n")
        XCTAssertEqual(hb.issuers, ["state-council", "provincial-government"])
        XCTAssertEqual(hb.region, "130000")
        XCTAssertEqual(hb.basedOn, ["gf-2015-40"])
        XCTAssertEqual(hb.actionAreas, AreaCoding(ids: ["e-commerce"], coding: .machine))
        XCTAssertEqual(hb.kind, .implementationPlan)

        // Metadata the manifest left empty comes from the page's header table.
        let sc = try XCTUnwrap(corpus.document("sc-page"))
        XCTAssertEqual(sc.title, "四川省人民政府关于加快电子商务发展的实施意见")
        XCTAssertEqual(sc.number, "国发〔2015〕40号")
        XCTAssertEqual(sc.issuers, ["provincial-government"])
        XCTAssertEqual(sc.issuerText, "四川省人民政府")
        XCTAssertEqual(sc.level, .provincial)
        XCTAssertEqual(sc.region, "510000")
        XCTAssertEqual(sc.dateWritten?.description, "2015-07-01")
        XCTAssertEqual(sc.datePublished?.description, "2015-07-04")
        XCTAssertEqual(sc.extra["indexNumber"], "000014349/2015-00106")
        // Said so where the label names where the metadata came from (QA pass 51: "from the import's manifest").
        XCTAssertEqual(sc.source.origin, "import-page")
        XCTAssertEqual(sc.source.seenLabel.en, "title, number, date not seen on a copy of the document (from the import's manifest and the imported page's own header)")
        XCTAssertEqual(hb.source.origin, "import")
        XCTAssertFalse(sc.text?.contains("不要") ?? true, "script text is not document text")
        XCTAssertTrue(sc.text?.hasPrefix("各省、自治区、直辖市人民政府：\n") ?? false)

        XCTAssertEqual(corpus.document("doc-1")?.text, "第一段\n第二段\n互联网&amp")
        XCTAssertEqual(corpus.document("doc-1")?.actionAreas.ids, ["entrepreneurship"])

        // Written as the project writes JSON, with the text, and no staging directory left behind.
        let json = try String(contentsOf: f.destination.appendingPathComponent("documents/gf-2015-40.json"), encoding: .utf8)
        XCTAssertTrue(json.hasPrefix("{\n  \"schema\": 1,\n  \"id\": \"gf-2015-40\",\n"), json)
        XCTAssertTrue(json.hasSuffix("}\n"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: f.corpusFixture.root.path).filter { $0.hasPrefix(".") }, [])
    }

    /// Only the corpus folder is made (QA pass 51: `--into /nonexist/x` made /nonexist as well).
    func testAMissingParentFolderIsNamedAndNotMade() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", Self.header + "gf-2015-40,指导意见,,,national,,2015-07-01,,,texts/gf.txt,,\n")
        try f.write("texts/gf.txt", "一、总体要求\n")
        let deep = f.corpusFixture.root.appendingPathComponent("no-such/deeper/out")
        let plan = try f.importer(into: deep).plan().get()
        XCTAssertThrowsError(try f.importer(into: deep).commit(plan)) { error in
            let message = (error as? BilingualError)?.description(in: .english) ?? "\(error)"
            XCTAssertTrue(message.contains("the folder \(f.corpusFixture.root.appendingPathComponent("no-such").standardizedFileURL.path) does not exist"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.corpusFixture.root.appendingPathComponent("no-such").path))
        // One level down from an existing folder is still made.
        XCTAssertTrue(try f.importer(into: f.corpusFixture.root.appendingPathComponent("made")).commit(plan).created)
    }

    func testEveryRefusalIsReportedWithFileAndLineAndNothingIsWritten() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", Self.header
            + "ok-1,河北省实施方案,,,provincial,130000,,,,ok.txt,,\n"          // 2: fine
            + "esc-1,标题,,,national,,,,,../../outside.txt,,\n"               // 3: escapes
            + "big-1,标题,,,national,,,,,big.txt,,\n"                         // 4: too large
            + "bad-1,标题,,,national,,,,,bad.txt,,\n"                         // 5: invalid bytes (line 2 of the file)
            + "ok-1,标题,,,national,,,,,ok.txt,,\n"                           // 6: duplicate id
            + "reg-1,标题,,,provincial,火星,,,,ok.txt,,\n"                    // 7: unknown region
            + "ref-1,标题,,,national,,,,nowhere,ok.txt,,\n"                   // 8: dangling based_on
            + "Bad_Id,标题,,,national,,2015-13-01,,,missing.txt,,\n"           // 9: bad id, bad date, missing file
            + "iss-1,标题,,外星办,national,,,,,ok.txt,,\n"                    // 10: unknown issuer
            + "sc-2015-1,标题,,,national,,,,,ok.txt,,\n"                       // 11: already in the existing corpus
            + "lvl-1,标题,,四川省人民政府,national,,,,,ok.txt,,\n")             // 12: a province's body marked national
        try f.write("ok.txt", "正文")
        try f.write("big.txt", String(repeating: "长", count: 400))
        try f.write("bad.txt", Data([0x61, 0x0A, 0x62, 0xFF, 0xFF]))
        try Data("outside".utf8).write(to: f.corpusFixture.root.appendingPathComponent("outside.txt"))

        for target in [f.destination, f.existingCorpus] {
            let before = ImportFixture.snapshot(f.corpusFixture.root)
            guard case .failure(let failure) = f.importer(into: target, strict: true, maxFileSize: 1000).plan() else {
                return XCTFail("the import must be refused")
            }
            let messages = failure.problems.map(\.description)
            func expect(_ prefix: String, _ contains: String, file: StaticString = #filePath, line: UInt = #line) {
                XCTAssertTrue(messages.contains { $0.hasPrefix(prefix) && $0.contains(contains) },
                              "no '\(prefix)…\(contains)' in\n\(messages.joined(separator: "\n"))", file: file, line: line)
            }
            expect("src/manifest.csv:3:", "path escapes the source directory")
            expect("src/manifest.csv:4:", "src/big.txt: too large")
            expect("src/bad.txt:2:2:", "byte offset 3")
            expect("src/bad.txt:2:2:", "manifest line 5")
            expect("src/manifest.csv:6:1:", "duplicate id 'ok-1' (also on line 2)")
            expect("src/manifest.csv:7:", "unknown region '火星'")
            expect("src/manifest.csv:8:", "based_on names 'nowhere'")
            expect("src/manifest.csv:9:1:", "id 'Bad_Id' must match")
            expect("src/manifest.csv:9:", "'2015-13-01' is not a date")
            expect("src/manifest.csv:9:", "src/missing.txt: missing")
            expect("src/manifest.csv:10:", "unknown issuer '外星办'")
            expect("src/manifest.csv:12:", "level 'national' does not match the issuer (a local body)")
            if target == f.existingCorpus {
                expect("src/manifest.csv:11:1:", "id 'sc-2015-1' is already in out/documents/sc-2015-1.json; use --replace")
            } else {
                XCTAssertFalse(messages.contains { $0.contains("sc-2015-1") })
            }
            XCTAssertEqual(ImportFixture.snapshot(f.corpusFixture.root), before, "a refused import writes nothing")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path))
    }

    /// A duplicate id is reported also when one of its rows has problems of its own, so one run lists them all.
    func testDuplicateIDIsReportedAlongsideTheRowsOtherProblems() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,date_written,file\n"
            + "dup-1,标题,national,,ok.txt\n"
            + "dup-1,标题,national,2015-13-01,ok.txt\n"     // 3: bad date and duplicate
            + "two-1,标题,galactic,,ok.txt\n"               // 4: unknown level
            + "two-1,标题,national,,ok.txt\n")              // 5: duplicate of a bad row
        try f.write("ok.txt", "正文")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        let messages = failure.problems.map(\.description)
        XCTAssertTrue(messages.contains("src/manifest.csv:3:1: duplicate id 'dup-1' (also on line 2)"), messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains { $0.hasPrefix("src/manifest.csv:3:") && $0.contains("'2015-13-01' is not a date") })
        XCTAssertTrue(messages.contains("src/manifest.csv:5:1: duplicate id 'two-1' (also on line 4)"), messages.joined(separator: "\n"))
        // The levels named from `Level`'s one list (the import listed them by hand), as `ipap list --level` does.
        XCTAssertTrue(messages.contains("src/manifest.csv:4:10: unknown level 'galactic' (\(Level.namesAccepted))"), messages.joined(separator: "\n"))
        XCTAssertTrue(failure.problems.map(\.text.zh).contains("未知级别“galactic”（national 国家、ministerial 部委、provincial 省级、municipal 市级）"),
                      failure.problems.map(\.text.zh).joined(separator: "\n"))
    }

    /// An import refused for another reason did not say which issuers the taxonomy does not know: the warnings
    /// came only on the run after the problems were fixed. The refusal carries them, beside its problems.
    func testARefusedImportWarnsOfUnknownIssuersToo() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,issuer,level,file\nok-1,标题,外星办,national,ok.txt\nbad-1,标题,外星办,national,missing.txt\n")
        try f.write("ok.txt", "正文")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.count, 1, failure.description)
        XCTAssertTrue(failure.problems.first?.description.contains("src/missing.txt: missing") == true, failure.description)
        XCTAssertEqual(failure.warnings.map(\.description), [
            "src/manifest.csv:2:9: warning: unknown issuer '外星办' kept as written, 2 times (manifest lines 2, 3); add it to taxonomy/issuers.json or use --strict to refuse it",
        ])
    }

    /// An empty level with an issuer the taxonomy does not know was refused as having "no issuer": the message
    /// says what was seen, the issuer as written.
    func testAnEmptyLevelBesideAnUnknownIssuerNamesTheIssuer() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,issuer,level,region,file\nok-1,标题,某某局,,,ok.txt\nok-2,标题,,,,ok.txt\n")
        try f.write("ok.txt", "正文")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        let messages = failure.problems.map(\.description)
        XCTAssertTrue(messages.contains { $0.hasPrefix("src/manifest.csv:2:") && $0.contains("the issuer '某某局' is not in issuers.json") },
                      messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains { $0.hasPrefix("src/manifest.csv:3:") && $0.contains("(no issuer, no region)") },
                      messages.joined(separator: "\n"))
    }

    /// The problems of a refused import come in file order (a field-count problem on a late line was listed
    /// before the problems of earlier lines, and one line's columns out of order).
    func testProblemsComeInLineAndColumnOrder() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,date_written,region,file\n"
            + "a-1,标题,galactic,2015-13-01,Atlantis,ok.txt\n"
            + "a-2,标题,national,,,ok.txt\n"
            + "a-3,标题,national,,,ok.txt,extra\n"
            + "a-1,标题,national,,,missing.txt\n")
        try f.write("ok.txt", "正文")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        let positions = failure.problems.map { ($0.position.line, $0.position.column) }
        XCTAssertGreaterThanOrEqual(positions.count, 5, failure.description)
        XCTAssertEqual(positions.map { "\($0.0):\($0.1)" }, positions.sorted { $0 < $1 }.map { "\($0.0):\($0.1)" }, failure.description)
    }

    func testSymbolicLinkLeadingOutsideIsRefused() throws {
        let f = try ImportFixture()
        try Data("outside".utf8).write(to: f.corpusFixture.root.appendingPathComponent("outside.txt"))
        try FileManager.default.createSymbolicLink(atPath: f.source.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: f.corpusFixture.root.appendingPathComponent("outside.txt").path)
        try f.write("manifest.csv", "id,title,level,file\nln-1,标题,national,link.txt\nab-1,标题,national,/etc/passwd\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.count, 2)
        XCTAssertTrue(failure.problems[0].description.hasPrefix("src/manifest.csv:2:18: src/link.txt: path escapes"), failure.description)
        XCTAssertTrue(failure.problems[1].description.contains("an absolute path"), failure.description)
    }

    func testImportIntoAnExistingCorpusAddsAndReplaces() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", "id,title,level,region,based_on,file\n"
            + "hb-2016-1,河北省电子商务行动计划,provincial,130000,gf-2015-40;sc-2015-1,hb.txt\n")
        try f.write("hb.txt", "河北正文")
        let outcome = try f.importer(into: f.existingCorpus, synthetic: true).run()
        XCTAssertEqual(outcome.added, ["hb-2016-1"])
        var result = f.load(f.existingCorpus)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.corpus?.documents.count, 3)
        XCTAssertEqual(result.corpus?.document("hb-2016-1")?.basedOn, ["gf-2015-40", "sc-2015-1"])
        XCTAssertEqual(result.corpus?.document("hb-2016-1")?.synthetic, true)
        XCTAssertEqual(result.corpus?.isSynthetic, true, "a corpus holding synthetic text says so")
        XCTAssertEqual(result.corpus?.info.citations.map(\.id), ["review-2020"], "corpus.json keeps what it had")

        // The same id again: refused, then replaced with --replace.
        try f.write("hb.txt", "新的正文")
        guard case .failure = f.importer(into: f.existingCorpus).plan() else { return XCTFail("duplicate against the corpus") }
        let replaced = try f.importer(into: f.existingCorpus, replace: true).run()
        XCTAssertEqual(replaced.replaced, ["hb-2016-1"])
        result = f.load(f.existingCorpus)
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.corpus?.document("hb-2016-1")?.text, "新的正文")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: f.existingCorpus.path).filter { $0.hasPrefix(".") }, [])
    }

    func testACorpusThatDoesNotLoadIsNotTouched() throws {
        let f = try ImportFixture()
        try f.corpusFixture.writeDocument(id: "broken", "{\"schema\": 1, \"id\": ")
        try f.write("manifest.csv", "id,title,level,file\nn-1,标题,national,a.txt\n")
        try f.write("a.txt", "正文")
        let before = ImportFixture.snapshot(f.existingCorpus)
        guard case .failure(let failure) = f.importer(into: f.existingCorpus).plan() else { return XCTFail("must be refused") }
        XCTAssertTrue(failure.problems.contains { $0.file.hasSuffix("documents/broken.json") }, failure.description)
        XCTAssertEqual(ImportFixture.snapshot(f.existingCorpus), before)
    }
}

extension CorpusImporter {
    /// Plan and commit, throwing the problems: the CLI's path, for tests.
    func run() throws -> ImportWriter.Outcome {
        try commit(try plan().get())
    }
}
