/// Something wrong with a file, with where it is: printed as `path:line:column: message`.
public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition
    public var message: String

    public init(file: String, position: SourcePosition = SourcePosition(line: 1, column: 1), message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String { "\(file):\(position.line):\(position.column): \(message)" }
}

/// Problems that stop a corpus from loading, all of them at once.
public struct CorpusProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
