import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Counts of the Areas and Issuers tabs that comprehensive documents (titles naming no area) feed. The Areas
/// tab counted provinces from titles alone while the area's page also counts the text of comprehensive
/// documents (the demo's first area: 1 in the list, 4 on its page), and read 0 on the catalogue, whose
/// comprehensive documents have no text: unknown, shown as 0. Issuers' areas were from titles alone, with
/// "·" (not covered) where an uncoded comprehensive document may cover the area.
final class UnknownCoverageScreenTests: XCTestCase {
    /// Cells of the Areas tab's row for area `order` (Chinese names hold no spaces: # name docs central provinces ...).
    private func listCells(_ b: TestBackend, order: Int) -> [String]? {
        b.rows.dropFirst().dropLast().map { $0.split(separator: " ").map(String.init) }.first { $0.first == String(order) }
    }

    /// "已知涉及的省份 N: ..." on an area's page.
    private func pageCount(_ b: TestBackend) -> String? {
        guard let line = b.rows.first(where: { $0.contains("已知涉及的省份 ") }),
              let r = line.range(of: "已知涉及的省份 ") else { return nil }
        return String(line[r.upperBound...].prefix { $0.isNumber })
    }

    private func unknownCount(_ b: TestBackend) -> String? {
        guard let line = b.rows.first(where: { $0.contains("未知的省份（无主要实施文件，或综合文件未按全文编码）") }),
              let r = line.range(of: "未知的省份（无主要实施文件，或综合文件未按全文编码） ") else { return nil }
        return String(line[r.upperBound...].prefix { $0.isNumber })
    }

