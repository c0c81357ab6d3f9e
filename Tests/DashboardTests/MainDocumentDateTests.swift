import Foundation
import PolicyModel
import XCTest
@testable import Dashboard

/// The Provinces tab showed a main document's published date beside a lag counted from its written date
/// (Hainan: 2017-04-28 beside 657 days, which run to 2017-04-18), and "-" ("no main document") for a main
/// document without a date. The date beside the lag is the one it was counted to; an undated one says so.
final class MainDocumentDateTests: XCTestCase {
    func testTheDateBesideTheLagIsTheOneItCountsTo() throws {
        let data = DashboardFixture.repository.appendingPathComponent("data")
        let result = CorpusLoader(taxonomyDirectory: data.appendingPathComponent("taxonomy")).load(data.appendingPathComponent("catalog"))
        let catalog = try XCTUnwrap(result.corpus, "\(result.problems)")
        let (b, _) = try DashboardFixture.run(catalog, width: 120, height: 40, language: .english, keys: [.char("2")])
        let origin = try XCTUnwrap(catalog.guidingOpinion?.lagDate)
        var days = 0, undated = 0, differs = 0
        for division in catalog.taxonomy.divisions {
            let p = ProvinceProfile(division: division, corpus: catalog)
            let row = try XCTUnwrap(b.rows.first { $0.hasPrefix(division.en + " ") }, division.en + "\n" + b.rows.joined(separator: "\n"))
            let cells = row.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard let main = p.firstResponse else {
                XCTAssertTrue(cells.contains("-"), row)
                continue
            }
            if let date = main.lagDate {
                XCTAssertTrue(row.contains(date.description), "\(division.en): \(row)")
                if case .days(let n) = p.responseLag {
                    XCTAssertEqual(n, date.days(since: origin), row)
                    // Marked where it runs to the publication date (no written date), a blank in the mark's place else.
                    XCTAssertTrue(row.contains(" \(n)" + (p.responseLagToPublication ? MetadataIndicator.toPublicationMark : " ") + " "), row)
                    days += 1
                }
                if let published = main.datePublished, published != date {
                    XCTAssertFalse(row.contains(published.description), "the published date is not the lag's: \(row)")
                    differs += 1
                }
            } else if main.year == nil {
                XCTAssertTrue(row.contains("undated"), row)
                undated += 1
            }
        }
        XCTAssertGreaterThan(days, 0)
        XCTAssertGreaterThan(differs, 0, "a main document published after it was written (Hainan)")
        XCTAssertGreaterThan(undated, 0, "an undated main document (Guizhou)")
    }
}

/// With the review's scope on (`w`), the Documents tab said "All documents 96 of 96" of a 120-document
/// catalogue: the count was the scope's without saying so. It names the scope and what the corpus holds.
final class ScopedDocumentCountTests: XCTestCase {
    func testTheDocumentsTabSaysItsCountIsTheScopes() throws {
        let data = DashboardFixture.repository.appendingPathComponent("data")
        let result = CorpusLoader(taxonomyDirectory: data.appendingPathComponent("taxonomy")).load(data.appendingPathComponent("catalog"))
        let catalog = try XCTUnwrap(result.corpus, "\(result.problems)")
        let inScope = CorpusScope.review.apply(to: catalog).documents.count
        XCTAssertLessThan(inScope, catalog.documents.count, "the catalogue holds approvals and notices")
        for language in [Language.english, .chinese] {
            let (b, _) = try DashboardFixture.run(catalog, width: 200, height: 30, language: language, keys: [.char("w"), .char("5")])
            let header = try XCTUnwrap(b.rows.first { $0.contains(language == .english ? "Filter:" : "筛选：") }, b.rows.joined(separator: "\n"))
            // With what the scope's days did with the documents without a full date (`CorpusScope.statement`).
            let dates = CorpusScope.note(CorpusScope.review.datePlacements(in: catalog.documents))
            let expected = language == .english
                ? "\(inScope) of \(inScope) (scope: policy (related records left out), up to 2020-06-30; \(dates.en); \(catalog.documents.count) in the corpus)"
                : "\(inScope)/\(inScope) 份（范围：政策（不含相关记录），至 2020-06-30；\(dates.zh)；全库 \(catalog.documents.count) 份）"
            XCTAssertTrue(header.contains(expected), header)
            let (all, _) = try DashboardFixture.run(catalog, width: 200, height: 30, language: language, keys: [.char("5")])
            XCTAssertFalse(all.rows.joined().contains(language == .english ? "in the corpus)" : "全库"), "no scope, nothing said")
        }
    }

    /// The overview counted the scope's documents ("96 documents") without saying they were the scope's.
    func testTheOverviewSaysItsCountsAreTheScopes() throws {
        let data = DashboardFixture.repository.appendingPathComponent("data")
        let result = CorpusLoader(taxonomyDirectory: data.appendingPathComponent("taxonomy")).load(data.appendingPathComponent("catalog"))
        let catalog = try XCTUnwrap(result.corpus, "\(result.problems)")
        let inScope = CorpusScope.review.apply(to: catalog).documents.count
        for language in [Language.english, .chinese] {
            let (b, state) = try DashboardFixture.run(catalog, width: 200, height: 30, language: language, keys: [.char("w")])
            // The header line as written (the screen wraps it).
            let summary = try XCTUnwrap(Layout.content(state).header.map(\.text).first { $0.contains(language == .english ? "\(inScope) documents" : "文件 \(inScope)") },
                                        b.rows.joined(separator: "\n"))
            let dates = CorpusScope.note(CorpusScope.review.datePlacements(in: catalog.documents))
            XCTAssertTrue(dates.en.contains("undated, not counted"), dates.en)
            let scope = language == .english ? "(scope: policy (related records left out), up to 2020-06-30; \(dates.en); \(catalog.documents.count) in the corpus)"
                : "（范围：政策（不含相关记录），至 2020-06-30；\(dates.zh)；全库 \(catalog.documents.count) 份）"
            XCTAssertTrue(summary.contains(scope), summary)
            let (all, _) = try DashboardFixture.run(catalog, width: 200, height: 30, language: language, keys: [])
            XCTAssertFalse(all.rows.joined().contains(language == .english ? "in the corpus)" : "全库"), "no scope, nothing said")
        }
    }
}

/// A document dated only by the year in its number was listed as '2016…' in Chinese: '2016（文号）' is 12
/// columns and the date column 10. The column is as wide as its dates need, up to 12; a list of full dates keeps 10.
final class YearOnlyDateColumnTests: XCTestCase {
    func testAYearOnlyDateIsShownWholeInAChineseList() throws {
        let catalogue = try DashboardFixture.catalogue()
        let (b, _) = try DashboardFixture.run(catalogue, width: 80, height: 24, language: .chinese, keys: [.char(":")] + .type("北京") + [.enter])
        let row = try XCTUnwrap(b.rows.first { $0.contains("京政发〔2016〕4号 北京市") }, b.rows.joined(separator: "\n"))
        XCTAssertTrue(row.hasPrefix("2016（文号） 省级 北京 京政发〔2016〕4号 北京市人民政府关于积极推进"), row)
        // Full dates only: the column stays 10 wide. (The where/who column is as wide as its one province needs.)
        let (s, _) = try DashboardFixture.run(catalogue, width: 80, height: 24, language: .chinese, keys: [.char(":")] + .type("四川") + [.enter])
        XCTAssertTrue(s.rows.contains { $0.hasPrefix("2015-06-15 省级 四川 川办发〔2015〕55号") }, s.rows.joined(separator: "\n"))
    }
}
