import Foundation

/// Decodes a JSON file into a model type and, when anything is wrong, says where:
/// invalid UTF-8, malformed JSON, an unknown schema version, a missing or mistyped field.
/// Decoding takes Foundation's fast path; the locating parser runs only to explain a failure.
struct LocatedFileDecoder {
    /// The path shown in messages.
    let displayPath: String
    let data: Data

    static let supportedSchema = 1

    /// Reads `url`; a file that cannot be read is one problem.
    static func read(_ url: URL, displayPath: String) -> Result<LocatedFileDecoder, Problem> {
        do {
            let data = try Data(contentsOf: url)
            return .success(LocatedFileDecoder(displayPath: displayPath, data: data))
        } catch {
            return .failure(Problem(file: displayPath, FileError.localizedReason(error, path: url.path).prefixed(zh: "无法读取文件：", en: "cannot read the file: ")))
        }
    }

    /// The same by path: read with system calls (a URL made per document file cost more than reading it),
    /// else, for the problem, as `read(_:displayPath:)` reads.
    static func read(path: String, displayPath: String) -> Result<LocatedFileDecoder, Problem> {
        if let data = bytes(atPath: path) { return .success(LocatedFileDecoder(displayPath: displayPath, data: data)) }
        return read(URL(fileURLWithPath: path), displayPath: displayPath)
    }

    /// A regular file's bytes: open, fstat, then read up to the size fstat gave. Nil on any failure, for an
    /// empty file or anything but a regular file (read the ordinary way then).
    private static func bytes(atPath path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
              let buffer = malloc(Int(info.st_size)) else { return nil }
        let size = Int(info.st_size)
        var count = 0
        while count < size {
            let n = Foundation.read(fd, buffer + count, size - count)
            if n > 0 {
                count += n
            } else if n == 0 {
                break
            } else if errno != EINTR {
                free(buffer)
                return nil
            }
        }
        return Data(bytesNoCopy: buffer, count: count, deallocator: .free)
    }

    /// The decoded value, or the problems that prevented it; a repeated member is one (`memberProblems`), unless
    /// the caller checks the members itself (`checkingMembers` false).
    func decode<T: Decodable>(_ type: T.Type, requireSchema: Bool = true, checkingMembers: Bool = true,
                              userInfo: [CodingUserInfoKey: any Sendable] = [:]) -> Result<T, Problem> {
        // Fast path first: Foundation's decoder, which also rejects invalid UTF-8 in any string (so a
        // success needs no separate validation). The file is read as text and the locating parser runs
        // only to explain a failure (on a 10,000-document corpus they would otherwise dominate loading).
        func text() -> Result<String, Problem> {
            guard let text = String(validatingUTF8Data: data) else {
                return .failure(Problem(file: displayPath, position: firstInvalidUTF8Position(),
                                        LocalizedText(zh: "文件不是有效的 UTF-8 文本", en: "the file is not valid UTF-8")))
            }
            return .success(text)
        }
        // A deferred text is skipped unread by the decoder, so its bytes are checked here.
        if userInfo[PolicyDocument.deferTextKey] as? Bool == true, case .failure(let p) = text() { return .failure(p) }
        do {
            let decoder = JSONDecoder()
            decoder.userInfo = userInfo
            let value = try decoder.decode(T.self, from: data)
            if requireSchema, let versioned = value as? SchemaVersioned, versioned.schema != Self.supportedSchema {
                switch text() {
                case .failure(let p): return .failure(p)
                case .success(let text): if let problem = schemaProblem(text) { return .failure(problem) }
                }
            }
            if checkingMembers, let repeated = memberProblems(.anyMembers).repeated.first { return .failure(repeated) }
            return .success(value)
        } catch let error as DecodingError {
            switch text() {
            case .failure(let p): return .failure(p)
            case .success(let text):
                if requireSchema, let problem = schemaProblem(text) { return .failure(problem) }
                return .failure(explain(error, text: text))
            }
        } catch {
            if case .failure(let p) = text() { return .failure(p) }
            return .failure(Problem(file: displayPath, LocalizedText(zh: "无法解码：\(error)", en: "\(error)")))
        }
    }

