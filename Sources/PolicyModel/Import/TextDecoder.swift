import CoreFoundation
import Foundation
import SafeText

/// Turns the bytes of a text file into the text ipap stores: UTF-8, else GB18030 (the superset of GBK and
/// GB2312 that Chinese government sites and Windows editors still produce), with line endings made `\n`.
/// Nothing else is changed, so character offsets into the stored text are stable.
public enum TextDecoder {
    /// The encoding a file turned out to be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
    }

    /// Why bytes are not text, with where: the byte offset and the line (1-based) and column it falls on.
    public struct Failure: Error, Sendable, Equatable {
        public var byteOffset: Int
        public var line: Int
        public var column: Int
        /// What is wrong, in both languages.
        public var text: LocalizedText
        public var message: String { text.en }
    }

    /// GB18030 as swift-corelibs-foundation knows it (CoreFoundation's GB_18030_2000 converter).
    public static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
        CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    /// Decodes `data`. A leading UTF-8 byte-order mark is dropped (it is not part of the text).
    public static func decode(_ data: Data) -> Result<(text: String, encoding: Encoding), Failure> {
        let bytes = [UInt8](data)
        if var text = String(validating: bytes, as: UTF8.self) {
            if let failure = controlCharacter(in: bytes, utf8: true) { return .failure(failure) }
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            return .success((normalizeLineEndings(text), .utf8))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(failure(at: 0, in: bytes, "文件是 UTF-16 编码；请另存为 UTF-8", "the file is UTF-16; save it as UTF-8"))
        }
        // Not UTF-8: accept it as GB18030 only if every byte sequence is well-formed GB18030, so a binary
        // file or a file in yet another encoding is refused rather than decoded into nonsense.
        if let bad = firstInvalidGB18030(bytes) {
            let utf8Bad = firstInvalidUTF8(bytes)
            return .failure(failure(at: max(bad, utf8Bad), in: bytes,
                                    "无效字节：既不是 UTF-8（第一个错误字节在 \(utf8Bad)），也不是 GB18030（第一个错误字节在 \(bad)）",
                                    "invalid bytes: neither UTF-8 (first bad byte at \(utf8Bad)) nor GB18030 (first bad byte at \(bad))"))
        }
        if let failure = controlCharacter(in: bytes, utf8: false) { return .failure(failure) }
        if let odd = uncommonGB18030(bytes) {
            return .failure(failure(at: odd.firstOffset, in: bytes,
                                    "不像 GB18030（GBK）编码的中文：\(odd.multiByte) 个多字节字符中有 \(odd.uncommon) 个不在常用汉字和符号区；若文件是 Big5、Shift-JIS、Latin-1 等其他编码，请另存为 UTF-8",
                                    "does not read as GB18030 (GBK) Chinese: \(odd.uncommon) of \(odd.multiByte) multi-byte characters fall outside the common hanzi and symbols; if the file is in Big5, Shift-JIS, Latin-1 or another encoding, save it as UTF-8"))
        }
        guard let text = String(data: Data(bytes), encoding: gb18030) else {
            return .failure(failure(at: 0, in: bytes, "文件不是有效的 UTF-8，按 GB18030 转换也失败", "the file is not valid UTF-8 and GB18030 conversion failed"))
        }
        return .success((normalizeLineEndings(text), .gb18030))
    }

    /// CRLF and lone CR become LF; nothing else changes.
    public static func normalizeLineEndings(_ text: String) -> String {
        let hasCR = text.utf8.withContiguousStorageIfAvailable { p in
            p.baseAddress.map { memchr($0, 13, p.count) != nil } ?? false
        } ?? text.utf8.contains(13)
        guard hasCR else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether a stored text may not hold `scalar`: a C0 control other than tab, LF, VT, FF and CR (a form feed
    /// parts pdftotext's pages), DEL, or a C1 control. Refused whichever way it came: a raw byte or an HTML
    /// character reference (`&#27;`).
    public static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && (v < 0x09 || v > 0x0D)) || (0x7F...0x9F).contains(v)
    }

    /// The first control `isRefusedControl` names: a C0 byte or DEL (binary data, not text), or in UTF-8 a C1
    /// control (C2 80 to C2 9F). Checking raw bytes is safe for both encodings: neither UTF-8 nor GB18030 uses
    /// the C0 values inside a multi-byte character.
    static func controlCharacter(in bytes: [UInt8], utf8: Bool) -> Failure? {
        // A plain loop over the buffer: this runs over every byte of every file.
        let bad = bytes.withUnsafeBufferPointer { p -> Int? in
            for i in 0..<p.count {
                let b = p[i]
                if (b < 0x20 && (b < 0x09 || b > 0x0D)) || b == 0x7F { return i }
                if utf8, b == 0xC2, i + 1 < p.count, (0x80...0x9F).contains(p[i + 1]) { return i }
            }
            return nil
        }
        guard let bad else { return nil }
        // A NUL byte is binary data; any other control is one character too many in a text, to be removed (QA
        // pass 51: one ESC in a Chinese text was called "not a text file", with nothing to do about it).
        let what = bytes.contains(0)
            ? LocalizedText(zh: "不是文本文件", en: "not a text file")
            : LocalizedText(zh: "文本中不能有控制字符：请删去", en: "a text may not hold control characters; remove it")
        if bytes[bad] == 0xC2 {
            let name = ControlCharacters.name(Unicode.Scalar(bytes[bad + 1]))
            return failure(at: bad, in: bytes, "控制字符 \(name)：\(what.zh)", "control character \(name): \(what.en)")
        }
        // Two hex digits (0x01, not 0x1), as bytes are named elsewhere.
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        let code = hex.count < 2 ? "0" + hex : hex
        return failure(at: bad, in: bytes, "控制字节 0x\(code)：\(what.zh)", "control byte 0x\(code): \(what.en)")
    }

    /// Offset of the first byte that breaks UTF-8 (bytes.count if none).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count, String(validating: bytes[i..<i + length], as: UTF8.self) != nil else { return i }
            i += length
        }
        return bytes.count
    }

    /// Offset of the first byte sequence that is not well-formed GB18030, or nil.
    /// One byte 00-7F; two bytes 81-FE + 40-7E/80-FE; four bytes 81-FE + 30-39 + 81-FE + 30-39.
    public static func firstInvalidGB18030(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            guard (0x81...0xFE).contains(b), i + 1 < n else { return i }
            let b2 = bytes[i + 1]
            if (0x40...0x7E).contains(b2) || (0x80...0xFE).contains(b2) {
                i += 2
            } else if (0x30...0x39).contains(b2), i + 3 < n,
                      (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) {
                i += 4
            } else {
                return i
            }
        }
        return nil
    }

    /// Well-formed GB18030 that is unlikely to be Chinese text: more than a tenth (and at least 3) of its
    /// multi-byte characters outside GB2312's symbol rows (lead byte A1-A9) and hanzi rows (B0-F7), each with
    /// a trail byte A1-FE. Simplified Chinese policy text stays almost wholly inside them; Big5 (trail bytes
    /// 40-7E), Shift-JIS (lead bytes 81-9F) and Latin-1 (an accented letter before an ASCII one) read as GBK
    /// are mostly outside, yet every byte pair is well-formed, so without this they were imported as
    /// nonsense. Nil when the bytes read as Chinese.
    public static func uncommonGB18030(_ bytes: [UInt8]) -> (firstOffset: Int, uncommon: Int, multiByte: Int)? {
        var multiByte = 0
        var uncommon = 0
        var first: Int?
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            guard lead >= 0x80 else {
                i += 1
                continue
            }
            multiByte += 1
            let width = i + 1 < n && (0x30...0x39).contains(bytes[i + 1]) ? 4 : 2
            let common = width == 2 && i + 1 < n && (0xA1...0xFE).contains(bytes[i + 1])
                && ((0xA1...0xA9).contains(lead) || (0xB0...0xF7).contains(lead))
            if !common {
                uncommon += 1
                if first == nil { first = i }
            }
            i += width
        }
        guard let first, uncommon >= 3, uncommon * 10 > multiByte else { return nil }
        return (first, uncommon, multiByte)
    }

    /// A failure at a byte offset, with the line and column (counted in bytes) it falls on.
    static func failure(at offset: Int, in bytes: [UInt8], _ zh: String, _ en: String) -> Failure {
        var line = 1
        var lineStart = 0
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return Failure(byteOffset: offset, line: line, column: offset - lineStart + 1,
                       text: LocalizedText(zh: "\(zh)（字节偏移 \(offset)，第 \(line) 行）", en: "\(en) (byte offset \(offset), line \(line))"))
    }
}
