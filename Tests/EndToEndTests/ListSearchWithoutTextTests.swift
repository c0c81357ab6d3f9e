import Foundation
import XCTest

/// `ipap list --search 不存在的词` on the bundled catalogue (no document has a text) said "0 份文件，正文中 0 处": the
/// texts were not searched, there were none. It says so, and how many texts were searched when some are missing.
final class ListSearchWithoutTextTests: XCTestCase {
    private func searchLine(_ words: String, corpus: String?, language: String) -> String {
        let run = ProcessRunner.run([ProcessRunner.ipap, "list", "--search", words] + (corpus.map { ["--corpus", $0] } ?? []),
                                    environment: ["IPAP_LANG": language])
        XCTAssertEqual(run.status, 0, run.stderr)
        return run.stderr.split(separator: "\n").last.map(String.init) ?? ""
    }

    func testASearchSaysHowManyTextsItSearchedAndHowManyAreMissing() throws {
        XCTAssertEqual(searchLine("不存在的词", corpus: nil, language: "zh"), "0 份文件；正文未检索：120 份文件都没有正文")
        XCTAssertEqual(searchLine("不存在的词", corpus: nil, language: "en"), "0 documents; no text searched: none of the 120 documents has a text")

        // The demo corpus with one text taken out: 47 searched, 1 not.
        let demo = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-search-no-text-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: demo) }
        try FileManager.default.copyItem(at: ProcessRunner.repository.appendingPathComponent("data/demo"), to: demo)
        let file = demo.appendingPathComponent("documents/demo-00003.json")
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        json["text"] = NSNull()
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        let zh = searchLine("不存在的词", corpus: demo.path, language: "zh")
        XCTAssertEqual(zh, "0 份文件，已检索 47 份文件的正文，其中 0 处；1 份文件没有正文，未检索")
        XCTAssertEqual(searchLine("不存在的词", corpus: demo.path, language: "en"),
                       "0 documents, 0 hits in the texts of 47 searched; not searched for want of a text: 1 document")
        // Every text there: the line as before.
        XCTAssertEqual(searchLine("不存在的词", corpus: ProcessRunner.repository.appendingPathComponent("data/demo").path, language: "en"),
                       "0 documents, 0 hits in their texts")
    }
}
