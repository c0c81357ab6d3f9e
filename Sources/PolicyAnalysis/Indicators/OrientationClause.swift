/// A goal or measure clause coded for the review's mission / diffusion distinction, with the terms that
/// decided it (stored-text spans; a pattern's span runs from its first part to its last).
public struct OrientationClause: Sendable, Hashable, Codable {
    public var clause: TextSpan
    public var role: SectionRole
    public var mission: [TextSpan]
    public var diffusion: [TextSpan]

    public init(clause: TextSpan, role: SectionRole, mission: [TextSpan], diffusion: [TextSpan]) {
        self.clause = clause
        self.role = role
        self.mission = mission
        self.diffusion = diffusion
    }

    public var isMission: Bool { !mission.isEmpty }
    public var isDiffusion: Bool { !diffusion.isEmpty }
}
