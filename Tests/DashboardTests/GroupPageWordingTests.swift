import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// What QA pass 47 found said wrong on the dashboard: a tool share's total named "coded clauses" where it counts class
/// codes; the broken review-journal lines said in English in the Chinese interface; an area's and an issuer's page
/// worded its nearest province as a province's page ("本省", "from here"); an unrecorded number shown as "无文号"; the
/// Documents filter `area:` keeping fewer documents than the Areas tab counts; a document's side panel kept at 44
/// columns beside 150 of text.
final class GroupPageWordingTests: XCTestCase {
    private func pageLines(_ stack: [Route], language: Language = .chinese, width: Int = 100) throws -> [String] {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: width, height: 40, language: language)
        state.stack = stack
        return Layout.content(state).rows.compactMap(\.cells.first)
    }

    /// 广东's page said `政策工具 供 16% 环 49% 需 35%（43 条编码条款）` while its evidence said `各类编码 43 个出自 41 条条款`:
    /// the total counts a clause once per class. The page names codes, in both languages, as does the definition.
    func testAGroupsToolSharesNameTheirTotalAsClassCodes() throws {
        let demo = try DemoFixture.shared()
        let guangdong = try XCTUnwrap(demo.corpus.documents(inRegion: "440000").compactMap { demo.analysis.indicators($0.id) }.first)
        let codes = ["supply", "environment", "demand"].map { guangdong.toolCounts[$0] ?? 0 }.reduce(0, +)
        for (language, prefix, named, not) in [(Language.chinese, "政策工具 ", "（\(codes) 个分类编码；", "编码条款"),
                                               (.english, "Policy tools ", "(\(codes) class codes, not clauses)", "coded clause")] {
            for stack: [Route] in [[.provinces, .province("440000")], [.areas, .area("e-commerce")], [.issuers, .issuer("provincial-government")]] {
                let lines = try pageLines(stack, language: language)
                let line = try XCTUnwrap(lines.first { $0.hasPrefix(prefix) }, "\(stack): " + lines.joined(separator: "\n"))
                XCTAssertFalse(line.contains(not), line)
                if stack.last == .province("440000") { XCTAssertTrue(line.contains(named), line) }
                XCTAssertTrue(line.contains(language == .chinese ? "个分类编码" : "class codes"), line)
            }
        }
        let definition = try XCTUnwrap(demo.corpus.taxonomy.problems.allIndicators.first { $0.id == "tool-shares" }).measures
        XCTAssertFalse(definition.en.contains("coded clauses"), definition.en)
        XCTAssertTrue(definition.en.contains("class codes"), definition.en)
        XCTAssertTrue(definition.zh.contains("各类编码"), definition.zh)
    }

    /// `已跳过损坏的行：…:10:1: incomplete last line (a write in progress or interrupted); skipped` in the Chinese
    /// dashboard, while `IPAP_LANG=zh ipap review list` says it in Chinese: the message in the interface's language.
    func testABrokenJournalLineIsSaidInTheInterfacesLanguage() throws {
        let demo = try DemoFixture.shared()
        let journal = Data(#"{"author":"root""#.utf8)
        let (_, problems) = ReviewStore.parse(journal, file: "reviews/root.jsonl", author: "root")
        XCTAssertEqual(problems.count, 1)
        let store = ReviewStore(entries: [], problems: problems)
        let zh = try DemoFixture.reviewsTab(demo, store, width: 200, height: 30)
        XCTAssertTrue(zh.rows.contains { $0.contains("已跳过损坏的行：reviews/root.jsonl:1:1: 最后一行不完整") }, DemoFixture.screen(zh))
        XCTAssertFalse(zh.rows.contains { $0.contains("incomplete last line") }, DemoFixture.screen(zh))
        let en = try DemoFixture.reviewsTab(demo, store, width: 200, height: 30, language: .english)
        XCTAssertTrue(en.rows.contains { $0.contains("reviews/root.jsonl:1:1: incomplete last line") }, DemoFixture.screen(en))
    }

    /// An area's page read `最相似的其他省份 辽宁 7%（辽宁照搬本省文件；…）`, "Nearest other province Liaoning 7% (it copied
    /// from here; …)": an area has no province of its own. It names the document the highest share is of, with that
    /// document's province, and the direction of it; an issuer's page likewise. A province's page keeps "本省".
    func testAnAreasAndAnIssuersNearestProvinceNamesTheDocument() throws {
        let demo = try DemoFixture.shared()
        let context = ScreenContext(state: DemoFixture.initialState(demo, width: 100, height: 40))
        var checked = 0
        let areas = context.areaProfiles().map { (Route.area($0.area.id), $0.documents + $0.documentsByText, Route.areas, "本领域") }
        let issuers = ["provincial-government", "provincial-general-office"].map { id in
            (Route.issuer(id), demo.corpus.documents(byIssuer: id), Route.issuers, "该机关")
        }
        for (route, documents, tab, scope) in areas + issuers {
            let local = documents.filter { !$0.isCentral }.compactMap { demo.analysis.indicators($0.id) }
            guard let highest = local.filter({ $0.nearestProvince != nil }).max(by: { $0.nearestProvince!.share < $1.nearestProvince!.share }),
                  let nearest = highest.nearestProvince else { continue }
            let own = try XCTUnwrap(demo.corpus.document(highest.id)?.region.flatMap { demo.corpus.taxonomy.division($0)?.name })
            let other = try XCTUnwrap(demo.corpus.taxonomy.division(nearest.region)?.name)
            for language in [Language.chinese, .english] {
                let lines = try pageLines([tab, route], language: language)
                let prefix = language == .chinese ? "最相似的其他省份 " : "Nearest other province "
                let at = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(prefix) }, "\(route): " + lines.joined(separator: "\n"))
                // Wrapped over two rows where it needs them (English at 100 columns).
                let line = lines[at] + (lines.indices.contains(at + 1) && lines[at + 1].hasPrefix("  ") ? " " + lines[at + 1].trimmingCharacters(in: .whitespaces) : "")
                XCTAssertFalse(line.contains("本省") || line.contains("from here"), line)
                XCTAssertTrue(line.contains(highest.id), "\(line): the document \(highest.id)")
                if language == .chinese {
                    XCTAssertTrue(line.contains(own + " " + highest.id) || line.contains(own + highest.id), "\(line): its province \(own)")
                    XCTAssertTrue(line.contains(scope + "各地方文件中最高"), line)
                    switch nearest.direction {
                    case .copiedBy?: XCTAssertTrue(line.contains(other + "照搬" + own), line)
                    case .copiedFrom?: XCTAssertTrue(line.contains("照搬自" + other), line)
                    case .both?: XCTAssertTrue(line.contains("与" + other + "互有照搬"), line)
                    case nil: break
                    }
                }
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 3)
        let province = try pageLines([.provinces, .province("440000")]).first { $0.hasPrefix("最相似的其他省份 ") }
        XCTAssertNotNil(province)
        XCTAssertFalse(province?.contains("demo-") ?? true, province ?? "")
    }

    /// demo-00019 has no number recorded: its page said 无文号 / "no number", an assertion nobody checked, while
    /// `ipap show` says "unknown" and data-format.md reads an empty cell as unknown.
    func testADocumentWithoutARecordedNumberSaysTheNumberIsUnknown() throws {
        let demo = try DemoFixture.shared()
        XCTAssertNil(demo.corpus.document("demo-00019")?.number)
        for (language, said, not) in [(Language.chinese, "文号未知  ", "无文号"), (.english, "number unknown  ", "no number")] {
            var state = DemoFixture.initialState(demo, width: 100, height: 30, language: language)
            state.stack = [.document("demo-00019")]
            let header = Layout.content(state).header.map(\.text)
            XCTAssertTrue(header.contains { $0.hasPrefix(said) }, header.joined(separator: "\n"))
            XCTAssertFalse(header.contains { $0.contains(not) }, header.joined(separator: "\n"))
        }
    }

    /// `f area:电子商务` kept 4 of 48 documents (titles naming the area) where the Areas tab and the area's page count 7
    /// (3 more coded to it from their text): it keeps the page's two lists, and says how many are there by their text.
    func testTheAreaFilterKeepsTheDocumentsTheAreasPageLists() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 100, height: 30)
        let profile = try XCTUnwrap(ScreenContext(state: state).areaProfiles().first { $0.area.id == "e-commerce" })
        XCTAssertGreaterThan(profile.documentsByText.count, 0, "an area with documents coded from their text")
        let listed = Set((profile.documents + profile.documentsByText).map(\.id))
        state.stack = [.documents]
        state.filter = DocumentFilter(area: "e-commerce")
        let (b, final) = try DemoFixture.resume(state, keys: [])
        let rows = Layout.content(final).rows.compactMap { row -> String? in if case .document(let id)? = row.target { id } else { nil } }
        XCTAssertEqual(Set(rows), listed)
        XCTAssertEqual(rows.count, listed.count)
        let shown = "\(listed.count)/\(demo.corpus.documents.count) 份（含按全文编码归入的 \(profile.documentsByText.count) 份）"
        XCTAssertTrue(b.rows.contains { $0.contains(shown) }, DemoFixture.screen(b))
        // With another filter beside it, both hold.
        state.filter = DocumentFilter(region: "500000", area: "e-commerce")
        let chongqing = Layout.content(state).rows.compactMap { row -> String? in if case .document(let id)? = row.target { id } else { nil } }
        XCTAssertEqual(Set(chongqing), Set((profile.documents + profile.documentsByText).filter { $0.region == "500000" }.map(\.id)))
        XCTAssertFalse(chongqing.isEmpty)
    }

    /// Before an analysis no text is coded: the filter keeps the titles and says how many documents may be in the
    /// area, unknown.
    func testTheAreaFilterSaysWhatIsUnknownBeforeTheAnalysis() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 30, language: .english)
        state.analysis = nil
        state.stack = [.documents]
        state.filter = DocumentFilter(area: "e-commerce")
        let content = Layout.content(state)
        let header = try XCTUnwrap(content.header.first?.text)
        XCTAssertTrue(header.contains("more not coded from the text: unknown"), header)
        XCTAssertFalse(header.contains("coded to it from the text"), header)
        XCTAssertEqual(content.rows.count, demo.corpus.documents.filter { $0.actionAreas.ids.contains("e-commerce") }.count)
    }

    /// At 200x60 the document's panel kept 44 columns beside 150 of text and its goal-orientation line wrapped: it is
    /// as wide as its lines need, up to 80 at 200 columns; 44 at 120, and rows above the text below 120 (80x24, 100x30).
    func testADocumentsPanelGrowsWithAWideScreen() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            var widths: [Int: Int] = [:]
            for (w, h) in [(120, 40), (160, 40), (200, 60)] {
                var state = DemoFixture.initialState(demo, width: w, height: h, language: language)
                state.stack = [.document("demo-00019")]
                let content = Layout.content(state)
                let width = try XCTUnwrap(content.panelWidth)
                widths[w] = width
                let longest = content.panel.map { DisplayWidth.of($0.text) }.max() ?? 0
                let (b, _) = try DemoFixture.resume(state, keys: [])
                XCTAssertTrue(b.rows.contains { DisplayWidth.of(String($0.prefix { $0 != "│" })) == w - width }, "the panel's rule at \(w)" + DemoFixture.screen(b))
                if w == 200 {
                    XCTAssertGreaterThanOrEqual(width - 2, longest, "every panel line whole at 200")
                    let goal = try XCTUnwrap(content.panel.last?.text)
                    XCTAssertTrue(b.rows.contains { $0.hasSuffix(goal) || $0.contains(goal) }, "\(goal) on one line" + DemoFixture.screen(b))
                }
            }
            XCTAssertEqual(widths[120], Layout.panelWidth)
            XCTAssertLessThanOrEqual(widths[160]!, 44 + 40 * 9 / 20)
            XCTAssertGreaterThan(widths[200]!, Layout.panelWidth)
            XCTAssertLessThanOrEqual(widths[200]!, 80)
        }
        // Below 120 columns the panel is rows above the text, as before.
        for (w, h) in [(80, 24), (100, 30)] {
            var state = DemoFixture.initialState(demo, width: w, height: h)
            state.stack = [.document("demo-00019")]
            XCTAssertTrue(Layout.content(state).panel.isEmpty)
        }
    }
}
