import ArgumentParser
import PolicyModel

/// A province name that names none but is part of some (`河`: 河北 and 河南): the usage error says which, where it
/// said the name was unknown. `list --province` and `show` ask it.
enum ProvinceName {
    /// The usage error for `text`, which `resolveDivision` did not know, when it is part of a province's name; nil
    /// when it is part of none. `subject` is how the message names what was looked for.
    static func partMatch(_ text: String, in taxonomy: Taxonomy, subject: Subject) -> ValidationError? {
        let matches = taxonomy.divisions(partlyNamed: text)
        guard !matches.isEmpty else { return nil }
        let zh = matches.map(\.name).joined(separator: "、")
        let en = EnglishList.and(matches.map { "\($0.name) (\($0.en))" })
        switch (subject, matches.count) {
        case (.province, 1):
            return usageError("未知省份“\(text)”；是不是 \(zh)？", "unknown province '\(text)'; did you mean \(en)?")
        case (.province, _):
            return usageError("省份“\(text)”不明确：\(zh) 的名称都含有它；请写全名", "ambiguous province '\(text)': it is part of the names of \(en); give the name in full")
        case (.anything, 1):
            return usageError("“\(text)”不是本语料中的文件编号或文号、省份、发文机关、行动领域或问题；是不是省份 \(zh)？",
                              "'\(text)' is not a document id or number, province, issuer, action area or problem of this corpus; did you mean the province \(en)?")
        case (.anything, _):
            return usageError("“\(text)”不明确：省份 \(zh) 的名称都含有它；请写全名", "'\(text)' is ambiguous: it is part of the names of the provinces \(en); give the name in full")
        }
    }

    enum Subject {
        /// `--province`: only a province is meant.
        case province
        /// `show THING`: a document, province, issuer, area or problem.
        case anything
    }
}
