import Dispatch
import Foundation
import PolicyModel

/// Encodes `Encodable` values to the same bytes as Foundation's `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` when `pretty`), several times faster:
/// keyed containers are arrays sorted once by UTF-8 key bytes (no dictionaries, no coding-path
/// bookkeeping), everything is written into one byte buffer, and large arrays (the documents and reuse
/// pairs of an analysis) are encoded in parallel, element by element. Values that conform to
/// `DirectJSONWritable` (those documents and pairs, with all inside) skip the `Encodable` machinery and
/// write their bytes themselves.
///
/// Format, as Foundation writes it: pretty output indents by two spaces and separates keys with " : ";
/// an empty array or object is "[\n\n<indent>]"; doubles are `description` without a trailing ".0";
/// strings escape `"`, `\`, \b \f \n \r \t and other controls as \u00xx, and nothing else.
public struct SortedJSONEncoder {
    public var pretty: Bool
    public var userInfo: [CodingUserInfoKey: Any]
    /// Arrays with at least this many elements are encoded in parallel.
    public var parallelThreshold: Int
    /// Streamed encoding (`encode(_:to:)`): elements of such an array rendered and written at a time.
    public var partSize: Int

    public init(pretty: Bool = false, userInfo: [CodingUserInfoKey: Any] = [:], parallelThreshold: Int = 64, partSize: Int = 512) {
        self.pretty = pretty
        self.userInfo = userInfo
        self.parallelThreshold = parallelThreshold
        self.partSize = max(1, partSize)
    }

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let options = JSONOptions(pretty: pretty, userInfo: userInfo, parallelThreshold: parallelThreshold, partSize: nil)
        let node = try JSONNodeEncoder.node(for: value, depth: 0, options: options)
        // Written straight into the Data returned (no copy of a result that is over 1 GB for 10,000
        // documents), reserved at once for the pre-rendered parts: growing by doubling costs more (copies
        // and fresh pages) than encoding.
        var out = JSONByteWriter<Data>(pretty: pretty, bytes: Data())
        out.bytes.reserveCapacity(JSONByteWriter<Data>.rawSize(node) + (1 << 16))
        try out.write(node, depth: 0)
        return out.bytes
    }

    /// The same bytes as `encode`, handed to `write` piece by piece as they are made (each piece whole
    /// UTF-8 sequences, ending after an element of a large array or at the end): the large arrays are
    /// rendered a few hundred elements at a time, so the whole JSON is never held (1.5 GB for 50,000
    /// documents, held twice over while it was encoded whole). `write` takes the piece and may leave an
    /// empty buffer in its place to be filled next (`PipelinedWriter` hands back the ones it has written):
    /// a fresh buffer for every piece took its pages from the kernel again, zeroed.
    public func encode<T: Encodable>(_ value: T, to write: (inout [UInt8]) throws -> Void) throws {
        let options = JSONOptions(pretty: pretty, userInfo: userInfo, parallelThreshold: parallelThreshold, partSize: partSize)
        let node = try JSONNodeEncoder.node(for: value, depth: 0, options: options)
        try withoutActuallyEscaping(write) { write in
            var out = JSONByteWriter<[UInt8]>(pretty: pretty, bytes: [])
            out.flush = { bytes in
                try write(&bytes)
                bytes.removeAll(keepingCapacity: true)
            }
            out.emit = out.flush
            try out.write(node, depth: 0)
            if !out.bytes.isEmpty { try write(&out.bytes) }
        }
    }
}

struct JSONOptions: @unchecked Sendable {
    let pretty: Bool
    let userInfo: [CodingUserInfoKey: Any]
    let parallelThreshold: Int
    /// `DocumentIndicators.includeCodingKey`, looked up once for the values written directly.
    let includeCoding: Bool
    /// Streamed encoding: large arrays are left unrendered (`JSONValue.deferred`) until they are written,
    /// this many elements at a time. Nil: rendered at once.
    let partSize: Int?

    init(pretty: Bool, userInfo: [CodingUserInfoKey: Any], parallelThreshold: Int, partSize: Int?) {
        self.pretty = pretty
        self.userInfo = userInfo
        self.parallelThreshold = parallelThreshold
        includeCoding = userInfo[DocumentIndicators.includeCodingKey] as? Bool == true
        self.partSize = partSize
    }
}

