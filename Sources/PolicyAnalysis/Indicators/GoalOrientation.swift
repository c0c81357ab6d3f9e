/// The review's distinction (section 2, after Ergas): mission-oriented policy has the state set targets,
/// decide centrally and fund strategic projects and frontier technology; diffusion-oriented policy spreads
/// capability through training, standards, cooperation and platforms. Goal and measure clauses are coded
/// with `OrientationScheme`; a clause may be both. From the counts m (mission clauses) and d (diffusion
/// clauses): `none` when both are 0, `mission` when m ≥ 2d, `diffusion` when d ≥ 2m, `mixed` otherwise.
public enum GoalOrientation: String, Codable, Sendable, Hashable, CaseIterable {
    case mission, diffusion, mixed, none

    public init(missionClauses m: Int, diffusionClauses d: Int) {
        if m == 0 && d == 0 {
            self = .none
        } else if m >= 2 * d {
            self = .mission
        } else if d >= 2 * m {
            self = .diffusion
        } else {
            self = .mixed
        }
    }
}
