import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Issue 5's screens on the demo corpus (its analysis computed once), at 80x24 and 200x60: the drill path
/// indicator → ranking → evidence → document → compare → back, alignment of the grids and tables, and the
/// styles that carry meaning (copied from the centre, shared and edited text).
final class AnalysisScreenTests: XCTestCase {
    private var demo: DemoFixture.Loaded!
    private static let sizes = [(80, 24), (200, 60)]

    override func setUpWithError() throws {
        demo = try DemoFixture.shared()
    }

    private func screen(_ keys: [Key], _ width: Int, _ height: Int, language: Language = .chinese) throws -> (TestBackend, AppState) {
        try DemoFixture.run(demo, width: width, height: height, language: language, keys: keys)
    }

    /// Frame invariants, the breadcrumb at the start of the status line (its head may give way to "…" when
    /// narrow, never its tail) and SYNTHETIC in the status line.
    private func assertFrame(_ b: TestBackend, _ crumbs: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(b.rows.count, b.size.height, file: file, line: line)
        for (y, row) in b.rows.enumerated() {
            XCTAssertLessThanOrEqual(DisplayWidth.of(row), b.size.width, "row \(y) overflows" + DemoFixture.screen(b), file: file, line: line)
        }
        let status = DemoFixture.status(b)
        let full = " " + crumbs.joined(separator: " › ")
        let tail = crumbs.last ?? ""
        XCTAssertTrue(status.hasPrefix(full + " ") || (status.hasPrefix("…") && status.contains(tail) && crumbs.count > 1),
                      "breadcrumb \(crumbs) at \(b.size.width)x\(b.size.height): \(status)" + DemoFixture.screen(b), file: file, line: line)
        if crumbs.count > 1, b.size.width >= 200 {
            XCTAssertTrue(status.hasPrefix(full), "the whole breadcrumb fits at 200 columns: \(status)", file: file, line: line)
        }
        // At most one breadcrumb level past the tail: the status line does not show a stale deeper place.
        if let r = status.range(of: tail, options: .backwards) {
            XCTAssertFalse(status[r.upperBound...].contains("›"), "stale breadcrumb after \(tail): \(status)", file: file, line: line)
        }
        XCTAssertTrue(status.contains("SYNTHETIC"), "SYNTHETIC in the status line: \(status)", file: file, line: line)
    }

    /// Display column -> character of a row (wide characters take their first cell; the second is nil).
    private func columns(_ row: String) -> [Character?] {
        var result: [Character?] = []
        for ch in row {
            result.append(ch)
            for _ in 1..<max(1, DisplayWidth.of(ch)) { result.append(nil) }
        }
        return result
    }

    private func character(_ row: String, at column: Int) -> Character? {
        let cells = columns(row)
        return cells.indices.contains(column) ? cells[column] : " "
    }

    private func rowIndex(_ b: TestBackend, _ predicate: (String) -> Bool) -> Int? {
        b.rows.indices.dropFirst().dropLast().first { predicate(b.rows[$0]) }
    }

    private func text(_ document: String) -> [Unicode.Scalar] {
        Array(demo.corpus.document(document)?.text?.unicodeScalars ?? "".unicodeScalars)
    }

    // MARK: Indicators

    /// The corpus's name was cut to 24 columns at any width: a 200-column line showed "互联网+ 演示语料（合成…" with
    /// half the line empty. A wide line shows it whole; an 80-column one still cuts it, keeping the breadcrumb.
    func testAWideStatusLineShowsTheWholeCorpusName() throws {
        let name = demo.corpus.name
        XCTAssertGreaterThan(DisplayWidth.of(name), 24, "the demo corpus's name is longer than the narrow budget")
        let (wide, _) = try screen([.char("7")], 200, 60)
        XCTAssertTrue(wide.rows.last?.contains(name) ?? false, wide.rows.last ?? "")
        let (narrow, _) = try screen([.char("7")], 80, 24)
        let status = narrow.rows.last ?? ""
        XCTAssertFalse(status.contains(name), status)
        XCTAssertTrue(status.contains(DisplayWidth.truncate(name, to: 24)), status)
        XCTAssertTrue(status.hasPrefix(" "), "the breadcrumb still starts the line: \(status)")
        // At 100 columns a deep breadcrumb and the hints need the line: the name does not take it from them.
        let deep: [Key] = [.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter, .enter]
        let (medium, _) = try screen(deep, 100, 20)
        let line = medium.rows.last ?? ""
        XCTAssertTrue(line.hasPrefix(" 指标 › "), line)
        XCTAssertTrue(line.contains(DisplayWidth.truncate(name, to: 24)), line)
    }

    /// The catalogue's longest numbers (发改办高技〔2017〕1668号) were cut at 18 columns however wide the line: whole from 120.
    func testLongNumbersAreWholeOnAWideLine() throws {
        let loaded = CorpusLoader(taxonomyDirectory: DashboardFixture.taxonomy).load(DashboardFixture.repository.appendingPathComponent("data/catalog"))
        let catalogue = try XCTUnwrap(loaded.corpus, "\(loaded.problems)")
        let longest = try XCTUnwrap(catalogue.documents.compactMap(\.number).max { DisplayWidth.of($0) < DisplayWidth.of($1) })
        XCTAssertGreaterThan(DisplayWidth.of(longest), 18, longest)
        var backend = TestBackend(width: 160, height: 200)
        backend.feed([.char("5")])
        _ = try Dashboard.run(backend: &backend, initial: AppState(corpus: catalogue, language: .chinese, size: Size(width: 160, height: 200)))
        XCTAssertTrue(backend.rows.contains { $0.contains(longest) }, longest + "\n" + backend.rows.prefix(8).joined(separator: "\n"))
    }

