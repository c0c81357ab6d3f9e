import PolicyAnalysis
import PolicyModel
import TerminalUI

/// Where the analyst is within one screen: kept per route, so going back returns to the same row.
public struct ViewState: Sendable, Hashable, Codable {
    public var selected = 0
    public var offset = 0
    /// The column cursor of a matrix or heat map.
    public var column = 0
    public var columnOffset = 0
    /// Which matrix a screen with several shows (`v`).
    public var variant = 0
    public var sortColumn: Int?
    /// The sorted column's title: a list whose columns change (the analysis arrives, a resize drops columns)
    /// stays sorted by the same column, not by whatever now stands at its old place.
    public var sortTitle: String?
    public var ascending = true
    /// The last search on this screen, for n / N.
    public var search: String?
    /// Words every shown row of this list holds (`f` on a list tab other than Documents and Reviews).
    public var rowFilter: String?
    /// The lists this screen shows whole that it would cut short (a document's passages past the first 50 on an
    /// evidence page, its clauses past a page's quotes), by the key of the row that Enter listed them on
    /// (`ScreenContent.Row.expands`); nil: none.
    public var expanded: Set<String>?
    /// The row the last `/` match was found on, where the cursor could not rest on it (a note, a heading) and
    /// rests on the row above: `n` goes on from the match, not from the cursor.
    public var matchRow: Int?
    /// The terminal size `selected` and `offset` were fitted to, when the terminal was resized while this screen
    /// was not shown (`Dashboard.resized` fits only the screen shown); nil when fitted to the size now.
    public var fittedTo: Size?
    /// The language `selected` and `offset` were fitted to, when the language was switched (`L`, or a session
    /// restored in the other language) while this screen was not shown; nil when fitted to the language now. A
    /// header or panel wraps to other lines in the other language, so that the same row number is another row.
    public var fittedLanguage: Language?
    /// What the selected row stood for when the session was saved (the screen shown): the restored screen is put
    /// back on that row (`Dashboard.anchored`); nil once it is.
    var anchor: RowAnchor?

    public init() {}

    /// Rows kept in sight above a row a jump lands on (a finding, a match, a passage opened), and below it.
    static let jumpContext = 3

    /// Selects `row` as a jump does (`]` `[`, `n` `N`): when it is out of the `visible` rows shown, or among their
    /// last `jumpContext`, it is brought to `jumpContext` rows below the top, the lines after it in sight. Moved
    /// only as far as needed, a passage below the screen landed on its last line, its first line alone shown.
    /// Fewer than `2 * jumpContext + 1` rows shown keep as many rows above it as after it, so the row stays among
    /// them (three rows above it in a table of three rows left it below the table).
    mutating func jump(to row: Int, visible: Int) {
        selected = row
        let context = min(Self.jumpContext, max(0, visible - 1) / 2)
        if row < offset || row >= offset + visible - context { offset = max(0, row - context) }
    }

    /// Scrolls as little as needed to show `rows` whole where they fit in the `visible` rows, else their first at the top.
    mutating func reveal(_ rows: ClosedRange<Int>, visible: Int) {
        guard rows.count <= visible else {
            offset = rows.lowerBound
            return
        }
        if rows.upperBound >= offset + visible { offset = rows.upperBound - visible + 1 }
        if rows.lowerBound < offset { offset = rows.lowerBound }
    }
}

/// A one-line input at the bottom of the screen.
public struct Prompt: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case search, palette, filter
        /// `f` on a list tab: words the rows of this list must hold.
        case rowFilter
        /// Review actions: free tags, a note (several lines), a rating of an indicator, a code override.
        case tag(ReviewTarget)
        case note(ReviewTarget)
        case rate(ReviewTarget, indicator: IndicatorID)
        case override(ReviewTarget, previous: ReviewPrevious)
        case export
        case reviewFilter

        /// The clause an override or a tag is about; ↑ ↓ take the one before or after.
        var clauseTarget: ReviewTarget? {
            switch self {
            case .override(let target, _), .tag(let target): target.clause == nil ? nil : target
            default: nil
            }
        }
    }

    public var kind: Kind
    /// The text and its cursor (Home, End, arrows, Ctrl-U, Ctrl-W, Ctrl-K edit it).
    public var editor: LineEditor
    /// A pre-filled value (the current filter, a suggested export) is selected: the first character typed
    /// replaces it, a key that moves or deletes keeps it to edit.
    public var selected: Bool
    /// The palette's chosen candidate (↑ ↓), 0 the best.
    public var choice = 0
    /// The codes an override's Tab found starting as typed, when more than one does: shown above the prompt until
    /// the text is edited.
    public var candidates: [String] = []
    /// Why what was entered was refused (an unknown code, a rating without its letter, a control character): shown
    /// whole in the status line's place, the text left to correct, until it is edited.
    public var refusal: String?
    /// The refusal said that the export's file exists and Enter overwrites it: the next Enter does, unless the text
    /// is edited first (a changed name is checked again).
    public var overwrites = false
    /// The opening words of the clause an override, tag or note is about: a row can hold several, and the prompt says
    /// which.
    public var excerpt: String?
    /// A rating on a document's page: ↑ ↓ take the other indicators its panel lists (the prompt says so).
    public var cycles = false

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        editor = LineEditor(text: text)
        selected = !text.isEmpty
    }

    public var text: String {
        get { editor.text }
        set { editor = LineEditor(text: newValue) }
    }

    /// The refusal is no longer said, and so no overwrite it offered stands.
    mutating func dropRefusal() {
        refusal = nil
        overwrites = false
    }
}

/// The codes of the clause an override prompt is about. The machine's own (`ReviewedCoding.machineCoding(text:taxonomy:)`,
/// as `ipap review add --clause` takes them) are what the entry records as replaced (`previous`, which `review list`
/// calls the machine's); the clause's codes now, every analyst's overrides in effect applied, are what the prompt shows.
/// After another analyst's override the two differ: the entry recorded that analyst's code as the machine's.
public struct ReviewPrevious: Sendable, Hashable {
    /// The machine's codes of the clause; nil if the machine's coding has no such clause (nothing is recorded then).
    public var machine: ClauseCoding?
    public var currentTools: [String]
    public var currentAreas: [String]
    /// The analysts whose overrides in effect make the codes now (the tool's, then the area's), each once.
    public var overriddenBy: [String]

    public init(machine: ClauseCoding?, currentTools: [String], currentAreas: [String], overriddenBy: [String] = []) {
        self.machine = machine
        self.currentTools = currentTools
        self.currentAreas = currentAreas
        self.overriddenBy = overriddenBy
    }

    /// Whether the clause's codes now are the machine's (no override in effect changes them).
    public var currentAreMachine: Bool { machine?.tools == currentTools && machine?.actionAreas == currentAreas }
}