/// The encoded tree. Leaves stay unrendered until one final pass; `.raw` is a subtree already rendered
/// (in parallel) at the depth it will be written.
enum JSONValue {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case number(String)
    case string(String)
    case object(JSONObjectBox)
    case array(JSONArrayBox)
    case raw([UInt8])
    /// A large array whose elements are rendered when it is written (streamed encoding).
    case deferred(JSONDeferredArray)
}

/// A large array's elements, rendered a range at a time.
struct JSONDeferredArray {
    let count: Int
    /// Elements rendered (in parallel) and written at a time.
    let part: Int
    /// Renders a range of elements into the buffers given (emptied first, their capacity kept, as many as
    /// there are chunks), each chunk a run of whole elements with the separator before each, in order.
    let render: (Range<Int>, inout [[UInt8]]) throws -> Void
}

final class JSONObjectBox {
    var entries: [(key: String, value: JSONValue)] = []
    var sorted = false

    /// Sorted by UTF-8 bytes of the key; a key encoded twice keeps its last value (as Foundation does).
    func sortedEntries() -> [(key: String, value: JSONValue)] {
        if sorted { return entries }
        var list = entries.enumerated().map { (index: $0.offset, entry: $0.element) }
        list.sort { a, b in
            if a.entry.key == b.entry.key { return a.index < b.index }
            return a.entry.key.utf8.lexicographicallyPrecedes(b.entry.key.utf8)
        }
        var out: [(key: String, value: JSONValue)] = []
        out.reserveCapacity(list.count)
        for item in list {
            if let last = out.last, last.key == item.entry.key { out[out.count - 1] = item.entry } else { out.append(item.entry) }
        }
        entries = out
        sorted = true
        return out
    }
}

final class JSONArrayBox {
    var items: [JSONValue] = []
}

/// Lets the encoder see an array's elements without knowing its element type, to encode them in parallel.
protocol ParallelJSONEncodableArray {
    func jsonElementParts(_ range: Range<Int>, depth: Int, options: JSONOptions) throws -> [[UInt8]]
    func jsonElementChunks(_ range: Range<Int>, depth: Int, options: JSONOptions, into chunks: inout [[UInt8]]) throws
    var jsonElementCount: Int { get }
}

/// Chunks a part of a streamed array is rendered in: several per core, as elements differ in size.
let jsonChunksPerPart = 8

struct UncheckedSendable<T>: @unchecked Sendable { let value: T }

extension Array: ParallelJSONEncodableArray where Element: Encodable {
    var jsonElementCount: Int { count }

    /// Each element of `range` encoded and rendered on its own at `depth` (the depth of the array's items).
    func jsonElementParts(_ range: Range<Int>, depth: Int, options: JSONOptions) throws -> [[UInt8]] {
        let elements = UncheckedSendable(value: self)
        let slots = ParallelSlots<UncheckedSendable<Result<[UInt8], Error>>>(range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { k in
            let i = range.lowerBound + k
            let result = Result<[UInt8], Error> {
                let node = try JSONNodeEncoder.node(for: elements.value[i], depth: depth, options: options)
                let rendered: [UInt8]
                if case .raw(let bytes) = node {
                    rendered = bytes
                } else {
                    var writer = JSONByteWriter<[UInt8]>(pretty: options.pretty, bytes: [])
                    try writer.write(node, depth: depth)
                    rendered = writer.bytes
                }
                // Streamed, a part is written and freed at once: no copy. Otherwise exact size: a doubling
                // buffer wastes up to half of it, and all parts are held at once.
                if options.partSize != nil { return rendered }
                return [UInt8](unsafeUninitializedCapacity: rendered.count) { buffer, count in
                    _ = buffer.initialize(from: rendered)
                    count = rendered.count
                }
            }
            slots[k] = UncheckedSendable(value: result)
        }
        var out: [[UInt8]] = []
        out.reserveCapacity(range.count)
        for k in 0..<range.count {
            guard let slot = slots[k] else { continue }
            out.append(try slot.value.get())
        }
        return out
    }

    /// The elements of `range` rendered at `depth` straight into a few buffers, each worker appending its
    /// run of elements to one: rendered apart, every element grew a buffer of its own (a document's is
    /// 30 KB, by doubling), then was copied again into the part written.
    func jsonElementChunks(_ range: Range<Int>, depth: Int, options: JSONOptions, into chunks: inout [[UInt8]]) throws {
        let count = Swift.min(jsonChunksPerPart, Swift.max(1, range.count))
        if chunks.count > count { chunks.removeLast(chunks.count - count) }
        while chunks.count < count { chunks.append([]) }
        let elements = UncheckedSendable(value: self)
        let buffers = ParallelSlots<[UInt8]>(count)
        let failures = ParallelSlots<UncheckedSendable<Error>>(count)
        // Moved, not copied: each buffer has one owner at a time, so appending to it never copies it.
        for c in 0..<count {
            buffers[c] = chunks[c]
            chunks[c] = []
        }
        DispatchQueue.concurrentPerform(iterations: count) { c in
            guard var bytes = buffers[c] else { return }
            buffers[c] = nil
            bytes.removeAll(keepingCapacity: true)
            let lower = range.lowerBound + c * range.count / count, upper = range.lowerBound + (c + 1) * range.count / count
            do {
                for i in lower..<upper {
                    if i > 0 { bytes.append(0x2C) }
                    if options.pretty {
                        bytes.append(0x0A)
                        for _ in 0..<(2 * depth) { bytes.append(0x20) }
                    }
                    try JSONNodeEncoder.append(elements.value[i], depth: depth, options: options, to: &bytes)
                }
            } catch {
                failures[c] = UncheckedSendable(value: error)
            }
            buffers[c] = bytes
        }
        for c in 0..<count {
            if let failure = failures[c] { throw failure.value }
            chunks[c] = buffers[c] ?? []
            buffers[c] = nil
        }
    }
}

/// The `Encoder` handed to `encode(to:)`: records what the value encoded as a `JSONValue`.
final class JSONNodeEncoder: Encoder {
    let depth: Int
    let options: JSONOptions
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }
    var value: JSONValue?

