import CNumberText
import Foundation

/// Named columns of numbers, stored as one JSON object of arrays of numbers (`{"name":[1,0.25,...],...}`,
/// keys sorted): the bulk of the analysis summary (each document's counts, the tool x area cells, the
/// pairs). Read by a parser made for exactly this shape: Foundation's decoder needs about a microsecond
/// a number, which made the 10,000-document summary take seconds to open; this reads them in tens of ms.
struct NumberColumns: Equatable {
    private(set) var columns: [String: [Double]] = [:]

    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "byte \(offset): \(reason)" }
    }

    struct Missing: Error, CustomStringConvertible {
        let name: String
        let reason: String
        var description: String { "column \(name): \(reason)" }
    }

    init() {}

    mutating func set(_ name: String, _ values: [Double]) { columns[name] = values }
    mutating func set(_ name: String, _ values: [Int]) { columns[name] = values.map(Double.init) }
    mutating func set(_ name: String, _ values: [Bool]) { columns[name] = values.map { $0 ? 1 : 0 } }

    func doubles(_ name: String, count: Int? = nil) throws -> [Double] {
        guard let values = columns[name] else { throw Missing(name: name, reason: "not stored") }
        if let count, values.count != count { throw Missing(name: name, reason: "\(values.count) values, not \(count)") }
        return values
    }

    func ints(_ name: String, count: Int? = nil) throws -> [Int] {
        let values = try doubles(name, count: count)
        var out = [Int]()
        out.reserveCapacity(values.count)
        for v in values {
            guard let i = Int(exactly: v) else { throw Missing(name: name, reason: "\(v) is not a whole number") }
            out.append(i)
        }
        return out
    }

    func bools(_ name: String, count: Int? = nil) throws -> [Bool] { try ints(name, count: count).map { $0 != 0 } }

    /// The JSON text: whole numbers without a fraction, others as the encoder writes doubles.
    func encoded() throws -> Data {
        var out = "{"
        for (n, name) in columns.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if n > 0 { out += "," }
            out += "\"" + name + "\":["
            for (i, v) in (columns[name] ?? []).enumerated() {
                if i > 0 { out += "," }
                if let whole = Int(exactly: v) { out += String(whole) } else { out += try jsonNumberText(v) }
            }
            out += "]"
        }
        out += "}"
        return Data(out.utf8)
    }

    /// Parses what `encoded` writes (white space allowed between tokens; names without escapes).
    init(parsing data: Data) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            func fail(_ reason: String) -> Malformed { Malformed(offset: i, reason: reason) }
            func skipSpace() {
                while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            }
            func expect(_ byte: UInt8) throws {
                skipSpace()
                guard i < bytes.count, bytes[i] == byte else { throw fail("expected '\(Character(Unicode.Scalar(byte)))'") }
                i += 1
            }
            func number() throws -> Double {
                skipSpace()
                let start = i
                var whole = 0, plain = true
                while i < bytes.count {
                    let b = bytes[i]
                    if b >= 0x30 && b <= 0x39 {
                        let (product, overflow) = whole.multipliedReportingOverflow(by: 10)
                        if overflow { plain = false } else { whole = product + Int(b - 0x30) }
                    } else if b == 0x2D || b == 0x2B || b == 0x2E || b == 0x65 || b == 0x45 {
                        plain = false
                    } else {
                        break
                    }
                    i += 1
                }
                guard i > start else { throw fail("expected a number") }
                if plain, bytes[start] != 0x2D { return Double(whole) }
                // The shares (16-17 digits: no exact shortcut) straight from the bytes, as Swift's parser reads
                // them (strtod in the C locale), without a String each: that was half of this parse.
                var parsed = 0.0
                if let base = bytes.baseAddress, cnt_parse_double(base + start, i - start, &parsed) == 1 { return parsed }
                // Swift's parser, which reads the C locale's numbers whatever the terminal's locale.
                guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)),
                      value.isFinite else { throw fail("not a number") }
                return value
            }
            try expect(0x7B)
            skipSpace()
            if i < bytes.count, bytes[i] == 0x7D {
                i += 1
            } else {
                while true {
                    try expect(0x22)
                    let start = i
                    while i < bytes.count, bytes[i] != 0x22 {
                        guard bytes[i] != 0x5C else { throw fail("a column name with an escape") }
                        i += 1
                    }
                    guard i < bytes.count else { throw fail("unterminated name") }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    try expect(0x3A)
                    try expect(0x5B)
                    // Made at its full size: the elements are counted first (grown an element at a time, copying
                    // the columns was a third of the parse).
                    var values: [Double] = []
                    var commas = 0, end = i
                    while end < bytes.count, bytes[end] != 0x5D {
                        if bytes[end] == 0x2C { commas += 1 }
                        end += 1
                    }
                    values.reserveCapacity(commas + 1)
                    skipSpace()
                    if i < bytes.count, bytes[i] == 0x5D {
                        i += 1
                    } else {
                        while true {
                            values.append(try number())
                            skipSpace()
                            guard i < bytes.count else { throw fail("unterminated array") }
                            if bytes[i] == 0x2C { i += 1; continue }
                            try expect(0x5D)
                            break
                        }
                    }
                    guard columns.updateValue(values, forKey: name) == nil else { throw fail("column \(name) twice") }
                    skipSpace()
                    guard i < bytes.count else { throw fail("unterminated object") }
                    if bytes[i] == 0x2C { i += 1; continue }
                    try expect(0x7D)
                    break
                }
            }
            skipSpace()
            guard i == bytes.count else { throw fail("text after the object") }
        }
    }
}
