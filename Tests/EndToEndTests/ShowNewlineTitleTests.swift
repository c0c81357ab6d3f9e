import Foundation
import XCTest

/// `ipap show` printed a title holding a line break on two lines (QA pass 48), where `ipap list` and the CSV show
/// it as ␊; the number, issuer text and notes likewise. Every line of the report passes the one sanitiser.
final class ShowNewlineTitleTests: XCTestCase {
    func testALineBreakInADocumentsFieldsIsShownAsAPicture() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-show-newline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: false)
        let file = corpus.appendingPathComponent("documents/51-f-2015-1.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"四川省人民政府关于推进", with: "\"四川省人民政府\\n关于推进")
            .replacingOccurrences(of: "\"川府发〔2015〕1号\"", with: "\"川府发〔2015〕|1号\\n\", \"note\": \"上半\\n下半\"")
        try Data(text.utf8).write(to: file)
        for language in ["zh", "en"] {
            let run = ProcessRunner.run([ProcessRunner.ipap, "show", "--corpus", corpus.path, "51-f-2015-1"], environment: ["IPAP_LANG": language])
            let lines = run.stdout.components(separatedBy: "\n")
            XCTAssertEqual(lines.first, "四川省人民政府␊关于推进“互联网+”行动的实施意见", run.stdout)
            XCTAssertFalse(lines.contains { $0.hasPrefix("关于推进") || $0.trimmingCharacters(in: .whitespaces).hasPrefix("下半") }, run.stdout)
            XCTAssertTrue(lines.contains { $0.hasSuffix("川府发〔2015〕|1号␊") }, run.stdout)
            XCTAssertTrue(lines.contains { $0.hasSuffix("上半␊下半") }, run.stdout)
            // The central document lists it under the documents implementing it, on one line.
            let central = ProcessRunner.run([ProcessRunner.ipap, "show", "--corpus", corpus.path, "gf-2015-40"], environment: ["IPAP_LANG": language])
            XCTAssertTrue(central.stdout.contains("川府发〔2015〕|1号␊  四川省人民政府␊关于推进"), central.stdout)
        }
    }
}
