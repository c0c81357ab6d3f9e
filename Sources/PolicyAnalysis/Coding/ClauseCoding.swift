/// Codes of one clause: action areas and policy tools (multi-label), with the keywords that produced them.
public struct ClauseCoding: Sendable, Hashable, Codable {
    public var clause: TextSpan
    public var role: SectionRole
    public var actionAreas: [String]
    public var tools: [String]
    /// Tool classes of the clause's tools (supply / environment / demand; non-tools excluded).
    public var toolClasses: [String]
    public var evidence: [KeywordEvidence]

    public init(clause: TextSpan, role: SectionRole, actionAreas: [String], tools: [String], toolClasses: [String],
                evidence: [KeywordEvidence]) {
        self.clause = clause
        self.role = role
        self.actionAreas = actionAreas
        self.tools = tools
        self.toolClasses = toolClasses
        self.evidence = evidence
    }
}
