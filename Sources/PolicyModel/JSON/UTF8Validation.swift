/// Whether bytes are well-formed UTF-8 (the Unicode Standard's table 3-7: no overlong form, no surrogate, nothing
/// past U+10FFFF, no sequence cut short), exactly what `String(validating:as:)` accepts.
///
/// Why: a corpus's texts are checked once as they are read, and the library's check took about eleven
/// instructions a byte of Chinese text, a third of loading; this one takes a three-byte character (CJK) in one
/// step. The text is then made with `String(copying: UTF8Span(unchecked:))`, which checks nothing again.
/// `UTF8ValidationTests` compares the answers with the library's.
package enum UTF8Validation {
    package static func isValid(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        let raw = UnsafeRawBufferPointer(b)
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                // ASCII eight bytes at a time (keys, numbers, line breaks between Chinese sentences).
                while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                continue
            }
            // Three bytes whose second byte may be any continuation byte: E1-EC, EE, EF (all of CJK).
            if c >= 0xE1 && c <= 0xEF && c != 0xED {
                guard i + 2 < n, isContinuation(b[i + 1]), isContinuation(b[i + 2]) else { return false }
                i += 3
                continue
            }
            switch c {
            case 0xC2...0xDF:
                guard i + 1 < n, isContinuation(b[i + 1]) else { return false }
                i += 2
            case 0xE0, 0xED:
                // E0: A0-BF (no overlong form); ED: 80-9F (no surrogate).
                guard i + 2 < n, isContinuation(b[i + 2]) else { return false }
                let second = b[i + 1]
                guard c == 0xE0 ? (0xA0...0xBF).contains(second) : (0x80...0x9F).contains(second) else { return false }
                i += 3
            case 0xF0...0xF4:
                // F0: 90-BF (no overlong form); F4: 80-8F (nothing past U+10FFFF); F1-F3: any continuation byte.
                guard i + 3 < n, isContinuation(b[i + 2]), isContinuation(b[i + 3]) else { return false }
                let second = b[i + 1]
                let lowest: UInt8 = c == 0xF0 ? 0x90 : 0x80, highest: UInt8 = c == 0xF4 ? 0x8F : 0xBF
                guard second >= lowest && second <= highest else { return false }
                i += 4
            default:
                // 80-BF (a continuation byte with no lead), C0-C1 (overlong forms), F5-FF.
                return false
            }
        }
        return true
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    /// The string of valid UTF-8 `bytes` (`isValid`), or nil: as `String(validating:as:)`, with the faster check.
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard isValid(bytes) else { return nil }
        return String(copying: UTF8Span(unchecked: bytes.span))
    }
}
