/// One heading-delimited part of a document. `span` runs from the heading line to the next heading of the
/// same or a higher level; `heading` covers the title text only.
public struct Section: Sendable, Hashable, Codable {
    public var index: Int
    public var depth: Int
    public var kind: HeadingKind?
    public var title: String
    public var heading: TextSpan?
    public var span: TextSpan
    /// Role from the section's own heading, or inherited from its parent.
    public var role: SectionRole
    public var parent: Int?

    public init(index: Int, depth: Int, kind: HeadingKind?, title: String, heading: TextSpan?, span: TextSpan,
                role: SectionRole, parent: Int?) {
        self.index = index
        self.depth = depth
        self.kind = kind
        self.title = title
        self.heading = heading
        self.span = span
        self.role = role
        self.parent = parent
    }
}
