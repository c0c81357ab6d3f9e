import Foundation
import XCTest
@testable import PolicyModel

/// A document's text read straight from the bytes (`JSONStringMember`, used by `decodeDocument`) must give
/// exactly what Foundation's decoder gives: the same document, or the same problem.
final class DocumentTextReadingTests: XCTestCase {
    /// A valid document file with `"text": <raw>` (raw JSON bytes) and `members` (raw) as its first members.
    private func file(text raw: [UInt8]?, members: String = "") throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = String(decoding: try encoder.encode(PolicyDocument(id: "d1", title: "标题", level: .national)), as: UTF8.self)
        let rest = encoded.replacingOccurrences(of: #""text":null,"#, with: "").dropFirst()
        var bytes = Array("{\(members)".utf8)
        if let raw { bytes += Array(#""text":"#.utf8) + raw + [0x2C] }
        return Data(bytes + Array(rest.utf8))
    }

    private func assertSameAsDecoder(_ data: Data, fast expectFast: Bool, _ message: String, textOnly: Bool = true, line: UInt = #line) {
        // A text read alone (the dashboard, a full-text search) is the decoder's text too.
        struct TextOnly: Decodable { let text: String? }
        if textOnly {
            XCTAssertEqual(DocumentTexts.text(in: data), try? JSONDecoder().decode(TextOnly.self, from: data).text, "\(message): text alone", line: line)
        }
        let file = LocatedFileDecoder(displayPath: "documents/d1.json", data: data)
        let read = data.withUnsafeBytes { JSONStringMember.value(of: "text", in: $0) }
        XCTAssertEqual(read != nil, expectFast, "\(message): read from the bytes", line: line)
        switch (file.decodeDocument(deferText: false), file.decode(PolicyDocument.self)) {
        case (.success(let a), .success(let b)):
            XCTAssertEqual(a.document, b, message, line: line)
            XCTAssertFalse(a.document.textDeferred, message, line: line)
        case (.failure(let a), .failure(let b)):
            XCTAssertEqual(a.description, b.description, message, line: line)
        case (let a, let b):
            XCTFail("\(message): \(a) versus \(b)", line: line)
        }
    }

    func testTextsWithEscapesAreTheDecodersTexts() throws {
        let sure: [String] = [
            #""""#,
            #""中文正文，第一段。""#,
            #""line\nbreak \"quoted\" back\\slash \/ \b\f\r\t end""#,
            #""\u4e2d\u6587 \u00e9 \u0000 \u001F \uFFFF""#,
            "\"raw é 中 \u{1F600} \u{202E} \u{7F} \u{9B}\"",
            #""\\n is not a line break \\""#,
        ]
        for raw in sure { assertSameAsDecoder(try file(text: Array(raw.utf8)), fast: true, raw) }
        // Escapes, quotes and multi-byte characters at every offset of the eight-byte steps.
        for shift in 0..<9 {
            let raw = "\"" + String(repeating: "a", count: shift) + #"互联网+\n\"引号\"中文\\x\u00e9"# + String(repeating: "字", count: shift) + "\""
            assertSameAsDecoder(try file(text: Array(raw.utf8)), fast: true, "shifted by \(shift)")
            assertSameAsDecoder(try file(text: Array(raw.replacingOccurrences(of: "互", with: "\u{1}").utf8)), fast: false,
                                "raw control character, shifted by \(shift)")
        }
        let unsure: [String] = [
            #""\ud83d\ude00 a surrogate pair""#,
            #""\uD800 alone""#,
            #""\x unknown escape""#,
            "\"a raw\ttab\"",
            #""\u12""#,
            "null",
            "123",
            #"["a"]"#,
            #""unterminated"#,
        ]
        for raw in unsure { assertSameAsDecoder(try file(text: Array(raw.utf8)), fast: false, raw) }
        // Invalid UTF-8 in the text: the decoder's problem, with its location.
        assertSameAsDecoder(try file(text: [0x22, 0x61, 0xFF, 0x62, 0x22]), fast: false, "invalid UTF-8")
        assertSameAsDecoder(try file(text: [0x22, 0xE4, 0xB8, 0x22]), fast: false, "truncated UTF-8")
    }

    func testOnlyTheTopLevelTextMemberIsRead() throws {
        assertSameAsDecoder(try file(text: nil), fast: false, "no text")
        assertSameAsDecoder(try file(text: nil, members: #""te\u0078t":"escaped key","#), fast: false, "key with an escape")
        assertSameAsDecoder(try file(text: Array(#""second""#.utf8), members: #""text":"first","#), fast: false, "repeated key")
        assertSameAsDecoder(try file(text: Array(#""top""#.utf8), members: #""note":"\"text\": \"not this\"","#),
                            fast: true, "text inside another string")
        assertSameAsDecoder(try file(text: Array(#""top""#.utf8), members: #""unknown":{"text":"nested","a":[1,{"text":"x"}]},"#),
                            fast: true, "text inside a nested object")
        assertSameAsDecoder(try file(text: Array(#""top""#.utf8), members: #" "schema" : 2 , "#), fast: true, "unsupported schema")
        assertSameAsDecoder(try file(text: Array(#""top""#.utf8), members: #""schema":"one","#), fast: true, "schema of the wrong type")
        var trailing = try file(text: Array(#""top""#.utf8))
        trailing.append(contentsOf: Array(" x".utf8))
        // Read alone, the text of a file spoilt after the corpus was loaded is still read (the loader reports it).
        assertSameAsDecoder(trailing, fast: true, "bytes after the object", textOnly: false)
        XCTAssertEqual(DocumentTexts.text(in: trailing), "top")
    }
}
