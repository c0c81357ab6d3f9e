import SafeText

/// A small strict JSON parser (RFC 8259) that records the line and column of every value and key.
/// Foundation's decoder says what is wrong but not where; analysts need `file:line:column`.
public struct JSONLocatingParser {
    public struct SyntaxError: Error, Sendable, Equatable {
        /// What is wrong, in both languages.
        public let text: LocalizedText
        public let position: SourcePosition
        public var message: String { text.en }
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private static let maximumDepth = 512

    public init(text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Parses one complete JSON document; trailing non-space text is an error.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONNode {
        var parser = JSONLocatingParser(text: text)
        if parser.peek == "\u{FEFF}" { parser.advance() }
        parser.skipSpace()
        let node = try parser.parseValue()
        parser.skipSpace()
        if parser.peek != nil {
            throw SyntaxError(text: LocalizedText(zh: "JSON 值结束后还有多余的文字", en: "unexpected text after the end of the JSON value"), position: parser.position)
        }
        return node
    }

    /// Where the decoded scalar `offset` of the string literal at `start` (its opening quote, as the parser placed
    /// the value) stands in `text`: an escape (`\u001b`, `\n`, a surrogate pair) takes the columns it is written
    /// in. nil when no string starts there or it is shorter.
    public static func position(ofScalar offset: Int, inStringAt start: SourcePosition, in text: String) -> SourcePosition? {
        var parser = JSONLocatingParser(text: text)
        while parser.peek != nil, parser.line < start.line || (parser.line == start.line && parser.column < start.column) { parser.advance() }
        guard parser.position == start, parser.peek == "\"" else { return nil }
        parser.advance()
        for _ in 0..<offset {
            guard let c = parser.peek, c != "\"" else { return nil }
            guard c == "\\" else {
                parser.advance()
                continue
            }
            parser.advance()
            guard parser.peek == "u" else {
                parser.advance()
                continue
            }
            parser.advance()
            guard let code = try? parser.parseHex4() else { return nil }
            // A high surrogate and its low one are one scalar.
            if (0xD800...0xDBFF).contains(code), parser.peek == "\\" {
                parser.advance()
                parser.advance()
                _ = try? parser.parseHex4()
            }
        }
        return parser.peek == nil ? nil : parser.position
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }
    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipSpace() {
        while let c = peek, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
    }

    private func error(_ zh: String, _ en: String) -> SyntaxError {
        SyntaxError(text: LocalizedText(zh: zh, en: en), position: position)
    }

    /// What was found instead, in both languages.
    private func describe(_ c: Unicode.Scalar?) -> LocalizedText {
        guard let c else { return LocalizedText(zh: "文件结尾", en: "end of file") }
        // Named as every message names a control (`U+0001`, never `U+1`).
        if c.value < 0x20 { return LocalizedText(zh: "控制字符 \(ControlCharacters.name(c))", en: "control character \(ControlCharacters.name(c))") }
        return LocalizedText(zh: "“\(Character(c))”", en: "'\(Character(c))'")
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONNode {
        let start = position
        switch peek {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return JSONNode(value: .string(try parseString()), position: start)
        case "t": try expectWord("true"); return JSONNode(value: .bool(true), position: start)
        case "f": try expectWord("false"); return JSONNode(value: .bool(false), position: start)
        case "n": try expectWord("null"); return JSONNode(value: .null, position: start)
        case let c? where c == "-" || ("0"..."9").contains(c):
            return JSONNode(value: .number(try parseNumber()), position: start)
        default:
            throw error("此处应为 JSON 值，却是\(describe(peek).zh)", "expected a JSON value, found \(describe(peek).en)")
        }
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        for expected in word.unicodeScalars {
            guard peek == expected else { throw error("此处应为 \(word)，却是\(describe(peek).zh)", "expected '\(word)', found \(describe(peek).en)") }
            advance()
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("JSON 嵌套超过 \(Self.maximumDepth) 层", "JSON nested deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONNode {
        let start = position
        try enter()
        advance()
        var members: [JSONNode.Member] = []
        skipSpace()
        if peek == "}" {
            advance()
            depth -= 1
            return JSONNode(value: .object(members), position: start)
        }
        while true {
            skipSpace()
            guard peek == "\"" else { throw error("此处应为带引号的成员名，却是\(describe(peek).zh)", "expected a quoted member name, found \(describe(peek).en)") }
            let keyPosition = position
            let key = try parseString()
            skipSpace()
            guard peek == ":" else { throw error("成员名“\(key)”之后应为冒号，却是\(describe(peek).zh)", "expected ':' after member name \"\(key)\", found \(describe(peek).en)") }
            advance()
            skipSpace()
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyPosition: keyPosition, value: value))
            skipSpace()
            switch peek {
            case ",": advance()
            case "}":
                advance()
                depth -= 1
                return JSONNode(value: .object(members), position: start)
            default: throw error("对象中此处应为逗号或 }，却是\(describe(peek).zh)", "expected ',' or '}' in object, found \(describe(peek).en)")
            }
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONNode {
        let start = position
        try enter()
        advance()
        var items: [JSONNode] = []
        skipSpace()
        if peek == "]" {
            advance()
            depth -= 1
            return JSONNode(value: .array(items), position: start)
        }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            switch peek {
            case ",": advance()
            case "]":
                advance()
                depth -= 1
                return JSONNode(value: .array(items), position: start)
            default: throw error("数组中此处应为逗号或 ]，却是\(describe(peek).zh)", "expected ',' or ']' in array, found \(describe(peek).en)")
            }
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        advance()  // opening quote
        var result = String.UnicodeScalarView()
        while true {
            guard let c = peek else { throw error("字符串没有结束引号", "unterminated string") }
            if c == "\"" {
                advance()
                return String(result)
            }
            if c.value < 0x20 { throw error("字符串中的\(describe(c).zh)须转义", "\(describe(c).en) inside a string must be escaped") }
            if c == "\\" {
                advance()
                guard let e = peek else { throw error("转义序列未完", "unterminated escape") }
                switch e {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    advance()
                    var code = try parseHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard peek == "\\" else { throw error("代理项 \\u\(String(code, radix: 16)) 不成对", "unpaired surrogate \\u\(String(code, radix: 16))") }
                        advance()
                        guard peek == "u" else { throw error("代理项 \\u\(String(code, radix: 16)) 不成对", "unpaired surrogate \\u\(String(code, radix: 16))") }
                        advance()
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("低位代理项无效", "invalid low surrogate") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("码位 \\u\(String(code, radix: 16)) 无效", "invalid code point \\u\(String(code, radix: 16))") }
                    result.append(scalar)
                    continue
                default: throw error("转义“\\\(Character(e))”无效", "invalid escape '\\\(Character(e))'")
                }
                advance()
                continue
            }
            result.append(c)
            advance()
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = peek, let digit = Int(String(c), radix: 16) else {
                throw error("\\u 之后应为四位十六进制数字", "expected four hex digits after \\u")
            }
            value = value * 16 + UInt32(digit)
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        var text = ""
        func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
        if peek == "-" { text.unicodeScalars.append("-"); advance() }
        guard isDigit(peek) else { throw error("此处应为数字，却是\(describe(peek).zh)", "expected a digit, found \(describe(peek).en)") }
        if peek == "0" {
            text.unicodeScalars.append("0"); advance()
            if isDigit(peek) { throw error("数字不能以 0 开头", "numbers must not have leading zeros") }
        }
        while isDigit(peek), let c = peek { text.unicodeScalars.append(c); advance() }
        if peek == "." {
            text.unicodeScalars.append("."); advance()
            guard isDigit(peek) else { throw error("小数点之后应为数字", "expected a digit after '.'") }
            while isDigit(peek), let c = peek { text.unicodeScalars.append(c); advance() }
        }
        if peek == "e" || peek == "E" {
            text.unicodeScalars.append("e"); advance()
            if let c = peek, c == "+" || c == "-" { text.unicodeScalars.append(c); advance() }
            guard isDigit(peek) else { throw error("指数部分应为数字", "expected a digit in the exponent") }
            while isDigit(peek), let c = peek { text.unicodeScalars.append(c); advance() }
        }
        guard let value = Double(text) else { throw error("数字“\(text)”无效", "invalid number '\(text)'") }
        return value
    }
}
