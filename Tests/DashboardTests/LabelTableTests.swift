import XCTest
import PolicyModel
@testable import Dashboard

/// The interface's words (`Label`, `Phrase`): each has both languages, and the Chinese interface shows no
/// English words but those an analyst types or reads as names.
final class LabelTableTests: XCTestCase {
    /// Latin words a Chinese text may hold, and why: keys the analyst presses (single letters, Enter, Esc, Tab,
    /// Ctrl), commands and options typed at the shell (ipap import, analyze --write, browse --demo, findings
    /// --corpus, review agreement), file formats typed in the export prompt (markdown csv json md, view), the
    /// filter keys typed in the f prompts (author tag kind target; level province issuer area year), and SYNTHETIC,
    /// which the design brief asks for on every screen of a synthetic corpus, OSC (OSC 52, the terminal clipboard it
    /// names), and Kappa, the coefficient's symbol as `ipap review agreement` and the report give it in Chinese.
    static let allowedInChinese: Set<String> = [
        "Enter", "Esc", "Tab", "Ctrl",
        "ipap", "import", "analyze", "write", "browse", "demo", "findings", "corpus", "review", "agreement", "repair",
        "markdown", "csv", "json", "md", "view",
        "author", "tag", "kind", "target", "level", "province", "issuer", "area", "year",
        "SYNTHETIC", "OSC", "Kappa",
    ]

    static func englishWords(in text: String) -> [String] {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
            .filter { $0.first?.isLetter == true && $0.count > 1 && !allowedInChinese.contains($0) }
    }

    func testEnglishCountsAgreeWithTheirNumber() {
        XCTAssertEqual(Phrase.issuerCount(1).text(in: .english), "1 issuer")
        XCTAssertEqual(Phrase.issuerCount(10).text(in: .english), "10 issuers")
        XCTAssertEqual(Phrase.documentCount(1).text(in: .english), "1 document")
        XCTAssertEqual(Phrase.documentCount(0).text(in: .english), "0 documents")
        XCTAssertEqual(Phrase.shareOfThisText(percent: "12%", passages: 1).text(in: .english), "12% of this text, 1 passage")
        XCTAssertEqual(Phrase.compareSummary(percent: "40%", passages: 2, formulae: 1).text(in: .english),
                       "40% of the right text is from the left, 2 passages, and 1 formula passage, not counted")
        XCTAssertEqual(Phrase.issuerCount(1).text(in: .chinese), "1 个机关")
    }

    func testEveryLabelHasBothLanguagesAndNoEnglishLeaksIntoTheChinese() {
        XCTAssertGreaterThan(Label.allCases.count, 200)
        for label in Label.allCases {
            let (zh, en) = label.pair
            XCTAssertFalse(zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(label): no Chinese")
            XCTAssertFalse(en.trimmingCharacters(in: .whitespaces).isEmpty, "\(label): no English")
            XCTAssertEqual(Self.englishWords(in: zh), [], "\(label): English in the Chinese text “\(zh)”")
            XCTAssertFalse(en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(label): Chinese in the English text “\(en)”")
            // 〔〕 are named, not used: the problem page's section marks, which come from the review's text.
            XCTAssertFalse(en.unicodeScalars.contains { ((0x3000...0x303F).contains($0.value) && !"〔〕".unicodeScalars.contains($0))
                                                          || (0xFF00...0xFFEF).contains($0.value) },
                           "\(label): Chinese punctuation in the English text “\(en)”")
        }
    }

    func testEveryPhraseHasBothLanguagesAndNoEnglishLeaksIntoTheChinese() {
        for phrase in Phrase.examples {
            let (zh, en) = phrase.pair
            XCTAssertFalse(zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(phrase): no Chinese")
            XCTAssertFalse(en.trimmingCharacters(in: .whitespaces).isEmpty, "\(phrase): no English")
            XCTAssertEqual(Self.englishWords(in: zh), [], "\(phrase): English in the Chinese text “\(zh)”")
        }
    }

    /// The examples hold every case of `Phrase`: the case names in Phrase.swift against those of the examples.
    func testThePhraseExamplesCoverEveryCase() throws {
        let source = try String(contentsOf: DashboardFixture.repository.appendingPathComponent("Sources/Dashboard/Labels/Phrase.swift"), encoding: .utf8)
        let declared = Set(source.split(separator: "\n").compactMap { line -> String? in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard t.hasPrefix("case "), !t.hasPrefix("case ."), let name = t.dropFirst(5).split(whereSeparator: { $0 == "(" || $0 == " " }).first else { return nil }
            return String(name)
        })
        let examples = Set(Phrase.examples.map { Mirror(reflecting: $0).children.first?.label ?? "\($0)" })
        XCTAssertGreaterThan(declared.count, 40)
        XCTAssertEqual(declared.subtracting(examples), [])
    }

    func testTheCheckFindsAnEnglishWordInChinese() {
        XCTAssertEqual(Self.englishWords(in: "政策工具 › 人才培养 · national"), ["national"])
        XCTAssertEqual(Self.englishWords(in: "按 Enter 打开；f 筛选；ipap import 导入"), [])
    }
}
