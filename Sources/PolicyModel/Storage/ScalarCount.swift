/// The number of Unicode scalars in UTF-8: the bytes that do not continue a sequence (10xxxxxx), counted
/// eight bytes at a time (asked for every text when it is hashed and when it is folded).
public enum ScalarCount {
    public static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { of($0) }
    }

    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var continuations = 0
        var i = 0
        while i + 8 <= bytes.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 of a byte set and bit 6 clear: a continuation byte.
            continuations += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        for b in bytes[i...] where b & 0xC0 == 0x80 { continuations += 1 }
        return bytes.count - continuations
    }
}
