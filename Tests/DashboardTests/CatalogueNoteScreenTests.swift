import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The catalogue's notes are English, and data: shown as written, but on a Chinese screen marked as the
/// catalogue's. The Shaanxi opinion (its title inferred by the cataloguer) was listed as
/// '…行动的实施意见 [title inferred]' and its page said '标题说明：title inferred', as if that were the program's.
final class CatalogueNoteScreenTests: XCTestCase {
    private let shaanxi = "61-gov-undated-3a6af2"

    private func screen(_ keys: [Key], _ language: Language, width: Int = 100) throws -> [String] {
        try DashboardFixture.run(try DashboardFixture.catalogue(), width: width, height: 30, language: language, keys: keys).0.rows
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    func testTheTitleNoteOnTheDocumentPageSaysItIsTheCataloguesEnglish() throws {
        let zh = try screen([.char(":")] + .type(shaanxi) + [.enter], .chinese)
        XCTAssertTrue(zh.contains(" 标题说明（编目原文为英文，未翻译）：title inferred"), zh.joined(separator: "\n"))
        XCTAssertTrue(zh.contains { $0.hasPrefix("编目说明（原文为英文，未翻译）") }, zh.joined(separator: "\n"))
        let en = try screen([.char(":")] + .type(shaanxi) + [.enter], .english)
        XCTAssertTrue(en.contains { $0 == " Title note: title inferred" }, en.joined(separator: "\n"))
    }

    func testAListedTitleMarksTheCataloguesEnglishNote() throws {
        let zh = try screen([.char(":")] + .type("陕西") + [.enter], .chinese, width: 120)
        XCTAssertTrue(zh.contains { $0.hasSuffix("陕西省人民政府关于积极推进“互联网+”行动的实施意见 [编目注：title inferred]") },
                      zh.joined(separator: "\n"))
        let en = try screen([.char(":")] + .type("陕西") + [.enter], .english, width: 120)
        XCTAssertTrue(en.contains { $0.hasSuffix("陕西省人民政府关于积极推进“互联网+”行动的实施意见 [title inferred]") },
                      en.joined(separator: "\n"))
    }
}
