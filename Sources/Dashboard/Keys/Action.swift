import TerminalUI

/// What a key means, decided before any screen sees it (tig's named actions).
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom, left, right
    case drill, back
    case nextTab, previousTab
    case tab(Int)
    case search, nextMatch, previousMatch
    case palette, filter, clearFilter
    case sort, reverseSort
    case nextFinding, previousFinding, compare, cycleView
    /// Mark a document to compare with another chosen later (`m`, then `c` on the other).
    case markForCompare
    /// Copy the passage under the cursor with its citation to the terminal's clipboard (OSC 52).
    case copyPassage
    /// Review actions: tag, annotate, rate, override a machine code, undo one's last action; re-read journals; export.
    case tag, annotate, rate, overrideCode, undo, reloadReviews, export
    /// Stop waiting for the background analysis.
    case cancelAnalysis
    case help, toggleLanguage, toggleScope, quit
    case resize
    /// A key typed into an open prompt.
    case input(Key)

    /// Whether the action moves the cursor over the rows, and does nothing else (j, k, PgDn, PgUp, g, G).
    var movesTheCursor: Bool {
        switch self {
        case .up, .down, .pageUp, .pageDown, .top, .bottom: true
        default: false
        }
    }
}
