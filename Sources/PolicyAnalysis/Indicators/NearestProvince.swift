/// The other province whose documents share most of this document's text, in either direction.
public struct NearestProvince: Sendable, Hashable, Codable {
    public var region: String
    public var document: String
    public var share: Double
    /// Which way the shared text went (since analysis version 59): the share is the same either way, but a province
    /// whose text another copied is not the one that copied (nil in an analysis made before).
    public var direction: Direction?

    /// Which document holds the shared text first, seen from this document.
    public enum Direction: String, Sendable, Hashable, Codable {
        /// This document took the text from the other (the other is earlier).
        case copiedFrom
        /// The other took this document's text (this one is earlier).
        case copiedBy
        /// Some passages each way.
        case both
    }

    public init(region: String, document: String, share: Double, direction: Direction? = nil) {
        self.region = region
        self.document = document
        self.share = share
        self.direction = direction
    }
}
