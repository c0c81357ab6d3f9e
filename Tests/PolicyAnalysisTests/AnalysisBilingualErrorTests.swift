import Foundation
import XCTest
import PolicyModel
@testable import PolicyAnalysis

/// The analysis's errors an analyst may see, in both languages (issue 15, item 11).
final class AnalysisBilingualErrorTests: XCTestCase {
    func testEveryAnalysisErrorHasBothLanguages() {
        let samples: [BilingualError] = [
            CatalogueCoverage.Unreadable(problem: Problem(file: "c/coverage.json", LocalizedText(zh: "缺少“provinces”", en: "missing 'provinces'"))),
            CorpusAnalysis.UnsupportedSchema(path: "c/analysis/summary.json", schema: 99),
            CorpusAnalysis.UnsupportedSchema(path: "c/analysis/g-1/summary.json", schema: 3, reads: [1, 2], writes: 2),
            StoredAnalysis.ReadError(path: "c/analysis/documents.jsonl", reason: LocalizedText(zh: "在第 3 篇文件的部分之前就结束了", en: "ends before the part of document 3")),
            AnalysisCancelled(),
            ExportWriter.FilesExist(paths: ["报告.md"]),
            ReviewFindingSource.CatalogueUnreadable(catalogue: "data/catalog"),
        ]
        for error in samples {
            let zh = error.description(in: .chinese), en = error.description(in: .english)
            XCTAssertFalse(zh.isEmpty || en.isEmpty, "\(type(of: error))")
            XCTAssertNotEqual(zh, en, "\(type(of: error))")
        }
    }
}
