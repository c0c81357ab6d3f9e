import Foundation

/// JSON with every control character (see `ControlCharacters.isEscapedInJSON`) inside strings written as a `\uXXXX`
/// escape, so that `cat` or a pager never meets a raw C1 CSI (U+009B) or a bidi override (U+202E).
/// The decoded values are unchanged. Encoders already escape C0; this pass handles the rest.
public enum JSONEscaping {
    /// `json` (valid UTF-8, as an encoder writes it) with the remaining controls escaped.
    public static func escapingControls(_ json: Data) -> Data {
        json.withUnsafeBytes { raw -> Data in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let escaped = escapedControls(bytes) else { return Data(bytes) }
            return Data(escaped)
        }
    }

    /// The same for JSON written in pieces (each piece whole UTF-8 sequences, so that the pieces escaped
    /// one by one give the bytes of the whole escaped at once): the piece escaped, or nil when it has
    /// nothing to escape (no copy).
    public static func escapedControls(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while i < n {
            // Eight bytes at a time while all are below DEL (keys, numbers, ASCII text: most of an analysis's
            // JSON): a byte b < 0x80 is below 0x7F exactly when b + 1 is below 0x80, with no carry between bytes.
            if i + 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if (word | (word &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            // ASCII (C0 is escaped by encoders or is JSON white space), and U+3000–U+EFFF (CJK) are fine.
            if b < 0x7F { i += 1; continue }
            if b >= 0xE3 && b <= 0xEE { i += 3; continue }
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            guard let scalar = decode(bytes, at: i, length: length) else { i += 1; continue }
            if ControlCharacters.isEscapedInJSON(scalar) {
                if out.isEmpty { out.reserveCapacity(n + 64) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                appendEscape(scalar, to: &out)
                copied = i + length
            }
            i += length
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        return out
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar? {
        guard i + length <= bytes.count else { return nil }
        var value: UInt32
        switch length {
        case 1: value = UInt32(bytes[i])
        case 2: value = UInt32(bytes[i] & 0x1F)
        case 3: value = UInt32(bytes[i] & 0x0F)
        default: value = UInt32(bytes[i] & 0x07)
        }
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    private static func appendEscape(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        func unit(_ u: UInt32) {
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [0x5C, 0x75, hex[Int(u >> 12 & 0xF)], hex[Int(u >> 8 & 0xF)], hex[Int(u >> 4 & 0xF)], hex[Int(u & 0xF)]])
        }
        let v = scalar.value
        if v > 0xFFFF {
            let w = v - 0x10000
            unit(0xD800 + (w >> 10))
            unit(0xDC00 + (w & 0x3FF))
        } else {
            unit(v)
        }
    }
}
