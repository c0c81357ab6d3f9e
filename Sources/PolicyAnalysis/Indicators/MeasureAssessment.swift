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

    enum CodingKeys: String, CodingKey { case clause, role, quantified, responsible, deadline, money }

    // Empty evidence lists are left out: most measures are vague, and a 10,000-document analysis would
    // otherwise spend a third of its size on "[]".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        clause = try c.decode(TextSpan.self, forKey: .clause)
        role = try c.decode(SectionRole.self, forKey: .role)
        quantified = try c.decodeIfPresent([TextSpan].self, forKey: .quantified) ?? []
        responsible = try c.decodeIfPresent([TextSpan].self, forKey: .responsible) ?? []
        deadline = try c.decodeIfPresent([TextSpan].self, forKey: .deadline) ?? []
        money = try c.decodeIfPresent([TextSpan].self, forKey: .money) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(clause, forKey: .clause)
        try c.encode(role, forKey: .role)
        if !quantified.isEmpty { try c.encode(quantified, forKey: .quantified) }
        if !responsible.isEmpty { try c.encode(responsible, forKey: .responsible) }
        if !deadline.isEmpty { try c.encode(deadline, forKey: .deadline) }
        if !money.isEmpty { try c.encode(money, forKey: .money) }
    }
}
