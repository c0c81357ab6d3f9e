/// The number of Unicode scalars in UTF-8: the bytes that do not continue a sequence (10xxxxxx), counted
/// eight bytes at a time (`InputHash` counts them as it hashes a text, a word at a time).
public enum ScalarCount {
    public static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { of($0) }
    }

    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var continuations = Continuations()
        var i = 0
        while i + 8 <= bytes.count {
            continuations.add(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var count = continuations.total()
        for b in bytes[i...] where b & 0xC0 == 0x80 { count += 1 }
        return bytes.count - count
    }

    /// The continuation bytes (bit 7 of a byte set and bit 6 clear) of words added one by one, counted in each
    /// byte's lane and the lanes summed every 255 words (before a lane can overflow): counting each word's bits
    /// took a dozen instructions more, as the release build's baseline x86-64 has no population count
    /// instruction.
    struct Continuations {
        private var lanes: UInt64 = 0
        private var words = 0
        private var summed = 0

        @inline(__always)
        mutating func add(_ w: UInt64) {
            lanes &+= (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
            words += 1
            if words == 255 { sumLanes() }
        }

        private mutating func sumLanes() {
            var sum = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
            sum = (sum & 0x0000_FFFF_0000_FFFF) &+ (sum >> 16 & 0x0000_FFFF_0000_FFFF)
            summed += Int(truncatingIfNeeded: (sum & 0xFFFF_FFFF) &+ (sum >> 32))
            lanes = 0
            words = 0
        }

        /// The count of every word added.
        mutating func total() -> Int {
            sumLanes()
            return summed
        }
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
