import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Every screen rendered on the TestBackend at 80x24 and 200x60, asserted as text rows and cell styles.
final class DashboardScreenTests: XCTestCase {
    var corpus: Corpus!

    override func setUpWithError() throws {
        corpus = try DashboardFixture.corpus()
    }

    private func screen(_ keys: [Key], width: Int = 80, height: Int = 24, language: Language = .chinese) throws -> (TestBackend, AppState) {
        try DashboardFixture.run(corpus, width: width, height: height, language: language, keys: keys)
    }

    /// What every frame must satisfy: exact size, nothing past the right edge, the status line at the bottom.
    private func assertFrame(_ b: TestBackend, breadcrumb: String, file: StaticString = #filePath, line: UInt = #line) {
        let rows = b.rows
        XCTAssertEqual(rows.count, b.size.height, file: file, line: line)
        for row in rows {
            XCTAssertLessThanOrEqual(DisplayWidth.of(row), b.size.width, "row overflows: \(row)", file: file, line: line)
        }
        let status = rows.last ?? ""
        // The breadcrumb keeps its tail when the line is short: the current place is always visible.
        let tail = breadcrumb.components(separatedBy: " › ").last ?? breadcrumb
        XCTAssertTrue(status.hasPrefix(" " + breadcrumb) || (status.hasPrefix("…") && status.contains(tail)),
                      "status line: \(status)", file: file, line: line)
        XCTAssertTrue(status.contains("测试语料") || status.contains("·"), "corpus name in status: \(status)", file: file, line: line)
        XCTAssertTrue(status.range(of: #"\d+/\d+"#, options: .regularExpression) != nil, "position in status: \(status)", file: file, line: line)
    }

    /// The dashboard showed the documents that loaded with no word of the broken ones (issue 14 #13).
    func testCorpusProblemsStayInTheStatusLine() throws {
        var backend = TestBackend(width: 80, height: 24)
        backend.feed([.char("2"), .char("j")])
        var initial = AppState(corpus: corpus, language: .chinese, size: Size(width: 80, height: 24))
        initial.corpusProblems = 2
        _ = try Dashboard.run(backend: &backend, initial: initial)
        let status = backend.rows.last ?? ""
        XCTAssertTrue(status.contains("⚠ 2 个问题 · "), status)
        assertFrame(backend, breadcrumb: "省份")
    }

    private let tabs: [(key: Character, breadcrumb: String, mustShow: String)] = [
        ("1", "总览", "逐年文件数"), ("2", "省份", "河北"), ("3", "部委", "国务院办公厅"), ("4", "行动领域", "电子商务"),
        ("5", "文件", "川办发〔2015〕55号"), ("6", "指标", "地方政策文件同质化"), ("7", "相似度", "此页需要文本分析"),
        ("8", "政策工具", "此页需要文本分析"), ("9", "时间线", "发文时间线"), ("0", "审阅", "还没有审阅记录"),
    ]

    func testEveryTabAtBothSizes() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            for tab in tabs {
                let (b, _) = try screen([.char(tab.key)], width: width, height: height)
                assertFrame(b, breadcrumb: tab.breadcrumb)
                XCTAssertTrue(b.rows.joined().contains(tab.mustShow), "\(tab.breadcrumb) at \(width)x\(height):\n" + b.rows.joined(separator: "\n"))
                XCTAssertTrue(b.rows[0].hasPrefix(width >= 120 ? " 1 总览 │ 2 省份 │ 3 部委" : "1总览 2省份 3部委"), b.rows[0])
            }
        }
    }

    func testProvincesTableAlignsChineseColumns() throws {
        // The main document column holds a year read from a number whole: 2016（文号）.
        let (b, _) = try screen([.char("2")])
        XCTAssertEqual(b.rows[1], "省份     地区  文件 主要文件     滞后天  领域 领域覆盖    文献结论              ")
        // No document, so no main implementation document: coverage unknown, never 0 of 11.
        // The lags leave the column of the publication mark (†) blank: Sichuan's is marked.
        XCTAssertEqual(b.rows[2], "北京     东部     0 -                -      ? 未知               0              ")
        XCTAssertEqual(b.rows[4], "河北     东部     0 -                -      ? 未知               1              ")
        let sichuan = try XCTUnwrap(try screen([.char("2")], height: 40).0.rows.first { $0.hasPrefix("四川") })
        // The lag runs to the main implementation document (based on the guiding opinion), not to the
        // province's earliest document, which predates the opinion (it was -19 days). That document has no
        // written date: the lag runs to its publication, and says so.
        XCTAssertEqual(sichuan, "四川     西部     2 2018-11-21    1239†     1 ·····●·····        0              ")
        // The selected row is drawn reversed across the table, the header bold and underlined.
        XCTAssertEqual(b.style(atX: 0, y: 2)?.reverse, true)
        XCTAssertEqual(b.style(atX: 0, y: 3)?.reverse, false)
        XCTAssertEqual(b.style(atX: 0, y: 1)?.bold, true)
    }