    /// At 80x24 the Areas tab's header is the note on which documents it counts and the column heads, two
    /// lines in either language: the English note took two lines, pushing the list down a row.
    func testTheAreasHeaderTakesTwoLinesAt80Columns() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            let (list, _) = try DemoFixture.run(demo, width: 80, height: 24, language: language, keys: [.char("4")])
            // Row 0 is the tab bar; row 1 the note; row 2 the column heads; row 3 the first area.
            XCTAssertTrue(list.rows[1].contains(language == .english ? "Docs:" : "文件："), DemoFixture.screen(list))
            XCTAssertTrue(list.rows[2].contains("#"), DemoFixture.screen(list))
            XCTAssertTrue(list.rows[3].trimmingCharacters(in: .whitespaces).hasPrefix("1 "), DemoFixture.screen(list))
        }
    }

    func testTheListCountsTheProvincesTheAreasPageCounts() throws {
        let demo = try DemoFixture.shared()
        let (list, _) = try DemoFixture.run(demo, width: 200, height: 60, keys: [.char("4")])
        var differsFromTitles = false
        for area in demo.corpus.taxonomy.areas {
            let cells = try XCTUnwrap(listCells(list, order: area.order), "row \(area.order)" + DemoFixture.screen(list))
            let downs = [Key](repeating: .char("j"), count: area.order - 1)
            let (page, _) = try DemoFixture.run(demo, width: 200, height: 60, keys: [.char("4")] + downs + [.enter])
            let known = try XCTUnwrap(pageCount(page), DemoFixture.screen(page))
            let unknown = try XCTUnwrap(unknownCount(page), DemoFixture.screen(page))
            XCTAssertEqual(cells[4], unknown == "0" ? known : known + "+" + unknown + "?",
                           "area \(area.order): list against page" + DemoFixture.screen(list) + DemoFixture.screen(page))
            if Int(known) != AreaProfile(area: area, corpus: demo.corpus).provinces.count { differsFromTitles = true }
            // Docs: the page's two lists, documents whose titles name the area and those coded to it from their text.
            let p = AreaProfile(area: area, corpus: demo.corpus, textAreas: demo.analysis.textAreas)
            XCTAssertEqual(cells[2], "\(p.documents.count + p.documentsByText.count)", "area \(area.order)" + DemoFixture.screen(list))
        }
        // The demo is a corpus where titles alone undercount (else this test could not tell the two apart).
        XCTAssertTrue(differsFromTitles)
    }

    /// The overview listed each area's documents by title alone beside the Areas tab's count of the area page's
    /// two lists: on the demo 2 against 5 for 创业创新, on a 1,000-document corpus of comprehensive plans 0 against
    /// 60 for every area. Both count the two lists now, and the heading says so.
    func testTheOverviewCountsAnAreasDocumentsAsTheAreasTabDoes() throws {
        let demo = try DemoFixture.shared()
        let (overview, _) = try DemoFixture.run(demo, width: 200, height: 80, keys: [])
        let (list, _) = try DemoFixture.run(demo, width: 200, height: 60, keys: [.char("4")])
        XCTAssertTrue(overview.rows.contains { $0.contains("行动领域（文件：标题写明的，及按全文编码归入的）") }, DemoFixture.screen(overview))
        var byTitleDiffers = false
        for area in demo.corpus.taxonomy.areas {
            let name = area.zh
            let row = try XCTUnwrap(overview.rows.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(name + " ") },
                                    name + DemoFixture.screen(overview))
            let shown = row.split(separator: " ").last.map(String.init)
            let cells = try XCTUnwrap(listCells(list, order: area.order), DemoFixture.screen(list))
            XCTAssertEqual(shown, cells[2], name + DemoFixture.screen(overview) + DemoFixture.screen(list))
            if shown != String(demo.corpus.count(inArea: area.id)) { byTitleDiffers = true }
        }
        // The demo is a corpus where titles alone undercount (else this test could not tell the two apart).
        XCTAssertTrue(byTitleDiffers)
    }

    /// The Areas tab counted a province as not covering an area (0) when the corpus held no main implementation
    /// document of it, though the Provinces tab calls that province's coverage unknown (docs/indicators.md,
    /// *Action-area coverage*). An area's unknown provinces are those whose coverage is unknown and whose
    /// titles do not name the area; the rest are known either way.
    func testAnAreasUnknownProvincesAreThoseWhoseCoverageIsUnknown() throws {
        let demo = try DemoFixture.shared()
        let data = DashboardFixture.repository.appendingPathComponent("data")
        let result = CorpusLoader(taxonomyDirectory: data.appendingPathComponent("taxonomy")).load(data.appendingPathComponent("catalog"))
        let catalog = try XCTUnwrap(result.corpus, "\(result.problems)")
        for (corpus, textAreas) in [(demo.corpus, Optional(demo.analysis.textAreas)), (catalog, nil)] {
            let unknownCoverage = Set(corpus.taxonomy.divisions.filter { division in
                if case .unknown = ProvinceProfile(division: division, corpus: corpus, textAreas: textAreas).areaCoverage { return true }
                return false
            }.map(\.code))
            XCTAssertFalse(unknownCoverage.isEmpty, "some province has no main implementation document")
            for area in corpus.taxonomy.areas {
                let p = AreaProfile(area: area, corpus: corpus, textAreas: textAreas)
                XCTAssertEqual(Set(p.provincesUnknown), unknownCoverage.subtracting(p.provinces), area.id)
            }
        }
    }

    /// An area's page counted provinces and central issuers from the text of documents whose titles name no
    /// area, but listed only the documents whose titles name it (the demo's first area: 4 provinces, the
    /// documents of 1). Every issuer and province counted is now backed by a document listed on the page.
    func testEveryProvinceAndCentralIssuerOnAnAreasPageHasAListedDocument() throws {
        let demo = try DemoFixture.shared()
        let textAreas = demo.analysis.textAreas
        var textBacked = 0
        for area in demo.corpus.taxonomy.areas {
            let p = AreaProfile(area: area, corpus: demo.corpus, textAreas: textAreas)
            let listed = p.documents + p.documentsByText
            XCTAssertEqual(Set(p.provinces), Set(listed.compactMap(\.region)), area.id)
            XCTAssertEqual(Set(p.centralIssuers), Set(listed.filter(\.isCentral).flatMap(\.issuers)), area.id)
            for d in p.documentsByText {
                XCTAssertTrue(d.isComprehensive, "\(d.id): its title names an area")
                XCTAssertTrue(textAreas[d.id]?.contains(area.id) ?? false, "\(d.id) is not coded to \(area.id)")
            }
            textBacked += p.documentsByText.count
            guard !p.documentsByText.isEmpty else { continue }
            let downs = [Key](repeating: .char("j"), count: area.order - 1)
            let (page, _) = try DemoFixture.run(demo, width: 200, height: 60, keys: [.char("4")] + downs + [.enter])
            let screen = DemoFixture.screen(page)
            XCTAssertTrue(screen.contains("按全文编码归入本领域的文件（标题未写领域）（\(p.documentsByText.count)）"), screen)
            for d in p.documentsByText { XCTAssertTrue(screen.contains(d.title), "\(d.title) not listed" + screen) }
        }
        XCTAssertGreaterThan(textBacked, 0, "the demo has comprehensive documents coded from their text")
    }

    func testProvincesWhoseComprehensiveDocumentHasNoTextAreUnknownNotZero() throws {
        let data = DashboardFixture.repository.appendingPathComponent("data")
        let result = CorpusLoader(taxonomyDirectory: data.appendingPathComponent("taxonomy")).load(data.appendingPathComponent("catalog"))
        let catalog = try XCTUnwrap(result.corpus, "\(result.problems)")
        let (b, _) = try DashboardFixture.run(catalog, width: 120, height: 30, keys: [.char("4")])
        let screen = b.rows.joined(separator: "\n")
        XCTAssertTrue(screen.contains("n+m?：n 个已知，m 个未知（省份无主要实施文件，或综合文件未按全文编码）"), screen)
        var sawCentralUnknown = false
        for area in catalog.taxonomy.areas {
            let p = AreaProfile(area: area, corpus: catalog)
            let cells = try XCTUnwrap(listCells(b, order: area.order), screen)
            XCTAssertFalse(p.provincesUnknown.isEmpty, "the catalogue's comprehensive documents have no text")
            XCTAssertTrue(Set(p.centralIssuers).isDisjoint(with: p.centralIssuersUnknown))
            XCTAssertEqual(cells[4], "\(p.provinces.count)+\(p.provincesUnknown.count)?", "area \(area.order)\n" + screen)
            let central = p.centralIssuersUnknown.isEmpty ? "\(p.centralIssuers.count)" : "\(p.centralIssuers.count)+\(p.centralIssuersUnknown.count)?"
            XCTAssertEqual(cells[3], central, "area \(area.order)\n" + screen)
            if !p.centralIssuersUnknown.isEmpty { sawCentralUnknown = true }
        }
        XCTAssertTrue(sawCentralUnknown, "central issuers with uncoded policies (the General Office's) leave some area unknown")
        // The fragmentation ranking says what "+1?" means, too.
        let (ranking, _) = try DashboardFixture.run(catalog, width: 80, height: 24, keys: [.char("6"), .char("j"), .char("j"), .char("j"), .enter])
        let text = ranking.rows.joined(separator: "\n")
        XCTAssertTrue(text.contains("各行动领域的发文机关数") && text.contains(" 个机关 +"), text)
        XCTAssertTrue(text.contains("n+m?：n 个已知，m 个未知"), text)
    }

    private func catalog() throws -> Corpus {
        let data = DashboardFixture.repository.appendingPathComponent("data")
        let result = CorpusLoader(taxonomyDirectory: data.appendingPathComponent("taxonomy")).load(data.appendingPathComponent("catalog"))
        return try XCTUnwrap(result.corpus, "\(result.problems)")
    }

    func testAnIssuersUncodedComprehensiveDocumentMakesItsOtherAreasUnknown() throws {
        let catalog = try catalog()
        let (b, _) = try DashboardFixture.run(catalog, width: 120, height: 40, language: .english, keys: [.char("3")])
        let screen = b.rows.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Coverage strip (● covered · not ?"), "the legend explains the mark\n" + screen)
        var sawUnknown = false
        for issuer in catalog.taxonomy.issuers where issuer.level.isCentral {
            let p = IssuerProfile(issuer: issuer, corpus: catalog)
            guard let row = b.rows.first(where: { $0.hasPrefix(issuer.abbreviation + " ") }) else { continue }
            // Issuer, level, documents, areas, coverage marks (the level is one word in English).
            let cells = row.split(separator: " ").map(String.init)
            XCTAssertEqual(cells[2], String(p.documents.count), row)
            // No document: what it covers is unknown, not none (`IssuerUnknownsTests`).
            if p.documents.isEmpty {
                XCTAssertEqual(Array(cells[3...4]), ["?", "unknown"], row)
                continue
            }
            if p.areasUnknown.isEmpty {
                XCTAssertEqual(cells[3], String(p.areasTouched.count), row)
                XCTAssertFalse(cells[4].contains("?"), row)
            } else {
                sawUnknown = true
                XCTAssertEqual(cells[3], "\(p.areasTouched.count)+\(p.areasUnknown.count)?", row)
            }
            XCTAssertEqual(cells[4].filter { $0 == "?" }.count, p.areasUnknown.count, row)
            XCTAssertEqual(cells[4].filter { $0 == "●" }.count, p.areasTouched.count, row)
        }
        XCTAssertTrue(sawUnknown, "the catalogue has central issuers with comprehensive documents\n" + screen)
        // Its page says how many documents leave which areas unknown.
        let (page, _) = try DashboardFixture.run(catalog, width: 120, height: 40, language: .english,
                                                 keys: [.char("3"), .char("j"), .enter])
        let go = IssuerProfile(issuer: try XCTUnwrap(catalog.taxonomy.issuer("general-office")), corpus: catalog)
        let text = page.rows.joined(separator: "\n")
        XCTAssertTrue(text.contains("Areas touched \(go.areasTouched.count)/11"), text)
        XCTAssertTrue(text.contains("? unknown: \(go.areasUnknown.count) areas (\(go.uncodedComprehensive.count) comprehensive documents not coded"), text)
    }

    func testADocumentsPageShowsTheAreasItsTextIsCodedTo() throws {
        let demo = try DemoFixture.shared()
        let (b, _) = try DemoFixture.run(demo, width: 120, height: 40, keys: [.char("5"), .enter])
        let first = try XCTUnwrap(demo.corpus.documents.first)
        let coded = try XCTUnwrap(demo.analysis.textAreas[first.id])
        // In the taxonomy's order, as every other list of areas.
        let names = demo.corpus.taxonomy.areas.filter { coded.contains($0.id) }.map(\.zh)
        XCTAssertGreaterThan(names.count, 1)
        let line = try XCTUnwrap(b.rows.first { $0.contains("按全文编码的行动领域（条款与小标题）：") }, DemoFixture.screen(b))
        XCTAssertTrue(line.contains("按全文编码的行动领域（条款与小标题）：" + names[0] + "、" + names[1]), line)
        // Without an analysis (the catalogue has no texts) the line is not there.
        let (meta, _) = try DashboardFixture.run(try catalog(), width: 120, height: 40, keys: [.char("5"), .enter])
        XCTAssertFalse(meta.rows.contains { $0.contains("按全文编码的行动领域") }, meta.rows.joined(separator: "\n"))
    }
}
