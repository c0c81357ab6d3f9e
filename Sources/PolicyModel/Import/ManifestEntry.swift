/// What a manifest is, for messages: the rows of `manifest.csv` start on lines, those of `manifest.xlsx` are rows
/// (a position in it is row:column).
public enum ManifestKind: Sendable {
    case csv, workbook

    /// What the first number of a position in the manifest counts, in English: "line" or "row" (Chinese says 行 for both).
    public var lineWord: String {
        switch self {
        case .csv: return "line"
        case .workbook: return "row"
        }
    }
}

/// One row of `manifest.csv` or `manifest.xlsx`: the cells as written, each with its position for messages.
public struct ManifestEntry: Sendable {
    /// Line of the manifest on which the row starts (a workbook's row).
    public var line: Int
    public var kind: ManifestKind = .csv
    public var cells: [ManifestColumn: CSVReader.Field]
    /// Columns ipap does not know, by their header, non-empty values only.
    public var extra: [String: String]
    /// Where each of `extra`'s cells starts, for messages.
    public var extraPositions: [String: SourcePosition] = [:]

    /// The trimmed cell, or nil when the column is missing or the cell is empty (unknown).
    public func value(_ column: ManifestColumn) -> String? {
        guard let cell = cells[column] else { return nil }
        let v = cell.value.trimmingWhitespace()
        return v.isEmpty ? nil : v
    }

    /// Where the cell starts, else the start of the row.
    public func position(_ column: ManifestColumn) -> SourcePosition {
        cells[column]?.position ?? SourcePosition(line: line, column: 1)
    }
}
