/// A JSON value together with where it stands in its file, so that every problem found in it
/// can be reported as `path:line:column`.
public struct JSONNode: Sendable {
    public indirect enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members in file order; duplicates are kept so that validation can report them.
        case object([Member])
    }

    public struct Member: Sendable {
        public let key: String
        public let keyPosition: SourcePosition
        public let value: JSONNode
    }

    public let value: Value
    public let position: SourcePosition

    /// The first member named `key`, when this node is an object.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    public func member(_ key: String) -> Member? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    public var stringValue: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    public var arrayValue: [JSONNode]? {
        if case .array(let a) = value { return a }
        return nil
    }

    /// Follows a decoding path (object keys and array indices) as far as it goes and returns the deepest
    /// node reached: the best place to point at when the decoder complains about that path.
    public func deepest(along path: [PathComponent]) -> JSONNode {
        var node = self
        for component in path {
            switch (component, node.value) {
            case (.key(let key), .object):
                guard let next = node[key] else { return node }
                node = next
            case (.index(let i), .array(let items)) where items.indices.contains(i):
                node = items[i]
            default:
                return node
            }
        }
        return node
    }

    public enum PathComponent: Sendable, Equatable {
        case key(String)
        case index(Int)
    }
}

/// A 1-based line and column (columns count Unicode scalars, as editors do).
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
