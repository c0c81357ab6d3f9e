/// The text and cursor of a one-line input (search, command palette), edited by keys.
/// Cursor positions count `Character`s, so a CJK character is one step.
public struct LineEditor: Sendable, Hashable {
    public enum Outcome: Sendable, Equatable {
        case edited
        case moved
        case submitted
        case cancelled
        case ignored
    }

    public private(set) var characters: [Character]
    public private(set) var cursor: Int

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// Inserts a character at the cursor (a line break in a note of several lines).
    public mutating func insert(_ c: Character) {
        characters.insert(c, at: cursor)
        cursor += 1
    }

    public var text: String { String(characters) }

    /// Applies an editing key: characters insert; Backspace/Delete; Left/Right/Home/End and
    /// Ctrl-A/E; Ctrl-U and Ctrl-K delete to the start/end; Ctrl-W deletes a word back;
    /// Enter submits; Esc cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .char(let c):
            characters.insert(c, at: cursor)
            cursor += 1
            return .edited
        case .backspace:
            guard cursor > 0 else { return .ignored }
            cursor -= 1
            characters.remove(at: cursor)
            return .edited
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return .ignored }
            characters.remove(at: cursor)
            return .edited
        case .left, .ctrl("b"):
            guard cursor > 0 else { return .ignored }
            cursor -= 1
            return .moved
        case .right, .ctrl("f"):
            guard cursor < characters.count else { return .ignored }
            cursor += 1
            return .moved
        case .home, .ctrl("a"):
            cursor = 0
            return .moved
        case .end, .ctrl("e"):
            cursor = characters.count
            return .moved
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
            return .edited
        case .ctrl("k"):
            characters.removeSubrange(cursor..<characters.count)
            return .edited
        case .ctrl("w"):
            var start = cursor
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        case .enter:
            return .submitted
        case .escape:
            return .cancelled
        default:
            return .ignored
        }
    }
}
