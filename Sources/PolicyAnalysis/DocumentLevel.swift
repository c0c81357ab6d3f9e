/// Administrative level of an issuing body. The order (national first) breaks ties when two documents share a
/// date: the higher level is taken as the source, because provinces implement the centre, not the reverse.
public enum DocumentLevel: String, Codable, Sendable, CaseIterable, Hashable {
    case national
    case ministerial
    case provincial
    case municipal

    /// National and ministerial documents form "the centre" for vertical reuse and fragmentation.
    public var isCentral: Bool { self == .national || self == .ministerial }

    /// Rank used for direction ties: smaller ranks come first.
    public var rank: Int {
        switch self {
        case .national: return 0
        case .ministerial: return 1
        case .provincial: return 2
        case .municipal: return 3
        }
    }
}
