/// `corpus.json`: what a corpus is.
public struct CorpusInfo: Codable, Sendable, Hashable {
    public var schema: Int
    public var name: String
    public var description: String?
    /// A synthetic corpus is generated text; every screen says so.
    public var synthetic: Bool
    public var citations: [Citation]

    public init(name: String, description: String? = nil, synthetic: Bool = false, citations: [Citation] = []) {
        self.schema = 1
        self.name = name
        self.description = description
        self.synthetic = synthetic
        self.citations = citations
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case schema, name, description, synthetic, citations }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(Int.self, forKey: .schema)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        synthetic = try c.decodeIfPresent(Bool.self, forKey: .synthetic) ?? false
        citations = try c.decodeIfPresent([Citation].self, forKey: .citations) ?? []
    }
}

/// A work that facts in the corpus are taken from.
public struct Citation: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var text: String
    public var doi: String?
    public var url: String?

    public init(id: String, text: String, doi: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.doi = doi
        self.url = url
    }
}
