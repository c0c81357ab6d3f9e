/// The columns of `manifest.csv` that ipap understands; any other column is kept in a document's `extra`.
public enum ManifestColumn: String, CaseIterable, Sendable {
    case id, title, number, issuer, level, region
    case dateWritten = "date_written"
    case datePublished = "date_published"
    case basedOn = "based_on"
    case file, url, verified

    /// The column a header cell names: case, surrounding spaces and `-`/space for `_` do not matter.
    public init?(header: String) {
        let key = header.trimmingWhitespace().lowercased()
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        self.init(rawValue: key)
    }
}
