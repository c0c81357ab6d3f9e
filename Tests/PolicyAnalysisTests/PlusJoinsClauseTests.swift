import XCTest
@testable import PolicyAnalysis

/// A plus between two words ends no clause piece (analysis version 65): "互联网+现代农业" is one term. Before, a
/// sentence such as "加快推进“互联网+现代农业”示范工程建设" was pieces of common words ("互联网", "现代农业"), and
/// a copy of it was taken for a formula (the seventh generator's *verbatim_short* plants).
final class PlusJoinsClauseTests: XCTestCase {
    private func pieces(_ text: String) -> [String] {
        let content = ContentText(contentOf: text)
        var out: [String] = []
        ClausePieces.forEach(in: content, within: 0..<content.count) { range, _ in
            out.append(String(decoding: content.scalars[range], as: UTF16.self))
        }
        return out
    }

    func testAPlusJoinsTheWordsBesideIt() {
        XCTAssertEqual(pieces("推进互联网+现代农业发展，建设示范基地。"), ["推进互联网现代农业发展", "建设示范基地"])
        // Full-width, and a plus of its own between two terms (letters folded to lower case).
        XCTAssertEqual(pieces("推进互联网＋政务服务，实施1+N政策体系。"), ["推进互联网政务服务", "实施1n政策体系"])
    }

    func testQuotesAndOtherMarksStillEndAPiece() {
        // Quotation marks end a piece as before (joined, a templated title read as a clause of its own).
        XCTAssertEqual(pieces("实施“互联网+现代农业”行动。"), ["实施", "互联网现代农业", "行动"])
        // A plus beside other punctuation is a gap like any other.
        XCTAssertEqual(pieces("互联网+，现代农业"), ["互联网", "现代农业"])
        XCTAssertEqual(pieces("互联网+ 现代农业"), ["互联网", "现代农业"])
    }
}
