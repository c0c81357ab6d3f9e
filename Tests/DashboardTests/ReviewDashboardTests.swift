import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Issue 6 in the dashboard: review keys write the analyst's own journal (read back from disk and decoded),
/// the Reviews tab lists what is in effect, and reviewed things are marked. Each test has its own copy of the
/// demo corpus, so journals never touch the checkout.
final class ReviewDashboardTests: XCTestCase {
    private var demo: DemoFixture.Loaded!
    private let document = "demo-00019"

    override func setUpWithError() throws {
        demo = try DemoFixture.writable()
        XCTAssertNotNil(demo.corpus.document(document), "the demo corpus has \(document)")
    }

    override func tearDown() {
        if let dir = demo?.corpus.directory { try? FileManager.default.removeItem(at: dir) }
    }

    private func run(_ keys: [Key], width: Int = 80, height: Int = 24) throws -> (TestBackend, AppState) {
        try DemoFixture.run(demo, width: width, height: height, keys: keys)
    }

    private var journal: URL { ReviewJournal(corpusDirectory: demo.corpus.directory).url }

    /// The analyst's journal as written: one JSON object per line, each decoded.
    private func entries(file: StaticString = #filePath, line: UInt = #line) throws -> [ReviewEntry] {
        let data = try Data(contentsOf: journal)
        XCTAssertEqual(data.last, UInt8(ascii: "\n"), "the journal ends with a complete line", file: file, line: line)
        return try data.split(separator: UInt8(ascii: "\n")).map { try JSONDecoder().decode(ReviewEntry.self, from: Data($0)) }
    }

    private var openDocument: [Key] { [.char(":")] + [Key].type(document) + [.enter] }

    private func label(_ id: String) -> String { demo.corpus.document(id)?.number ?? id }

    // MARK: t

    func testTagWritesOneJournalLineAndTheReviewsTabListsIt() throws {
        var (b, state) = try run(openDocument + [.char("t")] + [Key].type("照搬") + [.enter])
        XCTAssertEqual(state.route, .document(document))
        XCTAssertTrue(DemoFixture.status(b).contains("已记入你的审阅日志"), DemoFixture.status(b))
        let written = try entries()
        XCTAssertEqual(written.count, 1, "one line per action")
        let entry = try XCTUnwrap(written.first)
        XCTAssertEqual(entry.kind, .tag)
        XCTAssertEqual(entry.tags, ["照搬"])
        XCTAssertEqual(entry.target.kind, .document)
        XCTAssertEqual(entry.target.id, document)
        XCTAssertEqual(entry.author, ReviewAuthor.current())
        XCTAssertEqual(journal.lastPathComponent, ReviewAuthor.current() + ".jsonl")

        (b, state) = try DemoFixture.resume(state, keys: [.char("0")])
        XCTAssertEqual(state.route, .reviews)
        let row = try XCTUnwrap(b.rows.first { $0.contains("#照搬") }, DemoFixture.screen(b))
        XCTAssertTrue(row.contains("标签") && row.contains(label(document)) && row.contains(String(ReviewAuthor.current().prefix(8))), row)
        XCTAssertTrue(b.rows.joined().contains("审阅记录：1 条"), DemoFixture.screen(b))
        // Enter on the entry opens its subject.
        (_, state) = try DemoFixture.resume(state, keys: [.enter])
        XCTAssertEqual(state.route, .document(document))
    }

    /// The Reviews tab named a target by its name alone ("Sichuan", "MIIT", "Collaborative manufactu…"), where
    /// `ipap review list` says "province Sichuan": a province, an issuer and an area of like names, or a document and
    /// an indicator, could not be told apart. It names the kind first, as the command line does. The entries are
    /// put in memory by two named analysts, so that the screen does not depend on the account running the test.
    func testTheReviewsTabNamesEachTargetsKind() throws {
        let targets: [(String, ReviewTarget, ReviewKind)] = [
            ("wang", .document("demo-00000", clause: 3), .override), ("li", ReviewTarget(kind: .indicator, id: "response-lag"), .rating),
            ("wang", .document(document), .tag), ("li", ReviewTarget(kind: .area, id: "manufacturing"), .tag),
            ("wang", ReviewTarget(kind: .issuer, id: "miit"), .tag), ("li", ReviewTarget(kind: .province, id: "510000"), .tag),
        ]
        let store = inMemory(targets.map { author, target, kind in
            ReviewEntry(author: author, kind: kind, target: target, tags: kind == .tag ? ["check"] : nil,
                        rating: kind == .rating ? ReviewRating(.disagree, indicator: "response-lag") : nil,
                        override: kind == .override ? ReviewOverride(field: .policyTool, value: "demand-procurement") : nil)
        })
        let english = [
            "2023-11-14 22:18 li       tag      province Sichuan             #check         ✎",
            "2023-11-14 22:17 wang     tag      issuer MIIT                  #check         ✎",
            "2023-11-14 22:16 li       tag      action area Collaborative m… #check         ✎",
            "2023-11-14 22:15 wang     tag      document demo-00019          #check         ✎",
            "2023-11-14 22:14 li       rating   indicator Response lag       disagree       ✎",
            "2023-11-14 22:13 wang     override document demo-00000 clause 3 Government pr… ✎",
        ]
        let chinese = [
            "2023-11-14 22:18 li      标签 省份 四川               #check                   ✎",
            "2023-11-14 22:17 wang    标签 发文机关 工业和信息化部 #check                   ✎",
            "2023-11-14 22:16 li      标签 行动领域 协同制造       #check                   ✎",
            "2023-11-14 22:15 wang    标签 文件 demo-00019         #check                   ✎",
            "2023-11-14 22:14 li      评价 指标 响应时滞           不同意                   ✎",
            "2023-11-14 22:13 wang    改码 文件 demo-00000 条款 3  政府采购                 ✎",
        ]
        for (language, rows) in [(Language.english, english), (.chinese, chinese)] {
            let b = try reviewsTab(store, language: language)
            XCTAssertEqual(Array(b.rows[4...9]), rows, DemoFixture.screen(b))
        }
        // A wide screen has room for the whole name.
        let wide = try reviewsTab(store, language: .english, width: 200, height: 60)
        XCTAssertTrue(wide.rows.contains { $0.contains(" action area Collaborative manufacturing ") }, DemoFixture.screen(wide))
    }

    /// An override says what the machine had coded, as `review list` does ("（机器编码：…）"): "none" when it coded nothing
    /// (the list began with a bare arrow, " → 政府采购", as if something were cut), nothing when the entry does not
    /// record it.
    func testAnOverrideSaysTheMachineCodedNothing() throws {
        let store = inMemory([
            ReviewEntry(author: "wang", kind: .override, target: .document("demo-00000", clause: 3),
                        override: ReviewOverride(field: .policyTool, value: "demand-procurement", previous: [])),
            ReviewEntry(author: "li", kind: .override, target: .document("demo-00000", clause: 4),
                        override: ReviewOverride(field: .policyTool, value: "demand-procurement")),
        ])
        for (language, none, procurement) in [(Language.chinese, "政府采购（机器编码：无）", "政府采购"),
                                               (.english, "Government procurement (machine: none)", "Government procurement")] {
            let b = try reviewsTab(store, language: language, width: 120, height: 24)
            let rows = b.rows.filter { $0.contains(procurement) }
            XCTAssertEqual(rows.count, 2, DemoFixture.screen(b))
            XCTAssertTrue(rows.contains { $0.contains(none) && $0.contains(" 3 ") }, "\(language)\n" + DemoFixture.screen(b))
            XCTAssertTrue(rows.contains { !$0.contains(none) && $0.contains(" 4 ") }, "\(language)\n" + DemoFixture.screen(b))
        }
    }

    /// Two analysts overrode one clause, li and then wang: only wang's counts (`ReviewStore.overrides`), but the tab listed
    /// both with no mark. li's says so first, in words that fit the Content column at 80 columns; and the kappa line said
    /// "分歧 1" of two tools of one class, which the kappas count as agreeing: it counts them by what differs.
    func testAnOverrideAnotherOutranksIsMarkedAndTheKappaLineSaysWhatDiffers() throws {
        let store = inMemory([
            ReviewEntry(author: "li", kind: .override, target: .document("demo-00000", clause: 6),
                        override: ReviewOverride(field: .policyTool, value: "supply-talent", previous: [])),
            ReviewEntry(author: "wang", kind: .override, target: .document("demo-00000", clause: 6),
                        override: ReviewOverride(field: .policyTool, value: "supply-funding", previous: [])),
        ])
        XCTAssertEqual(Set(store.superseded.keys), [store.active[1].id], "li's, the earlier")
        for (language, mark, counts) in [(Language.chinese, "【已被 wang 取代】", "类别不同 0，仅工具不同 1"),
                                          (.english, "[superseded", "differ in class 0, in tool only 1")] {
            for (width, height) in [(80, 24), (200, 60)] {
                let b = try reviewsTab(store, language: language, width: width, height: height)
                let li = try XCTUnwrap(b.rows.first { $0.contains(" li ") && !$0.contains("Kappa") }, DemoFixture.screen(b))
                let wang = try XCTUnwrap(b.rows.first { $0.contains(" wang ") && !$0.contains("Kappa") }, DemoFixture.screen(b))
                XCTAssertTrue(li.contains(mark), "\(language) at \(width)" + DemoFixture.screen(b))
                XCTAssertFalse(wang.contains(mark), "\(language) at \(width)" + DemoFixture.screen(b))
                XCTAssertTrue(b.rows.contains { $0.hasPrefix(" Kappa li / wang") && $0.contains(counts) }, "\(language) at \(width)" + DemoFixture.screen(b))
            }
        }
    }

