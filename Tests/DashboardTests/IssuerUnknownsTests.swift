import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// What the catalogue does not hold about an issuer is shown as unknown (QA pass 48): an issuer with no document read
/// "0 areas, ···········" as if it covered none, and an issuer's per-year chart left its undated documents out.
final class IssuerUnknownsTests: XCTestCase {
    func testAnIssuerWithoutDocumentsCoversAreasUnknown() throws {
        let corpus = try DashboardFixture.catalogue()
        let empty = try XCTUnwrap(corpus.taxonomy.issuers.first { $0.level.isCentral && corpus.documents(byIssuer: $0.id).isEmpty },
                                  "the catalogue has a central issuer without documents")
        let (b, _) = try DashboardFixture.run(corpus, width: 80, height: 40, keys: [.char("3")])
        let row = try XCTUnwrap(b.rows.first { $0.hasPrefix(empty.zh + " ") }, b.rows.joined(separator: "\n"))
        let cells = row.split(separator: " ", omittingEmptySubsequences: true)
        // 发文机关 级别 文件 领域 领域覆盖: 0 documents, areas "?", coverage 未知.
        XCTAssertEqual(Array(cells.dropFirst(2).prefix(3)), ["0", "?", "未知"], row)

        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 80, height: 24))
        state.stack = [.issuers, .issuer(empty.id)]
        let header = Layout.content(state).header.map(\.text)
        XCTAssertTrue(header.contains { $0.contains("涉及领域 ?/11") && $0.contains("语料中没有它的文件：未知") }, header.joined(separator: "\n"))
    }

    func testAnIssuersChartSaysHowManyDocumentsAreUndated() throws {
        let corpus = try DashboardFixture.catalogue()
        let issuer = try XCTUnwrap(corpus.taxonomy.issuers.first { s in
            let docs = corpus.documents(byIssuer: s.id)
            return s.level.isCentral && docs.contains { $0.year == nil } && docs.contains { $0.year != nil }
        }, "the catalogue has an issuer with dated and undated documents")
        let undated = corpus.documents(byIssuer: issuer.id).filter { $0.year == nil }.count
        var state = AppState(corpus: corpus, language: .chinese, size: Size(width: 80, height: 24))
        state.stack = [.issuers, .issuer(issuer.id)]
        XCTAssertEqual(Layout.content(state).chart?.title, "逐年文件数（另有 \(undated) 份日期未知）")
        state.language = .english
        XCTAssertEqual(Layout.content(state).chart?.title, "Documents per year (\(undated) more, date unknown)")
    }
}
