/// A value that appends its own JSON bytes, exactly those `SortedJSONEncoder` (and so Foundation's
/// `JSONEncoder` with sorted keys) would write for its `encode(to:)`.
///
/// Why: the documents and reuse pairs of an analysis are tens of megabytes of small objects and spans;
/// going through the `Encodable` machinery (containers, a `JSONValue` tree, key sorting) costs several
/// times more than writing the bytes. `SortedJSONEncoder` hands conforming values to `writeJSON` instead.
/// A conformance writes its keys in sorted UTF-8 order and mirrors its `encode(to:)` (which keys are left
/// out, `encodeIfPresent` versus `encode`); tests compare the bytes with `JSONEncoder`'s.
protocol DirectJSONWritable {
    func writeJSON(to writer: inout DirectJSONWriter) throws
}

/// Appends JSON in the format of `JSONByteWriter` (pretty: two-space indent, " : ", empty containers as
/// "[\n\n<indent>]"), for values written member by member.
struct DirectJSONWriter {
    var out: JSONByteWriter<[UInt8]>
    /// `DocumentIndicators.includeCodingKey` of the encoder's userInfo.
    let includeCoding: Bool
    /// Depth of the innermost open container's members.
    private var depth: Int
    /// Whether the innermost open container has no member yet.
    private var empty = true

    /// A writer for a value written at `depth` (the depth the encoder would render it at).
    init(pretty: Bool, depth: Int, includeCoding: Bool) {
        out = JSONByteWriter(pretty: pretty, bytes: [])
        self.depth = depth
        self.includeCoding = includeCoding
    }

    var bytes: [UInt8] { out.bytes }

    // MARK: Containers

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    private mutating func open(_ bracket: UInt8) {
        out.bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if out.pretty {
            if empty { out.bytes.append(0x0A) }
            lineBreak(comma: false)
        }
        out.bytes.append(bracket)
        empty = false
    }

    /// Starts the next member of the open container: comma, then newline and indent when pretty.
    private mutating func member() {
        if out.pretty {
            lineBreak(comma: !empty)
        } else if !empty {
            out.bytes.append(0x2C)
        }
        empty = false
    }

    /// An optional comma, a newline and the indent, appended as one slice of ",\n" and 64 spaces (pretty
    /// output is mostly indentation: byte by byte it would cost more than the rest). Static strings, not
    /// arrays: an array shared by the threads would have its reference count contended on every use.
    private static let lineBreak: StaticString = ",\n                                                                "

    private mutating func lineBreak(comma: Bool) {
        let indent = 2 * depth
        let inRun = min(indent, Self.lineBreak.utf8CodeUnitCount - 2)
        Self.lineBreak.withUTF8Buffer { run in
            out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[(comma ? 0 : 1)..<(2 + inRun)]))
        }
        for _ in inRun..<indent { out.bytes.append(0x20) }
    }

    /// Starts the next element of the open array.
    mutating func element() { member() }

    /// Starts the next member of the open object (an ASCII key that needs no escaping).
    mutating func key(_ name: StaticString) {
        member()
        out.bytes.append(0x22)
        // Byte by byte: a key is a few bytes, which `append(contentsOf:)` copied at more cost than the bytes.
        name.withUTF8Buffer { for b in $0 { out.bytes.append(b) } }
        if out.pretty {
            appendKeyEnd(quote: true)
        } else {
            out.bytes.append(0x22)
            out.bytes.append(0x3A)
        }
    }

    /// Starts the next member of the open object (any key).
    mutating func key(_ name: String) {
        member()
        out.writeString(name)
        appendKeyEnd(quote: false)
    }

    /// The closing quote of a key (unless written already) and the separator.
    private mutating func appendKeyEnd(quote: Bool) {
        // Byte by byte, as in `key(_:)`.
        if quote { out.bytes.append(0x22) }
        if out.pretty { out.bytes.append(0x20) }
        out.bytes.append(0x3A)
        if out.pretty { out.bytes.append(0x20) }
    }

    // MARK: Members

    /// `container.encode(value, forKey:)`.
    mutating func field<T: DirectJSONWritable>(_ name: StaticString, _ value: T) throws {
        key(name)
        try value.writeJSON(to: &self)
    }

    /// `container.encodeIfPresent(value, forKey:)` (what synthesized `Codable` does for optionals).
    mutating func fieldIfPresent<T: DirectJSONWritable>(_ name: StaticString, _ value: T?) throws {
        if let value { try field(name, value) }
    }
}

// MARK: Leaves and collections

extension Int: DirectJSONWritable {
    func writeJSON(to writer: inout DirectJSONWriter) { writer.out.writeInteger(Int64(self)) }
}

extension Bool: DirectJSONWritable {
    func writeJSON(to writer: inout DirectJSONWriter) { writer.out.bytes.append(contentsOf: (self ? "true" : "false").utf8) }
}

extension String: DirectJSONWritable {
    func writeJSON(to writer: inout DirectJSONWriter) { writer.out.writeString(self) }
}

extension Double: DirectJSONWritable {
    func writeJSON(to writer: inout DirectJSONWriter) throws { writer.out.bytes.append(contentsOf: try jsonNumberText(self).utf8) }
}

extension Array: DirectJSONWritable where Element: DirectJSONWritable {
    func writeJSON(to writer: inout DirectJSONWriter) throws {
        writer.beginArray()
        for item in self {
            writer.element()
            try item.writeJSON(to: &writer)
        }
        writer.endArray()
    }
}

/// String-keyed dictionaries encode as objects (keys sorted by UTF-8 bytes, as the encoder sorts them).
extension Dictionary: DirectJSONWritable where Key == String, Value: DirectJSONWritable {
    func writeJSON(to writer: inout DirectJSONWriter) throws {
        writer.beginObject()
        for (key, value) in sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            writer.key(key)
            try value.writeJSON(to: &writer)
        }
        writer.endObject()
    }
}
