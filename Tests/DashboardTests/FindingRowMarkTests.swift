import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// ✎ stood on a finding's row ('[与语料不符] 安徽、辽宁…') that nobody had reviewed: the row opens the province (the
/// document) the finding is about, and a tag on that marked the finding. docs/keys.md: ✎ is for a row whose own item
/// is tagged, annotated or rated. A finding is no reviewable item: its rows carry no mark; the province's row does.
final class FindingRowMarkTests: XCTestCase {
    private let hebeiTagged = ReviewStore(entries: [ReviewStore.Located(
        entry: ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000), author: "wang", kind: .tag,
                           target: ReviewTarget(kind: .province, id: "130000"), tags: ["check"]),
        file: "reviews/wang.jsonl", line: 1)])

    private func screen(_ stack: [Route], language: Language = .chinese) throws -> TestBackend {
        var backend = TestBackend(width: 80, height: 30)
        var initial = AppState(corpus: try DashboardFixture.corpus(), language: language, size: Size(width: 80, height: 30))
        initial = Dashboard.update(initial, .journalsChanged(hebeiTagged)).0
        initial.stack = stack
        let final = try Dashboard.run(backend: &backend, initial: initial)
        return try BackgroundSettling.settled((backend, final)).0
    }

    func testAFindingAboutATaggedProvinceIsNotMarked() throws {
        let provinces = try screen([.provinces])
        XCTAssertTrue(provinces.rows.contains { $0.contains("河北") && $0.hasSuffix("✎") }, DemoFixture.screen(provinces))
        // The findings of the catalogue's review and the fixture's own finding about Hebei, on Hebei's page.
        for stack in [[Route.overview, .findings], [.provinces, .province("130000")]] {
            let b = try screen(stack)
            let findingRows = b.rows.filter { $0.contains("河北的发展目标") || $0.hasPrefix("[") }
            XCTAssertFalse(findingRows.isEmpty, DemoFixture.screen(b))
            XCTAssertFalse(findingRows.contains { $0.contains("✎") }, DemoFixture.screen(b))
        }
    }
}