    func testDocumentListClipsLongTitlesAtTheRightEdge() throws {
        let (b, _) = try screen([.char("5")])
        XCTAssertEqual(b.rows[3], "2015-06-15 省级 四川       川办发〔2015〕55号 四川省人民政府办公厅关于印发四川… ")
        XCTAssertEqual(b.rows[4], "2015-07-04 国家 国务院     国发〔2015〕40号   国务院关于积极推进“互联网+”行动的…")
        let wide = try screen([.char("5")], width: 200, height: 60).0
        XCTAssertTrue(wide.rows[3].contains("四川省人民政府办公厅关于印发四川省2015年“互联网+”重点工作方案的通知"), wide.rows[3])
    }

    func testEscapeSequencesInATitleBecomeVisiblePlaceholders() throws {
        let (b, _) = try screen([.char("5")])
        let row = try XCTUnwrap(b.rows.first { $0.contains("恶意标题") })
        XCTAssertTrue(row.contains("恶意标题␛]0;owned␇清屏␛[2J结束"), row)
        XCTAssertFalse(b.rows.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    func testDrillProvinceDocumentAndBackAlongTheBreadcrumb() throws {
        let toSichuan: [Key] = [.char("2")] + Array(repeating: .char("j"), count: 22)
        var (b, state) = try screen(toSichuan + [.enter])
        assertFrame(b, breadcrumb: "省份 › 四川")
        XCTAssertEqual(b.rows[1], " 四川省  Sichuan  510000  川  西部                                              ")
        XCTAssertTrue(b.rows[2].contains("主要实施文件 2018-11-21  川办发〔2018〕86号"), b.rows[2])
        // Its main document has no written date: the lag runs to its publication, and the line says so.
        XCTAssertTrue(b.rows[3].contains("响应时滞 1239 天（川办发〔2018〕86号；计至发布日期：成文日期未知）"), b.rows[3])
        (b, state) = try screen(toSichuan + [.enter, .enter])
        assertFrame(b, breadcrumb: "省份 › 四川 › 川办发〔2015〕55号")
        XCTAssertTrue(b.rows[1].contains("四川省人民政府办公厅关于印发四川省2015年“互联网+”重点工作方案的通知"))
        XCTAssertEqual(state.stack, [.provinces, .province("510000"), .document("51-bf-2015-55")])
        (b, state) = try screen(toSichuan + [.enter, .enter, .escape])
        assertFrame(b, breadcrumb: "省份 › 四川")
        (b, state) = try screen(toSichuan + [.enter, .enter, .escape, .char("h")])
        assertFrame(b, breadcrumb: "省份")
        XCTAssertEqual(state.view.selected, 22, "going back returns to the same row")
        XCTAssertEqual(b.style(atX: 0, y: 2 + 22 - state.view.offset)?.reverse, true)
    }

    func testDocumentShowsMetadataRelationsAndFollowsThem() throws {
        let keys: [Key] = [.char(":")] + [Key].type("国发〔2015〕40号") + [.enter]
        let (b, state) = try screen(keys)
        assertFrame(b, breadcrumb: "总览 › 国发〔2015〕40号")
        let text = b.rows.joined(separator: "\n")
        for expected in ["成文 2015-07-01", "发布 2015-07-04", "核实：标题、文号见于政府网站；日期未见", "落实本文件的文件（1）",
                         "川办发〔2018〕86号", "全文", "到2018年，互联网与经济社会各领域的融合发展进一步深化。"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)\n\(text)")
        }
        // Headings are styled; Enter on the implementing document follows it.
        let headingRow = try XCTUnwrap(b.rows.firstIndex { $0.hasPrefix("落实本文件的文件") })
        XCTAssertEqual(b.style(atX: 0, y: headingRow)?.bold, true)
        XCTAssertEqual(state.route, .document("gf-2015-40"))
        let (followed, after) = try screen(keys + [.char("/")] + [Key].type("川办发〔2018〕86号") + [.enter, .enter])
        XCTAssertEqual(after.route, .document("51-fbf-2018-86"))
        assertFrame(followed, breadcrumb: "总览 › 国发〔2015〕40号 › 川办发〔2018〕86号")
    }

    /// A detail page (a document with its text, a province) starts with its own headings: no column
    /// titles of a document list above them (issue 15 #12).
    func testDetailPagesHaveNoStrayColumnTitles() throws {
        let document: [Key] = [.char(":")] + [Key].type("国发〔2015〕40号") + [.enter]
        let province: [Key] = [.char("2")] + Array(repeating: .char("j"), count: 22) + [.enter]
        for (keys, crumb) in [(document, "总览 › 国发〔2015〕40号"), (province, "省份 › 四川")] {
            for (width, height) in [(80, 24), (200, 60)] {
                let (b, _) = try screen(keys, width: width, height: height)
                assertFrame(b, breadcrumb: crumb)
                let titles = b.rows.filter { $0.hasPrefix("日期 ") && $0.contains("文号") && $0.contains("标题") }
                XCTAssertTrue(titles.isEmpty, "\(crumb) at \(width)x\(height): \(titles)")
            }
        }
        // A list keeps its column titles.
        let (list, _) = try screen([.char("5")])
        XCTAssertTrue(list.rows.contains { $0.hasPrefix("日期 ") && $0.contains("文号") && $0.contains("标题") }, list.rows.joined(separator: "\n"))
    }

    /// The overview starts on its first row that opens, not on a heading: Enter opens it, j goes to the
    /// next one (issue 15 #14).
    func testOverviewStartsOnARowThatOpens() throws {
        let (_, start) = try screen([])
        let rows = Layout.content(start).rows
        XCTAssertTrue(rows[start.view.selected].isSelectable, "starts on \(rows[start.view.selected].cells)")
        XCTAssertEqual(start.view.selected, rows.indices.first { rows[$0].isSelectable })
        let (_, opened) = try screen([.enter])
        XCTAssertNotEqual(opened.route, .overview, "Enter opens the first row")
        let (_, moved) = try screen([.char("j")])
        XCTAssertEqual(moved.view.selected, rows.indices.filter { rows[$0].isSelectable }.dropFirst().first, "j goes to the second row")
    }

    /// The analysis's progress before anything is counted says it is under way, not "0/0" (issue 15 #14).
    func testAnalysisProgressNeverReadsZeroOfZero() throws {
        for (total, expected) in [(0, "分析中…（x 取消）"), (40, "分析 3/40")] {
            var backend = TestBackend(width: 100, height: 24)
            var initial = AppState(corpus: corpus, language: .chinese, size: Size(width: 100, height: 24))
            initial.analysisProgress = .init(done: total == 0 ? 0 : 3, total: total, elapsed: 0)
            _ = try Dashboard.run(backend: &backend, initial: initial)
            let status = backend.rows.last ?? ""
            XCTAssertTrue(status.contains(expected), status)
            XCTAssertFalse(status.contains("0/0"), status)
        }
    }

    func testSearchFindsAChineseTitleAndHighlightsIt() throws {
        // The Documents tab searches titles and texts (issue 15, item 16): the hits are listed, the match highlighted.
        let (b, state) = try screen([.char("5"), .char("/")] + [Key].type("医疗健康") + [.enter], width: 200, height: 60)
        XCTAssertEqual(state.route, .textSearch("医疗健康"))
        XCTAssertTrue(b.rows.last?.contains("全文：“医疗健康”") ?? false, b.rows.last ?? "")
        let row = try XCTUnwrap(b.rows.firstIndex { $0.contains("促进“互联网+医疗健康”发展的实施意见") })
        XCTAssertEqual(b.style(atX: 0, y: row)?.reverse, true, "the first hit is selected")
        // Every listed document holds the words; the others are not listed.
        let (two, found) = try screen([.char("5"), .char("/")] + [Key].type("四川") + [.enter], width: 200, height: 60)
        let listed = Layout.content(found).rows.compactMap { row -> String? in
            guard case .document(let id)? = row.target, row.focus == nil else { return nil }
            return id
        }
        XCTAssertFalse(listed.isEmpty, DemoFixture.screen(two))
        for id in listed {
            let d = try XCTUnwrap(corpus.document(id))
            XCTAssertTrue(d.title.contains("四川") || (d.text ?? "").contains("四川"), id)
        }
        XCTAssertEqual(listed.count, corpus.documents.filter { $0.title.contains("四川") || ($0.text ?? "").contains("四川") }.count)
        let missing = try screen([.char("5"), .char("/")] + [Key].type("不存在的词") + [.enter]).0
        XCTAssertTrue(missing.rows.contains { $0.contains("0 份文件") }, DemoFixture.screen(missing))
    }

    func testSortingByAColumnAndReversing() throws {
        // s s s: third column (documents), ascending; S: descending, Sichuan first.
        let (b, _) = try screen([.char("2"), .char("s"), .char("s"), .char("s"), .char("S")])
        XCTAssertTrue(b.rows[2].hasPrefix("四川"), b.rows[2])
        XCTAssertTrue(b.rows[1].contains("文件▼"), b.rows[1])
    }

    func testFilterPromptNarrowsTheDocumentList() throws {
        let (b, _) = try screen([.char("f")] + [Key].type("province:川 year:2018") + [.enter])
        assertFrame(b, breadcrumb: "文件")
        XCTAssertTrue(b.rows[1].contains("筛选：四川 · 2018   1/4 份"), b.rows[1])
        XCTAssertTrue(b.rows[3].contains("川办发〔2018〕86号"))
        XCTAssertEqual(b.rows[4].trimmingCharacters(in: .whitespaces), "")
        // Refused, the prompt stays open with the text to correct.
        let bad = try screen([.char("f")] + [Key].type("province:火星") + [.enter]).0
        XCTAssertTrue(DemoFixture.abovePrompt(bad).contains("未知省份：火星"), DemoFixture.screen(bad))
        XCTAssertTrue(DemoFixture.status(bad).contains("province:火星"), DemoFixture.screen(bad))
    }

    func testPaletteOpensAProvinceWithItsCitedFinding() throws {
        let (b, state) = try screen([.char(":")] + [Key].type("冀") + [.enter])
        XCTAssertEqual(state.route, .province("130000"))
        let text = b.rows.joined(separator: "\n")
        XCTAssertTrue(text.contains("河北的发展目标与指导意见相同。  〔陈磊等 2020，3.2〕"), text)
        XCTAssertTrue(text.contains("目录中尚无该省文件"), text)
    }

    func testLanguageToggle() throws {
        let (b, _) = try screen([.char("2"), .char("L")])
        XCTAssertTrue(b.rows[0].hasPrefix("1Home 2Prov 3Iss"), b.rows[0])
        XCTAssertTrue(b.rows[1].hasPrefix("Province       Region     Docs Main doc"), b.rows[1])
        let wide = try screen([.char("L")], width: 200, height: 60).0
        XCTAssertTrue(wide.rows[0].hasPrefix(" 1 Overview │ 2 Provinces"), wide.rows[0])
    }

    func testHelpListsEveryKeyFromTheKeyMap() throws {
        let (b, _) = try screen([.char("?")], width: 200, height: 60)
        let text = b.rows.joined(separator: "\n")
        for binding in KeyMap.bindings {
            XCTAssertTrue(text.contains(binding.label) && text.contains(binding.help.zh), "help lacks \(binding.label)")
        }
        assertFrame(b, breadcrumb: "总览 › 帮助")
    }

    func testKeysDocumentIsGeneratedFromTheKeyMap() throws {
        let path = DashboardFixture.repository.appendingPathComponent("docs/keys.md")
        let onDisk = try String(contentsOf: path, encoding: .utf8)
        XCTAssertEqual(onDisk, KeyMap.markdown(), "docs/keys.md is stale: regenerate it with `swift run ipap keys > docs/keys.md`")
    }

    func testTooSmallShowsAMessageAndRecovers() throws {
        let (small, _) = try screen([.char("2")], width: 20, height: 5)
        XCTAssertTrue(small.rows.joined().contains("20x5"), small.rows.joined(separator: "\n"))
        var backend = TestBackend(width: 120, height: 40)
        backend.feed(.char("2"))
        backend.queueResize(width: 1, height: 1)
        backend.queueResize(width: 60, height: 20)
        let initial = AppState(corpus: corpus, language: .chinese, size: Size(width: 120, height: 40))
        _ = try Dashboard.run(backend: &backend, initial: initial)
        assertFrame(backend, breadcrumb: "省份")
        XCTAssertEqual(backend.rows.count, 20)
    }

    /// At 60x20 beside the synthetic corpus's mark, the Chinese tab bar ended in a bare "8" or "0" (a tab's
    /// number without its name), the English one in "9Tim": a tab that does not fit is dropped whole, "›" after
    /// the last one shown, as "‹" before the first.
    func testTheNarrowTabBarShowsNoTabCut() throws {
        corpus = try DashboardFixture.corpus(synthetic: true)
        for language in [Language.chinese, .english] {
            for tab in tabs {
                let (b, _) = try screen([.char(tab.key)], width: 60, height: 20, language: language)
                let bar = try XCTUnwrap(b.rows[0].components(separatedBy: "SYNTHETIC").first, b.rows[0])
                let names = language == .chinese ? Route.tabs.map { Labels.screens[$0]?.short.zh ?? "" } : Route.tabs.map { Labels.screens[$0]?.short.en ?? "" }
                let whole = Set(names.enumerated().map { "\(($0.offset + 1) % 10)\($0.element)" })
                let shown = bar.split(separator: " ").map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "‹")) }
                    .filter { $0 != "›" && $0 != "合成" && !$0.isEmpty }
                XCTAssertTrue(shown.allSatisfy(whole.contains), "\(language), tab \(tab.key): \(b.rows[0])")
                XCTAssertTrue(shown.contains { $0.hasPrefix(String(tab.key)) }, "the active tab is shown: \(b.rows[0])")
                XCTAssertTrue(bar.contains("›") || shown.last?.hasPrefix("0") == true, "a dropped tab is marked: \(b.rows[0])")
            }
        }
    }

    func testSyntheticCorpusSaysSoOnEveryScreen() throws {
        corpus = try DashboardFixture.corpus(synthetic: true)
        for tab in tabs {
            let (b, _) = try screen([.char(tab.key)])
            XCTAssertTrue(b.rows.last?.contains("SYNTHETIC") ?? false, "\(tab.breadcrumb): \(b.rows.last ?? "")")
        }
    }
}

