import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// One tag on a document (`5`, Enter on demo-00000, `t copied`) marked every indicator line of its page with ✎
/// ("Distinctiveness 22% ✎"): each line opens the indicator's evidence for the document, and the mark asked only
/// whether the document had an entry. A line is marked where that very item has one: the indicator rated for the
/// document. The help screen says what ✎ means.
final class ReviewMarkItemTests: XCTestCase {
    private func entry(_ kind: ReviewKind, line: Int, tags: [String]? = nil, rating: ReviewRating? = nil) -> ReviewStore.Located {
        ReviewStore.Located(entry: ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000 + Double(line)), author: "wang", kind: kind,
                                               target: .document("demo-00000"), tags: tags, rating: rating),
                            file: "reviews/wang.jsonl", line: line)
    }

    private func documentPage(_ store: ReviewStore) throws -> TestBackend {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24, language: .english)
        state = Dashboard.update(state, .journalsChanged(store)).0
        state.stack = [.documents, .document("demo-00000")]
        return try DemoFixture.resume(state, keys: []).0
    }

    private func line(_ b: TestBackend, _ start: String) throws -> String {
        try XCTUnwrap(b.rows.first { $0.hasPrefix(" " + start) }, DemoFixture.screen(b))
    }

    func testATagOnADocumentMarksNoneOfItsIndicatorLines() throws {
        let b = try documentPage(ReviewStore(entries: [entry(.tag, line: 1, tags: ["copied"])]))
        for start in ["Copied from the centre", "Distinctiveness", "Measures", "Tools", "Goal orientation"] {
            XCTAssertFalse(try line(b, start).hasSuffix("✎"), start + DemoFixture.screen(b))
        }
    }

    func testARatingMarksTheLineOfTheIndicatorRatedAlone() throws {
        let rated = entry(.rating, line: 2, rating: ReviewRating(.disagree, indicator: TextIndicatorKind.distinctiveness.rawValue))
        let b = try documentPage(ReviewStore(entries: [entry(.tag, line: 1, tags: ["copied"]), rated]))
        XCTAssertTrue(try line(b, "Distinctiveness").hasSuffix("✎"), DemoFixture.screen(b))
        for start in ["Copied from the centre", "Measures", "Tools", "Goal orientation"] {
            XCTAssertFalse(try line(b, start).hasSuffix("✎"), start + DemoFixture.screen(b))
        }
    }

    func testTheDocumentsRowIsStillMarkedAndHelpSaysWhatTheMarkMeans() throws {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 80, height: 24, language: .english)
        state = Dashboard.update(state, .journalsChanged(ReviewStore(entries: [entry(.tag, line: 1, tags: ["copied"])]))).0
        let (list, _) = try DemoFixture.resume(state, keys: [.char("5")])
        XCTAssertTrue(try XCTUnwrap(list.rows.first { $0.contains("国务院关于“互联网+政务”协同就业") }, DemoFixture.screen(list)).hasSuffix("✎"), DemoFixture.screen(list))
        let (help, _) = try DemoFixture.resume(state, keys: [.char("?"), .char("G")])
        XCTAssertTrue(help.rows.contains { $0.contains("✎") && $0.contains("review entry") }, DemoFixture.screen(help))
    }
}
