import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A province's row on the Provinces tab showed its indicators (照搬中央 18%, 安徽 7%, 空泛措施 88%, …) and its page
/// showed none of them: a number the analyst could not follow to its evidence from where it was opened. The page
/// spells out the row's values, each line opening the evidence for the province; an issuer's page likewise.
final class GroupIndicatorPageTests: XCTestCase {
    func testAProvincesPageSaysItsRowsValuesAndEachOpensItsEvidence() throws {
        let demo = try DemoFixture.shared()
        var list = DemoFixture.initialState(demo, width: 200, height: 40)
        list.stack = [.provinces]
        let listed = Layout.content(list)
        let titles = listed.columns.map(\.title)
        // Every province with an analysed document: its row's values are those its page states.
        var checked = 0
        for row in listed.rows {
            guard case .province(let code)? = row.target else { continue }
            func cell(_ title: String) throws -> String { row.cells[try XCTUnwrap(titles.firstIndex(of: title), title)] }
            guard try cell("照搬中央") != "-" else { continue }
            var page = list
            page.stack = [.provinces, .province(code)]
            let lines = Layout.content(page).rows
            func line(_ prefix: String) throws -> ScreenContent.Row {
                try XCTUnwrap(lines.first { $0.cells.first?.hasPrefix(prefix) == true }, "\(code): no line '\(prefix)'")
            }
            XCTAssertTrue(try line("照搬中央比例 ").cells[0].hasPrefix("照搬中央比例 " + cell("照搬中央")), code)
            XCTAssertTrue(try line("空泛措施 ").cells[0].hasPrefix("空泛措施 " + cell("空泛措施")), code)
            XCTAssertTrue(try line("有评估条款的文件 ").cells[0].hasPrefix("有评估条款的文件 " + cell("有评估")), code)
            if try cell("最相似省份") != "-" {
                XCTAssertTrue(try line("最相似的其他省份 ").cells[0].hasPrefix("最相似的其他省份 " + cell("最相似省份")), code)
            }
            XCTAssertEqual(try line("空泛措施 ").target, .evidence(indicator: .vagueMeasures, subject: .province(code)))
            XCTAssertEqual(try line("照搬中央比例 ").target, .evidence(indicator: .copiedFromCentre, subject: .province(code)))
            XCTAssertEqual(try line("治理 · 知识产权").target, .evidence(indicator: .ipProtection, subject: .province(code)))
            XCTAssertEqual(try line("政策工具 ").target, .evidence(indicator: .toolShares, subject: .province(code)))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 5)
    }