    init(depth: Int, options: JSONOptions) {
        self.depth = depth
        self.options = options
    }

    /// Large arrays (those at the top two levels, and a report's rows, 230,000 of them at 10,000 documents,
    /// two levels further down) are encoded in parallel, and streamed when `options.partSize` is set.
    static func node<T: Encodable>(for value: T, depth: Int, options: JSONOptions) throws -> JSONValue {
        if let leaf = leaf(value) { return leaf }
        if depth <= 1 || T.self == [ReportTable.Row].self, let array = value as? ParallelJSONEncodableArray,
           array.jsonElementCount >= options.parallelThreshold {
            if let part = options.partSize {
                return .deferred(JSONDeferredArray(count: array.jsonElementCount, part: part) { range, chunks in
                    try array.jsonElementChunks(range, depth: depth + 1, options: options, into: &chunks)
                })
            }
            let box = JSONArrayBox()
            box.items = try array.jsonElementParts(0..<array.jsonElementCount, depth: depth + 1, options: options).map { .raw($0) }
            return .array(box)
        }
        // The bulk of an analysis writes its own bytes (see DirectJSONWritable).
        if let direct = value as? any DirectJSONWritable {
            var writer = DirectJSONWriter(pretty: options.pretty, depth: depth, includeCoding: options.includeCoding)
            try direct.writeJSON(to: &writer)
            return .raw(writer.bytes)
        }
        let encoder = JSONNodeEncoder(depth: depth, options: options)
        try value.encode(to: encoder)
        // A value that encodes nothing is an empty object, as in Foundation.
        return encoder.value ?? .object(JSONObjectBox())
    }

    /// Appends `value`'s bytes at `depth` (as `node(for:)` then a `JSONByteWriter` would), written directly
    /// into `bytes` when it writes its own.
    static func append<T: Encodable>(_ value: T, depth: Int, options: JSONOptions, to bytes: inout [UInt8]) throws {
        if leaf(value) == nil, !(value is ParallelJSONEncodableArray), let direct = value as? any DirectJSONWritable {
            var writer = DirectJSONWriter(pretty: options.pretty, depth: depth, includeCoding: options.includeCoding)
            swap(&writer.out.bytes, &bytes)
            defer { swap(&writer.out.bytes, &bytes) }
            try direct.writeJSON(to: &writer)
            return
        }
        var writer = JSONByteWriter<[UInt8]>(pretty: options.pretty, bytes: [])
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        try writer.write(try node(for: value, depth: depth, options: options), depth: depth)
    }

