/// The policy-tool coding scheme: supply, environment and demand tools, plus an "other" class that is not a tool.
public struct PolicyToolScheme: Codable, Sendable, Hashable {
    public var classes: [PolicyToolClass]
    /// The mission / diffusion terms for goal orientation (nil: the analysis uses its built-in list).
    public var goalOrientation: GoalOrientationTerms?

    public init(classes: [PolicyToolClass], goalOrientation: GoalOrientationTerms? = nil) {
        self.classes = classes
        self.goalOrientation = goalOrientation
    }

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

/// The review's mission- and diffusion-oriented terms (section 2): plain keywords, or patterns "A…B" (A, then
/// B later in the same clause, at most `maxGap` characters between).
public struct GoalOrientationTerms: Codable, Sendable, Hashable {
    public var source: String?
    public var mission: [String]
    public var diffusion: [String]
    public var maxGap: Int?
}
