import Foundation
import XCTest
@testable import PolicyModel

/// Every error an analyst may see says it in Chinese and in English, and the two are not the same text (issue 15,
/// item 11: thrown errors were English only). One sample of each type (each case, where a type has kinds).
final class BilingualErrorTests: XCTestCase {
    static func assertBilingual(_ error: BilingualError, file: StaticString = #filePath, line: UInt = #line) {
        let zh = error.description(in: .chinese), en = error.description(in: .english)
        XCTAssertFalse(zh.isEmpty || en.isEmpty, "\(type(of: error))", file: file, line: line)
        XCTAssertNotEqual(zh, en, "\(type(of: error))", file: file, line: line)
        XCTAssertEqual(error.description, en, "description stays the English", file: file, line: line)
    }

    func testEveryModelErrorHasBothLanguages() throws {
        let reason = LocalizedText(zh: "磁盘已满", en: "the disk is full")
        let samples: [BilingualError] = [
            Problem(file: "c/documents/a.json", position: SourcePosition(line: 2, column: 3), reason),
            CorpusProblems(problems: [Problem(file: "c/corpus.json", reason)]),
            AtomicFile.WriteError(path: "c/analysis.json", reason: reason),
            ReviewJournal.WriteError(path: "c/reviews/wang.jsonl", reason: reason),
            DataDirectory.NotFound(),
            ImportWriter.WriteError(text: reason.at("c")),
            CorpusCopy.Failure(text: reason.at("c")),
        ] + FileError.Action.allCases.map { FileError(path: "c/analysis", action: $0, errno: ENOSPC) }
          + [SourceFiles.Refusal.escapes(reason), .missing(reason), .tooLarge(reason), .unreadable(reason)]
        for error in samples { Self.assertBilingual(error) }
    }

    /// The path reads the same in both languages, first, so that it can be copied and searched for.
    func testThePathIsTheSameInBothLanguages() {
        let error = FileError(path: "语料/analysis", action: .takeAnalysisLock, errno: EACCES)
        XCTAssertTrue(error.description(in: .chinese).hasPrefix("语料/analysis：无法取得分析锁：没有权限"), error.description(in: .chinese))
        XCTAssertTrue(error.description(in: .english).hasPrefix("语料/analysis: cannot take the analysis lock: permission denied"), error.description)
    }

    /// A refused review entry: every reason `invalidReason` gives has both languages.
    func testEveryInvalidEntryReasonHasBothLanguages() throws {
        let valid = ReviewEntry.note("看过", on: .document("a"), author: "wang")
        XCTAssertNil(valid.invalidReason)
        var entries: [ReviewEntry] = []
        var e = valid; e.schema = 2; entries.append(e)
        e = valid; e.id = ""; entries.append(e)
        e = valid; e.time = "yesterday"; entries.append(e)
        e = valid; e.author = "a b"; entries.append(e)
        e = valid; e.note = " "; entries.append(e)
        for entry in entries {
            let reason = try XCTUnwrap(entry.invalidReason)
            XCTAssertFalse(reason.zh.isEmpty || reason.en.isEmpty)
            XCTAssertNotEqual(reason.zh, reason.en)
        }
    }

    /// Each type that conforms in Sources/ has a sample in one of the BilingualErrorTests files: a new error
    /// type without one fails here.
    func testEveryConformingTypeHasASample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func swiftFiles(_ dir: String) -> [String] {
            let base = root.appendingPathComponent(dir)
            let paths = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            return paths.filter { $0.hasSuffix(".swift") }.compactMap { try? String(contentsOf: base.appendingPathComponent($0), encoding: .utf8) }
        }
        let declaration = try NSRegularExpression(pattern: #"(?:struct|enum|extension)\s+(\w+)\s*:[^{]*\bBilingualError\b"#)
        var names: Set<String> = []
        for text in swiftFiles("Sources") {
            for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
            }
        }
        XCTAssertGreaterThan(names.count, 10, "the scan finds the conforming types")
        let samples = swiftFiles("Tests").filter { $0.contains("BilingualErrorTests: XCTestCase") }.joined()
        // BackendError conforms in the ipap executable, which no unit test imports: DashboardEndToEndTests
        // checks it in both languages.
        for name in names.sorted() where name != "BackendError" {
            XCTAssertTrue(samples.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil, "no sample of \(name)")
        }
    }
}
