/// The policy-tool coding scheme: supply, environment and demand tools, plus an "other" class that is not a tool.
public struct PolicyToolScheme: Codable, Sendable, Hashable {
    public var classes: [PolicyToolClass]

    public var allTools: [PolicyTool] { classes.flatMap(\.tools) }

    public func toolClass(containing toolID: String) -> PolicyToolClass? {
        classes.first { $0.tools.contains { $0.id == toolID } }
    }
}

public struct PolicyToolClass: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var zh: String
    public var en: String
    /// False for the "other" class (申报, 公示, 名单): procedural clauses, not instruments.
    public var isTool: Bool
    public var tools: [PolicyTool]

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}

public struct PolicyTool: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var zh: String
    public var en: String
    public var keywords: [String]

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}