    /// The demo's documents have no numbers: their number column took 18 columns of "-" from the titles.
    func testANumberColumnWithoutNumbersTakesOnlyItsTitlesWidth() throws {
        let (b, _) = try screen([.char("5")], 80, 24, language: .english)
        let header = try XCTUnwrap(b.rows.first { $0.hasPrefix("Date") }, DemoFixture.screen(b))
        XCTAssertTrue(header.contains("Number  Title"), header)
        let first = try XCTUnwrap(b.rows.first { $0.hasPrefix("2015-") }, DemoFixture.screen(b))
        XCTAssertEqual(first.range(of: " -       ").map { first.distance(from: first.startIndex, to: $0.lowerBound) },
                       header.range(of: " Number").map { header.distance(from: header.startIndex, to: $0.lowerBound) }, first)
    }

    /// "Policy-tool shares" ranked a bare "40%" (the supply class's share) and "Goal orientation" a bare "0%"
    /// (the mission-oriented clauses' share): each value says what it is a share of.
    func testASharesValueSaysWhatItIsAShareOf() throws {
        for (name, prefix, language) in [("政策工具结构", "供 ", Language.chinese), ("目标导向", "任务型 ", .chinese),
                                         ("Policy-tool shares", "S ", .english), ("Goal orientation", "mission ", .english)] {
            let (b, _) = try screen([.char("6"), .char("/")] + [Key].type(name) + [.enter, .enter], 80, 24, language: language)
            let ranked = b.rows.filter { $0.range(of: #"^ +\d+ "#, options: .regularExpression) != nil }
            XCTAssertFalse(ranked.isEmpty, DemoFixture.screen(b))
            for row in ranked {
                XCTAssertNotNil(row.range(of: " " + prefix + #"\d+%$"#, options: .regularExpression), "\(name): \(row)")
            }
        }
    }

    /// The distribution's compact chart ended on its last bin's start ("0% … 29%" beside a document at 32%): its
    /// ends are the lowest and the highest document value.
    func testTheDistributionChartEndsAtTheHighestValue() throws {
        let (b, state) = try screen([.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter], 80, 24)
        let analysis = try XCTUnwrap(state.analysis)
        let values = ScreenContext(state: state).indicatorValues(.copiedFromCentre, analysis: analysis).1.map(\.1)
        let hi = try XCTUnwrap(values.max()), lo = try XCTUnwrap(values.min())
        let line = try XCTUnwrap(b.rows.first { $0.contains("分布（文件数）") }, DemoFixture.screen(b))
        let top = "\(Int((hi * 100).rounded()))%", bottom = "\(Int((lo * 100).rounded()))%"
        XCTAssertNotNil(line.range(of: " \(bottom) [▁▂▃▄▅▆▇█· ]+ \(top)  ", options: .regularExpression), "ends \(bottom) and \(top): \(line)")
        // A share of a local document's text: the centre's own documents (the guiding opinion at 0%) are not
        // among the documents ranked and charted.
        let local = state.corpus.documents.filter { !$0.isCentral && analysis.indicators($0.id) != nil }.map(\.id)
        // So is the nearest other province: a central document has none (it was ranked at 0%).
        for kind in [TextIndicatorKind.copiedFromCentre, .nearestProvince] {
            let ranked = ScreenContext(state: state).indicatorValues(kind, analysis: analysis).1.map(\.0)
            XCTAssertEqual(Set(ranked), Set(local), "\(kind)")
        }
        XCTAssertEqual(Layout.content(state).chart?.bars.map(\.value).reduce(0, +), local.count)
    }

    /// A quoted passage whose span had four-digit offsets lost its closing 」 at the right edge.
    func testQuotedPassagesKeepTheirClosingBracket() throws {
        for (w, h) in Self.sizes {
            let (b, _) = try screen([.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter, .enter], w, h)
            let quotes = b.rows.filter { $0.contains("「") }
            XCTAssertGreaterThan(quotes.count, 2, DemoFixture.screen(b))
            for row in quotes {
                XCTAssertTrue(row.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression).hasSuffix("」"), row)
            }
        }
    }

    func testIndicatorsShowTextIndicatorsWithValues() throws {
        for (w, h) in Self.sizes {
            let (b, state) = try screen([.char("6")], w, h)
            assertFrame(b, ["指标"])
            XCTAssertEqual(state.route, .indicators)
            let all = b.rows.joined(separator: "\n")
            XCTAssertFalse(all.contains("需要全文"), "no indicator waits for texts on the demo corpus" + DemoFixture.screen(b))
            let copied = try XCTUnwrap(b.rows.first { $0.hasPrefix("  照搬中央比例") }, DemoFixture.screen(b))
            XCTAssertNotNil(copied.range(of: #"\d+%$"#, options: .regularExpression), "a value at the right edge: \(copied)")
            // Every indicator row's value ends at the last column: the value column is right-aligned.
            let content = Layout.content(state)
            let texts = content.rows.filter { $0.kind == .item && $0.target != nil }
            XCTAssertGreaterThan(texts.count, 20)
            for row in texts {
                XCTAssertNotEqual(row.cells.count > 2 ? row.cells[2] : "-", "-", "indicator \(row.cells[0]) has no value")
            }
            for row in b.rows.dropFirst(3).dropLast() where row.range(of: #"^  \S"#, options: .regularExpression) != nil {
                XCTAssertEqual(DisplayWidth.of(row), w, "value flush right: \(row)")
                XCTAssertNotEqual(row.last, " ", "value flush right: \(row)")
            }
        }
    }

    /// Indicators → 照搬中央比例 → 广东 → a quoted passage → its document → Compare → n → back to Indicators.
    /// `/` inside a document finds a match that the screen wraps over two lines (issue 15 #7).
    func testSearchInADocumentFindsAMatchThatWraps() throws {
        var state = DemoFixture.initialState(demo, width: 80, height: 24)
        let id = try XCTUnwrap(demo.corpus.documents.first { $0.text != nil }?.id)
        state.stack = [.documents, .document(id)]
        let rows = Layout.content(state).rows
        // Three characters at the end of one text line and three at the start of the next: one string only a
        // search of the text (not of the screen's lines) can find.
        func text(_ r: ScreenContent.Row) -> String { String((r.cells.first ?? "").dropFirst(r.textStart)) }
        let k = try XCTUnwrap(rows.indices.dropLast().first { i in
            rows[i].textOffset != nil && rows[i + 1].textOffset != nil && text(rows[i]).count >= 20 && text(rows[i + 1]).count >= 3
                && !text(rows[i]).suffix(3).contains { "，。、；：".contains($0) }
        })
        let query = String(text(rows[k]).suffix(3)) + String(text(rows[k + 1]).prefix(3))
        XCTAssertFalse(rows.contains { $0.cells.contains { $0.contains(query) } }, "the query is on no single screen line")
        let (b, after) = try DemoFixture.resume(state, keys: [.char("/")] + [Key].type(query) + [.enter])
        XCTAssertEqual(after.view.selected, k, DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.status(b).contains("匹配行 1/"), DemoFixture.status(b))
        // A Chinese colon after the count, as in every other Chinese message (it was "匹配行 1/2: …").
        XCTAssertTrue(DemoFixture.status(b).contains("：\(query)"), DemoFixture.status(b))
    }

    /// `c` on a line of a copied passage compares with that passage's own source, not with the document's
    /// largest source (issue 15 #13).
    func testCompareFromAPassageOpensItsOwnSource() throws {
        let analysis = demo.analysis
        // A document that took passages from two or more sources, and a passage of one that is not the largest.
        let target = try XCTUnwrap(demo.corpus.documents.map(\.id).first { id in
            analysis.reusePairs(involving: id).filter { $0.target == id && !$0.copies.isEmpty }.count >= 2
        })
        let pairs = analysis.reusePairs(involving: target).filter { $0.target == target && !$0.copies.isEmpty }
        let other = try XCTUnwrap(pairs.dropFirst().first)
        let passage = try XCTUnwrap(other.copies.first)
        XCTAssertNotEqual(analysis.pairs(involving: target).first?.source, other.source, "the passage is not the largest source's")

        var state = DemoFixture.initialState(demo, width: 100, height: 30)
        state.stack = [.documents, .document(target)]
        let content = Layout.content(state)
        let row = try XCTUnwrap(content.rows.lastIndex { ($0.textOffset ?? Int.max) <= passage.target.start + 1 })
        state.view.selected = row
        let (b, after) = try DemoFixture.resume(state, keys: [.char("c")])
        XCTAssertEqual(after.route, .compare(other.source, target), DemoFixture.screen(b))

        // Off any passage (the metadata rows), `c` still compares with the largest source.
        state.view.selected = 0
        let (_, fallback) = try DemoFixture.resume(state, keys: [.char("c")])
        let largest = try XCTUnwrap(analysis.pairs(involving: target).first)
        XCTAssertEqual(fallback.route, largest.source == target ? .compare(target, largest.target) : .compare(largest.source, target))
    }

    func testDrillIndicatorEvidenceDocumentCompareAndBack() throws {
        for (w, h) in Self.sizes {
            try drill(w, h)
        }
    }

    private func drill(_ w: Int, _ h: Int) throws {
        let size = "\(w)x\(h)"
        let toIndicator: [Key] = [.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter]

        // The ranking: provinces, then documents, worst first, with the distribution chart.
        var (b, state) = try screen(toIndicator, w, h)
        assertFrame(b, ["指标", "照搬中央比例"])
        XCTAssertEqual(state.route, .indicator(.text(.copiedFromCentre)), size)
        let ranking = Layout.content(state)
        let provinceHeading = try XCTUnwrap(ranking.rows.firstIndex { $0.kind == .heading && $0.cells[0].hasPrefix("按省份") })
        let documentHeading = try XCTUnwrap(ranking.rows.firstIndex { $0.kind == .heading && $0.cells[0].hasPrefix("按文件") })
        XCTAssertLessThan(provinceHeading, documentHeading, "province rows come before document rows")
        XCTAssertTrue(ranking.rows[provinceHeading + 1..<documentHeading].allSatisfy {
            if case .evidence(.copiedFromCentre, .province)? = $0.target { return true } else { return false }
        }, "province rows open the province's evidence")
        XCTAssertTrue(ranking.rows[(documentHeading + 1)...].allSatisfy {
            if case .evidence(.copiedFromCentre, .document(let id))? = $0.target { return demo.corpus.document(id) != nil } else { return false }
        }, "document rows open the document's evidence")
        XCTAssertTrue(b.rows.joined().contains("分布（文件数）"), "distribution chart" + DemoFixture.screen(b))
        if h >= 60 {
            XCTAssertTrue(b.rows.contains { $0.contains("█") && $0.range(of: #"^ \d+%\s+█"#, options: .regularExpression) != nil },
                          "a bar per bin at 200x60" + DemoFixture.screen(b))
        }
        let firstRank = try XCTUnwrap(b.rows.first { $0.hasPrefix("   1 ") }, DemoFixture.screen(b))
        let province = String(firstRank.dropFirst(5).prefix { $0 != " " })
        let ranked = b.rows.dropFirst().dropLast().filter { $0.range(of: #"^ {1,3}\d+ "#, options: .regularExpression) != nil }
        XCTAssertGreaterThan(ranked.count, 3)
        for row in ranked {
            XCTAssertEqual(DisplayWidth.of(row.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)), w,
                           "ranked values end at the right edge: \(row)")
        }
        XCTAssertEqual(DemoFixture.selectedRows(b).map { b.rows[$0] }.first, firstRank, "the first province is selected" + DemoFixture.screen(b))

        // The evidence: the province's documents, each with the quoted passages and their spans.
        (b, state) = try DemoFixture.resume(state, keys: [.enter])
        assertFrame(b, ["指标", "照搬中央比例", "依据：照搬中央比例 · " + province])
        guard case .evidence(.copiedFromCentre, .province(let code)) = state.route else { return XCTFail("not on evidence: \(state.route)") }
        XCTAssertEqual(demo.corpus.taxonomy.division(code)?.zh.hasPrefix(province), true)
        let evidence = Layout.content(state)
        let quotes = evidence.rows.filter { $0.cells.first?.hasPrefix("    [") ?? false }
        XCTAssertFalse(quotes.isEmpty, "quoted passages" + DemoFixture.screen(b))
        for q in quotes {
            XCTAssertNotNil(q.cells[0].range(of: #"^    \[\d+–\d+\] 「"#, options: .regularExpression), "quote with its span: \(q.cells[0])")
        }
        XCTAssertTrue(b.rows.contains { $0.hasPrefix("     [") }, "quotes on screen" + DemoFixture.screen(b))
        if w >= 200 {
            // At 200 columns a quote's span is readable on screen, not cut off at the right edge.
            let onScreen = b.rows.filter { $0.hasPrefix("     [") }
            XCTAssertTrue(onScreen.allSatisfy { $0.range(of: #"\[\d+–\d+\]"#, options: .regularExpression) != nil },
                          "spans visible: \(onScreen.filter { !$0.contains("] 「") }.count) of \(onScreen.count) quotes lose theirs" + DemoFixture.screen(b))
        }

        // Enter on the first quote opens the document with the passage's line selected.
        (b, state) = try DemoFixture.resume(state, keys: [.char("j")])
        let quoteRow = Layout.content(state).rows[state.view.selected]
        XCTAssertTrue(quoteRow.cells[0].hasPrefix("    ["), "j selects the first quote: \(quoteRow.cells)")
        guard case .document(let docID)? = quoteRow.target, let focus = quoteRow.focus else { return XCTFail("quote opens nothing") }
        let spanText = quoteRow.cells[0].components(separatedBy: "「")[1]
        let quoteStart = String(spanText.prefix(6))

        (b, state) = try DemoFixture.resume(state, keys: [.enter])
        let docLabel = demo.corpus.document(docID)?.number ?? docID
        assertFrame(b, ["指标", "照搬中央比例", "依据：照搬中央比例 · " + province, docLabel])
        XCTAssertEqual(state.route, .document(docID))
        let selected = DemoFixture.selectedRows(b)
        XCTAssertEqual(selected.count, 1, "one selected row" + DemoFixture.screen(b))
        let y = try XCTUnwrap(selected.first)
        // A text line: the finding mark and the policy-tool gutter, its rule (┊), the text, then the side panel (│).
        func textOf(_ row: String) -> String { String(row.split(separator: "┊", maxSplits: 1).last ?? "") }
        let line = textOf(b.rows[y]).trimmingCharacters(in: .whitespaces)
        let here = line.components(separatedBy: "│")[0].trimmingCharacters(in: .whitespaces)
        let next = y + 1 < b.rows.count - 1 ? textOf(b.rows[y + 1]).components(separatedBy: "│")[0].trimmingCharacters(in: .whitespaces) : ""
        XCTAssertTrue(here.contains(String(quoteStart.prefix(1))) && (here + next).contains(quoteStart),
                      "the selected line holds the start of the quote \(quoteStart)" + DemoFixture.screen(b))

        // The passage is drawn in the centre's colour (cyan, underlined) on the lines after the selected one.
        let scalars = text(docID)
        let pairs = demo.analysis.reusePairs(involving: docID).filter { $0.target == docID && $0.relation == .vertical }
        let passage = try XCTUnwrap(pairs.flatMap(\.passages).first { $0.target.start <= focus && focus < $0.target.end },
                                    "the quote is a passage copied from the centre")
        let passageText = String(String.UnicodeScalarView(scalars[passage.target.start..<passage.target.end])).replacingOccurrences(of: "\n", with: "")
        var styledLines = 0, centreCells = 0, otherCells: [String] = []
        for row in (y + 1)..<(b.rows.count - 1) {
            let line = textOf(b.rows[row]).components(separatedBy: "│")[0].trimmingCharacters(in: .whitespaces)
            // The part of the line that belongs to the passage: the passage may end (or a line wrap fall) mid-line.
            var k = line.count
            while k >= 4 && !passageText.contains(String(line.prefix(k))) { k -= 1 }
            // The passage's lines follow each other: after its last, a line that starts with a phrase it also holds
            // (持续优化…, as the generator repeats them) is another passage's (a wider panel at 200 columns put one there).
            guard k >= 4 else {
                if styledLines > 0 { break }
                continue
            }
            let body = String(line.prefix(k))
            let x0 = (DemoFixture.column(of: "┊", in: b.rows[row]) ?? 3) + 1 + DisplayWidth.of(String(textOf(b.rows[row]).prefix { $0 == " " }))
            for (i, ch) in body.enumerated() {
                let x = x0 + DisplayWidth.of(String(body.prefix(i)))
                guard let style = b.style(atX: x, y: row) else { continue }
                if style.foreground == Theme.fromCentre.foreground, style.underline, !style.reverse {
                    centreCells += 1
                } else {
                    otherCells.append("\(ch)@\(x),\(row):\(style.foreground)\(style.underline ? "+u" : "")")
                }
            }
            styledLines += 1
        }
        // Every character of the copied passage keeps its origin mark (a vague measure inside it may add its
        // own colour, but must not erase where the text came from).
        XCTAssertTrue(otherCells.isEmpty, "\(otherCells.count) characters of the copied passage are not marked as from the centre (\(centreCells) are): \(otherCells.prefix(8))" + DemoFixture.screen(b))
        XCTAssertGreaterThan(styledLines, 0, "a line of the passage below the selection" + DemoFixture.screen(b))

        // c: side by side with the document it shares most with.
        (b, state) = try DemoFixture.resume(state, keys: [.char("c")])
        guard case .compare(let left, let right) = state.route else { return XCTFail("c did not open Compare: \(state.route)") }
        XCTAssertTrue(left == docID || right == docID)
        let compareCrumb = "对照 " + (demo.corpus.document(left)?.number ?? left) + " ↔ " + (demo.corpus.document(right)?.number ?? right)
        assertFrame(b, ["指标", "照搬中央比例", "依据：照搬中央比例 · " + province, docLabel, compareCrumb])
        let pane = (w - 3) / 2
        let split = b.rows.indices.filter { character(b.rows[$0], at: pane + 2) == "│" }
        XCTAssertGreaterThan(split.count, 3, "two panes separated by │ at column \(pane + 2)" + DemoFixture.screen(b))
        XCTAssertTrue(b.rows.contains { $0.hasPrefix("§1 ") }, "§1 heading" + DemoFixture.screen(b))
        let compare = Layout.content(state)
        let before = state.view.selected

        // n: the next passage's first line.
        (b, state) = try DemoFixture.resume(state, keys: [.char("n")])
        XCTAssertGreaterThan(state.view.selected, before)
        XCTAssertTrue(compare.rows[state.view.selected].isFinding, "n stops on a passage's first line")
        XCTAssertEqual(compare.rows[state.view.selected - 1].kind, .heading, "under its § heading")
        let secondN = try DemoFixture.resume(state, keys: [.char("n")]).1
        if compare.rows.filter(\.isFinding).count > 1 {
            XCTAssertGreaterThan(secondN.view.selected, state.view.selected, "a second n moves to the next passage")
            XCTAssertTrue(compare.rows[secondN.view.selected].isFinding)
        }
        let sel = DemoFixture.selectedRows(b)
        XCTAssertEqual(sel.count, 1, DemoFixture.screen(b))
        if let s = sel.first { XCTAssertTrue(b.rows[s - 1].hasPrefix("§"), "the selected row follows a § heading" + DemoFixture.screen(b)) }

        // Esc walks the breadcrumb back to Indicators.
        let expected: [[String]] = [
            ["指标", "照搬中央比例", "依据：照搬中央比例 · " + province, docLabel],
            ["指标", "照搬中央比例", "依据：照搬中央比例 · " + province],
            ["指标", "照搬中央比例"],
            ["指标"],
        ]
        for (i, crumbs) in expected.enumerated() {
            (b, state) = try DemoFixture.resume(state, keys: [.escape])
            assertFrame(b, crumbs)
            XCTAssertEqual(state.stack.count, crumbs.count, "\(size) after \(i + 1) Esc")
        }
        XCTAssertEqual(state.stack, [.indicators])
    }

    // MARK: Compare highlighting

    func testCompareMarksSharedTextAndTheEditsInAnEditedPassage() throws {
        // A pair with an edited passage that `c` opens from its target (the target's strongest pair).
        let pair = try XCTUnwrap(try demo.analysis.fullResult().reuse.filter { p in
            p.passages.contains(where: \.edited)
                && demo.analysis.pairs(involving: p.target).first.map { $0.source == p.source && $0.target == p.target } == true
        }.max { $0.targetShare < $1.targetShare }, "the demo corpus plants edited passages")
        let label = demo.corpus.document(pair.target)?.number ?? pair.target
        let open: [Key] = [.char(":")] + [Key].type(label) + [.enter, .char("c")]
        for (w, h) in Self.sizes {
            var (b, state) = try screen(open, w, h)
            XCTAssertEqual(state.route, .compare(pair.source, pair.target), DemoFixture.screen(b))
            let content = Layout.content(state)
            let heading = try XCTUnwrap(content.rows.firstIndex { $0.kind == .heading && $0.cells[0].contains("有改动") },
                                        "\(content.rows.filter { $0.kind == .heading }.map(\.cells)) \(pair.passages.map(\.edited))" + DemoFixture.screen(b))
            XCTAssertTrue(b.rows.contains { $0.hasPrefix("§1 ") }, DemoFixture.screen(b))
            // n steps passage by passage to the edited one.
            let steps = content.rows[..<heading].filter(\.isFinding).count + 1
            (b, state) = try screen(open + Array(repeating: .char("n"), count: steps), w, h)
            XCTAssertEqual(state.view.selected, heading + 1, "n stepped to the edited passage")
            let y = try XCTUnwrap(DemoFixture.selectedRows(b).first, DemoFixture.screen(b))
            XCTAssertTrue(b.rows[y - 1].contains("有改动"), "selected row under the edited heading" + DemoFixture.screen(b))

            var differences: [(Int, Int)] = [], shared = 0
            let rows = b.rows
            for row in 1..<(rows.count - 1) {
                for x in 0..<w {
                    guard let s = b.style(atX: x, y: row) else { continue }
                    if s.foreground == Theme.difference.foreground, s.reverse, s.bold { differences.append((x, row)) }
                    if s.foreground == Theme.shared.foreground, !s.reverse, row != y { shared += 1 }
                }
            }
            XCTAssertGreaterThan(shared, 10, "shared text in green" + DemoFixture.screen(b))
            XCTAssertFalse(differences.isEmpty, "the edit's characters reversed in red" + DemoFixture.screen(b))
            // The marked characters belong to the edited passage's text on one side or the other.
            let ls = text(pair.source), rs = text(pair.target)
            let edited = pair.passages.sorted().filter(\.edited)
            let editedText = edited.map { String(String.UnicodeScalarView(ls[$0.source.start..<$0.source.end])) + String(String.UnicodeScalarView(rs[$0.target.start..<$0.target.end])) }.joined()
            for (x, row) in differences.prefix(20) {
                if let ch = character(rows[row], at: x), ch != " " {
                    XCTAssertTrue(editedText.contains(ch), "marked character \(ch) from an edited passage")
                }
            }
        }
    }

    // MARK: Similarity heat map

    func testSimilarityHeatMapAlignsLabelsMovesAndOpensCompare() throws {
        for (w, h) in Self.sizes {
            for language in [Language.chinese, .english] {
                let zh = language == .chinese
                let (b, state) = try screen([.char("7")], w, h, language: language)
                assertFrame(b, [zh ? "相似度" : "Similarity"])
                let top = try XCTUnwrap(rowIndex(b) { $0.hasPrefix(zh ? "中央 " : "Centre ") }, DemoFixture.screen(b))
                let rows = b.rows
                let header = rows[top - 1]
                let grid = try XCTUnwrap(Layout.content(state).grid)
                let gridX = DisplayWidth.of(grid.rowLabels.prefix(Int.max).map { $0 }.max { DisplayWidth.of($0) < DisplayWidth.of($1) } ?? "") + 1
                XCTAssertEqual(DemoFixture.column(of: zh ? "中 " : "C ", in: header), gridX, "first column label over the first cell: \(header)")
                let visible = min(grid.columnLabels.count, (w - gridX) / grid.cellWidth)
                XCTAssertGreaterThan(visible, 5)
                for k in 0..<visible {
                    let x = gridX + k * grid.cellWidth
                    let label = grid.columnLabels[k]
                    XCTAssertEqual(character(header, at: x), label.first, "column label \(label) at \(x): \(header)")
                    for row in top..<min(top + grid.rowLabels.count, rows.count - 2) {
                        XCTAssertNotEqual(character(rows[row], at: x), " ", "cell \(k) of row \(row) starts at \(x)" + DemoFixture.screen(b))
                        XCTAssertEqual(character(rows[row], at: x + grid.cellWidth - 1), " ", "gap after cell \(k) of row \(row)" + DemoFixture.screen(b))
                    }
                }
                // Row labels: the centre, then provinces by short name (zh) or short + English name.
                XCTAssertTrue(b.rows[top + 1].hasPrefix(zh ? "天津" : "津 Tianjin"), b.rows[top + 1])
                XCTAssertTrue(header.contains(zh ? "津 冀" : "津 冀"), header)
            }

            // The map opens on its strongest pair; g and h take the cursor to the top-left corner.
            // l j: the cursor moves right and down; the status shows row and column, the cell is reversed.
            let corner: [Key] = [.char("g")] + Array(repeating: .char("h"), count: 25)
            var (b, state) = try screen([.char("7")] + corner + [.char("l"), .char("j")], w, h)
            XCTAssertEqual(state.view.selected, 1)
            XCTAssertEqual(state.view.column, 1)
            XCTAssertTrue(DemoFixture.status(b).contains("2/23×2/23") || DemoFixture.status(b).contains("2/") && DemoFixture.status(b).contains("×2/"), DemoFixture.status(b))
            let row = try XCTUnwrap(rowIndex(b) { $0.hasPrefix("天津") }, DemoFixture.screen(b))
            let gridX = DisplayWidth.of("黑龙江") + 1
            XCTAssertEqual(b.style(atX: gridX + 3, y: row)?.reverse, true, "cursor cell reversed" + DemoFixture.screen(b))
            XCTAssertEqual(b.style(atX: gridX, y: row)?.reverse, false)
            XCTAssertEqual(b.style(atX: 0, y: row)?.underline, true, "cursor row label underlined")
            XCTAssertTrue(b.rows.contains { $0.hasPrefix(" ▶ 天津 × 天津  天津的文件之间没有共享段落") }, DemoFixture.screen(b))

            // k back to the centre's row: 中央 × 天津 has a pair; Enter compares it.
            (b, state) = try DemoFixture.resume(state, keys: [.char("k")])
            let info = try XCTUnwrap(b.rows.first { $0.hasPrefix(" ▶ 中央 × 天津 = ") }, DemoFixture.screen(b))
            XCTAssertNotNil(info.range(of: #"= \d+%"#, options: .regularExpression), info)
            (b, state) = try DemoFixture.resume(state, keys: [.enter])
            guard case .compare(let a, let c) = state.route else { return XCTFail("Enter did not open Compare: \(state.route)") }
            let docs = [a, c].compactMap { demo.corpus.document($0) }
            XCTAssertEqual(docs.count, 2)
            XCTAssertTrue(docs.contains { $0.isCentral } && docs.contains { $0.region == "120000" }, "the centre and Tianjin")
            XCTAssertEqual(state.stack.first, .similarity)
            XCTAssertTrue(DemoFixture.status(b).contains("对照 "), DemoFixture.status(b))
            XCTAssertTrue(DemoFixture.status(b).contains("SYNTHETIC"))
        }
    }

    // MARK: Policy tools matrix

    func testToolsMatrixRightAlignsCountsSwitchesToLevelsAndListsClauses() throws {
        for (w, h) in Self.sizes {
            var (b, state) = try screen([.char("8")], w, h)
            assertFrame(b, ["政策工具"])
            let grid = try XCTUnwrap(Layout.content(state).grid)
            let y = try XCTUnwrap(rowIndex(b) { $0.hasPrefix("供 人才培养") }, DemoFixture.screen(b))
            let gridX = (grid.rowLabels.map(DisplayWidth.of).max() ?? 0) + 1
            let rows = b.rows
            let header = rows[y - 1]
            XCTAssertEqual(DemoFixture.column(of: grid.columnLabels[0], in: header), gridX, header)
            let visible = min(grid.columnLabels.count, (w - gridX) / grid.cellWidth)
            for k in 0..<visible {
                let end = gridX + (k + 1) * grid.cellWidth - 2
                for row in y..<(y + 5) {
                    let line = rows[row]
                    XCTAssertNotEqual(character(line, at: end), " ", "count \(k) ends at column \(end): \(line)")
                    XCTAssertEqual(character(line, at: end + 1), " ", "gap after count \(k): \(line)")
                }
            }
            let cells = b.rows[y].dropFirst("供 人才培养".count).split(separator: " ").map(String.init)
            XCTAssertEqual(cells.prefix(visible).map { $0 == "·" ? "0" : $0 }.compactMap(Int.init).count, min(visible, cells.count),
                           "counts or · in the row: \(b.rows[y])")

            // v: tool x level.
            (b, state) = try screen([.char("8"), .char("v")], w, h)
            let levels = try XCTUnwrap(rowIndex(b) { $0.contains("国家") && $0.contains("市级") }, DemoFixture.screen(b))
            XCTAssertNotNil(b.rows[levels].range(of: #"国家 +部委 +省级 +市级 +合计"#, options: .regularExpression), b.rows[levels])
            XCTAssertTrue(b.rows.joined().contains("政策工具 × 级别"), DemoFixture.screen(b))
            let en = try screen([.char("8"), .char("v")], w, h, language: .english).0
            XCTAssertTrue(en.rows.contains { $0.range(of: #"Nat +Min +Prov +Mun +Total"#, options: .regularExpression) != nil }, DemoFixture.screen(en))
            XCTAssertTrue(en.rows.contains { $0.hasPrefix("S ") }, "English class letter")

            // Enter on a non-empty cell lists exactly as many clauses as the cell counts.
            (b, state) = try screen([.char("8")], w, h)
            let matrix = try XCTUnwrap(Layout.content(state).grid)
            let (r, c) = try XCTUnwrap(matrix.texts.enumerated().lazy.compactMap { r, row in
                row.firstIndex { Int($0) != nil }.map { (r, $0) } }.first)
            let count = try XCTUnwrap(Int(matrix.texts[r][c]))
            let keys: [Key] = [.char("8")] + Array(repeating: .char("j"), count: r) + Array(repeating: .char("l"), count: c)
            (b, state) = try screen(keys + [.enter], w, h)
            guard case .toolClauses(let tool, let area) = state.route else { return XCTFail("Enter did not list clauses: \(state.route)") }
            let toolName = try XCTUnwrap(demo.corpus.taxonomy.tools.allTools.first { $0.id == tool }?.zh)
            XCTAssertTrue(matrix.rowLabels[r].hasSuffix(toolName))
            XCTAssertTrue(DemoFixture.status(b).hasPrefix(" 政策工具 › " + toolName), DemoFixture.status(b))
            let clauses = Layout.content(state).rows.filter { $0.cells.first?.hasPrefix("    [") ?? false }
            XCTAssertEqual(clauses.count, count, "\(tool) × \(area): the cell says \(count), the list has \(clauses.count)")
            XCTAssertTrue(b.rows.contains { $0.hasPrefix("     [") }, DemoFixture.screen(b))
            XCTAssertTrue(DemoFixture.status(b).contains("SYNTHETIC"))
        }
    }

    /// The Total summed the row's cells: by area it left out clauses naming no area, and by level or year it
    /// summed the tool x area counts, so a clause coded to two areas counted twice (Technology support: 394 by
    /// area, 405 by level, for 222 clauses). The Total is the clauses with the tool, the same in every view, and
    /// Enter on it lists that many.
    func testAToolsTotalIsItsClausesInEveryView() throws {
        var totals: [[String]] = []
        for view in 0..<3 {
            let (_, state) = try screen([.char("8")] + Array(repeating: .char("v"), count: view), 80, 24)
            let grid = try XCTUnwrap(Layout.content(state).grid)
            totals.append(grid.texts.map { $0.last ?? "" })
            if view == 1 {
                // By level every document has a column: the cells add up to the Total.
                // ('·' for none, in the Total as in the cells.)
                for row in grid.texts.map({ $0.map { $0 == ToolsScreen.zeroMark ? "0" : $0 } }) {
                    XCTAssertEqual(row.dropLast().compactMap { Int($0) }.reduce(0, +), Int(row.last ?? ""), "\(row)")
                }
            }
        }
        XCTAssertEqual(totals[0], totals[1])
        XCTAssertEqual(totals[0], totals[2])
        let (_, state) = try screen([.char("8")], 80, 24)
        let grid = try XCTUnwrap(Layout.content(state).grid)
        let r = try XCTUnwrap(grid.texts.indices.max { Int(grid.texts[$0].last ?? "") ?? 0 < Int(grid.texts[$1].last ?? "") ?? 0 })
        let total = try XCTUnwrap(Int(grid.texts[r].last ?? ""))
        let areaSum = grid.texts[r].dropLast().compactMap { Int($0) }.reduce(0, +)
        XCTAssertGreaterThan(areaSum, total, "the demo has clauses coded to two areas (else this could not tell the two apart)")
        let keys: [Key] = [.char("8")] + Array(repeating: .char("j"), count: r) + Array(repeating: .char("l"), count: grid.columnLabels.count - 1)
        let (_, listed) = try screen(keys + [.enter], 80, 24)
        // The clauses quoted, and those of the documents listed past the quotes (`ScreenContext.quotesPerPage`) with their count.
        let rows = Layout.content(listed).rows
        let quoted = rows.count { $0.cells.first?.hasPrefix("    [") ?? false }
        let counted = rows.compactMap { row -> Int? in
            guard row.kind == .note || row.expands != nil, let cell = row.cells.first, let r = cell.range(of: #"\d+(?= 条（未摘录）)"#, options: .regularExpression) else { return nil }
            return Int(cell[r])
        }
        XCTAssertGreaterThan(total, ScreenContext.quotesPerPage, "the Total's list quotes some and counts the rest")
        XCTAssertEqual(quoted + counted.reduce(0, +), total, "the Total says \(total), its list has \(quoted) quoted and \(counted.reduce(0, +)) counted")
    }

    // MARK: Timeline

    func testTimelineBarsAndTheGuidingOpinionMarker() throws {
        let origin = try XCTUnwrap(demo.corpus.guidingOpinion, "the demo corpus has a guiding opinion")
        let year = try XCTUnwrap(origin.date?.year)
        for (w, h) in Self.sizes {
            let (b, _) = try screen([.char("9")], w, h)
            assertFrame(b, ["时间线"])
            let years = b.rows.filter { $0.range(of: #"^ 20\d\d {4}"#, options: .regularExpression) != nil }
            XCTAssertGreaterThanOrEqual(years.count, 4, DemoFixture.screen(b))
            var total = 0
            for row in years {
                XCTAssertNotNil(row.range(of: #"^ 20\d\d {4}[█▓▒░]+ \d+"#, options: .regularExpression), "a bar and a count: \(row)")
                total += Int(row.split(separator: " ")[2]) ?? 0
                let starred = row.contains("★")
                XCTAssertEqual(starred, row.hasPrefix(" \(year)"), "★ only on \(year): \(row)")
                if starred { XCTAssertTrue(row.trimmingCharacters(in: .whitespaces).hasSuffix("★ " + (origin.date?.description ?? "")), row) }
            }
            XCTAssertEqual(total, demo.corpus.documents.filter { $0.date != nil }.count, "bars count every dated document")
            XCTAssertTrue(years.contains { $0.contains("★") })
            // The national part of a bar is drawn in its level's colour.
            let y = try XCTUnwrap(b.rows.firstIndex { $0.hasPrefix(" \(year)") })
            let x = try XCTUnwrap(DemoFixture.column(of: "█", in: b.rows[y]))
            XCTAssertEqual(b.style(atX: x, y: y)?.foreground, .red)
        }
    }

    /// Without the guiding opinion in the corpus no ★ is drawn, and the legend had one ("★ 指导意见" beside
    /// bars without a mark); it names only what is drawn.
    func testTheTimelineLegendHasNoStarWithoutTheGuidingOpinion() throws {
        let origin = try XCTUnwrap(demo.corpus.guidingOpinion)
        let c = demo.corpus
        let without = Corpus(directory: c.directory, info: c.info, taxonomy: c.taxonomy,
                             documents: c.documents.filter { $0.id != origin.id }, findings: c.findings)
        XCTAssertNil(without.guidingOpinion)
        for (corpus, starred) in [(c, true), (without, false)] {
            var backend = TestBackend(width: 80, height: 24)
            backend.feed([.char("9")])
            _ = try Dashboard.run(backend: &backend, initial: AppState(corpus: corpus, language: .chinese, size: Size(width: 80, height: 24)))
            let legend = try XCTUnwrap(backend.rows.first { $0.contains("v 切换 年/月") }, DemoFixture.screen(backend))
            XCTAssertEqual(legend.contains("★"), starred, legend)
            XCTAssertFalse(legend.contains("   v"), "one gap before v: \(legend)")
        }
    }

    // MARK: Provinces with indicator columns

    func testProvincesIndicatorColumnsAlignAt80Columns() throws {
        for language in [Language.chinese, .english] {
            let (b, state) = try screen([.char("2")], 80, 24, language: language)
            assertFrame(b, [language == .chinese ? "省份" : "Provinces"])
            let header = b.rows[1]
            let content = Layout.content(state)
            let titles = content.columns.map(\.title)
            XCTAssertTrue(titles.contains(language == .chinese ? "照搬中央" : "Centre"), "\(titles)")
            // Every right-aligned column (numbers, percentages) ends where its title ends, on every row.
            for column in content.columns where column.alignment == .right {
                let start = try XCTUnwrap(DemoFixture.column(of: column.title, in: header), "\(column.title) in \(header)")
                let end = start + DisplayWidth.of(column.title) - 1
                let rows = b.rows
                for y in 2..<(rows.count - 1) {
                    XCTAssertNotEqual(character(rows[y], at: end), " ", "\(column.title) value ends at \(end): \(rows[y])")
                    XCTAssertEqual(character(rows[y], at: end + 1), " ", "\(column.title) value ends at \(end): \(rows[y])")
                }
            }
            // A province with documents shows a percentage under the centre column.
            let title = language == .chinese ? "照搬中央" : "Centre"
            let centre = try XCTUnwrap(DemoFixture.column(of: title, in: header)) + DisplayWidth.of(title) - 1
            XCTAssertTrue(b.rows.dropFirst(2).contains { row in
                let cells = columns(row)
                return cells.count > centre && cells[centre] == "%"
            }, DemoFixture.screen(b))
            for row in b.rows {
                XCTAssertLessThanOrEqual(DisplayWidth.of(row), 80)
            }
        }
    }

    func testSyntheticOnEveryAnalysisScreen() throws {
        let paths: [[Key]] = [[.char("6")], [.char("6"), .char("/")] + [Key].type("照搬中央比例") + [.enter, .enter],
                              [.char("7")], [.char("8")], [.char("8"), .enter], [.char("9")], [.char("2")], [.char("3")], [.char("4")],
                              [.char("5"), .enter], [.char("5"), .enter, .char("c")], [.char("0")]]
        for (w, h) in Self.sizes {
            for keys in paths {
                let (b, state) = try screen(keys, w, h)
                XCTAssertTrue(DemoFixture.status(b).contains("SYNTHETIC"), "\(state.route) at \(w)x\(h): \(DemoFixture.status(b))")
            }
        }
    }
}