    /// An override's codes cut to the Content column left its bracket open at 80 columns ("服务外包（机器编码：应用…"),
    /// as if the closing bracket were lost: cut inside, the bracket is closed; with too little of it left, the cut goes
    /// before it.
    func testAnOverrideCutInsideItsBracketClosesIt() throws {
        let store = inMemory([ReviewEntry(author: "bin", kind: .override, target: .document("demo-00000", clause: 2),
                                          override: ReviewOverride(field: .policyTool, value: "demand-outsourcing",
                                                                   previous: ["demand-demonstration", "supply-information"]))])
        let b = try reviewsTab(store, language: .chinese)
        let row = try XCTUnwrap(b.rows.first { $0.contains("改码") }, DemoFixture.screen(b))
        XCTAssertEqual(row, "2023-11-14 22:13 bin     改码 文件 demo-00000 条款 2 服务外包（机器编码：应…） ✎", DemoFixture.screen(b))
        XCTAssertEqual(DisplayWidth.of(row), 80)
        for (language, width) in [(Language.english, 80), (.english, 120), (.chinese, 120), (.english, 200), (.chinese, 200)] {
            let b = try reviewsTab(store, language: language, width: width, height: 24)
            let row = try XCTUnwrap(b.rows.first { $0.contains("demo-00000") }, DemoFixture.screen(b))
            let opened = row.filter { "（(".contains($0) }.count, closed = row.filter { "）)".contains($0) }.count
            XCTAssertEqual(opened, closed, "\(language) at \(width): \(row)")
        }
    }

    /// A note on a passage read "文件 demo-00019 [410–54…" at 80 columns, its offsets cut to another passage's: where
    /// the About column cannot hold them they give way whole.
    func testAPassagesOffsetsAreShownWholeOrNotAtAll() throws {
        let store = inMemory([ReviewEntry(author: "wang", kind: .note, target: .document(document, span: (410, 540)), note: "两行")])
        for (language, name) in [(Language.chinese, "文件 \(document)"), (.english, "document \(document)")] {
            let narrow = try reviewsTab(store, language: language)
            XCTAssertTrue(narrow.rows.contains { $0.contains(" \(name) […] ") }, DemoFixture.screen(narrow))
            XCTAssertFalse(narrow.rows.contains { $0.contains("[410–5") }, DemoFixture.screen(narrow))
            let wide = try reviewsTab(store, language: language, width: 200, height: 60)
            XCTAssertTrue(wide.rows.contains { $0.contains(" \(name) [410–540] ") }, DemoFixture.screen(wide))
        }
    }

    /// Entries as journals by several analysts would give them, a minute apart in the given order: a store in
    /// memory, so that authors are not the account running the test.
    private func inMemory(_ entries: [ReviewEntry]) -> ReviewStore {
        ReviewStore(entries: entries.enumerated().map { n, e in
            var entry = e
            entry.time = ReviewTime.format(Date(timeIntervalSince1970: 1_700_000_000 + Double(n) * 60))
            return ReviewStore.Located(entry: entry, file: "reviews/\(e.author).jsonl", line: n + 1)
        })
    }

    private func reviewsTab(_ store: ReviewStore, language: Language, width: Int = 80, height: Int = 24) throws -> TestBackend {
        try DemoFixture.reviewsTab(demo, store, width: width, height: height, language: language)
    }

    /// The kappa line named its classes by the tool gutter's letters, the fourth by the English id ("[供 1.00 环 -
    /// 需 1.00 other -]" on a Chinese screen, under "Cohen's κ"), and at 80 columns in English wrapped its last word
    /// onto a line of its own. Each kappa is named as `ipap review agreement` names it, "Kappa" in both languages, a
    /// class never split from its value. And the clauses both coded where a tool is not in the taxonomy were left out
    /// of the kappas and said nowhere: the kappa line read as over every clause both coded.
    func testTheKappaLinesNameTheClassesAsTheCommandLineDoes() throws {
        let codes = [("wang", 1, "supply-funding"), ("li", 1, "supply-talent"), ("wang", 2, "made-up-tool"), ("li", 2, "environment-tax"),
                     ("wang", 3, "other-publicity"), ("li", 3, "other-publicity"), ("wang", 4, "demand-procurement"), ("li", 4, "environment-tax")]
        let store = inMemory(codes.map { author, clause, tool in
            ReviewEntry(author: author, kind: .override, target: .document("demo-00000", clause: clause),
                        override: ReviewOverride(field: .policyTool, value: tool))
        })
        // At 80 columns the classes' kappas below the pair's, at 200 beside them.
        let english = [80: [" Kappa li / wang: overall 0.57  differ in class 1, in tool only 1",
                            "  Supply-side 1.00  Environment 0.00  Demand-side 0.00  Other (not a tool) 1.00"],
                       200: [" Kappa li / wang: overall 0.57  Supply-side 1.00  Environment 0.00  Demand-side 0.00  Other (not a tool) 1.00  differ in class 1, in tool only 1"]]
        let chinese = [80: [" Kappa li / wang：总体 0.57  类别不同 1，仅工具不同 1", "  供给型 1.00  环境型 0.00  需求型 0.00  其他（非工具） 1.00"],
                       200: [" Kappa li / wang：总体 0.57  供给型 1.00  环境型 0.00  需求型 0.00  其他（非工具） 1.00  类别不同 1，仅工具不同 1"]]
        let unknown = [Language.english: "  1 clause coded by both with an unknown tool, left out of the kappas",
                       .chinese: "  两人都编码、工具未知（分类中没有）的条款 1 条，未计入 Kappa"]
        for (language, kappas) in [(Language.english, english), (.chinese, chinese)] {
            for (width, height) in [(80, 24), (200, 60)] {
                let b = try reviewsTab(store, language: language, width: width, height: height)
                let lines = (kappas[width] ?? []) + [unknown[language] ?? ""]
                let kappa = try XCTUnwrap(b.rows.firstIndex { $0.hasPrefix(" Kappa") }, DemoFixture.screen(b))
                let shown = b.rows[kappa..<(kappa + lines.count)].map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
                XCTAssertEqual(Array(shown), lines, "\(language) at \(width)" + DemoFixture.screen(b))
                // The table's titles follow: nothing wrapped onto another line.
                XCTAssertTrue(b.rows[kappa + lines.count].hasPrefix(language == .chinese ? "时间" : "Time"), DemoFixture.screen(b))
                if language == .chinese {
                    let english = b.rows[1..<kappa + lines.count].flatMap { LabelTableTests.englishWords(in: $0) }.filter { !["li", "wang"].contains($0) }
                    XCTAssertEqual(english, [], "no English word in the Chinese header" + DemoFixture.screen(b))
                }
            }
        }
    }

    /// The tab shows the kappas of two pairs of analysts: with three analysts the third pair was left out and
    /// nothing said so. The pairs left out are counted, with the command that lists them all.
    func testTheKappaLinesSayWhichPairsAreLeftOut() throws {
        let codes = [("wang", 1, "supply-funding"), ("li", 1, "supply-talent"), ("zhao", 1, "supply-talent"),
                     ("wang", 2, "demand-procurement"), ("li", 2, "environment-tax"), ("zhao", 2, "demand-procurement")]
        let store = inMemory(codes.map { author, clause, tool in
            ReviewEntry(author: author, kind: .override, target: .document("demo-00000", clause: clause),
                        override: ReviewOverride(field: .policyTool, value: tool))
        })
        XCTAssertEqual(CoderAgreement.all(store, scheme: demo.corpus.taxonomy.tools).count, 3, "three pairs coded the same clauses")
        for (language, more) in [(Language.english, " 1 more pair of analysts: ipap review agreement"),
                                 (.chinese, " 另有 1 对分析员：ipap review agreement")] {
            for (width, height) in [(80, 24), (200, 60)] {
                let b = try reviewsTab(store, language: language, width: width, height: height)
                let rows = b.rows.map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
                let pairs = rows.filter { $0.hasPrefix(" Kappa") }.map { $0.prefix { $0 != ":" && $0 != "：" } }
                let titles = try XCTUnwrap(rows.firstIndex { $0.hasPrefix(language == .chinese ? "时间" : "Time") }, DemoFixture.screen(b))
                if width == 80 {
                    XCTAssertEqual(pairs, [" Kappa li / wang", " Kappa li / zhao"], "\(language) at \(width)" + DemoFixture.screen(b))
                    // Under the pairs shown, before the table's titles.
                    XCTAssertEqual(rows.firstIndex(of: more), titles - 1, "\(language) at \(width)" + DemoFixture.screen(b))
                } else {
                    // A tall screen has rows for all three, and nothing is left out to count.
                    XCTAssertEqual(pairs, [" Kappa li / wang", " Kappa li / zhao", " Kappa wang / zhao"], "\(language) at \(width)" + DemoFixture.screen(b))
                    XCTAssertFalse(rows.contains { $0.contains("ipap review agreement") }, DemoFixture.screen(b))
                }
            }
        }
    }

