import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The Reviews tab (0) with no review entry offered 'f 筛选' in its header ('f 筛选（author: tag: kind: target:）  R 重读')
/// and its status line, with nothing to filter. `f` is offered where there are entries to filter, or a filter set
/// that `f` changes and `F` clears; 'R 重读' stays.
final class ReviewsFilterHintTests: XCTestCase {
    private static let sizes = [(80, 24), (200, 60)]

    private func reviews(_ store: ReviewStore, _ language: Language, _ size: (Int, Int), keys: [Key] = []) throws -> TestBackend {
        try DemoFixture.reviewsTab(try DemoFixture.shared(), store, width: size.0, height: size.1, language: language, keys: keys)
    }

    private func words(_ language: Language) -> (header: String, hint: String, reread: String) {
        language == .chinese ? ("f 筛选（author: tag: kind: target:）", "  f 筛选", "R 重读") : ("f filters (author: tag: kind: target:)", "  f filter", "R re-reads")
    }

    func testAnEmptyReviewsTabOffersNoFilter() throws {
        for language in [Language.chinese, .english] {
            let w = words(language)
            for size in Self.sizes {
                let b = try reviews(ReviewStore(entries: []), language, size)
                XCTAssertEqual(b.rows[2].trimmingCharacters(in: .whitespaces), w.reread, DemoFixture.screen(b))
                XCTAssertFalse(b.rows.contains { $0.contains(w.header) }, DemoFixture.screen(b))
                XCTAssertFalse(DemoFixture.status(b).contains(w.hint), DemoFixture.status(b))
                XCTAssertTrue(DemoFixture.status(b).contains("· 0/0  : "), DemoFixture.status(b))
            }
        }
    }

    func testEntriesOrAFilterSetOfferTheFilter() throws {
        for language in [Language.chinese, .english] {
            let w = words(language)
            for size in Self.sizes {
                // An entry to filter; then a filter that leaves none, which f changes and F clears.
                for b in [try reviews(DemoFixture.oneTag, language, size), try reviews(DemoFixture.oneTag, language, size, keys: [.char("f")] + [Key].type("author:li") + [.enter])] {
                    XCTAssertEqual(b.rows[2].trimmingCharacters(in: .whitespaces), w.header + "  " + w.reread, DemoFixture.screen(b))
                    // At 80 columns in English the status line's hints give way before 'f filter', as before.
                    if size.0 == 200 || language == .chinese {
                        XCTAssertTrue(DemoFixture.status(b).contains(w.hint), DemoFixture.status(b))
                    }
                }
            }
        }
    }
}
