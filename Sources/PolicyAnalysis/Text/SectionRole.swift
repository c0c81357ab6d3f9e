/// What a section of an official document does, recognised from keywords in its heading.
public enum SectionRole: String, Codable, Sendable, CaseIterable, Hashable {
    case preamble, principles, goals, actions, measures, other

    /// Keywords a heading's title holds, by role; order matters: "总体目标" must be goals before "总体" could read as
    /// principles, and "目标任务" goals before "任务" could read as an action.
    static let headingKeywords: [(SectionRole, [String])] = [
        (.measures, ["保障措施", "保障支撑", "组织实施", "支撑保障", "保障机制", "组织保障", "政策措施",
                     "实施保障", "组织领导", "政策保障", "工作要求"]),
        (.goals, ["发展目标", "主要目标", "总体目标", "工作目标", "具体目标", "行动目标", "目标任务"]),
        (.actions, ["重点行动", "主要任务", "重点任务", "重点工作", "主要行动", "重点领域", "重点方向",
                    "任务举措", "主要举措", "重点工程", "工作任务"]),
        (.principles, ["指导思想", "基本原则", "总体要求", "总体思路", "工作原则", "总体考虑"]),
    ]

    /// Short titles that name a role only when they are the whole title ("二、任务", "三、保障"): inside a longer one
    /// they are themes, not roles ("（三）加强安全保障" is a task, "“互联网+”社会保障" an action area).
    static let wholeTitles: [String: SectionRole] = ["任务": .actions, "保障": .measures, "目标": .goals]
    /// Bit n: a whole title has n scalars.
    static let wholeTitleCounts: UInt64 = wholeTitles.keys.reduce(0) { $0 | 1 << UInt64(min($1.unicodeScalars.count, 63)) }

    /// Role named by a heading title, or nil when the title names none (the section then inherits its
    /// parent's role, so "1. 智慧农业" under "二、重点行动" counts as an action).
    public static func fromHeading(_ title: String) -> SectionRole? {
        fromHeading(scalars: title.unicodeScalars.map(\.value))
    }

    /// The keyword table as one keyword matcher, for the parser's hot path (no Foundation string search).
    static let headingMatcher = KeywordMatcher(headingKeywords.flatMap { role, keys in keys.map { (role.rawValue, $0) } })
    /// The role of each of the matcher's entries.
    static let headingRoles: [SectionRole] = headingKeywords.flatMap { role, keys in keys.map { _ in role } }

    /// Role named by a folded heading title (entries earlier in the table win, as in `fromHeading`).
    static func fromHeading(scalars: [UInt32]) -> SectionRole? {
        fromHeading(in: scalars, scalars.indices)
    }

    /// The same for the title at `range` of `s` (the parser's titles are read where they are, not copied out).
    static func fromHeading(in s: [UInt32], _ range: Range<Int>) -> SectionRole? {
        if range.count <= 4 {
            let bare = s[range].filter { $0 != 0x20 && $0 != 0x3000 && $0 != 0x09 }.compactMap(Unicode.Scalar.init)
            // A title of ideographs is canonically equivalent to no other count of scalars: most short titles
            // ("总体要求") are not made a String to be looked up.
            if wholeTitleCounts & 1 << UInt64(bare.count) != 0, let whole = wholeTitles[String(String.UnicodeScalarView(bare))] {
                return whole
            }
        }
        return headingMatcher.smallestEntry(in: s, range: range).map { headingRoles[$0] }
    }
}
