import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// 政策工具结构 (policy-tool shares) read '供 16%' for demo-00019 and its evidence page said
/// '（无：该文件没有此项的依据段落）': the clauses the shares count were nowhere to be read. The page lists them class by
/// class (supply's first: the value is its share), each class with its count and share, each clause with the keywords
/// that coded it; and every other indicator of tab 6 with a value that is not 0 opens passages too.
final class ToolShareEvidenceTests: XCTestCase {
    private func evidenceRows(_ state: AppState, _ kind: TextIndicatorKind, _ id: String) -> [String] {
        var s = state
        s.stack = [.indicators, .evidence(indicator: kind, subject: .document(id))]
        return Layout.content(s).rows.map { $0.cells.joined(separator: " ") }
    }

    func testEveryValueThatIsNotZeroOpensItsEvidence() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            let state = DemoFixture.initialState(demo, width: 100, height: 30, language: language)
            let none = Label.noneNoPassageOfThis.text(in: language)
            for kind in TextIndicatorKind.allCases {
                let indicator = TextIndicator(kind)
                for d in demo.corpus.documents {
                    guard let summary = demo.analysis.indicators(d.id), let v = indicator.value(summary, analysis: demo.analysis), v != 0 else { continue }
                    let rows = evidenceRows(state, kind, d.id)
                    XCTAssertFalse(rows.contains { $0.contains(none) }, "\(kind.rawValue) \(d.id) \(v) \(language)\n" + rows.joined(separator: "\n"))
                    XCTAssertGreaterThan(rows.count, 1, "\(kind.rawValue) \(d.id): nothing under the document")
                }
            }
        }
    }

    func testToolSharesListTheClausesOfEachClassWithTheirKeywords() throws {
        let demo = try DemoFixture.shared()
        let id = "demo-00019"
        let counts = try XCTUnwrap(demo.analysis.indicators(id)).toolCounts
        XCTAssertEqual(counts, ["supply": 7, "environment": 22, "demand": 14])
        let taxonomy = demo.corpus.taxonomy
        let supplyKeywords = Set(taxonomy.tools.classes.first { $0.id == "supply" }?.tools.flatMap(\.keywords) ?? [])
        for (language, notes, opening) in [
            (Language.chinese, ["供给型：7 条，占各类编码合计 43 个的 16%：", "环境型：22 条，占各类编码合计 43 个的 51%：", "需求型：14 条，占各类编码合计 43 个的 33%："],
             "    [876–912] 【研发】 「支持行业协会围绕一体医疗产业基地开展联合研发"),
            (.english, ["Supply-side: 7 clauses, 16% of the 43 class codes:", "Environment: 22 clauses, 51% of the 43 class codes:",
                        "Demand-side: 14 clauses, 33% of the 43 class codes:"],
             "    [876–912] [研发] 「支持行业协会围绕一体医疗产业基地开展联合研发"),
        ] {
            let rows = evidenceRows(DemoFixture.initialState(demo, width: 100, height: 30, language: language), .toolShares, id)
            let at = notes.map { note in rows.firstIndex { $0 == "    " + note } }
            XCTAssertEqual(at.compactMap { $0 }.count, 3, rows.joined(separator: "\n"))
            guard let supply = at[0], let environment = at[1], let demand = at[2] else { continue }
            XCTAssertEqual(environment - supply - 1, 7)
            XCTAssertEqual(demand - environment - 1, 22)
            XCTAssertEqual(rows.count - demand - 1, 14)
            XCTAssertTrue(rows[supply + 1].hasPrefix(opening), rows[supply + 1])
            // Each supply clause names a supply keyword that coded it.
            for row in rows[(supply + 1)..<environment] {
                let open = language == .chinese ? "【" : "[", close = language == .chinese ? "】" : "]"
                let tag = try XCTUnwrap(row.components(separatedBy: "] ").dropFirst().first?.components(separatedBy: close).first)
                let keywords = tag.replacingOccurrences(of: open, with: "").components(separatedBy: language == .chinese ? "、" : ", ")
                XCTAssertTrue(keywords.allSatisfy(supplyKeywords.contains), row)
            }
        }
    }

    /// A clause coded to two classes counts in both, so the total under the classes is of codes: it read '供给型：1 条，
    /// 占各类合计 4 条的 25%' with 3 clauses coded. The words say codes, as the indicator `toolShares` counts them (its
    /// value is the same share), and the page says once how many clauses the codes come from.
    func testAClauseInTwoClassesMakesTheTotalOneOfCodesAndSaysSo() throws {
        let demo = try DemoFixture.shared()
        let tools = Set(["supply", "environment", "demand"])
        var found: (id: String, codes: Int, clauses: Int)?
        for d in demo.corpus.documents {
            guard let text = demo.corpus.text(of: d) else { continue }
            let classes = ReviewedCoding.machineCoding(text: text, taxonomy: demo.corpus.taxonomy).map { Set($0.toolClasses).intersection(tools) }
            let codes = classes.map(\.count).reduce(0, +), clauses = classes.filter { !$0.isEmpty }.count
            if codes > clauses { found = (d.id, codes, clauses); break }
        }
        let (id, codes, clauses) = try XCTUnwrap(found, "a demo document with a clause in two classes")
        XCTAssertEqual(try XCTUnwrap(demo.analysis.indicators(id)).toolCounts.values.reduce(0, +), codes, "the indicator counts codes")
        for (language, note, total) in [(Language.chinese, "各类编码 \(codes) 个出自 \(clauses) 条条款", "占各类编码合计 \(codes) 个的"),
                                         (.english, "\(codes) class codes from \(clauses) clauses", "of the \(codes) class codes:")] {
            let rows = evidenceRows(DemoFixture.initialState(demo, width: 200, height: 60, language: language), .toolShares, id)
            XCTAssertTrue(rows.contains { $0.hasPrefix("    " + note) }, rows.joined(separator: "\n"))
            XCTAssertTrue(rows.contains { $0.contains(total) }, rows.joined(separator: "\n"))
            XCTAssertFalse(rows.contains { $0.contains("占各类合计") || $0.contains("counted in all classes") }, rows.joined(separator: "\n"))
        }
    }

    /// A clause an analyst coded to a supply tool counts in the shares and stands among the supply clauses, marked as
    /// coded by hand (no keyword coded it).
    func testAClauseCodedByAnAnalystIsListedAsSuch() throws {
        let demo = try DemoFixture.shared()
        let id = "demo-00019"
        let text = try XCTUnwrap(demo.corpus.document(id).flatMap { demo.corpus.text(of: $0) })
        let machine = ReviewedCoding.machineCoding(text: text, taxonomy: demo.corpus.taxonomy)
        let clause = try XCTUnwrap(machine.indices.first { machine[$0].toolClasses.isEmpty && machine[$0].role == .actions })
        let store = ReviewStore(entries: [ReviewStore.Located(
            entry: ReviewEntry(author: "wang", kind: .override, target: .document(id, clause: clause),
                               override: ReviewOverride(field: .policyTool, value: "supply-talent")),
            file: "reviews/wang.jsonl", line: 1)])
        let state = Dashboard.update(DemoFixture.initialState(demo, width: 100, height: 30), .journalsChanged(store)).0
        let rows = evidenceRows(state, .toolShares, id)
        XCTAssertTrue(rows.contains("    供给型：8 条，占各类编码合计 44 个的 18%："), rows.joined(separator: "\n"))
        let span = machine[clause].clause
        XCTAssertTrue(rows.contains { $0.hasPrefix("    [\(span.start)–\(span.end)] 【人工编码】 「") }, rows.joined(separator: "\n"))
    }
}

/// A document with no clause coded to a tool class read '工具 供 0%  环 0%  需 0%' among its indicators, unknown shares as
/// none; a class without clauses beside others that have them is 0%.
final class ToolSharePanelTests: XCTestCase {
    func testUnknownSharesReadAsUnknown() throws {
        let context = ScreenContext(state: DemoFixture.initialState(try DemoFixture.shared(), width: 100, height: 30))
        var d = DocumentIndicators(id: "d", length: 100, contentLength: 100)
        XCTAssertTrue(context.indicatorPanel(d, of: "d").contains { $0.text == "工具 供 -  环 -  需 -" })
        d.toolShares = ["environment": 0.75, "demand": 0.25]
        XCTAssertTrue(context.indicatorPanel(d, of: "d").contains { $0.text == "工具 供 0%  环 75%  需 25%" })
    }
}
