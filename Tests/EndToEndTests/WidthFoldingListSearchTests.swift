import Foundation
import XCTest

/// `ipap list --search '互联网+”行动计划'` missed 44-fb-2015-53, whose title writes 互联网＋ (full width).
final class WidthFoldingListSearchTests: XCTestCase {
    private func ids(_ query: String) -> [String] {
        let out = ProcessRunner.run([ProcessRunner.ipap, "list", "--search", query, "--format", "csv"])
        XCTAssertEqual(out.status, 0, out.stderr)
        return out.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    }

    func testListSearchFoldsFullWidthForms() {
        let half = ids("互联网+”行动计划"), full = ids("互联网＋”行动计划")
        XCTAssertTrue(half.contains("44-fb-2015-53"), "\(half)")
        XCTAssertEqual(half, full)
        XCTAssertEqual(ids("行动计划(2016"), ids("行动计划（2016"))
        XCTAssertFalse(ids("行动计划(2016").isEmpty)
    }
}
