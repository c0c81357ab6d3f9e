import PolicyModel
import TerminalUI

/// What a screen shows, independent of how it is drawn: header lines above a table of rows.
/// Every row that stands for something can be opened (its `target`), so every number drills down.
struct ScreenContent {
    /// The screen's name in the breadcrumb.
    var title: String
    /// Lines above the table (a document's metadata, a province's profile).
    var header: [Line] = []
    var columns: [Column] = []
    var rows: [Row] = []
    /// What Enter does here, for the status line.
    var hint: String = ""
    /// A chart drawn between header and table (overview, indicators).
    var chart: Chart?

    struct Line {
        var text: String
        var style: Style = .plain

        init(_ text: String, style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    struct Column {
        var title: String
        /// Fixed width in columns; nil takes what is left.
        var width: Int?
        var alignment: Alignment = .left
    }

    struct Row {
        var cells: [String]
        /// Values for sorting, one per cell (numbers sort as numbers).
        var sortKeys: [SortKey] = []
        var target: Route?
        var kind: Kind = .item

        enum Kind {
            /// A selectable row.
            case item
            /// A section heading inside a list (not sortable, skipped by sorting).
            case heading
            /// Text (a wrapped paragraph line of a document).
            case text
        }
    }

    struct Chart {
        var title: String
        var bars: [(label: String, value: Int)]
    }
}

enum SortKey: Comparable {
    case missing
    case number(Double)
    case text(String)

    static func < (a: SortKey, b: SortKey) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y
        case (.text(let x), .text(let y)): return x < y
        case (.missing, .missing): return false
        case (.missing, _): return false
        case (_, .missing): return true
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }
}
