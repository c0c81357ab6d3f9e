import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// The dashboard's messages that carry an error say it in the analyst's language, with the path as it is (issue
/// 15, item 11: "未导出：" was followed by the English error).
final class ErrorMessageLanguageTests: XCTestCase {
    private func exportMessage(into path: String, language: Language) throws -> String {
        let state = AppState(corpus: try DashboardFixture.corpus(), language: language, size: Size(width: 100, height: 30))
        let messages = Dashboard.perform(.exportView(text: "当前页\n", target: ExportTarget(path: path, typed: "view " + path)), in: state)
        guard messages.count == 1, case .effectDone(let report) = messages[0] else { XCTFail("\(messages)"); return "" }
        return report.text(in: language)
    }

    func testAnExportThatCannotBeWrittenSaysWhyInTheAnalystsLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-no-such-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("当前页.csv").path, missing = folder.standardizedFileURL.path
        XCTAssertEqual(try exportMessage(into: path, language: .chinese), "未导出：\(path)：无法写入：文件夹 \(missing) 不存在（ipap 只新建末尾带 / 的最后一级文件夹）")
        XCTAssertEqual(try exportMessage(into: path, language: .english),
                       "not exported: \(path): cannot write: the folder \(missing) does not exist (ipap makes only the last folder, named with a trailing /)")
    }

    /// A report that cannot be written, named in Chinese: the Chinese message put an ASCII colon after the
    /// path ("未导出：…/报告: 无法写入：…"), the one colon of its kind among full-width ones.
    func testAReportThatCannotBeWrittenHasOnlyChineseColonsInChinese() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-no-such-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("报告").path, missing = folder.standardizedFileURL.path
        let state = AppState(corpus: try DashboardFixture.corpus(), language: .chinese, size: Size(width: 100, height: 30))
        let report = Dashboard.export(state, format: .markdown, path: path)
        XCTAssertEqual(report.zh, "未导出：\(path)：无法写入：文件夹 \(missing) 不存在（ipap 只新建末尾带 / 的最后一级文件夹）")
        XCTAssertFalse(report.zh.contains(":"), report.zh)
        XCTAssertEqual(report.en, "not exported: \(path): cannot write: the folder \(missing) does not exist (ipap makes only the last folder, named with a trailing /)")
    }
}
