import Foundation
import XCTest

/// `ipap show 天津` said '标题所涉领域  0 -' of a province whose titles name no area; the dashboard, '0 · · · ·'.
/// Both say none plainly, and alike: '0（无）'.
final class ShowTitleAreasNoneTests: XCTestCase {
    func testShowSaysNoAreaPlainly() {
        for (language, line) in [("zh", "标题所涉领域  0（无）"), ("en", "Areas in titles  0 (none)")] {
            let out = ProcessRunner.run([ProcessRunner.ipap, "show", "天津"], environment: ["IPAP_LANG": language])
            XCTAssertEqual(out.status, 0, out.stderr)
            let row = out.stdout.components(separatedBy: "\n").first { $0.contains(language == "zh" ? "标题所涉领域" : "Areas in titles") }
            XCTAssertEqual(row?.trimmingCharacters(in: .whitespaces), line, out.stdout)
        }
    }

    /// A document whose title names no area said '行动领域  -（机器编码）', which reads as unknown: the machine found none.
    func testShowSaysADocumentsNoAreaPlainly() {
        for (language, start) in [("zh", "行动领域  无（"), ("en", "Action areas  none (")] {
            let out = ProcessRunner.run([ProcessRunner.ipap, "show", "11-zf-2016-4"], environment: ["IPAP_LANG": language])
            XCTAssertEqual(out.status, 0, out.stderr)
            let row = out.stdout.components(separatedBy: "\n").first { $0.contains(language == "zh" ? "行动领域" : "Action areas") }
            XCTAssertTrue(row?.trimmingCharacters(in: .whitespaces).hasPrefix(start) == true, out.stdout)
        }
    }
}
