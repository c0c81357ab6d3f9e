/// Mission-oriented goals name quantities and dates ("到2020年，建成100个……"); diffusion-oriented goals only
/// promote ("积极推动……"). Rule: goal clauses are the clauses of goals sections (or, without one, clauses
/// mentioning 目标); the document is mission-oriented when at least two goal clauses, or at least half of
/// them, carry both a quantified target and a deadline; diffusion-oriented when it has goal clauses but
/// fewer such; none when it states no goals.
public enum GoalOrientation: String, Codable, Sendable, Hashable {
    case mission, diffusion, none
}
