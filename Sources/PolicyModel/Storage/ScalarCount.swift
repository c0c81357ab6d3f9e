/// The number of Unicode scalars in UTF-8: the bytes that do not continue a sequence (10xxxxxx), counted
/// eight bytes at a time (`InputHash` counts them as it hashes a text, a word at a time).
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
            continuations += self.continuations(in: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        for b in bytes[i...] where b & 0xC0 == 0x80 { continuations += 1 }
        return bytes.count - continuations
    }

    /// The continuation bytes among the eight of `w`: bit 7 of a byte set and bit 6 clear.
    @inline(__always)
    public static func continuations(in w: UInt64) -> Int {
        (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
    }
}

extension String {
    /// The text's scalars in an array, counted first (`ScalarCount`, eight bytes at a time) and copied in one pass:
    /// `Array(unicodeScalars)` walked the text twice, once to count it (a tenth of a Tools cell's page, whose quotes
    /// need 200 documents' scalars).
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        let count = text.withUTF8 { ScalarCount.of($0) }
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            var i = 0
            for scalar in text.unicodeScalars where i < count {
                buffer[i] = scalar
                i += 1
            }
            initialized = i
        }
    }
}