    /// A document, as `decode` gives it. A file in the form ipap writes, every key known and none repeated, is
    /// read straight from its bytes (`DirectJSONReader`; Foundation's decoder was a fifth of loading's CPU time);
    /// else its text is read by `JSONStringMember` when that is sure of it, the rest by Foundation's decoder
    /// from the file with `null` in the text's place, so that the decoder neither builds the text piece by
    /// piece nor scans it. Anything else (a text with surrogate escapes, a file with a problem) goes through
    /// `decode`. A document that does not decode gives the problem of each of its members that does not
    /// (`undecodedMemberProblems`), not only the first. One that decodes is refused when a member is repeated, and
    /// comes with a problem for each member ipap does not read (`memberProblems`).
    func decodeDocument(deferText: Bool) -> Result<(document: PolicyDocument, unknownMembers: [Problem]), CorpusProblems> {
        // The direct reader knows every member and refuses a repeated one: what it reads needs no member check.
        if !deferText, let document = try? DirectJSONReader.read(PolicyDocument.self, from: data, rejectingRepeatedKeys: true),
           document.schema == Self.supportedSchema {
            return .success((document, []))
        }
        return decodeDocumentByFoundation(deferText: deferText).flatMap { document in
            let members = memberProblems(.document)
            guard members.repeated.isEmpty else { return .failure(CorpusProblems(problems: members.repeated)) }
            return .success((document, members.unknown))
        }
    }

