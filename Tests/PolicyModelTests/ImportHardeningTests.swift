import Foundation
import SafeText
import XCTest
@testable import PolicyModel

/// Issue 14: imports that refuse what would harm later (control characters, over-long ids, sloppy CSV) and
/// never leave a corpus half-imported.
final class ImportHardeningTests: XCTestCase {
    static let header = ImportTests.header

    /// Control characters in metadata are refused at the cell, not only neutralised on output (issue 14 #6).
    func testControlCharactersInMetadataAreRefusedAtTheirCell() throws {
        let f = try ImportFixture()
        try f.write("manifest.csv", Self.header
            + "a-1,\"名称\u{1B}]0;pwned\u{07}\",国发\u{9B}1号,国务院,国家,,,,,a.txt,http://x/\u{202E}y,注\u{1B}\n")
        try f.write("a.txt", "正文\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("imported control characters") }
        // In file order (line, then column).
        XCTAssertEqual(failure.problems.map(\.description), [
            // Every control character of the cell, in one problem at the cell (one was said per run).
            "src/manifest.csv:2:5: the title contains the control character U+001B; remove it; 1 more control character after it: U+0007",
            "src/manifest.csv:2:20: the number contains the control character U+009B; remove it",
            "src/manifest.csv:2:43: the url contains the control character U+202E (a bidirectional-text control: it changes the order the text is shown in); remove it",
            // A column ipap does not know is named at its cell too (it said column 1).
            "src/manifest.csv:2:55: column '来源' contains the control character U+001B; remove it",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path))
    }

    /// JSON passed U+202E and U+009B through raw (issue 14 #6): now escaped, with the same decoded value.
    func testJSONEscapesC1AndBidiControlsAndKeepsTheValue() throws {
        let value = ["t": "甲\u{9B}31m\u{202E}乙\u{7F}\u{2028}\u{E0001}丙\u{200D}😀"]
        let escaped = JSONEscaping.escapingControls(try JSONEncoder().encode(value))
        let text = String(decoding: escaped, as: UTF8.self)
        XCTAssertEqual(text, #"{"t":"甲\u009b31m\u202e乙\u007f\u2028\udb40\udc01丙\u200d"# + "😀\"}")
        XCTAssertEqual(try JSONDecoder().decode([String: String].self, from: escaped), value)
        let plain = Data(#"{"t":"国务院关于积极推进“互联网+”行动"}"#.utf8)
        XCTAssertEqual(JSONEscaping.escapingControls(plain), plain)
    }

    /// JSON left ZWJ (U+200D) and ZWNJ raw while escaping U+200B, where docs/data-format.md says every format control
    /// is escaped: every scalar of general category Cf is escaped now, at the start, amid CJK and at the end of a
    /// string, and the decoded value is the same.
    func testEveryFormatControlIsEscapedInJSON() throws {
        let formatControls = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { $0.properties.generalCategory == .format }
        XCTAssertGreaterThan(formatControls.count, 150)
        for scalar in formatControls {
            let value = ["t": String(scalar) + "甲" + String(scalar) + "乙a" + String(scalar)]
            let escaped = JSONEscaping.escapingControls(try JSONEncoder().encode(value))
            let text = String(decoding: escaped, as: UTF8.self)
            XCTAssertFalse(text.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) left raw: \(text)")
            XCTAssertEqual(try JSONDecoder().decode([String: String].self, from: escaped), value)
        }
    }

    /// The escaping reads ASCII eight bytes at a time: a control at any place of such a word, after ASCII of
    /// every length, is escaped all the same, and DEL (0x7F, the largest byte that word test must stop at) too.
    func testControlsAreEscapedAtEveryPlaceInTheText() throws {
        let controls: [(Unicode.Scalar, String)] = [("\u{7F}", #"\u007f"#), ("\u{9B}", #"\u009b"#), ("\u{202E}", #"\u202e"#)]
        for (control, escape) in controls {
            for before in 0..<20 {
                for after in [0, 1, 7, 8, 9, 17] {
                    let head = String(repeating: "a", count: before), tail = String(repeating: "9", count: after)
                    let json = Data((#"{"t":""# + head + String(control) + tail + #"","u":1}"#).utf8)
                    let expected = #"{"t":""# + head + escape + tail + #"","u":1}"#
                    XCTAssertEqual(String(decoding: JSONEscaping.escapingControls(json), as: UTF8.self), expected,
                                   "\(control.value) after \(before), before \(after)")
                }
            }
        }
    }
}

/// Foundation errors reached analysts as `NSCocoaErrorDomain Code=513` or `error 256` (issue 14 #11).
final class FileErrorTests: XCTestCase {
    func testFoundationErrorsBecomeSentencesNamingPathAndCause() throws {
        let denied = FileError(path: "corpus/analysis", action: .createAnalysisFolder, error: CocoaError(.fileWriteNoPermission))
        XCTAssertEqual(denied.description, "corpus/analysis: cannot create the analysis folder: permission denied (check the owner and mode of the folder: ls -ld)")
        let readOnly = FileError(path: "x", action: .write, error: POSIXError(.EROFS))
        XCTAssertEqual(readOnly.reason, "the file system is read-only")
    }

    func testADirectoryWhereADocumentFileShouldBeIsNamedAsSuch() throws {
        let f = try CorpusFixture()
        try FileManager.default.createDirectory(at: f.corpus.appendingPathComponent("documents/x.json"), withIntermediateDirectories: true)
        let result = CorpusLoader(taxonomyDirectory: f.taxonomy).load(f.corpus, displayPath: "c")
        let messages = result.problems.map(\.description)
        XCTAssertTrue(messages.contains("c/documents/x.json:1:1: cannot read the file: it is a directory, not a file"), "\(messages)")
        XCTAssertFalse(messages.joined().contains("NSCocoaErrorDomain"), "\(messages)")
    }
}

/// Ids over 250 characters passed the manifest check and failed later naming the staging path (issue 14 #12).
final class ManifestLimitTests: XCTestCase {
    func testAnOverlongIdIsRefusedAtItsManifestCell() throws {
        let f = try ImportFixture()
        let id = String(repeating: "a", count: 251)
        try f.write("manifest.csv", ImportTests.header + "\(id),标题,,国务院,国家,,,,,a.txt,,\n")
        try f.write("a.txt", "正文\n")
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("accepted a 251-character id") }
        XCTAssertEqual(failure.problems.map(\.description),
                       ["src/manifest.csv:2:1: the id is 251 characters long; at most 200 (it names the file documents/<id>.json)"])
    }
}

/// The manifest parser accepted a stray quote and a NUL byte, and read a manifest.csv linking out of SRC (#15).
final class ManifestStrictnessTests: XCTestCase {
    func testAStrayQuoteAndANulByteAreErrorsWithTheirPosition() {
        let quote = ManifestReader(displayPath: "m.csv").read(Data("id,title\na,标\"题\n".utf8))
        XCTAssertEqual(quote.problems.map(\.description),
                       [#"m.csv:2:4: a quote inside an unquoted field; quote the whole field and double the quote ("标""题")"#])
        let nul = ManifestReader(displayPath: "m.csv").read(Data("id,title\na,\"标\u{0}题\"\n".utf8))
        XCTAssertEqual(nul.problems.map(\.description), ["m.csv:2:5: a NUL byte; the manifest must be text"])
        // Quoted properly, the quote is kept.
        let good = ManifestReader(displayPath: "m.csv").read(Data("id,title\na,\"推进\"\"互联网+\"\"行动\"\n".utf8))
        XCTAssertEqual(good.problems, [])
        XCTAssertEqual(good.entries.first?.value(.title), "推进\"互联网+\"行动")
    }

    func testAManifestLinkingOutOfTheSourceIsRefused() throws {
        let f = try ImportFixture()
        let outside = f.corpusFixture.root.appendingPathComponent("elsewhere.csv")
        try Data((ImportTests.header + "a-1,标题,,国务院,国家,,,,,a.txt,,\n").utf8).write(to: outside)
        try f.write("a.txt", "正文\n")
        try FileManager.default.createSymbolicLink(at: f.source.appendingPathComponent("manifest.csv"), withDestinationURL: outside)
        guard case .failure(let failure) = f.importer().plan() else { return XCTFail("read a manifest outside SRC") }
        XCTAssertEqual(failure.problems.count, 1)
        XCTAssertTrue(failure.problems[0].description.hasPrefix("src/manifest.csv:1:1: path escapes the source directory: a symbolic link resolving outside"),
                      failure.problems[0].description)
    }
}
