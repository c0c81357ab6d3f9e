/// A clause that provides for evaluation (评估, 考核, 监测, 督查 ...), and whether it names indicators and a
/// schedule: the review found evaluation announced but rarely specified.
public struct EvaluationClause: Sendable, Hashable, Codable {
    public var clause: TextSpan
    public var terms: [TextSpan]
    public var indicators: [TextSpan]
    public var schedule: [TextSpan]

    public init(clause: TextSpan, terms: [TextSpan], indicators: [TextSpan], schedule: [TextSpan]) {
        self.clause = clause
        self.terms = terms
        self.indicators = indicators
        self.schedule = schedule
    }

    public var namesIndicators: Bool { !indicators.isEmpty }
    public var hasSchedule: Bool { !schedule.isEmpty }
}
