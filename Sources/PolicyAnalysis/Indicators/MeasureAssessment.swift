/// One measure (a clause in an actions or measures section) and what makes it concrete. A measure with
/// none of the four is vague: "加快推进……" with no number, no one responsible, no date, no money.
public struct MeasureAssessment: Sendable, Hashable, Codable {
    public var clause: TextSpan
    public var role: SectionRole
    public var quantified: [TextSpan]
    public var responsible: [TextSpan]
    public var deadline: [TextSpan]
    public var money: [TextSpan]

    public init(clause: TextSpan, role: SectionRole, quantified: [TextSpan], responsible: [TextSpan],
                deadline: [TextSpan], money: [TextSpan]) {
        self.clause = clause
        self.role = role
        self.quantified = quantified
        self.responsible = responsible
        self.deadline = deadline
        self.money = money
    }

    public var isVague: Bool { quantified.isEmpty && responsible.isEmpty && deadline.isEmpty && money.isEmpty }
}
