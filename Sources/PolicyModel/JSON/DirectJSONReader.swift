import Foundation

/// A value that reads itself from the JSON its `DirectJSONWritable` conformance writes, with the result its
/// `Decodable` conformance gives on that JSON.
///
/// Why: a stored analysis's parts (`documents.jsonl`) are hundreds of megabytes of small objects and spans at
/// 10,000 documents; `JSONDecoder` took longer to read them than the analysis took to compute them (most of it
/// in the runtime's generic-metadata lookups of its containers, which two threads contend for). A reader reads
/// only what ipap writes: compact or pretty JSON, every key it knows and none other. Anything else (an unknown
/// key, a missing one, a number in another form) throws `DirectJSONReader.Unexpected`, and the caller decodes
/// with `JSONDecoder` instead, whose answer (a value or a located error) then stands.
package protocol DirectJSONReadable {
    init(json reader: inout DirectJSONReader) throws(DirectJSONReader.Unexpected)
}

/// Reads JSON from a byte buffer, value by value, for `DirectJSONReadable` conformances.
package struct DirectJSONReader {
    /// Not what a direct reader reads: decode with `JSONDecoder` instead.
    package struct Unexpected: Error {
        package let offset: Int
    }

    /// An object's key as it stands in the buffer (its bytes between the quotes, without escapes).
    package struct Key {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>

        /// For `switch key { case "id": ... }`.
        package static func ~= (pattern: StaticString, key: Key) -> Bool {
            DirectJSONReader.equal(pattern, key.bytes)
        }

        /// The key as a string; invalid UTF-8 is not read here.
        package func string() throws(Unexpected) -> String {
            guard let text = String(validating: bytes, as: UTF8.self) else { throw Unexpected(offset: -1) }
            return text
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    /// A key repeated in an object is `Unexpected`: for files a person may have written, where which of the two
    /// values counts is `JSONDecoder`'s to say.
    private let rejectsRepeatedKeys: Bool

    fileprivate static func equal(_ text: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8CodeUnitCount == bytes.count else { return false }
        let start = text.utf8Start
        for i in 0..<bytes.count where start[i] != bytes[i] { return false }
        return true
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, rejectsRepeatedKeys: Bool) {
        self.bytes = bytes
        self.rejectsRepeatedKeys = rejectsRepeatedKeys
    }

    /// `T` read from the whole of `data` (white space around it allowed); with `rejectingRepeatedKeys`, an object
    /// that has a key twice is not read.
    package static func read<T: DirectJSONReadable>(_ type: T.Type, from data: Data,
                                                    rejectingRepeatedKeys: Bool = false) throws(Unexpected) -> T {
        let result: Result<T, Unexpected> = data.withUnsafeBytes { raw in
            var reader = DirectJSONReader(bytes: raw.bindMemory(to: UInt8.self), rejectsRepeatedKeys: rejectingRepeatedKeys)
            do throws(Unexpected) {
                let value = try T(json: &reader)
                reader.skipSpace()
                guard reader.at == reader.bytes.count else { return .failure(reader.unexpected) }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// True when every object in `data` has each of its members once and only members `rules` knows: what a
    /// decoder may read without `JSONNode.memberFindings`. False also when not sure (a name with escapes, a file
    /// that is no JSON): the located tree then says what, if anything, is wrong.
    package static func membersFollow(_ rules: JSONMemberRules, in data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var reader = DirectJSONReader(bytes: raw.bindMemory(to: UInt8.self), rejectsRepeatedKeys: true)
            do throws(Unexpected) {
                try reader.checkMembers(rules, depth: 0)
                reader.skipSpace()
                return reader.at == reader.bytes.count
            } catch {
                return false
            }
        }
    }

    /// Nested deeper than the located parser reads (its limit): not sure, and no stack is overrun on any input.
    private mutating func checkMembers(_ rules: JSONMemberRules, depth: Int) throws(Unexpected) {
        guard depth < 512 else { throw unexpected }
        switch peek() {
        case 0x7B:
            try object { (r: inout DirectJSONReader, key: Key) throws(Unexpected) in
                let name = try key.string()
                if let known = rules.known, !known.contains(name) { throw r.unexpected }
                try r.checkMembers(rules.rules(of: name), depth: depth + 1)
            }
        case 0x5B:
            _ = try array { (r: inout DirectJSONReader) throws(Unexpected) in try r.checkMembers(rules, depth: depth + 1) }
        default:
            try skipValue()
        }
    }

    /// What to throw here: also by a conformance, for a key it does not know or a required key not there.
    package var unexpected: Unexpected { Unexpected(offset: at) }

    private mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x0A, 0x0D, 0x09: at += 1
            default: return
            }
        }
    }

    /// The next byte that is not white space, not taken.
    private mutating func peek() -> UInt8? {
        skipSpace()
        return at < bytes.count ? bytes[at] : nil
    }

    private mutating func take(_ byte: UInt8) throws(Unexpected) {
        guard peek() == byte else { throw unexpected }
        at += 1
    }

    // MARK: Containers

    /// Reads an object, handing each key to `member`, which must read the key's value.
    package mutating func object(_ member: (inout DirectJSONReader, Key) throws(Unexpected) -> Void) throws(Unexpected) {
        try take(0x7B)
        if peek() == 0x7D {
            at += 1
            return
        }
        var keys: [UnsafeBufferPointer<UInt8>] = []
        while true {
            let key = try rawKey()
            if rejectsRepeatedKeys {
                guard !keys.contains(where: { $0.elementsEqual(key.bytes) }) else { throw unexpected }
                keys.append(key.bytes)
            }
            try take(0x3A)
            try member(&self, key)
            if peek() == 0x2C {
                at += 1
                continue
            }
            try take(0x7D)
            return
        }
    }

    /// A key without escapes (every key ipap writes); one with escapes is not read here.
    private mutating func rawKey() throws(Unexpected) -> Key {
        try take(0x22)
        let start = at
        while at < bytes.count && bytes[at] != 0x22 {
            guard bytes[at] != 0x5C, bytes[at] >= 0x20 else { throw unexpected }
            at += 1
        }
        guard at < bytes.count else { throw unexpected }
        let key = Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<at]))
        at += 1
        return key
    }

    package mutating func array<T>(_ element: (inout DirectJSONReader) throws(Unexpected) -> T) throws(Unexpected) -> [T] {
        try take(0x5B)
        var out: [T] = []
        if peek() == 0x5D {
            at += 1
            return out
        }
        while true {
            out.append(try element(&self))
            if peek() == 0x2C {
                at += 1
                continue
            }
            try take(0x5D)
            return out
        }
    }

    package mutating func array<T: DirectJSONReadable>(of type: T.Type) throws(Unexpected) -> [T] {
        try array { (r: inout DirectJSONReader) throws(Unexpected) in try T(json: &r) }
    }

    /// An object of values keyed by strings, as `[String: T]` decodes.
    package mutating func dictionary<T>(_ value: (inout DirectJSONReader) throws(Unexpected) -> T) throws(Unexpected) -> [String: T] {
        var out: [String: T] = [:]
        try object { (r: inout DirectJSONReader, key: Key) throws(Unexpected) in out[try key.string()] = try value(&r) }
        return out
    }

    package mutating func dictionary<T: DirectJSONReadable>(of type: T.Type) throws(Unexpected) -> [String: T] {
        try dictionary { (r: inout DirectJSONReader) throws(Unexpected) in try T(json: &r) }
    }

    /// True (and `null` taken) when the next value is `null`.
    package mutating func takeNull() throws(Unexpected) -> Bool {
        guard peek() == 0x6E else { return false }
        try word("null")
        return true
    }

    /// `T`, or nil for `null` (what `decodeIfPresent` gives for a key that is there).
    package mutating func optional<T: DirectJSONReadable>(_ type: T.Type) throws(Unexpected) -> T? {
        try takeNull() ? nil : try T(json: &self)
    }

    /// The next value's bytes as they stand (white space around it left out), taken: for a part that a
    /// decoder reads (small, rare or of many types).
    package mutating func valueBytes() throws(Unexpected) -> Data {
        skipSpace()
        let start = at
        try skipValue()
        return Data(UnsafeBufferPointer(rebasing: bytes[start..<at]))
    }

    private mutating func skipValue() throws(Unexpected) {
        switch peek() {
        case 0x7B:
            try object { (r: inout DirectJSONReader, _) throws(Unexpected) in try r.skipValue() }
        case 0x5B:
            _ = try array { (r: inout DirectJSONReader) throws(Unexpected) in try r.skipValue() }
        case 0x22:
            try skipString()
        case 0x74, 0x66:
            _ = try bool()
        case 0x6E:
            try word("null")
        default:
            _ = try double()
        }
    }

    /// A string passed over unread (its value is not made: a document's text is most of its file); whoever
    /// reads the value checks its escapes and UTF-8.
    private mutating func skipString() throws(Unexpected) {
        try take(0x22)
        let raw = UnsafeRawBufferPointer(bytes)
        while at < bytes.count {
            // Eight bytes at a time while none of them is a quote or a backslash (`JSONStringMember`'s test).
            while at + 8 <= bytes.count && !JSONStringMember.mayEndPlainRun(raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) {
                at += 8
            }
            guard at < bytes.count else { break }
            switch bytes[at] {
            case 0x22:
                at += 1
                return
            case 0x5C: at += 2
            default: at += 1
            }
        }
        throw unexpected
    }

    // MARK: Scalars

    package mutating func bool() throws(Unexpected) -> Bool {
        switch peek() {
        case 0x74:
            try word("true")
            return true
        case 0x66:
            try word("false")
            return false
        default:
            throw unexpected
        }
    }

    private mutating func word(_ text: StaticString) throws(Unexpected) {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count, Self.equal(text, UnsafeBufferPointer(rebasing: bytes[at..<(at + count)])) else {
            throw unexpected
        }
        at += count
    }

    /// An integer written as one: an optional minus and digits.
    package mutating func int() throws(Unexpected) -> Int {
        skipSpace()
        let negative = at < bytes.count && bytes[at] == 0x2D
        if negative { at += 1 }
        let start = at
        var value = 0
        while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[at] - 0x30))
            guard !o1, !o2 else { throw unexpected }
            value = sum
            at += 1
        }
        guard at > start, at - start == 1 || bytes[start] != 0x30 else { throw unexpected }
        if at < bytes.count, bytes[at] == 0x2E || bytes[at] == 0x65 || bytes[at] == 0x45 { throw unexpected }
        return negative ? -value : value
    }

    /// `[a, b]`: two integers (a span), without an array made for them.
    package mutating func intPair() throws(Unexpected) -> (Int, Int) {
        try take(0x5B)
        let a = try int()
        try take(0x2C)
        let b = try int()
        try take(0x5D)
        return (a, b)
    }

    /// A number, parsed as `Double(String)` parses it (correctly rounded, as `JSONDecoder` does).
    package mutating func double() throws(Unexpected) -> Double {
        skipSpace()
        let start = at
        while at < bytes.count {
            switch bytes[at] {
            case 0x30...0x39, 0x2D, 0x2B, 0x2E, 0x65, 0x45: at += 1
            default:
                guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)),
                      value.isFinite else { throw unexpected }
                return value
            }
        }
        throw unexpected
    }

    /// A string, its escapes resolved (`JSONStringMember.unescaped`: a surrogate escape, which ipap never
    /// writes, is left to the decoder).
    package mutating func string() throws(Unexpected) -> String {
        try take(0x22)
        guard let (text, next) = JSONStringMember.unescaped(bytes, from: at) else { throw unexpected }
        at = next
        return text
    }

    /// A string-backed enum's raw value.
    package mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Unexpected) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw unexpected }
        return value
    }

}

// The scalars, so that lists, dictionaries and optionals of them are read like those of any readable type.
extension String: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) { self = try r.string() }
}

extension Int: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) { self = try r.int() }
}

extension Double: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) { self = try r.double() }
}

extension Bool: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) { self = try r.bool() }
}

extension Array: DirectJSONReadable where Element: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) { self = try r.array(of: Element.self) }
}
