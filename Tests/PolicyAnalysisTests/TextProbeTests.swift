import Foundation
import PolicyAnalysis
import PropertyBased
import Testing
@testable import PolicyModel

/// A full-text search skips decoding a document's file when its bytes show the text cannot hold the words
/// (`DocumentTexts.text(of:ifItMayHold:)`): never a text that holds them, however the file was written.
@Suite struct TextProbeTests {
    static let alphabet: [String] = ["互", "联", "网", "+", "A", "a", "Z", "z", "\"", "\\", "/", "\n", "\t", "𠀀", "é", " ", "u", "0"]

    /// A document file holding `text`, written as ipap writes it, with slashes unescaped, or with every
    /// character outside ASCII as a `\u` escape (Python's default).
    static func file(_ text: String, style: Int) throws -> Data {
        struct Doc: Encodable { let id: String; let text: String }
        let encoder = JSONEncoder()
        if style == 1 { encoder.outputFormatting = [.withoutEscapingSlashes] }
        let data = try encoder.encode(Doc(id: "d", text: text))
        guard style == 2 else { return data }
        var out = ""
        for unit in String(decoding: data, as: UTF8.self).utf16 {
            out += unit < 0x80 ? String(UnicodeScalar(UInt8(unit))) : String(format: "\\u%04x", unit)
        }
        return Data(out.utf8)
    }

    @Test func aFileIsNeverSkippedWhenItsTextHoldsTheQuery() async throws {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix64(seed: UInt64(seed))
            let text = (0..<Int(rng.next() % 60)).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }.joined()
            var query: String
            let scalars = Array(text.unicodeScalars)
            if !scalars.isEmpty, rng.next() % 3 > 0 {
                let from = Int(rng.next() % UInt64(scalars.count))
                let to = min(scalars.count, from + 1 + Int(rng.next() % 5))
                query = String(String.UnicodeScalarView(scalars[from..<to]))
            } else {
                query = (0..<(1 + Int(rng.next() % 3))).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }.joined()
            }
            // ASCII letters in either case: the search compares them without case.
            if rng.next() % 2 == 0 { query = query.uppercased() }
            let holds = !TextSearch.offsets(of: query, in: text).isEmpty
            for style in 0..<3 {
                guard let data = try? Self.file(text, style: style) else { continue }
                let skipped = DocumentTexts.literalBytes(of: query).map { !DocumentTexts.mayHold(data, $0) } ?? false
                #expect(!(holds && skipped), "seed \(seed), style \(style): \(text.debugDescription) holds \(query.debugDescription)")
            }
        }
    }

    @Test func onlyTheFilesThatMayHoldTheWordsAreDecoded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-probe-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "推进“互联网+政务服务”，建设 Data/API 平台。"
        try Self.file(text, style: 0).write(to: folder.appendingPathComponent("plain.json"))
        try Self.file(text, style: 2).write(to: folder.appendingPathComponent("escaped.json"))
        let texts = DocumentTexts(folder: folder, files: ["plain": "plain.json", "escaped": "escaped.json"])
        #expect(texts.text(of: "plain", ifItMayHold: "数据") == nil)
        #expect(texts.reads.isEmpty, "a file that cannot hold the words is not decoded")
        #expect(texts.text(of: "plain", ifItMayHold: "政务") == text)
        #expect(texts.text(of: "plain", ifItMayHold: "DATA") == text)
        // A query with a character JSON escapes, and a file that escapes its characters: decoded.
        #expect(texts.text(of: "escaped", ifItMayHold: "数据") == text)
        #expect(texts.reads == ["plain", "escaped"])
    }
}
