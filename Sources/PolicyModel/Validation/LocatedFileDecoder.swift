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
            return .failure(Problem(file: displayPath, message: "cannot read the file: \(FileError.reason(error, path: url.path))"))
        }
    }

    /// The decoded value, or the problems that prevented it.
    func decode<T: Decodable>(_ type: T.Type, requireSchema: Bool = true,
                              userInfo: [CodingUserInfoKey: any Sendable] = [:]) -> Result<T, Problem> {
        // Fast path first: Foundation's decoder, which also rejects invalid UTF-8 in any string (so a
        // success needs no separate validation). The file is read as text and the locating parser runs
        // only to explain a failure (on a 10,000-document corpus they would otherwise dominate loading).
        func text() -> Result<String, Problem> {
            guard let text = String(validatingUTF8Data: data) else {
                return .failure(Problem(file: displayPath, position: firstInvalidUTF8Position(),
                                        message: "the file is not valid UTF-8"))
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
            return .failure(Problem(file: displayPath, message: "\(error)"))
        }
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
            return Problem(file: displayPath, position: error.position, message: "malformed JSON: \(error.message)")
        }
        guard case .object = root.value else {
            return Problem(file: displayPath, position: root.position, message: "expected a JSON object at the top level")
        }
        guard let schema = root["schema"] else {
            return Problem(file: displayPath, position: root.position, message: "missing required field 'schema'")
        }
        guard case .number(let n) = schema.value, n == Double(Self.supportedSchema) else {
            let found: String
            if case .number(let n) = schema.value, n == n.rounded(), abs(n) < 1e9 { found = String(Int(n)) } else { found = "that is not a whole number" }
            return Problem(file: displayPath, position: schema.position,
                           message: "unknown schema version \(found) (this ipap reads schema \(Self.supportedSchema))")
        }
        return nil
    }

    private func explain(_ error: DecodingError, text: String) -> Problem {
        let root: JSONNode
        do {
            root = try JSONLocatingParser.parse(text)
        } catch {
            return Problem(file: displayPath, position: error.position, message: "malformed JSON: \(error.message)")
        }
        func locate(_ path: [CodingKey]) -> SourcePosition {
            root.deepest(along: path.map(Self.component)).position
        }
        func field(_ path: [CodingKey]) -> String {
            path.isEmpty ? "top level" : "'" + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[") + "'"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let path = context.codingPath
            let name = (path + [key]).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
                .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            return Problem(file: displayPath, position: locate(path), message: "missing required field '\(name)'")
        case .typeMismatch(let type, let context):
            return Problem(file: displayPath, position: locate(context.codingPath),
                           message: "\(field(context.codingPath)): expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            return Problem(file: displayPath, position: locate(context.codingPath),
                           message: "\(field(context.codingPath)): must not be null (expected \(Self.describe(type)))")
        case .dataCorrupted(let context):
            return Problem(file: displayPath, position: locate(context.codingPath),
                           message: "\(field(context.codingPath)): \(context.debugDescription)")
        @unknown default:
            return Problem(file: displayPath, message: "\(error)")
        }
    }

    private static func component(_ key: CodingKey) -> JSONNode.PathComponent {
        if let i = key.intValue { return .index(i) }
        return .key(key.stringValue)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
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
