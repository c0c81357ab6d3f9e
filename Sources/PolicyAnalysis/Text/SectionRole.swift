/// What a section of an official document does, recognised from keywords in its heading.
public enum SectionRole: String, Codable, Sendable, CaseIterable, Hashable {
    case preamble, principles, goals, actions, measures, other

    /// Role named by a heading title, or nil when the title names none (the section then inherits its
    /// parent's role, so "1. 智慧农业" under "二、重点行动" counts as an action).
    public static func fromHeading(_ title: String) -> SectionRole? {
        // Order matters: "总体目标" must be goals before "总体" could read as principles.
        let table: [(SectionRole, [String])] = [
            (.measures, ["保障措施", "保障支撑", "组织实施", "支撑保障", "保障机制", "组织保障", "政策措施",
                         "实施保障", "组织领导", "政策保障"]),
            (.goals, ["发展目标", "主要目标", "总体目标", "工作目标", "具体目标", "行动目标", "目标任务"]),
            (.actions, ["重点行动", "主要任务", "重点任务", "重点工作", "主要行动", "重点领域", "重点方向",
                        "任务举措", "主要举措", "重点工程"]),
            (.principles, ["指导思想", "基本原则", "总体要求", "总体思路", "工作原则", "总体考虑"]),
        ]
        for (role, keys) in table where keys.contains(where: { title.contains($0) }) { return role }
        return nil
    }

    /// The same table as one keyword matcher, for the parser's hot path (no Foundation string search).
    static let headingMatcher: KeywordMatcher = {
        let table: [(SectionRole, [String])] = [
            (.measures, ["保障措施", "保障支撑", "组织实施", "支撑保障", "保障机制", "组织保障", "政策措施",
                         "实施保障", "组织领导", "政策保障"]),
            (.goals, ["发展目标", "主要目标", "总体目标", "工作目标", "具体目标", "行动目标", "目标任务"]),
            (.actions, ["重点行动", "主要任务", "重点任务", "重点工作", "主要行动", "重点领域", "重点方向",
                        "任务举措", "主要举措", "重点工程"]),
            (.principles, ["指导思想", "基本原则", "总体要求", "总体思路", "工作原则", "总体考虑"]),
        ]
        return KeywordMatcher(table.flatMap { role, keys in keys.map { (role.rawValue, $0) } })
    }()

    /// Role named by a folded heading title (entries earlier in the table win, as in `fromHeading`).
    static func fromHeading(scalars: [UInt32]) -> SectionRole? {
        let hits = headingMatcher.hits(in: scalars)
        guard let best = hits.min(by: { $0.entry < $1.entry }) else { return nil }
        return SectionRole(rawValue: headingMatcher.entries[best.entry].code)
    }
}
