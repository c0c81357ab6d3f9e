/// A sentence or list item: the unit of coding in policy-tool studies (条款). Split on 。；！？ and line breaks.
public struct Clause: Sendable, Hashable, Codable {
    public var index: Int
    public var span: TextSpan
    /// Deepest section containing the clause, if any.
    public var section: Int?
    public var role: SectionRole

    public init(index: Int, span: TextSpan, section: Int?, role: SectionRole) {
        self.index = index
        self.span = span
        self.section = section
        self.role = role
    }
}
