/// A 64-bit change detector over UTF-8 text, eight bytes per step (not cryptographic: it only has to
/// notice edits, and fast on megabytes). Each string is closed by its length, so field boundaries count.
public struct InputHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(word: UInt64) {
        var v = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        v ^= v >> 29
        value = v
    }

    /// Adds the text; returns its count of Unicode scalars (bytes that do not continue a sequence).
    @discardableResult
    public mutating func add(_ text: String) -> Int {
        var text = text
        var scalars = 0
        text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 0
            // The scalars counted in the same pass (`ScalarCount`): the count runs beside the hash's chain of
            // multiplications, where a second pass read the text again.
            var continuations = ScalarCount.Continuations()
            while i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                add(word: word)
                continuations.add(word)
                i += 8
            }
            var tail: UInt64 = 0
            for j in i..<bytes.count { tail |= UInt64(bytes[j]) << (8 * UInt64(j - i)) }
            add(word: tail)
            // The tail's missing bytes are zeros, which continue nothing.
            continuations.add(tail)
            scalars = bytes.count - continuations.total()
        }
        add(word: UInt64(text.utf8.count))
        return scalars
    }

    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
