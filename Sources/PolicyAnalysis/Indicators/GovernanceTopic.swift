/// Governance themes whose absence the 2020 review calls a gap.
public enum GovernanceTopic: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case intellectualProperty, data, newBusiness, standards, legal

    public static func < (lhs: GovernanceTopic, rhs: GovernanceTopic) -> Bool { lhs.rawValue < rhs.rawValue }
}