    /// Common scalar types without going through a container.
    /// (Type identity checks, not dynamic casts: this runs for every value.)
    @inline(__always)
    static func leaf<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == Int.self { return .int(Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Double.self { return try? jsonNumber(unsafeBitCast(value, to: Double.self)) }
        // Spans are most of an analysis (every piece of evidence): written as TextSpan.encode(to:) does,
        // [start, end], without an encoder per span. A test compares the bytes with JSONEncoder's.
        if T.self == TextSpan.self {
            let span = unsafeBitCast(value, to: TextSpan.self)
            let box = JSONArrayBox()
            box.items = [.int(Int64(span.start)), .int(Int64(span.end))]
            return .array(box)
        }
        return nil
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing) = value { box = existing } else { box = JSONObjectBox(); value = .object(box) }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box, depth: depth, options: options))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing) = value { box = existing } else { box = JSONArrayBox(); value = .array(box) }
        return JSONUnkeyedContainer(box: box, depth: depth, options: options)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { JSONSingleValueContainer(encoder: self) }
}

func jsonNumber<T: FloatingPoint & CustomStringConvertible>(_ v: T) throws -> JSONValue {
    .number(try jsonNumberText(v))
}

/// A number as JSONEncoder writes it: `description` without a trailing ".0"; not finite is an error.
func jsonNumberText<T: FloatingPoint & CustomStringConvertible>(_ v: T) throws -> String {
    guard v.isFinite else {
        throw EncodingError.invalidValue(v, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode \(v) directly in JSON."))
    }
    var s = v.description
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let depth: Int
    let options: JSONOptions
    var codingPath: [CodingKey] { [] }

    private func put(_ value: JSONValue, _ key: Key) { box.entries.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(try jsonNumber(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(try jsonNumber(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.uint(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        put(try JSONNodeEncoder.node(for: value, depth: depth + 1, options: options), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONObjectBox()
        put(.object(child), key)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: child, depth: depth + 1, options: options))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = JSONArrayBox()
        put(.array(child), key)
        return JSONUnkeyedContainer(box: child, depth: depth + 1, options: options)
    }

    mutating func superEncoder() -> Encoder { superEncoder(key: "super") }
    mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(key: key.stringValue) }

    private func superEncoder(key: String) -> Encoder {
        let encoder = JSONNodeEncoder(depth: depth + 1, options: options)
        let child = JSONObjectBox()
        encoder.value = .object(child)
        box.entries.append((key, .object(child)))
        return encoder
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer, JSONPrimitiveEncoding {
    let box: JSONArrayBox
    let depth: Int
    let options: JSONOptions
    var codingPath: [CodingKey] { [] }
    var count: Int { box.items.count }

    func put(_ value: JSONValue) { box.items.append(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        put(try JSONNodeEncoder.node(for: value, depth: depth + 1, options: options))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONObjectBox()
        put(.object(child))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: child, depth: depth + 1, options: options))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = JSONArrayBox()
        put(.array(child))
        return JSONUnkeyedContainer(box: child, depth: depth + 1, options: options)
    }

    mutating func superEncoder() -> Encoder {
        let encoder = JSONNodeEncoder(depth: depth + 1, options: options)
        let child = JSONObjectBox()
        encoder.value = .object(child)
        put(.object(child))
        return encoder
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer, JSONPrimitiveEncoding {
    let encoder: JSONNodeEncoder
    var codingPath: [CodingKey] { [] }

    func put(_ value: JSONValue) { encoder.value = value }

    mutating func encode<T: Encodable>(_ value: T) throws {
        put(try JSONNodeEncoder.node(for: value, depth: encoder.depth, options: encoder.options))
    }
}

/// Renders a `JSONValue` tree into bytes ([UInt8] for parts, Data for the whole).
struct JSONByteWriter<Sink: RangeReplaceableCollection> where Sink.Element == UInt8 {
    let pretty: Bool
    var bytes: Sink
    /// Called with the bytes so far after each part of a deferred array (it empties them); nil: all is kept.
    var flush: ((inout Sink) throws -> Void)? = nil
    /// Called with each rendered chunk of a deferred array's part, after `flush` (it takes the chunk and may
    /// leave an empty buffer in its place); nil: the chunks are appended to the bytes.
    var emit: ((inout [UInt8]) throws -> Void)? = nil

    /// Bytes of the already rendered subtrees in `node`.
    static func rawSize(_ node: JSONValue) -> Int {
        switch node {
        case .raw(let r): return r.count
        case .array(let box): return box.items.reduce(0) { $0 + rawSize($1) }
        case .object(let box): return box.entries.reduce(0) { $0 + rawSize($1.value) }
        default: return 0
        }
    }

    @inline(__always)
    mutating func indent(_ depth: Int) {
        for _ in 0..<(2 * depth) { bytes.append(0x20) }
    }

    mutating func write(_ value: JSONValue, depth: Int) throws {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let v): writeInteger(v)
        case .uint(let v): bytes.append(contentsOf: String(v).utf8)
        case .number(let s): bytes.append(contentsOf: s.utf8)
        case .string(let s): writeString(s)
        case .raw(let r): bytes.append(contentsOf: r)
        case .array(let box):
            bytes.append(0x5B)
            if box.items.isEmpty {
                if pretty { bytes.append(0x0A); bytes.append(0x0A); indent(depth) }
            } else {
                for i in box.items.indices {
                    if i > 0 { bytes.append(0x2C) }
                    if pretty { bytes.append(0x0A); indent(depth + 1) }
                    try write(box.items[i], depth: depth + 1)
                    // A pre-rendered element is copied now: free it, so that the output and all the
                    // rendered parts are never held twice (a 10,000-document analysis is over 1 GB).
                    if case .raw = box.items[i] { box.items[i] = .null }
                }
                if pretty { bytes.append(0x0A); indent(depth) }
            }
            bytes.append(0x5D)
        case .deferred(let array):
            // As `.array` of `.raw` elements, rendered and flushed a part at a time.
            bytes.append(0x5B)
            if array.count == 0 {
                if pretty { bytes.append(0x0A); bytes.append(0x0A); indent(depth) }
            } else {
                var start = 0
                var chunks: [[UInt8]] = []
                while start < array.count {
                    let end = min(array.count, start + array.part)
                    try array.render(start..<end, &chunks)
                    if let emit {
                        if !bytes.isEmpty { try flush?(&bytes) }
                        for c in chunks.indices { try emit(&chunks[c]) }
                    } else {
                        for chunk in chunks { bytes.append(contentsOf: chunk) }
                        try flush?(&bytes)
                    }
                    start = end
                }
                if pretty { bytes.append(0x0A); indent(depth) }
            }
            bytes.append(0x5D)
        case .object(let box):
            bytes.append(0x7B)
            let entries = box.sortedEntries()
            if entries.isEmpty {
                if pretty { bytes.append(0x0A); bytes.append(0x0A); indent(depth) }
            } else {
                for (i, entry) in entries.enumerated() {
                    if i > 0 { bytes.append(0x2C) }
                    if pretty { bytes.append(0x0A); indent(depth + 1) }
                    writeString(entry.key)
                    if pretty {
                        bytes.append(0x20); bytes.append(0x3A); bytes.append(0x20)
                    } else {
                        bytes.append(0x3A)
                    }
                    try write(entry.value, depth: depth + 1)
                }
                if pretty { bytes.append(0x0A); indent(depth) }
            }
            bytes.append(0x7D)
        }
    }

    @inline(__always)
    mutating func writeInteger(_ v: Int64) {
        if v >= 0 && v < 10 { bytes.append(0x30 + UInt8(v)); return }
        if v < 0 { bytes.append(0x2D) }
        // Most are offsets of four or five digits: the highest power of ten first, then a byte a digit (a
        // copy of a few bytes through `append(contentsOf:)` cost more than the digits).
        let n = v.magnitude
        var power: UInt64 = 1
        while power <= n / 10 { power *= 10 }
        var rest = n
        while power > 0 {
            bytes.append(0x30 + UInt8(truncatingIfNeeded: rest / power))
            rest %= power
            power /= 10
        }
    }

    mutating func writeString(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var start = 0, i = 0
            let raw = UnsafeRawBufferPointer(utf8)
            while i < utf8.count {
                // Eight bytes at a time while none needs an escape (a section's title, a quoted passage).
                while i + 8 <= utf8.count && !JSONStringMember.mayEndPlainRun(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    i += 8
                }
                guard i < utf8.count else { break }
                let c = utf8[i]
                i += 1
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                if start < i - 1 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<(i - 1)])) }
                start = i
                bytes.append(0x5C)
                switch c {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x08: bytes.append(0x62)
                case 0x0C: bytes.append(0x66)
                case 0x0A: bytes.append(0x6E)
                case 0x0D: bytes.append(0x72)
                case 0x09: bytes.append(0x74)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                }
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(0x22)
    }
}

/// The primitive `encode` methods that unkeyed and single-value containers share: each value becomes a
/// node handed to `put`.
protocol JSONPrimitiveEncoding {
    func put(_ value: JSONValue)
}

extension JSONPrimitiveEncoding {
    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(try jsonNumber(value)) }
    mutating func encode(_ value: Float) throws { put(try jsonNumber(value)) }
    mutating func encode(_ value: Int) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { put(.int(value)) }
    mutating func encode(_ value: UInt) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { put(.uint(value)) }
}
