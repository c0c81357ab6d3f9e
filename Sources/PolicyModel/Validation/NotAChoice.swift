/// A value that names no case of a `NamedChoice`, said with the choices.
public struct NotAChoice: Error, Sendable {
    public let value: String
    public let choiceName: LocalizedText
    public let choices: [String]

    public var text: LocalizedText {
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        let zhChoices = choices.count > 1 ? choices.dropLast().joined(separator: "、") + " 或 " + (choices.last ?? "") : choices.joined()
        let enChoices = choices.count > 1 ? choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "") : choices.joined()
        return LocalizedText(zh: "“\(shown)”不是\(choiceName.zh)：\(zhChoices)", en: "'\(shown)' is not \(Self.article(choiceName.en)) \(choiceName.en): \(enChoices)")
    }

    private static func article(_ noun: String) -> String {
        noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
