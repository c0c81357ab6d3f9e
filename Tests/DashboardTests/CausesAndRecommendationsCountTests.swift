import PolicyModel
import XCTest
@testable import Dashboard

/// The Indicators tab said '3 因 4 议' of a family's causes and recommendations in Chinese and '3+4' in English,
/// which named neither. English names both, each counted as the Chinese counts them.
final class CausesAndRecommendationsCountTests: XCTestCase {
    func testEnglishNamesTheCausesAndTheRecommendations() throws {
        let loaded = try DemoFixture.shared()
        let governance = try XCTUnwrap(loaded.corpus.taxonomy.problems.families.first { $0.id == "governance" })
        let (c, r) = (governance.causes.count, governance.recommendations.count)
        for (language, value) in [(Language.english, "\(c) causes, \(r) recs"), (.chinese, "\(c) 因 \(r) 议")] {
            let (b, _) = try DemoFixture.run(loaded, width: 80, height: 120, language: language, keys: [.char("6")])
            let rows = b.rows.filter { $0.contains(language == .english ? "Causes and recommendations ›" : "成因与建议 ›") }
            XCTAssertEqual(rows.count, 5, DemoFixture.screen(b))
            XCTAssertTrue(rows.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix(" " + value) }, rows.joined(separator: "\n"))
            XCTAssertFalse(rows.contains { $0.contains("+") || $0.contains("…") }, rows.joined(separator: "\n"))
        }
        XCTAssertEqual(Phrase.causesAndRecommendations(causes: 1, recommendations: 2).localized.en, "1 cause, 2 recs")
    }
}
