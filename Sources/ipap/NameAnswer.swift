import ArgumentParser
import PolicyModel

/// A province, issuer or area name that names none but is part of some (`河`: 河北 and 河南; `农业`: 农业农村部 and
/// 现代农业): the usage error says which (several: ambiguous; one: did you mean it?), where it said the name was
/// unknown. The matching and the wording are the taxonomy's (`Taxonomy.nameParts`), shared with the dashboard.
enum NameAnswer {
    /// The usage error for `text`, which names no `kind`, when it is part of names of that kind; nil when of none.
    static func error(_ text: String, kind: NameKind, in taxonomy: Taxonomy) -> ValidationError? {
        taxonomy.nameParts(text, kinds: [kind]).message(for: kind).map(usageError)
    }

    /// The usage error for `text`, which names nothing the command takes (`unknown` says what it is not), when it is
    /// part of a province's, issuer's or area's name; nil when of none.
    static func error(_ text: String, unknown zh: String, _ en: String, in taxonomy: Taxonomy) -> ValidationError? {
        taxonomy.nameParts(text).message(unknown: LocalizedText(zh: zh, en: en)).map(usageError)
    }
}

/// A usage error (exit 2) in the analyst's language, from a text in both.
func usageError(_ text: LocalizedText) -> ValidationError {
    usageError(text.zh, text.en)
}
