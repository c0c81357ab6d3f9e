import Foundation
import XCTest
@testable import PolicyModel

/// Search took full-width and half-width forms for different characters: `list --search '互联网+”行动计划'` missed
/// Guangdong's 互联网＋ action plan (44-fb-2015-53), and （ ） did not find ( ). Both sides are folded now, a scalar for a
/// scalar, so offsets still point at the stored characters.
final class WidthFoldingSearchTests: XCTestCase {
    func testTheTextSearchFoldsWidthBothWays() {
        let text = "广东省“互联网＋”行动计划（２０１５－２０２０年）和互联网+政务"
        XCTAssertEqual(TextSearch.offsets(of: "互联网+", in: text), [4, 26])
        XCTAssertEqual(TextSearch.offsets(of: "互联网＋", in: text), [4, 26])
        XCTAssertEqual(TextSearch.offsets(of: "(2015", in: text), [13])
        XCTAssertEqual(TextSearch.offsets(of: "（2015－2020年)", in: text), [13])
        // The hit's offset and length are the stored text's: the highlight marks 互联网＋ itself.
        let scalars = Array(text.unicodeScalars)
        let hit = TextSearch.offsets(of: "互联网+", in: text)[0]
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[hit..<(hit + TextSearch.length(of: "互联网+"))])), "互联网＋")
        XCTAssertEqual(TextSearch.offsets(of: "ＧＤＰ", in: "gdp 与 GDP"), [0, 6])
    }

    func testTheMetadataSearchFoldsWidth() {
        let d = PolicyDocument(id: "44-fb-2015-53", title: "广东省“互联网＋”行动计划（2015-2020年）", level: .provincial)
        XCTAssertTrue(DocumentFilter(search: "互联网+”行动计划").matches(d))
        XCTAssertTrue(DocumentFilter(search: "行动计划(2015").matches(d))
        XCTAssertFalse(DocumentFilter(search: "互联网-”").matches(d))
    }

    /// A file is skipped unread only when it lacks the query's characters that search compares as they are.
    func testTheBytePrefilterLeavesWidthVariantsToTheSearch() {
        XCTAssertEqual(DocumentTexts.literalBytes(of: "互联网+”行动计划"), Array("”行动计划".utf8))
        XCTAssertEqual(DocumentTexts.literalBytes(of: "互联网＋"), Array("互联网".utf8))
        XCTAssertNil(DocumentTexts.literalBytes(of: "5G"))
        let file = Data(#"{"id":"x","text":"广东省“互联网＋”行动计划"}"#.utf8)
        XCTAssertTrue(DocumentTexts.mayHold(file, try XCTUnwrap(DocumentTexts.literalBytes(of: "互联网+”行动计划"))))
    }
}
