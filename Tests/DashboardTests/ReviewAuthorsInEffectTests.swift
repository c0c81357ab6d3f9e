import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Reviews tab said "1 entry from 2 analysts (nobody, root)" where nobody's one entry was undone (QA pass 48): the
/// analysts named are those of the entries in effect.
final class ReviewAuthorsInEffectTests: XCTestCase {
    func testAnAnalystWhoseEntriesAreUndoneIsNotCounted() throws {
        let hebei = ReviewTarget(kind: .province, id: "130000"), sichuan = ReviewTarget(kind: .province, id: "510000")
        let rootTag = ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000), author: "root", kind: .tag, target: hebei, tags: ["check"])
        let nobodyTag = ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_100), author: "nobody", kind: .tag, target: sichuan, tags: ["check"])
        let undo = ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_200), author: "nobody", kind: .undo, target: sichuan,
                               undoes: nobodyTag.id)
        let store = ReviewStore(entries: [
            .init(entry: rootTag, file: "reviews/root.jsonl", line: 1),
            .init(entry: nobodyTag, file: "reviews/nobody.jsonl", line: 1),
            .init(entry: undo, file: "reviews/nobody.jsonl", line: 2),
        ])
        XCTAssertEqual(store.active.map(\.author), ["root"])
        let b = try DemoFixture.reviewsTab(try DemoFixture.shared(), store, width: 100, height: 30, language: .english)
        let screen = DemoFixture.screen(b)
        XCTAssertTrue(screen.contains("Review entries: 1 from 1 analyst (root)"), screen)
        XCTAssertFalse(screen.contains("nobody, root"), screen)
    }
}
