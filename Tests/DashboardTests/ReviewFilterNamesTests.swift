import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Reviews tab's `f target:河北` and `target:Hebei` matched nothing (only `target:130000` did), and `kind:改码`, the
/// word its 类型 column shows, was refused with the syntax line (QA pass 48): names are taken as `ipap review list
/// --target` takes them, kinds by id or name.
final class ReviewFilterNamesTests: XCTestCase {
    func testATargetAndAKindAreTakenByTheirNames() throws {
        let demo = try DemoFixture.shared()
        for (text, kept) in [("target:河北", 1), ("target:Hebei", 1), ("target:130000", 1), ("target:四川", 0),
                             ("kind:标签", 1), ("kind:tag", 1), ("kind:改码", 0), ("对象：河北", 1)] {
            let filter = try XCTUnwrap(ReviewFilterSyntax.parse(text.replacingOccurrences(of: "：", with: ":"), corpus: demo.corpus), text)
            let store = ReviewStore(entries: [ReviewStore.Located(
                entry: ReviewEntry(time: Date(timeIntervalSince1970: 1_700_000_000), author: "wang", kind: .tag,
                                   target: ReviewTarget(kind: .province, id: "130000"), tags: ["check"]),
                file: "reviews/wang.jsonl", line: 1)])
            XCTAssertEqual(store.entries(filter).count, kept, text)
        }
        XCTAssertNil(ReviewFilterSyntax.parse("kind:没有", corpus: demo.corpus))
    }

    /// A filter that is not one closed the prompt, the text gone, saying only the keys (QA pass 49): the prompt stays
    /// open with the text, and the refusal names the kinds.
    func testARefusedFilterStaysToCorrect() throws {
        let b = try DemoFixture.reviewsTab(try DemoFixture.shared(), DemoFixture.oneTag, width: 120, height: 30,
                                           keys: [.char("f")] + [Key].type("kind:没有") + [.enter])
        XCTAssertTrue(DemoFixture.status(b).contains("kind:没有"), DemoFixture.screen(b))
        XCTAssertTrue(DemoFixture.abovePrompt(b).contains("标签 批注 评价 改码"), DemoFixture.screen(b))
    }
}