    /// The rest of `decodeDocument`: Foundation's decoder, which takes the first of a repeated member and skips
    /// an unknown one (the caller checks the members).
    private func decodeDocumentByFoundation(deferText: Bool) -> Result<PolicyDocument, CorpusProblems> {
        if !deferText, let (text, rest) = data.withUnsafeBytes({ raw -> (String, Data)? in
            guard let member = JSONStringMember.member("text", in: raw) else { return nil }
            var rest = Data(UnsafeRawBufferPointer(rebasing: raw[..<member.range.lowerBound]))
            rest.append(contentsOf: "null".utf8)
            rest.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[member.range.upperBound...]))
            return (member.value, rest)
        }), var document = try? JSONDecoder().decode(PolicyDocument.self, from: rest), document.schema == Self.supportedSchema {
            document.text = text
            return .success(document)
        }
        let userInfo: [CodingUserInfoKey: any Sendable] = deferText ? [PolicyDocument.deferTextKey: true] : [:]
        switch decode(PolicyDocument.self, checkingMembers: false, userInfo: userInfo) {
        case .success(let document): return .success(document)
        case .failure(let first):
            let all = undecodedMemberProblems(PolicyDocument.self, template: PolicyDocument(id: "", title: "", level: .national), userInfo: userInfo)
            // The members' problems only when they begin with the one `decode` found (not for a file that is no
            // JSON object, is not UTF-8 or has another schema, where `decode`'s one problem says it all).
            return .failure(CorpusProblems(problems: all.first == first ? all : [first]))
        }
    }

    /// The problem of each top-level member of the file that does not decode, in the order the decoder meets
    /// them: Foundation's decoder stops at the first, so the file is decoded again with each member found wrong
    /// replaced by `template`'s (a valid value), until it decodes or a member comes round again. A member's
    /// first problem only (its value is replaced whole); empty when the file is not a JSON object.
    private func undecodedMemberProblems<T: Codable>(_ type: T.Type, template: T, userInfo: [CodingUserInfoKey: any Sendable]) -> [Problem] {
        guard let text = String(validatingUTF8Data: data), var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let templateData = try? JSONEncoder().encode(template),
              let valid = (try? JSONSerialization.jsonObject(with: templateData)) as? [String: Any] else { return [] }
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        var replaced: Set<String> = [], problems: [Problem] = []
        while let patched = try? JSONSerialization.data(withJSONObject: object) {
            do {
                _ = try decoder.decode(T.self, from: patched)
                break
            } catch let error as DecodingError {
                let path: [CodingKey]
                switch error {
                case .keyNotFound(let key, let context): path = context.codingPath + [key]
                case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
                @unknown default: path = []
                }
                guard let member = path.first, member.intValue == nil, !replaced.contains(member.stringValue) else { break }
                problems.append(explain(error, text: text))
                replaced.insert(member.stringValue)
                object[member.stringValue] = valid[member.stringValue] ?? NSNull()
            } catch {
                break
            }
        }
        return problems
    }

    /// What Foundation's decoder reads wrongly without a word (`JSONMemberRules`): `repeated`, each member that
    /// stands twice in its object (programs differ on which value counts, so the file is refused as malformed
    /// JSON is), and `unknown`, each member `rules` does not know (a misspelling whose value would be lost: a
    /// problem, the file is still read). Found by a quick pass over the bytes, located only when there is one;
    /// none for a file that does not parse (its decoding says so).
    func memberProblems(_ rules: JSONMemberRules) -> (repeated: [Problem], unknown: [Problem]) {
        guard !DirectJSONReader.membersFollow(rules, in: data), let tree = locatedTree() else { return ([], []) }
        var repeated: [Problem] = [], unknown: [Problem] = []
        for finding in tree.memberFindings(rules) {
            switch finding.kind {
            case .repeated(let first):
                repeated.append(Problem(file: displayPath, position: finding.position, LocalizedText(
                    zh: "成员“\(finding.path)”重复（第一个在 \(first.line):\(first.column)）；不同程序取的值不同：只保留一个",
                    en: "member '\(finding.path)' is repeated (the first at \(first.line):\(first.column)); programs differ on which value counts: keep one")))
            case .unknown(let suggestion):
                let hint = suggestion.map { LocalizedText(zh: "；是不是“\($0)”？", en: "; did you mean '\($0)'?") }
                    ?? LocalizedText(zh: "；ipap 不读它的值", en: "; ipap does not read its value")
                unknown.append(Problem(file: displayPath, position: finding.position, LocalizedText(
                    zh: "未知字段“\(finding.path)”" + hint.zh, en: "unknown field '\(finding.path)'" + hint.en)))
            }
        }
        return (repeated, unknown)
    }

    /// The located tree of the file, for pointing at a path; nil if it does not parse.
    func locatedTree() -> JSONNode? {
        guard let text = String(validatingUTF8Data: data) else { return nil }
        return try? JSONLocatingParser.parse(text)
    }

    private func schemaProblem(_ text: String) -> Problem? {
        let root: JSONNode
        do {
            root = try JSONLocatingParser.parse(text)
        } catch {
            return Problem(file: displayPath, position: error.position, error.text.prefixed(zh: "JSON 格式错误：", en: "malformed JSON: "))
        }
        guard case .object = root.value else {
            return Problem(file: displayPath, position: root.position, LocalizedText(zh: "顶层应为 JSON 对象", en: "expected a JSON object at the top level"))
        }
        guard let schema = root["schema"] else {
            return Problem(file: displayPath, position: root.position, LocalizedText(zh: "缺少必填字段“schema”", en: "missing required field 'schema'"))
        }
        guard case .number(let n) = schema.value, n == Double(Self.supportedSchema) else {
            let found: LocalizedText
            if case .number(let n) = schema.value, n == n.rounded(), abs(n) < 1e9 {
                found = LocalizedText(zh: String(Int(n)), en: String(Int(n)))
            } else {
                found = LocalizedText(zh: "（不是整数）", en: "that is not a whole number")
            }
            return Problem(file: displayPath, position: schema.position,
                           LocalizedText(zh: "未知的 schema 版本 \(found.zh)（本 ipap 读取 schema \(Self.supportedSchema)）",
                                         en: "unknown schema version \(found.en) (this ipap reads schema \(Self.supportedSchema))"))
        }
        return nil
    }

    private func explain(_ error: DecodingError, text: String) -> Problem {
        let root: JSONNode
        do {
            root = try JSONLocatingParser.parse(text)
        } catch {
            return Problem(file: displayPath, position: error.position, error.text.prefixed(zh: "JSON 格式错误：", en: "malformed JSON: "))
        }
        func locate(_ path: [CodingKey]) -> SourcePosition {
            root.deepest(along: path.map(Self.component)).position
        }
        func field(_ path: [CodingKey]) -> LocalizedText {
            let name = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            return path.isEmpty ? LocalizedText(zh: "顶层", en: "top level") : LocalizedText(zh: "“\(name)”", en: "'\(name)'")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let path = context.codingPath
            let name = (path + [key]).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            return Problem(file: displayPath, position: locate(path), LocalizedText(zh: "缺少必填字段“\(name)”", en: "missing required field '\(name)'"))
        case .typeMismatch(let type, let context):
            let (f, t) = (field(context.codingPath), Self.describe(type))
            return Problem(file: displayPath, position: locate(context.codingPath),
                           LocalizedText(zh: "\(f.zh)：应为\(t.zh)", en: "\(f.en): expected \(t.en)"))
        case .valueNotFound(let type, let context):
            let (f, t) = (field(context.codingPath), Self.describe(type))
            return Problem(file: displayPath, position: locate(context.codingPath),
                           LocalizedText(zh: "\(f.zh)：不能为 null（应为\(t.zh)）", en: "\(f.en): must not be null (expected \(t.en))"))
        case .dataCorrupted(let context):
            // The decoder's own words are English (an enum's raw values, a date's form): the Chinese names the field
            // and the value found there, so the analyst sees what to correct.
            let f = field(context.codingPath)
            let found = root.deepest(along: context.codingPath.map(Self.component))
            // A value that names none of an enum's cases: said with the choices, in both languages.
            if let notAChoice = context.underlyingError as? NotAChoice {
                let said = notAChoice.text
                return Problem(file: displayPath, position: found.position, LocalizedText(zh: "\(f.zh)：\(said.zh)", en: "\(f.en): \(said.en)"))
            }
            let zh: String
            if case .string(let value) = found.value {
                let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
                zh = "\(f.zh)：值“\(shown)”无效"
            } else {
                zh = "\(f.zh)：值无效"
            }
            return Problem(file: displayPath, position: found.position,
                           LocalizedText(zh: zh, en: "\(f.en): \(context.debugDescription)"))
        @unknown default:
            return Problem(file: displayPath, LocalizedText(zh: "无法解码：\(error)", en: "\(error)"))
        }
    }

    private static func component(_ key: CodingKey) -> JSONNode.PathComponent {
        if let i = key.intValue { return .index(i) }
        return .key(key.stringValue)
    }

    private static func describe(_ type: Any.Type) -> LocalizedText {
        switch type {
        case is String.Type: return LocalizedText(zh: "字符串", en: "a string")
        case is Int.Type, is Double.Type: return LocalizedText(zh: "数字", en: "a number")
        case is Bool.Type: return LocalizedText(zh: "true 或 false", en: "true or false")
        case is [Any].Type: return LocalizedText(zh: "数组", en: "an array")
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return LocalizedText(zh: "数组", en: "an array") }
            if name.hasPrefix("Dictionary") { return LocalizedText(zh: "对象", en: "an object") }
            return LocalizedText(zh: "\(name) 类型的值", en: "a value of type \(name)")
        }
    }

    /// Line and column of the first byte that breaks UTF-8 (columns count characters, as elsewhere).
    private func firstInvalidUTF8Position() -> SourcePosition {
        let bytes = [UInt8](data)
        let bad = TextDecoder.firstInvalidUTF8(bytes)
        var line = 1, column = 1
        for b in bytes[..<bad] where b & 0xC0 != 0x80 {
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return SourcePosition(line: line, column: column)
    }
}

extension String {
    /// Strict UTF-8 decoding: nil instead of replacement characters.
    init?(validatingUTF8Data data: Data) {
        guard let s = String(validating: data, as: UTF8.self) else { return nil }
        self = s
    }
}


/// A file whose top level carries `"schema"`: checked after a successful decode.
protocol SchemaVersioned {
    var schema: Int { get }
}

extension PolicyDocument: SchemaVersioned {}
extension CorpusInfo: SchemaVersioned {}
extension FindingsFile: SchemaVersioned {}
extension ActionAreasFile: SchemaVersioned {}
extension DivisionsFile: SchemaVersioned {}
extension IssuersFile: SchemaVersioned {}
extension PolicyToolsFile: SchemaVersioned {}
extension ProblemsFile: SchemaVersioned {}

/// The located decoding for files the model does not load itself (a catalogue's coverage.json).
public enum LocatedJSON {
    /// Reads and decodes the JSON file at `url` (schema 1); what is wrong is one problem at its line and column.
    public static func decode<T: Decodable>(_ type: T.Type, from url: URL, displayPath: String) -> Result<T, Problem> {
        LocatedFileDecoder.read(url, displayPath: displayPath).flatMap { $0.decode(type) }
    }
}