    /// Enter on a line opens the evidence, whose value says it pools the province's documents' counts.
    func testEnterOnAnIndicatorLineOpensTheProvincesEvidence() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 100, height: 30)
        state.stack = [.provinces, .province("530000")]
        let rows = Layout.content(state).rows
        let vague = try XCTUnwrap(rows.firstIndex { $0.cells.first?.hasPrefix("空泛措施 ") == true })
        state.view.selected = vague
        let (b, after) = try DemoFixture.resume(state, keys: [.enter])
        XCTAssertEqual(after.route, .evidence(indicator: .vagueMeasures, subject: .province("530000")))
        XCTAssertTrue(b.rows[1].contains("份文件合计："), DemoFixture.screen(b))
    }

    /// A central issuer's page has no copied-from-centre line (not applicable to the centre), the others as its row.
    func testAnIssuersPageStatesItsIndicatorsWithoutTheCentresShare() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 100, height: 30)
        let issuer = try XCTUnwrap(demo.corpus.documents.first { $0.isCentral && demo.analysis.indicators($0.id) != nil }?.issuers.first)
        state.stack = [.issuers, .issuer(issuer)]
        let cells = Layout.content(state).rows.compactMap(\.cells.first)
        XCTAssertTrue(cells.contains { $0.hasPrefix("空泛措施 ") }, cells.joined(separator: "\n"))
        XCTAssertFalse(cells.contains { $0.hasPrefix("照搬中央比例 ") }, cells.joined(separator: "\n"))
    }

    /// An area's page states the values of its row on the Areas tab, over the same documents (its two lists).
    func testAnAreasPageStatesItsRowsValues() throws {
        let demo = try DemoFixture.shared()
        var list = DemoFixture.initialState(demo, width: 200, height: 40)
        list.stack = [.areas]
        let listed = Layout.content(list)
        let vagueColumn = try XCTUnwrap(listed.columns.firstIndex { $0.title == "空泛措施" })
        let row = try XCTUnwrap(listed.rows.first { $0.cells[vagueColumn] != "-" && $0.target != nil })
        guard case .area(let id)? = row.target else { return XCTFail("an area's row") }
        var page = list
        page.stack = [.areas, .area(id)]
        let line = try XCTUnwrap(Layout.content(page).rows.first { $0.cells.first?.hasPrefix("空泛措施 ") == true })
        XCTAssertTrue(line.cells[0].hasPrefix("空泛措施 " + row.cells[vagueColumn]), line.cells[0])
        XCTAssertEqual(line.target, .evidence(indicator: .vagueMeasures, subject: .area(id)))
    }

    /// An area holds central and local documents: its copied-from-centre share is the mean of the local ones' (a
    /// central document's 0 was averaged in, on the row, the page and the evidence page alike).
    func testAnAreasCopiedShareIsTheMeanOfItsLocalDocuments() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 40)
        let context = ScreenContext(state: state)
        let mixed = try XCTUnwrap(context.areaProfiles().first { p in
            let docs = (p.documents + p.documentsByText).filter { demo.analysis.indicators($0.id) != nil }
            return docs.contains(where: \.isCentral) && docs.contains { !$0.isCentral }
        }, "an area with central and local documents")
        let local = (mixed.documents + mixed.documentsByText).filter { !$0.isCentral }.compactMap { demo.analysis.indicators($0.id) }
        let shares: [Double] = local.compactMap(\.copiedFromCentre)
        let mean: Double = shares.reduce(0, +) / Double(shares.count)
        let expected = "\(Int((mean * 100).rounded()))%"
        state.stack = [.areas, .area(mixed.area.id)]
        let line = try XCTUnwrap(Layout.content(state).rows.first { $0.cells.first?.hasPrefix("照搬中央比例 ") == true })
        XCTAssertTrue(line.cells[0].hasPrefix("照搬中央比例 " + expected + "（"), "\(line.cells[0]) against \(expected)")
        let evidence = Route.evidence(indicator: .copiedFromCentre, subject: .area(mixed.area.id))
        state.stack.append(evidence)
        let header = try XCTUnwrap(ScreenContext(state: state).screen(for: evidence).content().header.first?.text)
        XCTAssertTrue(header.contains("  " + expected + "（\(local.count) 份文件的平均）"), header)
    }

    /// The nearest other province of a province read 13% on the Provinces tab and its page (its nearest document's)
    /// and 6% in the ranking, the overview and the evidence page (the mean of its documents'): one rule now, the
    /// highest, said on each.
    func testTheNearestProvinceReadsAlikeInTheRowTheRankingAndTheEvidence() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 40)
        state.stack = [.provinces]
        let listed = Layout.content(state)
        let column = try XCTUnwrap(listed.columns.firstIndex { $0.title == "最相似省份" })
        let context = ScreenContext(state: state)
        let ranking = context.indicatorValues(.nearestProvince, analysis: demo.analysis)
        var differs = 0
        for row in listed.rows {
            guard case .province(let code)? = row.target, row.cells[column] != "-" else { continue }
            let ranked = try XCTUnwrap(ranking.provinces.first { $0.0 == code }, code)
            let shown = context.formatted(TextIndicator(.nearestProvince), ranked.1, tenths: ranking.tenths)
            XCTAssertTrue(row.cells[column].hasSuffix(" \(Int((ranked.1 * 100).rounded()))%"), "\(code): row \(row.cells[column]), ranking \(shown)")
            let docs = demo.corpus.documents(inRegion: code).compactMap { demo.analysis.indicators($0.id) }
            if docs.count > 1 && Set(docs.map { $0.nearestProvince?.share ?? 0 }).count > 1 { differs += 1 }
            var evidence = state
            evidence.stack = [.provinces, .evidence(indicator: .nearestProvince, subject: .province(code))]
            let header = try XCTUnwrap(Layout.content(evidence).header.first?.text)
            XCTAssertTrue(header.contains("  " + shown + "（"), "\(code): \(header) against \(shown)")
            XCTAssertTrue(header.hasSuffix("份文件中最高）"), header)
        }
        XCTAssertGreaterThan(differs, 0, "a province whose documents' nearest shares differ (where mean and highest part)")
    }

    /// Vague measures of a province read the pooled share on the Provinces tab and its page (vague measures of all
    /// its documents' measures) and the mean of its documents' shares in the ranking and on the evidence page: one
    /// rule now, pooled, said with its counts on the evidence page, each document's counts listed under it.
    func testPooledSharesReadAlikeInTheRowTheRankingAndTheEvidence() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 40)
        state.stack = [.provinces]
        let listed = Layout.content(state)
        let column = try XCTUnwrap(listed.columns.firstIndex { $0.title == "空泛措施" })
        let context = ScreenContext(state: state)
        let ranking = context.indicatorValues(.vagueMeasures, analysis: demo.analysis)
        var differs = 0, checked = 0
        for row in listed.rows {
            guard case .province(let code)? = row.target, row.cells[column] != "-" else { continue }
            let docs = demo.corpus.documents(inRegion: code).compactMap { demo.analysis.indicators($0.id) }.filter { $0.measureCount > 0 }
            let pooled = Double(docs.map(\.vagueMeasures).reduce(0, +)) / Double(docs.map(\.measureCount).reduce(0, +))
            let mean = docs.map { Double($0.vagueMeasures) / Double($0.measureCount) }.reduce(0, +) / Double(docs.count)
            if abs(pooled - mean) > 1e-9 { differs += 1 }
            let ranked = try XCTUnwrap(ranking.provinces.first { $0.0 == code }, code)
            XCTAssertEqual(ranked.1, pooled, accuracy: 1e-12, code)
            XCTAssertEqual(row.cells[column], "\(Int((pooled * 100).rounded()))%", code)
            var evidence = state
            evidence.stack = [.provinces, .evidence(indicator: .vagueMeasures, subject: .province(code))]
            let content = Layout.content(evidence)
            let header = try XCTUnwrap(content.header.first?.text)
            let counts = "\(docs.map(\.vagueMeasures).reduce(0, +)) / \(docs.map(\.measureCount).reduce(0, +))"
            XCTAssertTrue(header.contains("  " + context.formatted(TextIndicator(.vagueMeasures), pooled, tenths: ranking.tenths)
                                          + "（\(docs.count) 份文件合计：" + counts + "）"), "\(code): \(header)")
            let documentLines = content.rows.filter { $0.cells.first?.hasPrefix("    本文件：") == true }
            XCTAssertEqual(documentLines.count, docs.count, code)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 5)
        XCTAssertGreaterThan(differs, 0, "a province where the pooled share and the mean of shares part")
    }
}
