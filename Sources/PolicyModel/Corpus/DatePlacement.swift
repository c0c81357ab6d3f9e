/// Whether a document lies in a span of days, as far as its date tells: by its date (`PolicyDocument.date`,
/// published, else written, the date analysts order by), else by the year in its number when that whole year
/// lies on one side of the span's ends (京政发〔2016〕4号 is on or before 2019-04-30), else unknown (a 2019
/// number against 2019-04-30, an undated document without a year in its number).
public struct DatePlacement: Sendable, Hashable {
    /// nil: unknown.
    public let inside: Bool?
    /// True when the year in the number decided it (the document has no date).
    public let byNumberYear: Bool

    public static let unknown = DatePlacement(inside: nil, byNumberYear: false)
}

extension PolicyDocument {
    /// Whether the document lies on or after `start` and on or before `end` (nil: no bound on that side).
    public func placement(from start: PolicyDate? = nil, until end: PolicyDate?) -> DatePlacement {
        if let date {
            return DatePlacement(inside: (start.map { date >= $0 } ?? true) && (end.map { date <= $0 } ?? true), byNumberYear: false)
        }
        guard let year = numberYear, let first = PolicyDate(year: year, month: 1, day: 1),
              let last = PolicyDate(year: year, month: 12, day: 31) else { return .unknown }
        let wholeYearInside = (start.map { first >= $0 } ?? true) && (end.map { last <= $0 } ?? true)
        let wholeYearOutside = (start.map { last < $0 } ?? false) || (end.map { first > $0 } ?? false)
        if wholeYearInside { return DatePlacement(inside: true, byNumberYear: true) }
        if wholeYearOutside { return DatePlacement(inside: false, byNumberYear: true) }
        return .unknown
    }

    /// A record the catalogue keeps for context (`extra.scope = related`: a State Council document an Internet
    /// Plus policy builds on), not an Internet Plus policy itself; policy counts leave it out.
    public var isRelatedRecord: Bool { extra["scope"] == "related" }
}