/// The review's problems and the findings check, one key away from the indicators tab.
final class ProblemScreenTests: XCTestCase {
    func testCausesAndRecommendationsOneKeyAwayWithLocatorsInBothLanguages() throws {
        let corpus = try DashboardFixture.corpus()
        for (w, h) in [(80, 24), (200, 60)] {
            let hasFindings = !corpus.findings.isEmpty
            // The first selectable row is the findings check when the corpus cites findings; the next one
            // (headings and definitions are skipped) opens the first problem.
            let (b, state) = try DashboardFixture.run(corpus, width: w, height: h, language: .chinese,
                                                      keys: [.char("6")] + (hasFindings ? [.char("j")] : []) + [.enter])
            XCTAssertEqual(state.route, .problem("fragmentation"))
            let screen = b.rows.joined(separator: "\n")
            XCTAssertTrue(screen.contains("问题描述 / Description"), screen)
            // The locator in the interface's language: the section as the paper prints it, the part in Chinese.
            XCTAssertTrue(screen.contains("〔三（一）〕"), screen)
            XCTAssertTrue(screen.contains("〔三（一），原因 1〕"), screen)
            XCTAssertFalse(screen.contains("section 3.1"), screen)
            XCTAssertTrue(screen.contains("成因 / Causes（3）"), screen)
            XCTAssertTrue(b.rows.allSatisfy { DisplayWidth.of($0) <= w })
        }
        let (b, _) = try DashboardFixture.run(corpus, width: 200, height: 60, language: .english,
                                              keys: [.char("6")] + (corpus.findings.isEmpty ? [] : [.char("j")]) + [.enter])
        XCTAssertTrue(b.rows.joined(separator: "\n").contains("〔section 3.1 (三（一）), cause 1〕"), b.rows.joined(separator: "\n"))
    }

    func testFindingsCheckListsVerdictsReasonsAndEvidence() throws {
        let corpus = try DashboardFixture.corpus()
        try XCTSkipIf(corpus.findings.isEmpty, "the fixture cites no findings")
        let (b, state) = try DashboardFixture.run(corpus, width: 200, height: 60, language: .english, keys: [.char("6"), .enter])
        XCTAssertEqual(state.route, .findings)
        let screen = b.rows.joined(separator: "\n")
        XCTAssertTrue(screen.contains("findings checked against this corpus"), screen)
        XCTAssertTrue(screen.contains("Why: "), screen)
        XCTAssertTrue(screen.contains("[not testable]") || screen.contains("[partly]") || screen.contains("[reproduced]"), screen)
    }
}
