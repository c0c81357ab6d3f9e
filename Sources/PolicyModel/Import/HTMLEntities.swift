/// HTML character references: numeric (`&#20114;`, `&#x4E92;`) and the named ones government pages use.
/// An unknown or malformed reference is kept as written, as browsers do. A numeric reference to a C1 control
/// (`&#128;` to `&#159;`) is read as the Windows-1252 character of that byte, as HTML's numeric character
/// reference end state does (`&#147;` is “, `&#150;` –): pages made by old Windows tools wrote them so.
public enum HTMLEntities {
    static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{00B7}", "bull": "\u{2022}",
        "emsp": "\u{2003}", "ensp": "\u{2002}", "thinsp": "\u{2009}", "zwsp": "\u{200B}", "shy": "\u{00AD}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "times": "\u{00D7}", "divide": "\u{00F7}",
        "yen": "\u{00A5}", "deg": "\u{00B0}", "plusmn": "\u{00B1}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "sect": "\u{00A7}", "para": "\u{00B6}", "permil": "\u{2030}", "le": "\u{2264}", "ge": "\u{2265}",
        "rarr": "\u{2192}", "larr": "\u{2190}", "uarr": "\u{2191}", "darr": "\u{2193}", "micro": "\u{00B5}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "sup2": "\u{00B2}", "sup3": "\u{00B3}",
    ]

    /// The characters HTML reads numeric references 0x80 to 0x9F as: Windows-1252's for those bytes. The five
    /// Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) are not here: they stay the C1 controls,
    /// which a text may not hold (`TextDecoder.isRefusedControl`).
    static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    /// One character reference as written in a text: where its `&` is (an offset in unicode scalars), the
    /// reference itself (`&#27;`) and the text it stands for.
    public struct Reference: Sendable, Equatable {
        public var offset: Int
        public var written: String
        public var value: String
    }

    /// The first reference of `text` that stands for a control a text may not hold (`TextDecoder.isRefusedControl`,
    /// `&#27;`), and that control: what the import refuses and `ipap fetch` does not store.
    static func firstRefusedControl(in text: String) -> (reference: Reference, control: Unicode.Scalar)? {
        for found in references(in: text) {
            if let control = found.value.unicodeScalars.first(where: TextDecoder.isRefusedControl) { return (found, control) }
        }
        return nil
    }

    public static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var copied = 0
        for reference in references(in: s) {
            out.append(contentsOf: s[copied..<reference.offset])
            out.append(contentsOf: reference.value.unicodeScalars)
            copied = reference.offset + reference.written.unicodeScalars.count
        }
        out.append(contentsOf: s[copied...])
        return String(out)
    }

    /// The references of `text` that `decode` replaces, in order.
    public static func references(in text: String) -> [Reference] {
        guard text.contains("&") else { return [] }
        return references(in: Array(text.unicodeScalars))
    }

    static func references(in s: [Unicode.Scalar]) -> [Reference] {
        var found: [Reference] = []
        var i = 0
        while i < s.count {
            guard s[i] == "&", let semicolon = s[(i + 1)..<min(s.count, i + 34)].firstIndex(of: ";") else {
                i += 1
                continue
            }
            let body = String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))
            if let replacement = resolve(body) {
                found.append(Reference(offset: i, written: "&" + body + ";", value: replacement))
                i = semicolon + 1
            } else {
                i += 1
            }
        }
        return found
    }

    static func resolve(_ body: String) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            // NUL, surrogates and out-of-range code points are not characters: U+FFFD, as browsers do.
            guard let value else { return nil }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(windows1252[value] ?? scalar))
        }
        return named[body] ?? named[body.lowercased()]
    }
}
