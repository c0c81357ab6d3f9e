/// Scans of a text's scalars that pass most characters, eight at a time: the section parser and the
/// responsibility notes look for line breaks through every text, and the clause coder for what may name a unit
/// through most clauses (a compare and a jump per character). Not for short runs: the parser's runs of ideographs,
/// a dozen characters, took more instructions so than one at a time.
enum ScalarScan {
    private typealias Lanes = SIMD8<UInt32>

    /// The first index in `from..<end` (`end` at most `s.count`) whose scalar is `value`, or `end`.
    static func firstIndex(of value: UInt32, in s: UnsafeBufferPointer<UInt32>, from: Int, to end: Int) -> Int {
        var i = from
        if let base = s.baseAddress {
            let raw = UnsafeRawPointer(base)
            let target = Lanes(repeating: value)
            while i + Lanes.scalarCount <= end {
                let lanes = raw.loadUnaligned(fromByteOffset: i * MemoryLayout<UInt32>.stride, as: Lanes.self)
                if any(lanes .== target) { break }
                i += Lanes.scalarCount
            }
        }
        while i < end && s[i] != value { i += 1 }
        return i
    }

    /// The first index in `from..<end` (`end` at most `s.count`) whose scalar is one of the four `values`, or `end`.
    static func firstIndex(ofAny values: SIMD4<UInt32>, in s: UnsafeBufferPointer<UInt32>, from: Int, to end: Int) -> Int {
        var i = from
        if let base = s.baseAddress {
            let raw = UnsafeRawPointer(base)
            let a = Lanes(repeating: values[0]), b = Lanes(repeating: values[1])
            let c = Lanes(repeating: values[2]), d = Lanes(repeating: values[3])
            while i + Lanes.scalarCount <= end {
                let lanes = raw.loadUnaligned(fromByteOffset: i * MemoryLayout<UInt32>.stride, as: Lanes.self)
                if any((lanes .== a) .| (lanes .== b) .| (lanes .== c) .| (lanes .== d)) { break }
                i += Lanes.scalarCount
            }
        }
        while i < end && !any(SIMD4(repeating: s[i]) .== values) { i += 1 }
        return i
    }
}
