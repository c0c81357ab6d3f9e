import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// What the review of every tab's tmux captures at 80x24 and 200x60, in both languages, found (issue 15's
/// done-criterion), each as the analyst saw it.
final class CaptureReviewScreenTests: XCTestCase {
    private func screen(_ keys: [Key], _ size: (Int, Int), in language: Language) throws -> (TestBackend, AppState) {
        try DemoFixture.run(try DemoFixture.shared(), width: size.0, height: size.1, language: language, keys: keys)
    }

    /// The screen's words in one line, as wrapped text reads.
    private func text(_ b: TestBackend) -> String {
        b.rows.joined(separator: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The English overview read `Share copied from the centre：Guangdong`, the evidence page's title and the
    /// tag, note and override prompts had Chinese punctuation (：（) too: English punctuation in English.
    func testEnglishScreensUseEnglishPunctuation() throws {
        for size in [(80, 24), (200, 60)] {
            let (b, _) = try screen([], size, in: .english)
            XCTAssertTrue(b.rows.contains { $0.contains("Share copied from the centre: ") }, DemoFixture.screen(b))
            // The corpus's own name (data) may hold Chinese punctuation; nothing else may.
            XCTAssertFalse(b.rows.contains { $0.contains("：") && !$0.contains("演示语料") }, DemoFixture.screen(b))
        }
        var evidence = DemoFixture.initialState(try DemoFixture.shared(), width: 200, height: 60, language: .english)
        evidence.stack = [.indicators, .evidence(indicator: .copiedFromCentre, subject: .province("440000"))]
        let (e, _) = try DemoFixture.resume(evidence, keys: [])
        XCTAssertTrue(e.rows.contains { $0.contains("Share copied from the centre: Guangdong") }, DemoFixture.screen(e))
        XCTAssertFalse(e.rows.contains { $0.contains("：") && !$0.contains("演示语料") }, DemoFixture.screen(e))

        for key in ["t", "a"] {
            let (p, state) = try screen([.char("5"), .char(Character(key))], (200, 60), in: .english)
            XCTAssertNotNil(state.prompt, key)
            let prompt = try XCTUnwrap(p.rows.last)
            XCTAssertTrue(prompt.contains("demo-00000: "), prompt)
            XCTAssertFalse(prompt.contains("："), prompt)
        }
        let (_, opened) = try screen([.char(":")] + [Key].type("demo-00019") + [.enter], (200, 60), in: .english)
        var atClause = opened
        atClause.view.selected = try XCTUnwrap(Layout.content(opened).rows.firstIndex { $0.clause != nil }, "a clause of the text")
        let (o, state) = try DemoFixture.resume(atClause, keys: [.char("o")])
        guard case .override? = state.prompt?.kind else { return XCTFail("o opens the override prompt") }
        let prompt = try XCTUnwrap(o.rows.last)
        XCTAssertTrue(prompt.contains("override ") && prompt.contains(" ("), prompt)
        XCTAssertFalse(prompt.contains("（") || prompt.contains("："), prompt)
    }

    /// The English similarity map named the selected column by its one-character abbreviation
    /// (`▶ Centre × 皖 = 18%`): the line under the map gives its English name (and Chinese its full name: HeatMapCellLineTests).
    func testTheHeatMapLineNamesTheColumnInEnglish() throws {
        for size in [(80, 24), (200, 60)] {
            let (b, _) = try screen([.char("7")], size, in: .english)
            let info = try XCTUnwrap(b.rows.first { $0.hasPrefix(" ▶ ") }, DemoFixture.screen(b))
            XCTAssertNotNil(info.range(of: #"× \S+ [A-Z][a-z]+ = \d+%"#, options: .regularExpression), info)
        }
    }

    /// The English tools matrix at 80 columns cut its cell line (`… 5% of the column)   Ente`): the line is read whole.
    func testTheToolsCellLineIsReadWholeAt80Columns() throws {
        for language in Language.allCases {
            let (b, _) = try screen([.char("8")], (80, 24), in: language)
            let info = try XCTUnwrap(b.rows.first { $0.hasPrefix(" ▶ ") }, DemoFixture.screen(b))
            XCTAssertTrue(info.contains(language == .chinese ? "Enter 打开" : "Enter opens"), info)
        }
    }

    /// The English timeline at 80 columns cut its legend (`★ guiding opinion (demo-00000`) and the response-lag
    /// heading (`… to the main implementatio`): both are read whole, on two lines where one is too short.
    func testTheTimelineLegendAndHeadingAreReadWholeAt80Columns() throws {
        for size in [(80, 24), (200, 60)] {
            let (b, _) = try screen([.char("9")], size, in: .english)
            XCTAssertTrue(b.rows.contains { $0.contains("★ guiding opinion (demo-00000)") && $0.contains("v: year/month") }, DemoFixture.screen(b))
            XCTAssertTrue(text(b).contains("as signed)"), DemoFixture.screen(b))
            XCTAssertTrue(b.rows.contains { $0.contains("▓Ministerial") }, DemoFixture.screen(b))
            let (z, _) = try screen([.char("9")], size, in: .chinese)
            XCTAssertTrue(z.rows.contains { $0.contains("█国家") && $0.contains("★ 指导意见（demo-00000）") }, DemoFixture.screen(z))
            XCTAssertTrue(z.rows.contains { $0.contains("各省响应时滞（天，自指导意见成文至主要实施文件成文）") }, DemoFixture.screen(z))
        }
    }

    /// The English reviews tab with no entries cut its hint at 80 columns (`… o to override`): every key is read.
    func testTheEmptyReviewsTabNamesEveryKeyAt80Columns() throws {
        let (b, _) = try screen([.char("0")], (80, 24), in: .english)
        XCTAssertTrue(text(b).contains("o to override a code, on anything."), DemoFixture.screen(b))
    }

    /// The Chinese indicator page's chart said `max 10` and put its problem family in ASCII brackets.
    func testTheIndicatorPageSpeaksChinese() throws {
        let (b, _) = try screen([.char("1"), .enter], (80, 24), in: .chinese)
        XCTAssertTrue(b.rows.contains { $0.contains("分布（文件数）") && $0.contains("最大 ") }, DemoFixture.screen(b))
        XCTAssertFalse(b.rows.contains { $0.contains("max") }, DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.contains("照搬中央比例  （地方政策文件同质化）") }, DemoFixture.screen(b))
        let (e, _) = try screen([.char("1"), .enter], (80, 24), in: .english)
        XCTAssertTrue(e.rows.contains { $0.contains("max ") }, DemoFixture.screen(e))
    }

    /// The Chinese issuers tab at 200 columns gave each issuer's English name in its 名称 column
    /// (`国家发展和改革…  … National Development and Reform Commission`): the whole name in Chinese.
    func testTheIssuersNameColumnIsInTheInterfaceLanguage() throws {
        let (b, _) = try screen([.char("3")], (200, 60), in: .chinese)
        let row = try XCTUnwrap(b.rows.first { $0.hasPrefix("国家发展和改革") }, DemoFixture.screen(b))
        XCTAssertTrue(row.contains("国家发展和改革委员会"), row)
        XCTAssertFalse(b.rows.contains { $0.contains("National Development") || $0.contains("State Council") }, DemoFixture.screen(b))
        let (e, _) = try screen([.char("3")], (200, 60), in: .english)
        XCTAssertTrue(e.rows.contains { $0.hasPrefix("NDRC") && $0.contains("National Development and Reform Commission") }, DemoFixture.screen(e))
    }

    /// The indicators tab at 200 columns cut the worst subject at 14 columns (`辽宁（demo-00…`) beside a name
    /// column of 170: a wide screen shows it whole.
    func testTheWorstSubjectIsWholeOnAWideScreen() throws {
        let (b, _) = try screen([.char("6")], (200, 60), in: .chinese)
        // The indicator's row, not the legend line above the list ("* 响应时滞（已知 21 省中最长）").
        let row = try XCTUnwrap(b.rows.first { $0.contains("响应时滞") && !$0.hasPrefix(" *") }, DemoFixture.screen(b))
        XCTAssertTrue(row.contains("辽宁（demo-00047）"), row)
    }

    /// The timeline started with the cursor on its legend: Enter did nothing. It starts on the first year,
    /// and Enter lists that year's documents.
    func testTheTimelineStartsOnAYear() throws {
        for language in Language.allCases {
            let (_, state) = try screen([.char("9")], (80, 24), in: language)
            let rows = Layout.content(state).rows
            XCTAssertNotNil(rows[state.view.selected].target, rows[state.view.selected].cells.joined())
            let (_, opened) = try screen([.char("9"), .enter], (80, 24), in: language)
            guard case .documentSet? = opened.stack.last else { return XCTFail("Enter opens the year: \(opened.stack)") }
        }
    }

    /// The reviews tab with no entry said `1/1` in its status line, counting its hint as a row: `0/0`.
    func testTheEmptyReviewsTabCountsNoRow() throws {
        for language in Language.allCases {
            let (b, _) = try screen([.char("0")], (80, 24), in: language)
            XCTAssertTrue(DemoFixture.status(b).contains(" 0/0 "), DemoFixture.status(b))
        }
    }

    /// The English issuer and province pages named covered areas by their ids (`· public-services ·`): by their
    /// short English names, as the tools matrix does.
    func testCoveredAreasAreNamedNotCoded() throws {
        let (b, _) = try screen([.char("3"), .enter], (80, 24), in: .english)
        let line = try XCTUnwrap(b.rows.first { $0.contains("Areas touched") }, DemoFixture.screen(b))
        XCTAssertFalse(line.contains("public-services"), line)
        XCTAssertTrue(line.contains("Services") || line.contains("Public"), line)
        let (z, _) = try screen([.char("3"), .enter], (80, 24), in: .chinese)
        XCTAssertTrue(z.rows.contains { $0.contains("涉及领域") && $0.contains("益民服务") }, DemoFixture.screen(z))
    }

    /// The English areas tab cut the first area's name at 30 columns even at 200 (`Entrepreneurship and innovati…`).
    func testAreaNamesAreWholeWhereThereIsRoom() throws {
        let (b, _) = try screen([.char("4")], (200, 60), in: .english)
        XCTAssertTrue(b.rows.contains { $0.contains("Entrepreneurship and innovation ") }, DemoFixture.screen(b))
    }

    /// The English document page read `Seen: title, number, date not seen on a copy …`: the line is the
    /// document's provenance, and says so (核实 in Chinese).
    func testTheDocumentPageSaysProvenanceNotSeen() throws {
        let (b, _) = try screen([.char("5"), .enter], (200, 60), in: .english)
        XCTAssertTrue(b.rows.contains { $0.contains("Provenance: title, number, date not seen on a copy") }, DemoFixture.screen(b))
        XCTAssertFalse(b.rows.contains { $0.contains("Seen: ") }, DemoFixture.screen(b))
    }

    /// The English problem page counted its causes in Chinese brackets (`成因 / Causes（3）`).
    func testTheProblemPageCountsInTheInterfacesBrackets() throws {
        let (e, _) = try screen([.char("6"), .down, .enter], (200, 60), in: .english)
        XCTAssertTrue(e.rows.contains { $0.hasPrefix("成因 / Causes (3)") }, DemoFixture.screen(e))
        let (z, _) = try screen([.char("6"), .down, .enter], (200, 60), in: .chinese)
        XCTAssertTrue(z.rows.contains { $0.hasPrefix("成因 / Causes（3）") }, DemoFixture.screen(z))
    }

    /// The help at 80 columns cut what the longer keys do (`c  In a document: compare side by side with the
    /// document it share…`): each is wrapped under itself and read whole.
    func testTheHelpIsReadWholeAt80Columns() throws {
        for language in Language.allCases {
            let (b, _) = try screen([.char("?")], (80, 24), in: language)
            XCTAssertFalse(b.rows.dropLast().contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("…") }, DemoFixture.screen(b))
            let (_, state) = try screen([.char("?")], (80, 24), in: language)
            // A Chinese line wraps between any two characters: the rows' text is read without the spaces joining them.
            let help = Layout.content(state).rows.map { $0.cells.last ?? "" }.joined(separator: language == .chinese ? "" : " ")
                .replacingOccurrences(of: language == .chinese ? " " : "\u{0}", with: "")
            XCTAssertTrue(help.contains(language == .chinese ? "光标在共享段落上则与该段的另一方（来源，或照搬该段的文件），否则与复用最多的文件"
                                                             : "on a shared passage with that passage's other document (its source, or the one that copied it), elsewhere with the document it shares most with"), help)
        }
    }

    /// The distribution of the central-overlap indicator (values 6-11%) read "6%  6%  7%  7%": bins narrower
    /// than one point now carry a decimal, so no two bins read the same. (Bins are ranges of shown values now, as
    /// wide each: 5.6% to 11.8% in nine of 0.7 points.)
    func testDistributionBinsReadDifferently() throws {
        let (b, _) = try screen([.char("6"), .char("j"), .char("j"), .enter], (200, 60), in: .english)
        let labels = b.rows.compactMap { row -> String? in
            let t = row.trimmingCharacters(in: .whitespaces)
            guard let first = t.split(separator: " ").first, first.hasSuffix("%"), first.first?.isNumber == true else { return nil }
            return String(first)
        }
        XCTAssertEqual(labels.count, 9, DemoFixture.screen(b))
        let bins = labels
        XCTAssertEqual(Set(bins).count, bins.count, "\(bins)")
    }

    /// The overview opened at "2/33": the position counted headings. It counts the rows one can be on.
    func testPositionCountsOnlyRowsOneCanBeOn() throws {
        let (b, state) = try screen([], (80, 24), in: .chinese)
        let status = DemoFixture.status(b)
        let rows = Layout.content(state).rows
        let selectable = rows.filter(\.isSelectable).count
        XCTAssertTrue(status.contains(" 1/\(selectable) "), status)
        let (next, _) = try screen([.char("j")], (80, 24), in: .chinese)
        XCTAssertTrue(DemoFixture.status(next).contains(" 2/\(selectable) "), DemoFixture.status(next))
    }
}
