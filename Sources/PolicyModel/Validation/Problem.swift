import SafeText

/// Something wrong with a file, with where it is: printed as `path:line:column: message`, the message in the
/// analyst's language (`description(in:)`). `description` and `message` are the English, as logs and tests read them.
public struct Problem: BilingualError, Sendable, Hashable {
    public var file: String
    public var position: SourcePosition
    /// What is wrong, in both languages.
    public var text: LocalizedText

    public init(file: String, position: SourcePosition = SourcePosition(line: 1, column: 1), _ text: LocalizedText) {
        self.file = file
        self.position = position
        self.text = text
    }

    public var message: String { text.en }

    /// `path:line:column: message` with the message in `language`; the location reads the same in both.
    public func description(in language: Language) -> String {
        "\(file):\(position.line):\(position.column): \(text.text(in: language))"
    }
}

extension LocalizedText {
    /// A control character's code point, and for a bidi control what it does (it reorders what is shown, which
    /// "U+202E" alone does not tell): one wording for every refusal, the import's, the CLI's and the dashboard's.
    public static func controlCharacterName(_ scalar: Unicode.Scalar) -> LocalizedText {
        let name = ControlCharacters.name(scalar)
        guard ControlCharacters.isBidiControl(scalar) else { return LocalizedText(zh: name, en: name) }
        return LocalizedText(zh: "\(name)（双向文本控制符：改变文字的显示顺序）",
                             en: "\(name) (a bidirectional-text control: it changes the order the text is shown in)")
    }

    /// The first control character of `value` in a metadata field, and the others after it by name (the first 5):
    /// one problem at a manifest cell, which says every control character the cell holds. nil when it holds none.
    public static func controlCharacters(in value: String, field: String) -> LocalizedText? {
        let found = value.unicodeScalars.filter(ControlCharacters.isControl)
        guard let first = found.first else { return nil }
        let message = controlCharacter(first, in: field)
        let more = found.dropFirst()
        guard !more.isEmpty else { return message }
        let named = more.prefix(5).map(ControlCharacters.name), rest = more.count - named.count
        return message.and(LocalizedText(
            zh: "其后另有 \(more.count) 个控制字符：" + named.joined(separator: "、") + (rest > 0 ? " 等" : ""),
            en: "\(EnglishCount.of(more.count, "more control character", plural: "more control characters")) after it: "
                + named.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")))
    }

    /// A control character in a metadata field, worded alike by the import and the corpus checks.
    public static func controlCharacter(_ scalar: Unicode.Scalar, in field: String) -> LocalizedText {
        let name = controlCharacterName(scalar)
        return LocalizedText(zh: "\(field) 中有控制字符 \(name.zh)；请删除", en: "the \(field) contains the control character \(name.en); remove it")
    }
}

/// Problems that stop a corpus from loading, all of them at once.
public struct CorpusProblems: BilingualError, Sendable {
    public var problems: [Problem]
    /// What was found on the way and is no problem of itself (an import's unknown issuers), to be said with the
    /// problems, after them.
    public var warnings: [Problem]

    public init(problems: [Problem], warnings: [Problem] = []) {
        self.problems = problems
        self.warnings = warnings
    }

    public func description(in language: Language) -> String {
        (problems + warnings).map { $0.description(in: language) }.joined(separator: "\n")
    }
}

extension Array where Element == Problem {
    /// In file order, as an editor's quickfix list wants them; the message breaks ties, so that the order does
    /// not depend on the order the problems were found in.
    public mutating func sortInFileOrder() {
        sort { ($0.file, $0.position, $0.message) < ($1.file, $1.position, $1.message) }
    }
}
