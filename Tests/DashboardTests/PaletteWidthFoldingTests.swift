import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The `:` palette did not find 互联网＋文旅 or ｄｅｍｏ－０００１ where `/` did (QA pass 48): an input method in full-width
/// mode types them. Full-width ASCII and the ideographic space are folded as search folds them.
final class PaletteWidthFoldingTests: XCTestCase {
    func testFullWidthTypingFindsWhatHalfWidthFinds() throws {
        let demo = try DemoFixture.shared()
        let state = DemoFixture.initialState(demo, width: 100, height: 30)
        let title = try XCTUnwrap(demo.corpus.documents.first { $0.title.contains("互联网+") }?.title)
        let plus = try XCTUnwrap(title.range(of: "互联网+"))
        let half = String(title[plus.lowerBound...].prefix(6))
        let full = String(half.unicodeScalars.map { $0 == "+" ? "＋" : Character($0) })
        XCTAssertNotEqual(half, full)
        let wanted = Palette.candidates(half, state: state).map(\.route)
        XCTAssertFalse(wanted.isEmpty, half)
        XCTAssertEqual(Palette.candidates(full, state: state).map(\.route), wanted, full)
        // A document id typed in full-width forms: ｄｅｍｏ－０００１ for demo-0001.
        let id = try XCTUnwrap(demo.corpus.documents.first?.id)
        let fullID = String(String.UnicodeScalarView(id.unicodeScalars.map { s in
            (0x21...0x7E).contains(s.value) ? Unicode.Scalar(s.value + 0xFEE0) ?? s : s }))
        XCTAssertEqual(Palette.candidates(fullID, state: state).first?.route, .document(id), fullID)
    }
}
