/// The columns of `manifest.csv` that ipap understands; any other column is kept in a document's `extra`.
public enum ManifestColumn: String, CaseIterable, Sendable {
    case id, title, number, issuer, level, region
    case dateWritten = "date_written"
    case datePublished = "date_published"
    case basedOn = "based_on"
    case file, url, verified

    /// The column a header cell names: case, surrounding spaces and `-`/space for `_` do not matter.
    public init?(header: String) {
        self.init(rawValue: Self.key(header))
    }

    private static func key(_ header: String) -> String {
        header.trimmingWhitespace().lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
    }

    /// The columns a header that names none of them was surely meant as: one edit from the name of a column
    /// (`files`, `titel`, `issuers`, `date_writen`, `ids`), two from a name of 7 letters or more
    /// (`date_publish`), or the first word of a column's name (`date`: `date_written` or `date_published`).
    /// Such a column would be kept as extra metadata and its column left empty: a text not imported, dates
    /// lost. Empty for other names (`来源`, `note`, `reason`), which are extra metadata.
    public static func meant(byHeader header: String) -> [ManifestColumn] {
        let key = key(header)
        guard ManifestColumn(rawValue: key) == nil, key.count >= 3 else { return [] }
        return allCases.filter { column in
            let name = column.rawValue
            return name.hasPrefix(key + "_") || EditDistance.between(key, name) <= (name.count >= 7 ? 2 : 1)
        }
    }
}
