/// How two documents that share text relate, in the terms of the 2020 review.
public enum ReuseRelation: String, Codable, Sendable, CaseIterable, Hashable {
    /// From the centre (national or ministerial) down to a province or city: vertical homogenization.
    case vertical
    /// Between provinces (different provincial regions): horizontal homogenization.
    case horizontal
    /// Between central documents of different issuers: the fragmentation of the centre.
    case central
    /// Anything else (same region, same issuer, local to central).
    case other

    public static func between(source: AnalysisDocument, target: AnalysisDocument) -> ReuseRelation {
        switch (source.level.isCentral, target.level.isCentral) {
        case (true, false):
            return .vertical
        case (false, false):
            if let a = source.provinceKey, let b = target.provinceKey, a != b { return .horizontal }
            return .other
        case (true, true):
            let a = Set(source.issuerIds), b = Set(target.issuerIds)
            return !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b) ? .central : .other
        case (false, true):
            return .other
        }
    }
}
