/// Issuers as analysts and pages write them: taxonomy ids, abbreviations, Chinese names and former names,
/// several in one cell (`国家发展改革委、交通运输部`, `ndrc;mot`), and local bodies named with their province
/// (四川省人民政府 -> `provincial-government` in 510000), which the taxonomy holds only as generic issuers.
public enum IssuerText {
    public struct Resolved: Sendable, Hashable {
        public var issuer: Issuer
        /// The province a local issuer's name starts with.
        public var division: Division?
    }

    /// The parts of an issuer cell: separated by `;`, `；` or `、`.
    public static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "；" || $0 == "、" })
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    public static func resolve(_ part: String, in taxonomy: Taxonomy) -> Resolved? {
        if let issuer = taxonomy.resolveIssuer(part) { return Resolved(issuer: issuer, division: nil) }
        // A provincial body: the division's full name (四川省, 北京市, 广西壮族自治区) or short name, then the body.
        let prefixes = taxonomy.divisions.flatMap { d in [(d.zh, d), (d.name, d)] }.sorted { $0.0.count > $1.0.count }
        guard let (prefix, division) = prefixes.first(where: { !$0.0.isEmpty && part.hasPrefix($0.0) }) else { return nil }
        let rest = String(part.dropFirst(prefix.count))
        let id: String
        switch rest {
        case "人民政府", "政府", "省人民政府", "省政府", "市人民政府", "自治区人民政府":
            id = "provincial-government"
        case "人民政府办公厅", "政府办公厅", "省人民政府办公厅", "省政府办公厅", "市人民政府办公厅", "自治区人民政府办公厅":
            id = "provincial-general-office"
        default:
            // A department, commission or bureau of the province (发展和改革委员会, 经济和信息化厅, 商务厅 ...).
            let departmentEndings = ["厅", "委员会", "委", "局", "办公室", "办"]
            guard !rest.isEmpty, departmentEndings.contains(where: { rest.hasSuffix($0) }) else { return nil }
            id = "provincial-department"
        }
        guard let issuer = taxonomy.issuer(id) else { return nil }
        return Resolved(issuer: issuer, division: division)
    }
}
