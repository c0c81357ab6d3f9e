/// The string value of one member of a top-level JSON object, read straight from the bytes. For a
/// document's text: Foundation's decoder builds a string with escapes piece by piece (every line break is
/// one), most of the loading time of a large corpus; this copies the pieces into one buffer and validates it
/// once. It answers only when sure: nil unless the bytes are an object whose member `key` is present once
/// (no key spelled with escapes) with a string value of plain escapes, no raw control characters and valid
/// UTF-8. The caller then decodes the file the ordinary way, with its errors and their locations.
public enum JSONStringMember {
    static func value(of key: String, in bytes: UnsafeRawBufferPointer) -> String? {
        member(key, in: bytes)?.value
    }

    /// The value and where it lies in the bytes (from its opening quote to after its closing one).
    static func member(_ key: String, in bytes: UnsafeRawBufferPointer) -> (value: String, range: Range<Int>)? {
        member(Array(key.utf8), in: bytes.bindMemory(to: UInt8.self))
    }

    static func member(_ key: [UInt8], in b: UnsafeBufferPointer<UInt8>) -> (value: String, range: Range<Int>)? {
        let n = b.count
        var i = 0
        func skipSpace() {
            while i < n && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09) { i += 1 }
        }
        // From after an opening quote to after the closing one.
        func skipString() -> Bool {
            while i < n {
                if b[i] == 0x22 { i += 1; return true }
                i += b[i] == 0x5C ? 2 : 1
            }
            return false
        }
        func skipValue() -> Bool {
            guard i < n else { return false }
            switch b[i] {
            case 0x22:
                i += 1
                return skipString()
            case 0x7B, 0x5B:
                var depth = 0
                while i < n {
                    switch b[i] {
                    case 0x22:
                        i += 1
                        guard skipString() else { return false }
                        continue
                    case 0x7B, 0x5B: depth += 1
                    case 0x7D, 0x5D:
                        depth -= 1
                        if depth == 0 { i += 1; return true }
                    default: break
                    }
                    i += 1
                }
                return false
            default:  // a number or a literal: the decoder checks it
                let start = i
                while i < n && !(b[i] == 0x2C || b[i] == 0x7D || b[i] == 0x5D || b[i] == 0x20 || b[i] == 0x0A
                                 || b[i] == 0x0D || b[i] == 0x09) { i += 1 }
                return i > start
            }
        }
        skipSpace()
        guard i < n, b[i] == 0x7B else { return nil }
        i += 1
        var found: (value: String, range: Range<Int>)? = nil
        while true {
            skipSpace()
            guard i < n, b[i] == 0x22 else { return nil }
            i += 1
            let keyStart = i
            guard skipString() else { return nil }
            let name = UnsafeBufferPointer(rebasing: b[keyStart..<(i - 1)])
            // A key with escapes could spell `key`; a repeated key is resolved by the decoder's rules.
            guard !name.contains(0x5C) else { return nil }
            skipSpace()
            guard i < n, b[i] == 0x3A else { return nil }
            i += 1
            skipSpace()
            if name.elementsEqual(key) {
                guard found == nil, i < n, b[i] == 0x22, let (text, end) = unescaped(b, from: i + 1) else { return nil }
                found = (text, i..<end)
                i = end
            } else {
                guard skipValue() else { return nil }
            }
            skipSpace()
            guard i < n else { return nil }
            if b[i] == 0x2C { i += 1; continue }
            guard b[i] == 0x7D else { return nil }
            return found
        }
    }

    /// The string whose bytes start at `start` (after its opening quote), its escapes resolved, and the index
    /// after its closing quote; nil for a surrogate escape, an unknown escape, a raw control character or
    /// invalid UTF-8.
    public static func unescaped(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        let n = b.count
        // Made only at the first escape: most strings have none and are made straight from the buffer (reserved
        // for the rest of the buffer, each string of a 700 KB slice of lines held that much for a moment).
        var out: [UInt8] = []
        var escaped = false
        var i = start, copied = start
        let raw = UnsafeRawBufferPointer(b)
        while i < n {
            // Eight bytes at a time while none of them is a quote, a backslash or a control character.
            while i + 8 <= n && !mayEndPlainRun(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < n else { break }
            let c = b[i]
            if c == 0x22 {
                guard escaped else {
                    guard let text = UTF8Validation.string(UnsafeBufferPointer(rebasing: b[start..<i])) else { return nil }
                    return (text, i + 1)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
                guard let text = out.withUnsafeBufferPointer(UTF8Validation.string) else { return nil }
                return (text, i + 1)
            }
            if c < 0x20 { return nil }
            guard c == 0x5C else { i += 1; continue }
            if !escaped {
                escaped = true
                // Reserved for the rest of the bytes, up to 64 KB (a document's text at once: grown by doubling
                // from here, it was copied eight times or so; a 700 KB slice of the metadata index's lines is
                // not reserved whole for each of its strings).
                out.reserveCapacity(min(n - start, 1 << 16))
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
            guard i + 1 < n else { return nil }
            switch b[i + 1] {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard i + 6 <= n, let v = hex4(b, at: i + 2), !(0xD800...0xDFFF).contains(v),
                      let scalar = Unicode.Scalar(v) else { return nil }
                UTF8.encode(scalar) { out.append($0) }
                i += 6
                copied = i
                continue
            default: return nil
            }
            i += 2
            copied = i
        }
        return nil
    }

    /// Whether one of the eight bytes of `w` may be a quote, a backslash or below 0x20 (bit tricks: a byte of
    /// `w ^ pattern` is zero where the byte equals the pattern's; false positives only, never misses).
    @inline(__always)
    package static func mayEndPlainRun(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = hasZero(w ^ (ones &* 0x22)), backslash = hasZero(w ^ (ones &* 0x5C))
        let control = (w &- ones &* 0x20) & ~w & highs
        return quote | backslash | control != 0
    }

    private static func hex4(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = b[k]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x41...0x46: digit = c - 0x41 + 10
            case 0x61...0x66: digit = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(digit)
        }
        return v
    }
}
