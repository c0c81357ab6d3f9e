/// The other province whose documents share most of this document's text, in either direction.
public struct NearestProvince: Sendable, Hashable, Codable {
    public var region: String
    public var document: String
    public var share: Double

    public init(region: String, document: String, share: Double) {
        self.region = region
        self.document = document
        self.share = share
    }
}
