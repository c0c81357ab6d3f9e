import Foundation

/// The layout of the JSON files ipap writes, as docs/data-format.md gives it and tools/build-catalog.py writes the
/// bundled catalogue: 2-space indentation, `"key": value`, an object's members in the order of its
/// `JSONMemberRules` (a free map's in sorted order), arrays of plain values on one line, `[]` and `{}` when
/// empty. Foundation's pretty printer sorts every key or none (then in hash order, a different file each run),
/// writes `"key" : value` and an empty array over three lines.
enum JSONLayout {
    struct Malformed: Error {}

    /// `compact` (what `JSONEncoder` writes with sorted keys and no formatting) laid out, with a trailing newline;
    /// its values (numbers, escaped strings) are kept byte for byte.
    static func format(_ compact: Data, order: JSONMemberRules) throws -> Data {
        let bytes = [UInt8](compact)
        var at = 0
        let value = try parse(bytes, &at)
        guard at == bytes.count else { throw Malformed() }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        write(value, bytes, order, indent: 0, into: &out)
        out.append(0x0A)
        return Data(out)
    }

    private indirect enum Piece {
        /// A string (with its quotes), a number or a literal, as the encoder wrote it.
        case plain(Range<Int>)
        case array([Piece])
        /// Each member's name with its quotes.
        case object([(name: Range<Int>, value: Piece)])

        var isPlain: Bool {
            if case .plain = self { return true }
            return false
        }
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":")

    private static func parse(_ b: [UInt8], _ at: inout Int) throws -> Piece {
        guard at < b.count else { throw Malformed() }
        switch b[at] {
        case UInt8(ascii: "{"):
            at += 1
            var members: [(name: Range<Int>, value: Piece)] = []
            if at < b.count, b[at] == UInt8(ascii: "}") {
                at += 1
                return .object(members)
            }
            while true {
                let name = try string(b, &at)
                guard at < b.count, b[at] == colon else { throw Malformed() }
                at += 1
                members.append((name, try parse(b, &at)))
                guard try more(b, &at, closing: UInt8(ascii: "}")) else { return .object(members) }
            }
        case UInt8(ascii: "["):
            at += 1
            var items: [Piece] = []
            if at < b.count, b[at] == UInt8(ascii: "]") {
                at += 1
                return .array(items)
            }
            while true {
                items.append(try parse(b, &at))
                guard try more(b, &at, closing: UInt8(ascii: "]")) else { return .array(items) }
            }
        case quote:
            return .plain(try string(b, &at))
        default:
            let start = at
            while at < b.count, b[at] != comma, b[at] != UInt8(ascii: "]"), b[at] != UInt8(ascii: "}") { at += 1 }
            guard at > start else { throw Malformed() }
            return .plain(start..<at)
        }
    }

    /// After a member or an element: true and past the comma when another follows, false and past `closing`.
    private static func more(_ b: [UInt8], _ at: inout Int, closing: UInt8) throws -> Bool {
        guard at < b.count, b[at] == comma || b[at] == closing else { throw Malformed() }
        at += 1
        return b[at - 1] == comma
    }

    /// A string's bytes with its quotes, escapes left as they are.
    private static func string(_ b: [UInt8], _ at: inout Int) throws -> Range<Int> {
        guard at < b.count, b[at] == quote else { throw Malformed() }
        let start = at
        at += 1
        while at < b.count {
            if b[at] == quote {
                at += 1
                return start..<at
            }
            at += b[at] == backslash ? 2 : 1
        }
        throw Malformed()
    }

    private static func write(_ piece: Piece, _ b: [UInt8], _ rules: JSONMemberRules, indent: Int, into out: inout [UInt8]) {
        func newline(_ depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        switch piece {
        case .plain(let range):
            out.append(contentsOf: b[range])
        case .array(let items) where items.allSatisfy(\.isPlain):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: [comma, UInt8(ascii: " ")]) }
                write(item, b, rules, indent: indent, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(comma) }
                newline(indent + 1)
                write(item, b, rules, indent: indent + 1, into: &out)
            }
            newline(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members) where members.isEmpty:
            out.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
        case .object(let members):
            let names = members.map { String(decoding: b[$0.name.dropFirst().dropLast()], as: UTF8.self) }
            // The rules' order; names they do not list after them, in the encoder's (sorted) order.
            let rank = { (i: Int) in (rules.order?.firstIndex(of: names[i]) ?? Int.max, i) }
            out.append(UInt8(ascii: "{"))
            for (n, i) in members.indices.sorted(by: { rank($0) < rank($1) }).enumerated() {
                if n > 0 { out.append(comma) }
                newline(indent + 1)
                out.append(contentsOf: b[members[i].name])
                out.append(contentsOf: [colon, UInt8(ascii: " ")])
                write(members[i].value, b, rules.rules(of: names[i]), indent: indent + 1, into: &out)
            }
            newline(indent)
            out.append(UInt8(ascii: "}"))
        }
    }
}