    /// Three analysts' kappas, the tab's top rows as drawn: at 80x24 each pair on two rows (three with a tool the
    /// taxonomy lacks), two pairs and the third counted; at 200x60 each pair on one row (at 200 columns a pair took two).
    func testTheKappasTakeOneRowAPairWhereTheWidthHoldsThem() throws {
        let codes = [("wang", 1, "supply-funding"), ("li", 1, "supply-talent"), ("zhao", 1, "supply-talent"),
                     ("wang", 2, "demand-procurement"), ("li", 2, "environment-tax"), ("zhao", 2, "demand-procurement"),
                     ("wang", 3, "made-up-tool"), ("zhao", 3, "other-publicity")]
        let store = inMemory(codes.map { author, clause, tool in
            ReviewEntry(author: author, kind: .override, target: .document("demo-00000", clause: clause),
                        override: ReviewOverride(field: .policyTool, value: tool))
        })
        let tabs = [80: "1总览 2省份 3部委 4领域 5文件 6指标 7相似 8工具 9时间 0审阅      合成 SYNTHETIC",
                    200: " 1 总览 │ 2 省份 │ 3 部委 │ 4 行动领域 │ 5 文件 │ 6 指标 │ 7 相似度 │ 8 政策工具 │ 9 时间线 │ 0 审阅"
                        + String(repeating: " ", count: 85) + "合成 SYNTHETIC"]
        let heading = [" 审阅记录：8 条，来自 3 位分析员（li、wang、zhao）；最新在前。", " f 筛选（author: tag: kind: target:）  R 重读"]
        let titles = "时间             分析员  类型 对象                   内容"
        let screens = [
            80: [" Kappa li / wang：总体 0.33  类别不同 1，仅工具不同 1",
                 "  供给型 1.00  环境型 0.00  需求型 0.00  其他（非工具） -",
                 " Kappa li / zhao：总体 0.33  类别不同 1，仅工具不同 0",
                 "  供给型 1.00  环境型 0.00  需求型 0.00  其他（非工具） -",
                 " 另有 1 对分析员：ipap review agreement"],
            200: [" Kappa li / wang：总体 0.33  供给型 1.00  环境型 0.00  需求型 0.00  其他（非工具） -  类别不同 1，仅工具不同 1",
                  " Kappa li / zhao：总体 0.33  供给型 1.00  环境型 0.00  需求型 0.00  其他（非工具） -  类别不同 1，仅工具不同 0",
                  " Kappa wang / zhao：总体 1.00  供给型 1.00  环境型 -  需求型 1.00  其他（非工具） -  类别不同 0，仅工具不同 1",
                  "  两人都编码、工具未知（分类中没有）的条款 1 条，未计入 Kappa"],
        ]
        for (width, height) in [(80, 24), (200, 60)] {
            let b = try reviewsTab(store, language: .chinese, width: width, height: height)
            let expected = [tabs[width] ?? ""] + heading + (screens[width] ?? []) + [titles]
            let rows = b.rows.prefix(expected.count).map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
            XCTAssertEqual(rows, expected, "at \(width)x\(height)")
        }
        // In English the same rows: the classes' names are longer, and at 200 columns still fit one row.
        let english = try reviewsTab(store, language: .english, width: 200, height: 60).rows[3...6]
        XCTAssertEqual(english.map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }, [
            " Kappa li / wang: overall 0.33  Supply-side 1.00  Environment 0.00  Demand-side 0.00  Other (not a tool) -  differ in class 1, in tool only 1",
            " Kappa li / zhao: overall 0.33  Supply-side 1.00  Environment 0.00  Demand-side 0.00  Other (not a tool) -  differ in class 1, in tool only 0",
            " Kappa wang / zhao: overall 1.00  Supply-side 1.00  Environment -  Demand-side 1.00  Other (not a tool) -  differ in class 0, in tool only 1",
            "  1 clause coded by both with an unknown tool, left out of the kappas",
        ])
    }

    /// The tab showed two pairs' kappas whatever the screen's height: at 200x60 the header had rows for eight. It shows
    /// as many pairs as the header has rows for (the layout's third of the screen, never taking the entries list below 10
    /// rows), and counts the pairs it leaves out on the last line of the header, whole. A pair takes one row where the
    /// width holds its kappas (200 columns; 120 in Chinese), two where not.
    func testTheKappaLinesShowAsManyPairsAsTheScreenHasRowsFor() throws {
        // Seven analysts code the same two clauses: twenty-one pairs.
        let analysts = ["chen", "li", "sun", "wang", "wu", "zhao", "zhou"]
        let tools = ["supply-funding", "supply-talent", "demand-procurement", "environment-tax"]
        let store = inMemory(analysts.enumerated().flatMap { n, author in
            [1, 2].map { clause in
                ReviewEntry(author: author, kind: .override, target: .document("demo-00000", clause: clause),
                            override: ReviewOverride(field: .policyTool, value: tools[(n + clause) % tools.count]))
            }
        })
        let agreement = CoderAgreement.all(store, scheme: demo.corpus.taxonomy.tools)
        XCTAssertEqual(agreement.count, 21)
        for language in [Language.english, .chinese] {
            // At 80 columns the entries' heading, naming seven analysts, takes two rows: one pair has room at 80x24, none
            // at 80x19, where the count is all (the entries keep 12 rows). At 120 columns a pair takes two rows in English.
            for (width, height, shown) in [(80, 24, 1), (200, 60, 16), (80, 19, 0), (120, 30, language == .chinese ? 6 : 3)] {
                let state = Dashboard.update(DemoFixture.initialState(demo, width: width, height: height, language: language), .journalsChanged(store)).0
                let (b, tab) = try DemoFixture.resume(state, keys: [.char("0")])
                let rows = b.rows.map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }
                let pairs = rows.filter { $0.hasPrefix(" Kappa") && $0.contains(" / ") }.map { String($0.prefix { $0 != ":" && $0 != "：" }) }
                XCTAssertEqual(pairs, agreement.prefix(shown).map { " Kappa \($0.coderA) / \($0.coderB)" }, "\(language) at \(width)x\(height)" + DemoFixture.screen(b))
                let left = switch (language, shown) {
                case (.english, 0): " Kappa of 21 pairs of analysts: ipap review agreement"
                case (.chinese, 0): " 21 对分析员的 Kappa：ipap review agreement"
                case (.english, _): " \(21 - shown) more pairs of analysts: ipap review agreement"
                default: " 另有 \(21 - shown) 对分析员：ipap review agreement"
                }
                // The count is the header's last line, right above the table's titles: nothing of the header cut.
                let titles = try XCTUnwrap(rows.firstIndex { $0.hasPrefix(language == .chinese ? "时间" : "Time") }, DemoFixture.screen(b))
                XCTAssertEqual(rows[titles - 1], left, "\(language) at \(width)x\(height)" + DemoFixture.screen(b))
                XCTAssertGreaterThanOrEqual(Layout(state: tab, content: Layout.content(tab)).tableRows, 10, "\(width)x\(height)")
                // With `f`'s prompt open, the header is not cut either.
                let (f, _) = try DemoFixture.resume(tab, keys: [.char("f")])
                XCTAssertTrue(f.rows.contains { $0.hasPrefix(left) }, "\(language) at \(width)x\(height) with f" + DemoFixture.screen(f))
            }
        }
    }

    // MARK: a

    func testAnnotateKeepsSeveralLines() throws {
        var (b, state) = try run(openDocument + [.char("a")] + [Key].type("第一行") + [.enter] + [Key].type("第二行"))
        // While typing, the note is shown in a box with both lines, and nothing is written yet.
        XCTAssertNotNil(state.prompt)
        XCTAssertTrue(b.rows.contains { $0.contains("第一行") } && b.rows.contains { $0.contains("第二行") }, DemoFixture.screen(b))
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path))
        (b, state) = try DemoFixture.resume(state, keys: [.ctrl("d")])
        XCTAssertNil(state.prompt)
        let entry = try XCTUnwrap(try entries().first)
        XCTAssertEqual(try entries().count, 1)
        XCTAssertEqual(entry.kind, .note)
        XCTAssertEqual(entry.note, "第一行\n第二行")
        XCTAssertEqual(entry.target.id, document)
        (b, _) = try DemoFixture.resume(state, keys: [.char("0")])
        XCTAssertTrue(b.rows.contains { $0.contains("批注") && $0.contains("第一行 第二行") }, DemoFixture.screen(b))
    }

    /// A tag or note typed (or pasted) with a bidi override went into the journal as it was, where `ipap review add`
    /// now refuses it: the dashboard refuses it too, says which character (and that it is a bidi control), and
    /// writes nothing; the prompt stays open with the text, to remove it.
    func testATagOrNoteWithAControlCharacterIsRefused() throws {
        for (typed, keys) in [("照\u{202E}搬", [.char("t")] + [Key].type("照\u{202E}搬") + [.enter]), ("注\u{202E}", [.char("a")] + [Key].type("注\u{202E}") + [.ctrl("d")])] {
            let (b, state) = try run(openDocument + keys)
            XCTAssertEqual(state.prompt?.text, typed)
            XCTAssertTrue(DemoFixture.abovePrompt(b).contains("未记入：含有控制字符 U+202E（双向文本控制符：改变文字的显示顺序），请删除"), DemoFixture.screen(b))
            XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path), "nothing written")
        }
    }

    // MARK: u

    func testUndoAppendsAReversalAndTheReviewsTabDropsTheEntry() throws {
        var (b, state) = try run(openDocument + [.char("t")] + [Key].type("照搬") + [.enter, .char("u")])
        let written = try entries()
        XCTAssertEqual(written.count, 2, "the undo is appended; the tag line stays")
        XCTAssertEqual(written.first?.kind, .tag)
        XCTAssertEqual(written.last?.kind, .undo)
        XCTAssertEqual(written.last?.undoes, written.first?.id)
        (b, state) = try DemoFixture.resume(state, keys: [.char("0")])
        XCTAssertFalse(b.rows.contains { $0.contains("#照搬") }, "the undone tag is gone" + DemoFixture.screen(b))
        XCTAssertTrue(b.rows.joined().contains("还没有审阅记录"), DemoFixture.screen(b))
        // A second u has nothing left to undo and writes nothing.
        (b, state) = try DemoFixture.resume(state, keys: [.char("u")])
        XCTAssertEqual(try entries().count, 2)
        XCTAssertTrue(DemoFixture.status(b).contains("没有可撤销的审阅"), DemoFixture.status(b))
        _ = state
    }

    /// Two dashboards on one corpus, one account: `u` in the window whose last action was a note undid the tag the
    /// other window had written since ("undone: tag on document demo-00000 #copied"). Each window undoes what it
    /// wrote itself, newest first; a window that wrote nothing says so and writes nothing.
    func testUndoTakesBackThisWindowsOwnEntryNotAnotherWindows() throws {
        func open(_ id: String) -> [Key] { [.char(":")] + [Key].type(id) + [.enter] }
        let (_, noted) = try DemoFixture.run(demo, width: 80, height: 24, language: .english,
                                             keys: open("demo-00001") + [.char("a")] + [Key].type("checked") + [.ctrl("d")])
        let (_, tagged) = try DemoFixture.run(demo, width: 80, height: 24, language: .english,
                                              keys: open("demo-00000") + [.char("t")] + [Key].type("copied") + [.enter])
        var (b, _) = try DemoFixture.resume(noted, keys: [.char("R"), .char("u")])
        var written = try entries()
        XCTAssertEqual(written.map(\.kind), [.note, .tag, .undo])
        XCTAssertEqual(written.last?.undoes, written.first?.id, "the note this window wrote is undone, not the other's tag")
        XCTAssertTrue(DemoFixture.status(b).contains("undone: note on document \(label("demo-00001"))"), DemoFixture.status(b))
        (b, _) = try DemoFixture.resume(tagged, keys: [.char("u")])
        written = try entries()
        XCTAssertEqual(written.last?.undoes, written[1].id, "the other window undoes its own tag")
        (b, _) = try DemoFixture.run(demo, width: 80, height: 24, language: .english, keys: [.char("u")])
        XCTAssertEqual(try entries().count, 4, "a window that wrote nothing undoes nothing")
        XCTAssertTrue(DemoFixture.status(b).contains("nothing to undo in this window"), DemoFixture.status(b))
    }

    /// The status line names the entry `u` undid (kind, subject, content), in the analyst's language; it said
    /// only "已记入你的审阅日志：撤销", whatever was undone. The subject with its kind, as the Reviews tab names it
    /// ("已撤销标签：demo-00019" did not say what demo-00019 was).
    func testUndoNamesWhatItUndidInTheAnalystsLanguage() throws {
        let (b, _) = try run(openDocument + [.char("t")] + [Key].type("照搬") + [.enter, .char("u")])
        let status = DemoFixture.status(b)
        XCTAssertTrue(status.contains("已撤销标签：文件 \(label(document))  #照搬"), status)
        let (e, _) = try DemoFixture.run(demo, width: 80, height: 24, language: .english,
                                         keys: openDocument + [.char("a")] + [Key].type("copied") + [.ctrl("d"), .char("u")])
        let english = DemoFixture.status(e)
        XCTAssertTrue(english.contains("undone: note on document \(label(document))  copied"), english)
        let (p, _) = try run([.char("2"), .enter, .char("t")] + [Key].type("抽查") + [.enter, .char("u")])
        XCTAssertTrue(DemoFixture.status(p).contains("已撤销标签：省份 北京  #抽查"), DemoFixture.status(p))
    }

    /// The prompts of t, a, r and o named their target without its kind ("标签（Tab 补全）北京：", "批注 demo-00019
    /// 条款 10："), where the Reviews tab says "省份 北京", "文件 demo-00019 条款 10". They name it as the tab does, and
    /// whole at 80 columns: what helps to type (Tab completes, the machine's codes, the indicator rated) gives way
    /// first, where a cut took the clause's number ("document demo-00…:", "clause 1…") or the rated province.
    func testTheReviewPromptsNameTheTargetsKindWhole() throws {
        let clause: [Key] = openDocument + [.char("]")]
        let ranking: [Key] = [.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter]
        for (width, height) in [(80, 24), (200, 60)] {
            func prompt(_ keys: [Key], _ language: Language) throws -> (String, AppState) {
                let (b, state) = try DemoFixture.run(demo, width: width, height: height, language: language, keys: keys)
                XCTAssertNotNil(state.prompt, DemoFixture.screen(b))
                return ((b.rows.last ?? "").replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression), state)
            }
            let (_, atClause) = try prompt(clause + [.char("t")], .chinese)
            guard case .tag(let target)? = atClause.prompt?.kind, let n = target.clause else { return XCTFail("] lands on a clause") }
            let wide = width >= 200
            // The clause's first words (QA pass 48b: a row holds several clauses); at 80 columns the document gives
            // way before the codes (the status line names it).
            let words = try XCTUnwrap(prompt(clause + [.char("o")], .chinese).1.prompt?.excerpt)
            func short(_ n: Int) -> String { ReviewActions.clipped(words, to: n) }
            for (language, keys, expected) in [
                (Language.chinese, [.char("2"), .enter, .char("t")], "标签（Tab 补全）省份 北京："),
                (.english, [.char("2"), .enter, .char("t")], "tags (Tab completes) province Beijing:"),
                // A clause is quoted, long where there is room (QA pass 49: a row holds several).
                (.chinese, clause + [.char("t")], wide ? "标签（Tab 补全）文件 \(document) 条款 \(n)「\(words)」：" : "标签 文件 \(document) 条款 \(n)「\(short(10))」："),
                (.english, clause + [.char("t")], wide ? "tags (Tab completes) document \(document) clause \(n) “\(words)”:" : "tags on document \(document) clause \(n) “\(short(6))”:"),
                (.chinese, clause + [.char("a")], "批注 文件 \(document) 条款 \(n)「\(wide ? words : short(10))」："),
                (.english, clause + [.char("a")], "note on document \(document) clause \(n) “\(wide ? words : short(6))”:"),
                // The indicator named at 80 columns too, the choices said short (QA pass 48).
                (.chinese, ranking + [.char("r")], "评价 省份 广东 · 照搬中央比例" + (wide ? "（a 同意 / d 不同意 / u 不确定 + 备注）：" : "（a/d/u，+ 备注）：")),
            ] as [(Language, [Key], String)] {
                let (line, _) = try prompt(keys, language)
                XCTAssertEqual(line, expected, "\(language) at \(width)")
            }
            // The override names its clause by number and first words, and its codes; the document where there is room
            // (at 80 columns it gives way first: the status line names it), the hint on a wide screen.
            for language in [Language.chinese, .english] {
                let (line, _) = try prompt(clause + [.char("o")], language)
                let code = language == .chinese ? "益民服务" : "Public services for the people"
                let quoteStart = (language == .chinese ? "「" : "“") + String(words.prefix(3))
                XCTAssertTrue(line.contains((language == .chinese ? "条款 " : "clause ") + "\(n)" + (language == .chinese ? "" : " ") + quoteStart), "\(language) at \(width): " + line)
                XCTAssertTrue(line.contains(code), "\(language) at \(width): " + line)
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width)
                if wide {
                    XCTAssertTrue(line.hasPrefix(language == .chinese ? "改正编码 文件 \(document) " : "override document \(document) "), line)
                }
            }
        }
    }

    // MARK: o

    func testOverrideStoresTheMachineCodesAndMarksTheClauseReversed() throws {
        let (_, opened) = try run(openDocument, width: 100, height: 40)
        let content = Layout.content(opened)
        let text = try XCTUnwrap(demo.corpus.document(document)?.text)
        let machine = ScreenContext(state: opened).reviewedClauses(document, text: text)
        let talent = try XCTUnwrap(demo.corpus.taxonomy.tools.allTools.first { $0.zh == "人才培养" })
        // The first text row in a clause the machine coded with some tool other than 人才培养.
        let target = try XCTUnwrap(content.rows.indices.first { i in
            guard let clause = content.rows[i].clause, let coded = machine.first(where: { $0.index == clause.index }) else { return false }
            return !coded.tools.isEmpty && !coded.tools.contains(talent.id)
        }, "a coded clause in \(document)")
        let clause = try XCTUnwrap(content.rows[target].clause)
        let previous = try XCTUnwrap(machine.first { $0.index == clause.index }).tools
        let steps = content.rows.indices.filter { $0 > opened.view.selected && $0 <= target && content.rows[$0].isSelectable }.count
        var (b, state) = try DemoFixture.resume(opened, keys: Array(repeating: .char("j"), count: steps))
        XCTAssertEqual(state.view.selected, target)
        XCTAssertEqual(content.rows[state.view.selected].clause, clause)

        (b, state) = try DemoFixture.resume(state, keys: [.char("o")] + [Key].type("人才培养") + [.enter])
        let entry = try XCTUnwrap(try entries().first, DemoFixture.screen(b))
        XCTAssertEqual(try entries().count, 1)
        XCTAssertEqual(entry.kind, .override)
        XCTAssertEqual(entry.target.id, document)
        XCTAssertEqual(entry.target.clause, clause.index)
        XCTAssertEqual(entry.target.span, [clause.start, clause.end])
        XCTAssertEqual(entry.override?.field, .policyTool)
        XCTAssertEqual(entry.override?.value, talent.id)
        XCTAssertEqual(entry.override?.previous, previous, "previous holds the machine codes")

        // Move the cursor off the clause: its gutter mark is now 供 (supply), drawn reversed (manual).
        let after = Layout.content(state)
        let away = after.rows.indices.first { $0 > target && after.rows[$0].isSelectable && after.rows[$0].clause != clause } ?? target
        let down = after.rows.indices.filter { $0 > target && $0 <= away && after.rows[$0].isSelectable }.count
        (b, state) = try DemoFixture.resume(state, keys: Array(repeating: .char("j"), count: down))
        let rows = b.rows
        let selected = Set(DemoFixture.selectedRows(b))
        let clauseRows = after.rows.indices.filter { after.rows[$0].clause == clause }
        XCTAssertFalse(clauseRows.isEmpty)
        var checked = 0
        for i in clauseRows {
            let body = String(after.rows[i].cells[0].dropFirst(2))
            guard body.count >= 6, let y = rows.firstIndex(where: { $0.contains(body) }), !selected.contains(y) else { continue }
            XCTAssertTrue(rows[y].dropFirst().hasPrefix("供"), "gutter mark 供 on the overridden clause: \(rows[y])")
            let style = b.style(atX: 1, y: y)
            XCTAssertEqual(style?.reverse, true, "manual code drawn reversed" + DemoFixture.screen(b))
            XCTAssertEqual(style?.foreground, Theme.toolMark["supply"]?.foreground)
            XCTAssertEqual(b.style(atX: 4, y: y)?.reverse, false, "only the mark is reversed, not the text")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "a line of the overridden clause on screen, not selected" + DemoFixture.screen(b))
        // Other clauses keep their machine marks, not reversed.
        let machineRow = try XCTUnwrap(rows.indices.first { y in
            y > 0 && y < rows.count - 1 && !selected.contains(y) && ["供", "环", "需"].contains(rows[y].dropFirst().first.map(String.init) ?? "")
                && b.style(atX: 1, y: y)?.reverse == false
        }, "a machine-coded clause on screen" + DemoFixture.screen(b))
        XCTAssertNotNil(machineRow)
        // The Reviews tab shows the override as the code set, then the machine's, named so.
        (b, _) = try DemoFixture.resume(state, keys: [.char("0")])
        XCTAssertTrue(b.rows.contains { $0.contains("改码") && $0.contains("人才培养（机器编码：") && $0.contains("条款 \(clause.index)") },
                      DemoFixture.screen(b))
        // The machine's codes by their names, not their ids (issue 15, item 11).
        let previousName = try XCTUnwrap(demo.corpus.taxonomy.tools.allTools.first { $0.id == previous.first }?.zh)
        XCTAssertTrue(b.rows.contains { $0.contains("改码") && $0.contains("机器编码：" + previousName) }, DemoFixture.screen(b))
        XCTAssertFalse(b.rows.contains { row in previous.contains { row.contains($0) } }, "no tool ids" + DemoFixture.screen(b))
    }

    /// The machine's own coding of the test document, clause by clause (as `ipap review add --clause` takes it), and a
    /// clause it coded with tools other than 人才培养 (supply-talent) and 政府采购 (demand-procurement).
    private func machineCodedClause() throws -> (machine: [ClauseCoding], clause: Int) {
        let text = try XCTUnwrap(demo.corpus.document(document)?.text)
        let machine = ReviewedCoding(scheme: CodingScheme(taxonomy: demo.corpus.taxonomy), overrides: [:]).machineCoding(text: text)
        let clause = try XCTUnwrap(machine.indices.first { i in
            !machine[i].tools.isEmpty && !machine[i].tools.contains("supply-talent") && !machine[i].tools.contains("demand-procurement")
        }, "a clause of \(document) the machine coded with a tool")
        return (machine, clause)
    }

    /// The dashboard at `document`, analyst wang's override of `clause`'s tool to 人才培养 read (in memory: a journal of
    /// another account cannot be made here), and `others`, the cursor on the clause's first line.
    private func atClauseOverriddenByWang(_ clause: Int, width: Int, height: Int, language: Language = .chinese,
                                          others: [ReviewEntry] = []) throws -> AppState {
        let (_, opened) = try DemoFixture.run(demo, width: width, height: height, language: language, keys: openDocument)
        let wang = inMemory([ReviewEntry(author: "wang", kind: .override, target: .document(document, clause: clause),
                                         override: ReviewOverride(field: .policyTool, value: "supply-talent", previous: nil))] + others)
        let state = Dashboard.update(opened, .journalsChanged(wang)).0
        let rows = Layout.content(state).rows
        let target = try XCTUnwrap(rows.indices.first { rows[$0].isSelectable && rows[$0].clause?.index == clause }, "clause \(clause) on the page")
        let (from, to) = (min(state.view.selected, target), max(state.view.selected, target))
        let steps = rows.indices.filter { $0 > from && $0 <= to && rows[$0].isSelectable }.count
        let key: Key = target >= state.view.selected ? .char("j") : .char("k")
        let moved = try DemoFixture.resume(state, keys: Array(repeating: key, count: steps)).1
        XCTAssertEqual(Layout.content(moved).rows[moved.view.selected].clause?.index, clause)
        return moved
    }

    /// Analyst wang overrides a clause's tool, then the analyst at the keyboard overrides the same clause. Their entry's
    /// `previous` held wang's code (the clause's codes with every override in effect applied), which `review list` calls
    /// the machine's ("（机器编码：人才培养）") and the Reviews tab shows as what was replaced: it holds the machine's own
    /// codes, as `ipap review add --clause` records them.
    func testASecondOverrideRecordsTheMachinesCodesNotTheFirstAnalysts() throws {
        let (machine, clause) = try machineCodedClause()
        let state = try atClauseOverriddenByWang(clause, width: 100, height: 40)
        var (b, after) = try DemoFixture.resume(state, keys: [.char("o")] + [Key].type("政府采购") + [.enter])
        let entry = try XCTUnwrap(try entries().first, DemoFixture.screen(b))
        XCTAssertEqual(try entries().count, 1)
        XCTAssertEqual(entry.target.clause, clause)
        XCTAssertEqual(entry.override?.field, .policyTool)
        XCTAssertEqual(entry.override?.value, "demand-procurement")
        XCTAssertEqual(entry.override?.previous, machine[clause].tools, "the machine's codes, not wang's supply-talent")
        // The Reviews tab names the machine's tools as the machine's, and not wang's as anything.
        (b, after) = try DemoFixture.resume(after, keys: [.char("0")])
        let names = machine[clause].tools.map { id in demo.corpus.taxonomy.tools.allTools.first { $0.id == id }?.zh ?? id }
        let row = try XCTUnwrap(b.rows.first { $0.contains("改码") && $0.contains("条款 \(clause)") }, DemoFixture.screen(b))
        XCTAssertTrue(row.contains("政府采购（机器编码：" + names.joined(separator: "、") + "）"), row)
        XCTAssertFalse(row.contains("人才培养"), row)
    }

    /// The override prompt showed the clause's codes as they are now, wang's override applied, where it shows the
    /// machine's when nothing overrides them: after another analyst's override it names the codes as the clause's
    /// current ones, with who overrode them (it said the codes but not whose override was in effect), and the machine's
    /// beside them where the line has room, never the one as the other. At 80 columns, where the codes give way, it
    /// still says whose override is in effect.
    func testTheOverridePromptNamesWhoOverrodeTheCurrentCodesAndTheMachinesAfterAnotherAnalystsOverride() throws {
        let (machine, clause) = try machineCodedClause()
        func names(_ ids: [String], _ field: ReviewOverride.Field, _ language: Language) -> [String] {
            ids.map { id in demo.corpus.taxonomy.codeName(id, field: field)?.text(in: language) ?? id }
        }
        for (width, height) in [(80, 24), (200, 60)] {
            for language in [Language.chinese, .english] {
                let state = try atClauseOverriddenByWang(clause, width: width, height: height, language: language)
                let (b, opened) = try DemoFixture.resume(state, keys: [.char("o")])
                XCTAssertNotNil(opened.prompt, DemoFixture.screen(b))
                let line = (b.rows.last ?? "").replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
                let areas = names(machine[clause].actionAreas, .actionArea, language)
                let current = (names(["supply-talent"], .policyTool, language) + areas).joined(separator: language == .chinese ? "、" : ", ")
                let coded = (names(machine[clause].tools, .policyTool, language) + areas).joined(separator: language == .chinese ? "、" : ", ")
                let words = try XCTUnwrap(opened.prompt?.excerpt)
                let quoteStart = (language == .chinese ? "「" : " “") + String(words.prefix(3))
                let clauseNamed = (language == .chinese ? "条款 " : "clause ") + "\(clause)" + quoteStart
                // Who overrode them stays longest; the codes now and the machine's where there is room.
                let whose = language == .chinese ? "（现为 wang 所改" : " (now by wang"
                XCTAssertTrue(line.contains(clauseNamed) && line.contains(whose), "\(language) at \(width)" + DemoFixture.screen(b))
                if width >= 200 {
                    XCTAssertTrue(line.contains(current), line)
                    if language == .chinese { XCTAssertTrue(line.contains("机器编码：\(coded)"), line) }
                }
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width)
            }
        }
        // The tool by wang, the area by li: both named, in that order.
        let li = ReviewEntry(author: "li", kind: .override, target: .document(document, clause: clause),
                             override: ReviewOverride(field: .actionArea, value: "e-commerce", previous: nil))
        for (width, height, expected) in [(80, 24, "（现为 wang、li 所改）："), (200, 60, "（现为 wang、li 所改：人才培养、电子商务；机器编码：")] {
            let state = try atClauseOverriddenByWang(clause, width: width, height: height, others: [li])
            let b = try DemoFixture.resume(state, keys: [.char("o")]).0
            let line = b.rows.last ?? ""
            XCTAssertTrue(line.contains("条款 \(clause)「") && line.contains("」" + expected), "at \(width)" + DemoFixture.screen(b))
        }
    }

    /// `o` on a clause coded nothing showed an empty list where the codes go, "（；写工具名或 area:领域，Tab 补全）" on a
    /// wide screen. It says "none" there, as the Reviews tab says "人才培养（机器编码：无）" of such an override.
    func testTheOverridePromptSaysNoneForAClauseCodedNothing() throws {
        for (width, height) in [(80, 24), (200, 60)] {
            for language in [Language.chinese, .english] {
                let (_, opened) = try DemoFixture.run(demo, width: width, height: height, language: language, keys: openDocument)
                let content = Layout.content(opened)
                let text = try XCTUnwrap(demo.corpus.document(document)?.text)
                let coding = ScreenContext(state: opened).reviewedClauses(document, text: text)
                let target = try XCTUnwrap(content.rows.indices.first { i in
                    guard i >= opened.view.selected, content.rows[i].isSelectable, let clause = content.rows[i].clause,
                          let coded = coding.first(where: { $0.index == clause.index }) else { return false }
                    return coded.tools.isEmpty && coded.actionAreas.isEmpty
                }, "a clause of \(document) coded nothing")
                let n = try XCTUnwrap(content.rows[target].clause).index
                let steps = content.rows.indices.filter { $0 > opened.view.selected && $0 <= target && content.rows[$0].isSelectable }.count
                let (b, state) = try DemoFixture.resume(opened, keys: Array(repeating: .char("j"), count: steps) + [.char("o")])
                guard case .override(let about, _)? = state.prompt?.kind else { return XCTFail("o opens the override prompt" + DemoFixture.screen(b)) }
                XCTAssertEqual(about.clause, n)
                let wide = width >= 200
                let words = try XCTUnwrap(state.prompt?.excerpt)
                let named = (language == .chinese ? "条款 \(n)「" : "clause \(n) “") + String(words.prefix(3))
                let none = language == .chinese ? "（无" : " (none"
                let line = (b.rows.last ?? "").replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
                XCTAssertTrue(line.contains(named) && line.contains(none), "\(language) at \(width)" + DemoFixture.screen(b))
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width)
                // The hint on a wide screen.
                if wide { XCTAssertTrue(line.contains(language == .chinese ? "Tab 补全" : "Tab completes"), line) }
            }
        }
    }

    /// The document opened, the cursor on its first clause.
    private func atFirstClause(width: Int, height: Int, language: Language = .chinese) throws -> (TestBackend, AppState) {
        let (_, opened) = try DemoFixture.run(demo, width: width, height: height, language: language, keys: openDocument)
        let content = Layout.content(opened)
        let clauseRow = try XCTUnwrap(content.rows.indices.first { $0 >= opened.view.selected && content.rows[$0].clause != nil && content.rows[$0].isSelectable })
        let steps = content.rows.indices.filter { $0 > opened.view.selected && $0 <= clauseRow && content.rows[$0].isSelectable }.count
        return try DemoFixture.resume(opened, keys: Array(repeating: .char("j"), count: steps))
    }

    /// `o` `supply` Enter said "supply is a class, not a tool: type supply- then Tab", but `supply-` Tab (twice) changed
    /// nothing and listed nothing; and the refusal closed the prompt, so that the letters typed next ran as commands
    /// (a stray `u` undid ratings). Tab lists the codes left, each with its name; a refusal keeps the text to correct.
    func testOverrideTabListsTheCodesLeftAndARefusalKeepsThePrompt() throws {
        var (b, state) = try atFirstClause(width: 80, height: 24, language: .english)
        (b, state) = try DemoFixture.resume(state, keys: [.char("o")] + [Key].type("supply") + [.enter])
        XCTAssertEqual(state.prompt?.text, "supply", "refused, still open" + DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("supply is a class, not a tool: type supply- then Tab"), DemoFixture.screen(b))
        (b, state) = try DemoFixture.resume(state, keys: [.char("u"), .backspace, .char("-"), .tab, .tab])
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path), "the u was typed, not run: nothing undone or written")
        XCTAssertEqual(state.prompt?.text, "supply-")
        let supply = ["supply-talent", "supply-funding", "supply-technology", "supply-public-service", "supply-infrastructure", "supply-information"]
        XCTAssertEqual(state.prompt?.candidates, supply)
        let talent = try XCTUnwrap(demo.corpus.taxonomy.codeName("supply-talent", field: .policyTool)?.en)
        XCTAssertTrue(b.rows.contains { $0.contains("supply-talent  " + talent) }, DemoFixture.screen(b))
        for id in supply { XCTAssertTrue(b.rows.contains { $0.contains(id) }, id + DemoFixture.screen(b)) }
        (b, state) = try DemoFixture.resume(state, keys: [Key].type("te") + [.tab])
        XCTAssertEqual(state.prompt?.text, "supply-technology")
        XCTAssertEqual(state.prompt?.candidates, [], "one left: no list")
        (b, state) = try DemoFixture.resume(state, keys: [.enter])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(try entries().map { $0.override?.value }, ["supply-technology"], DemoFixture.screen(b))
    }

    /// `o` then `demand` said "unknown code" and Tab did nothing. A tool class is no code (a clause is coded with
    /// tools and the tool matrix counts tools): the refusal says so and how its tools' ids start; Tab completes
    /// a tool id, or an area id after `area:`, as far as the ids agree.
    func testOverridePromptCompletesIdsAndSaysAClassIsNotATool() throws {
        var (b, state) = try atFirstClause(width: 100, height: 40)

        // An open prompt takes the screen's last line.
        func promptLine(_ b: TestBackend) -> String { (b.rows.last ?? "").trimmingCharacters(in: .whitespaces) }
        (b, state) = try DemoFixture.resume(state, keys: [.char("o")] + [Key].type("demand") + [.tab])
        XCTAssertEqual(state.prompt?.text, "demand-", "as far as the demand tools' ids agree")
        XCTAssertTrue(promptLine(b).hasSuffix("：demand-"), DemoFixture.screen(b))
        (b, state) = try DemoFixture.resume(state, keys: [Key].type("p") + [.tab])
        XCTAssertTrue(promptLine(b).hasSuffix("：demand-procurement"), DemoFixture.screen(b))
        (b, state) = try DemoFixture.resume(state, keys: [.ctrl("u")] + [Key].type("area:e-c") + [.tab])
        XCTAssertTrue(promptLine(b).hasSuffix("：area:e-commerce"), DemoFixture.screen(b))
        (b, state) = try DemoFixture.resume(state, keys: [.ctrl("u")] + [Key].type("nothing") + [.tab])
        XCTAssertEqual(state.prompt?.text, "nothing", "no id starts with it: left as typed")

        (b, state) = try DemoFixture.resume(state, keys: [.ctrl("u")] + [Key].type("demand") + [.enter])
        XCTAssertEqual(state.prompt?.text, "demand", "refused: left open to correct")
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path), "a class is not written")
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("需求型是类别而非工具：写 demand- 后按 Tab 选工具"), DemoFixture.screen(b))

        (b, state) = try DemoFixture.resume(state, keys: [.ctrl("u")] + [Key].type("demand-p") + [.tab, .enter])
        XCTAssertEqual(try entries().map { $0.override?.value }, ["demand-procurement"], DemoFixture.screen(b))
        XCTAssertEqual(ReviewActions.refusal("需求型", taxonomy: demo.corpus.taxonomy).text(in: .english),
                       "demand is a class, not a tool: type demand- then Tab")
        XCTAssertEqual(ReviewActions.refusal("area:demand", taxonomy: demo.corpus.taxonomy).text(in: .english),
                       "unknown code: area:demand (a policy tool, or area:NAME, first, then any reason; Tab completes)")
    }

    // MARK: ✎

    func testReviewedDocumentIsMarkedInTheDocumentsList() throws {
        let (_, tagged) = try run(openDocument + [.char("t")] + [Key].type("重复") + [.enter], width: 200, height: 60)
        let (b, state) = try DemoFixture.resume(tagged, keys: [.char("5")])
        XCTAssertEqual(state.route, .documents)
        let title = try XCTUnwrap(demo.corpus.document(document)?.title)
        let rows = b.rows
        let y = try XCTUnwrap(rows.firstIndex { $0.contains(String(title.prefix(20))) }, DemoFixture.screen(b))
        XCTAssertEqual(rows[y].last, "✎", "mark at the right edge: \(rows[y])")
        XCTAssertEqual(b.style(atX: 199, y: y)?.foreground, Theme.reviewed.foreground)
        XCTAssertEqual(b.style(atX: 199, y: y)?.bold, true)
        let marked = rows.dropFirst().dropLast().filter { $0.hasSuffix("✎") }
        XCTAssertEqual(marked.count, 1, "only the reviewed document is marked: \(marked)")
    }

    // MARK: r

    func testRateOnTheIndicatorRankingStoresTheIndicator() throws {
        let keys: [Key] = [.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter]
        let (_, ranking) = try run(keys)
        XCTAssertEqual(ranking.route, .indicator(.text(.copiedFromCentre)))
        let content = Layout.content(ranking)
        guard case .evidence(_, .province(let subject))? = content.rows[ranking.view.selected].target else {
            return XCTFail("the ranking's first row opens evidence")
        }
        var (b, state) = try DemoFixture.resume(ranking, keys: [.char("r")])
        // The province rated, by its kind and name, and the indicator, the choices said short at 80 columns.
        let province = try XCTUnwrap(demo.corpus.taxonomy.name(of: ReviewSubject(kind: .province, id: subject))?.zh)
        XCTAssertTrue((b.rows.last ?? "").hasPrefix("评价 省份 \(province) · 照搬中央比例（a/d/u"), "the prompt names the province" + DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.contains("指标 › 照搬中央比例") }, DemoFixture.screen(b))
        (b, state) = try DemoFixture.resume(state, keys: [Key].type("a 同意") + [.enter])
        let entry = try XCTUnwrap(try entries().first, DemoFixture.screen(b))
        XCTAssertEqual(try entries().count, 1)
        XCTAssertEqual(entry.kind, .rating)
        XCTAssertEqual(entry.rating?.indicator, "copied-from-centre")
        XCTAssertEqual(entry.rating?.value, .agree)
        XCTAssertEqual(entry.note, "同意")
        XCTAssertEqual(entry.target.kind, .province)
        XCTAssertEqual(entry.target.id, subject)
        // A rating that does not start with a/d/u is refused with a message and writes nothing.
        (b, state) = try DemoFixture.resume(state, keys: [.char("r")] + [Key].type("maybe") + [.enter])
        XCTAssertEqual(try entries().count, 1)
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("先写 a、d 或 u"), DemoFixture.screen(b))
        XCTAssertEqual(state.prompt?.text, "maybe", "left open to correct")
        (b, _) = try DemoFixture.resume(state, keys: [.escape, .char("0")])
        XCTAssertTrue(b.rows.contains { $0.contains("评价") && $0.contains("同意 · 照搬中央比例") }, DemoFixture.screen(b))
    }

    /// `r` then "achecked by hand" (no space) was refused with a message cut at 80 columns ("start a rating with
    /// …gree) or u (unsure)"), and the note was lost with the prompt. The refusal says, whole at 80 columns, what to
    /// type and keeps the text to correct; a letter followed by no Latin letter ("a同意") is taken as it stands.
    func testARatingWithoutItsSpaceIsKeptToCorrect() throws {
        let ranking: [Key] = [.char("6"), .char("/")] + [Key].type("年度发文量") + [.enter, .enter]
        for language in [Language.english, .chinese] {
            let (_, opened) = try run(ranking + (language == .english ? [.char("L")] : []))
            XCTAssertEqual(opened.language, language)
            let before = (try? entries().count) ?? 0
            var (b, state) = try DemoFixture.resume(opened, keys: [.char("r")] + [Key].type("achecked by hand") + [.enter])
            XCTAssertEqual(state.prompt?.text, "achecked by hand", "kept to correct" + DemoFixture.screen(b))
            let said = language == .english ? "type a, d or u, a space, then the note (a checked by hand)" : "先写 a、d 或 u，空格，再写备注（如 a 已人工核对）"
            XCTAssertTrue(DemoFixture.abovePrompt(b).contains(said), "whole at 80 columns" + DemoFixture.screen(b))
            XCTAssertEqual((try? entries().count) ?? 0, before, "nothing written")
            (b, state) = try DemoFixture.resume(state, keys: [.home, .right, .char(" "), .enter])
            XCTAssertNil(state.prompt)
            XCTAssertEqual(try entries().last?.note, "checked by hand")
            XCTAssertEqual(try entries().last?.rating?.value, .agree)
        }
        let (_, direct) = try run(ranking + [.char("r")] + [Key].type("d数字对不上") + [.enter])
        XCTAssertNil(direct.prompt, "taken as typed")
        XCTAssertEqual(try entries().last?.rating?.value, .disagree)
        XCTAssertEqual(try entries().last?.note, "数字对不上")
        for (typed, value, note) in [("a同意", ReviewRating.Value.agree, "同意" as String?), ("d: wrong year", .disagree, "wrong year"),
                                     ("unsure", .unsure, nil), ("不同意数字不对", .disagree, "数字不对"), ("A ok", .agree, "ok")] {
            let parsed = ReviewActions.rating(typed)
            XCTAssertEqual(parsed?.0, value, typed)
            XCTAssertEqual(parsed?.1, note, typed)
        }
        for typed in ["achecked by hand", "agreed", "absolutely", "maybe", ""] {
            XCTAssertNil(ReviewActions.rating(typed), typed)
        }
    }

    /// A pasted tab arrives as Tab, which did nothing in a note ("列一列二"), and a tab character was refused as a
    /// control character: both are a space now; another control character is still refused.
    func testATabInANoteIsASpace() throws {
        var (b, state) = try run(openDocument + [.char("a")] + [Key].type("列一") + [.tab] + [Key].type("列二\t列三") + [.ctrl("d")])
        XCTAssertNil(state.prompt, DemoFixture.screen(b))
        XCTAssertEqual(try entries().map(\.note), ["列一 列二 列三"])
        (b, state) = try DemoFixture.resume(state, keys: [.char("a")] + [Key].type("铃\u{07}") + [.ctrl("d")])
        XCTAssertEqual(try entries().count, 1, "a bell is refused")
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("U+0007"), DemoFixture.screen(b))
    }

    /// A rating of the indicator as a whole (a row of "Documents per year" is no reviewable thing) read
    /// "不同意 · 年度发文量  note" under About "年度发文量": the indicator twice, the note cut at 80 columns.
    func testARatingOfTheWholeIndicatorNamesItOnce() throws {
        let keys: [Key] = [.char("6"), .char("/")] + [Key].type("年度发文量") + [.enter, .enter, .char("r")] + [Key].type("d 数字对不上") + [.enter]
        let (_, rated) = try run(keys)
        let entry = try XCTUnwrap(try entries().first)
        XCTAssertEqual(entry.target, ReviewTarget(kind: .indicator, id: "issuance-per-year"))
        let (b, _) = try DemoFixture.resume(rated, keys: [.char("0")])
        let row = try XCTUnwrap(b.rows.first { $0.contains("数字对不上") }, DemoFixture.screen(b))
        XCTAssertTrue(row.contains("不同意  数字对不上"), row)
        XCTAssertEqual(row.components(separatedBy: "年度发文量").count, 2, "named once, under About: \(row)")
    }

    /// Writing a review on a document adds its reviews section above the text: the cursor stayed at its row
    /// number and so landed on another line (three rows up), and a second review went to the wrong clause.
    func testTheCursorStaysOnItsLineWhenAReviewIsWritten() throws {
        for (w, h) in [(80, 24), (200, 60)] {
            let (_, before) = try run([.char("5"), .enter, .char("]"), .char("]")], width: w, height: h)
            let rowsBefore = Layout.shown(before).content.rows
            let line = try XCTUnwrap(rowsBefore[before.view.selected].textOffset, "a line of text is selected")
            let (b, after) = try DemoFixture.resume(before, keys: [.char("t")] + [Key].type("抽查\(w)") + [.enter])
            let rowsAfter = Layout.shown(after).content.rows
            XCTAssertGreaterThan(rowsAfter.count, rowsBefore.count, "a reviews section was added" + DemoFixture.screen(b))
            // On the line holding the same character (the text wraps short of the review marks' column now).
            let start = try XCTUnwrap(rowsAfter[after.view.selected].textOffset, DemoFixture.screen(b))
            let next = rowsAfter[(after.view.selected + 1)...].compactMap(\.textOffset).first ?? .max
            XCTAssertTrue(start <= line && line < next, "still on its line: \(start)..<\(next) holds \(line)" + DemoFixture.screen(b))
            XCTAssertTrue((after.view.offset..<(after.view.offset + h)).contains(after.view.selected), "and on the screen")
        }
    }

    // MARK: the mark and the page (issue 15, item 10)

    /// The ✎ of a reviewed row stood over the row's last character (`宁夏 33✎`, the % gone); it has a column of
    /// its own. And a thing's tags are shown on its own page, not only on the Reviews tab.
    func testTheReviewMarkKeepsTheValueAndTheTagIsOnThePage() throws {
        for (w, h) in [(80, 24), (200, 60)] {
            let ranking: [Key] = [.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter]
            var (b, state) = try run(ranking + [.char("t")] + [Key].type("照搬\(w)") + [.enter], width: w, height: h)
            let selected = Layout.content(state).rows[state.view.selected]
            guard case .evidence(_, .province(let code))? = selected.target else { return XCTFail("the ranking's first row is a province") }
            let name = selected.cells[1]
            let row = try XCTUnwrap(b.rows.first { $0.contains(" " + name + " ") && $0.contains("✎") }, "the row is marked" + DemoFixture.screen(b))
            let trimmed = row.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
            XCTAssertNotNil(trimmed.range(of: #"\d+% ✎$"#, options: .regularExpression), "the value keeps its %, the mark stands after it, a blank between (QA pass 45: '69%✎'): \(row)")
            XCTAssertEqual(DisplayWidth.of(trimmed), w, "the mark is in the last column: \(row)")

            (b, state) = try DemoFixture.resume(state, keys: [.char(":")] + [Key].type(name) + [.enter])
            XCTAssertEqual(state.route, .province(code))
            XCTAssertTrue(b.rows.contains { $0.contains("审阅（") }, DemoFixture.screen(b))
            XCTAssertTrue(b.rows.contains { $0.contains("#照搬\(w)") && $0.contains("标签") }, "the tag on the province's page" + DemoFixture.screen(b))
        }
    }

    // MARK: An override's reason (QA pass 47, item 3)

    /// `ipap review add --set-tool demand-procurement --note 'bob thinks procurement'`: `review list` and the reports
    /// said the note, the Reviews tab (even at 200 columns) and the document's page did not, as they say a rating's
    /// and tags' notes. Now the note follows the codes, as `review list` gives it.
    func testAnOverridesNoteIsShownOnTheReviewsTabAndTheDocumentsPage() throws {
        let store = inMemory([ReviewEntry(author: "nobody", kind: .override, target: .document(document, clause: 2),
                                          note: "bob thinks procurement",
                                          override: ReviewOverride(field: .policyTool, value: "demand-procurement", previous: ["environment-regulation"]))])
        // Where the Content column holds it (at 100 columns it is cut, as a rating's note is; the thing's page wraps it).
        for (language, width) in [(Language.english, 200), (.chinese, 200), (.chinese, 150)] {
            let b = try reviewsTab(store, language: language, width: width, height: 30)
            let row = try XCTUnwrap(b.rows.first { $0.contains(language == .chinese ? "政府采购" : "Government procurement") }, DemoFixture.screen(b))
            XCTAssertTrue(row.contains("bob thinks procurement"), "\(language) \(width): \(row)")
        }
        var state = DemoFixture.initialState(demo, width: 200, height: 60)
        state = Dashboard.update(state, .journalsChanged(store)).0
        let (page, _) = try DemoFixture.resume(state, keys: openDocument)
        let line = try XCTUnwrap(page.rows.first { $0.contains("nobody · 改码") }, DemoFixture.screen(page))
        XCTAssertTrue(line.contains("bob thinks procurement"), line)
    }

    /// `o` then `supply-funding 有资金安排` was refused as an unknown code: an override could be given no reason in the
    /// dashboard. The code is the text's first part, the rest its note, as `review add --note` records it.
    func testAReasonAfterTheCodeIsTheOverridesNote() throws {
        var (b, state) = try atFirstClause(width: 100, height: 30)
        (b, state) = try DemoFixture.resume(state, keys: [.char("o")] + [Key].type("supply-funding 有资金安排") + [.enter])
        XCTAssertNil(state.prompt, DemoFixture.screen(b))
        var written = try entries()
        XCTAssertEqual(written.last?.override?.value, "supply-funding")
        XCTAssertEqual(written.last?.note, "有资金安排")
        (b, state) = try DemoFixture.resume(state, keys: [.char("0")])
        XCTAssertTrue(b.rows.contains { $0.contains("资金支持") && $0.contains("有资金安排") }, DemoFixture.screen(b))

        // The code alone records no note; Tab completes the code and leaves the reason as typed.
        (b, state) = try DemoFixture.resume(state, keys: [.escape])
        (b, state) = try atFirstClause(width: 100, height: 30)
        (b, state) = try DemoFixture.resume(state, keys: [.char("o")] + [Key].type("demand-p 采购条款") + [.tab])
        XCTAssertEqual(state.prompt?.text, "demand-procurement 采购条款", DemoFixture.screen(b))
        (b, state) = try DemoFixture.resume(state, keys: [.enter])
        written = try entries()
        XCTAssertEqual(written.last?.override?.value, "demand-procurement")
        XCTAssertEqual(written.last?.note, "采购条款")
    }

    func testTheCodeIsTheLongestStartThatNamesOne() throws {
        let taxonomy = demo.corpus.taxonomy
        func parsed(_ text: String) -> String? {
            ReviewActions.resolveCodeAndReason(text, taxonomy: taxonomy).map { "\($0.1)|\($0.2 ?? "-")" }
        }
        XCTAssertEqual(parsed("supply-funding"), "supply-funding|-")
        XCTAssertEqual(parsed("supply-funding 有资金安排"), "supply-funding|有资金安排")
        XCTAssertEqual(parsed("资金支持：有资金安排"), "supply-funding|有资金安排")
        XCTAssertEqual(parsed("Government procurement"), "demand-procurement|-")
        XCTAssertEqual(parsed("Government procurement because it buys services"), "demand-procurement|because it buys services")
        XCTAssertEqual(parsed("area:e-commerce, 网店"), "e-commerce|网店")
        XCTAssertNil(parsed("supply-fundin 有资金安排"))
        XCTAssertNil(parsed("有资金安排"))
        // A class with a reason is refused as a class, saying what to type; an unknown code says where the reason goes.
        XCTAssertEqual(ReviewActions.refusal("demand 因为采购", taxonomy: taxonomy).text(in: .english), "demand is a class, not a tool: type demand- then Tab")
        XCTAssertTrue(ReviewActions.refusal("supply-fundin 有资金安排", taxonomy: taxonomy).text(in: .chinese).contains("理由写在其后"))
    }

    /// A reason typed with a control character is refused as a note's is (`review add --note` refuses it).
    func testAReasonWithAControlCharacterIsRefused() throws {
        var (b, state) = try atFirstClause(width: 100, height: 30)
        (b, state) = try DemoFixture.resume(state, keys: [.char("o")] + [Key].type("supply-funding 有\u{202E}资金") + [.enter])
        XCTAssertNotNil(state.prompt?.refusal, DemoFixture.screen(b))
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path))
    }
}
