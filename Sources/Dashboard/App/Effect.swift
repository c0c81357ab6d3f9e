import PolicyAnalysis
import PolicyModel

/// Something `update` asks the edge to do (Bubble Tea's commands): writing, reading and cancelling are never
/// done inside `update`. The edge reports back with messages (`journalsChanged`, `effectDone`).
public enum Effect: Sendable {
    /// Append one entry to the analyst's own journal (the edge stamps author, time and id), then re-read every journal.
    case appendReview(ReviewDraft)
    /// Write a report in the background: the edge checks its files first (`exportTargetsExist` when any is there and
    /// not to be overwritten), then starts the job and hands it to update (`exportStarted`).
    case exportReport(ExportFormat, ExportTarget)
    /// Write the current screen as shown (`e` then `view FILE`); an existing file only when the target says so.
    case exportView(text: String, target: ExportTarget)
    /// Put text on the terminal's clipboard (OSC 52), if the edge has a way to.
    case copy(String)
    /// Re-read the journals now (`R`).
    case reloadReviews
    /// Stop the background analysis (`x`): it stops at its next check and stores nothing.
    case cancelAnalysis(AnalysisJob)
    /// Start a full-text search (made by update, run at the edge).
    case startTextSearch(TextSearchJob)
    /// Stop a full-text search at its next document.
    case stopTextSearch(TextSearchJob)
    /// Build every tab's content in the background, so that the first visit of a tab is quick.
    case prefetchTabs
}

/// Where `e` writes, as its prompt was submitted.
public struct ExportTarget: Sendable, Hashable {
    /// The file as typed (for csv, the name the tables' files are named after).
    public var path: String
    /// The prompt's text as typed: the prompt opens again with it when the file exists.
    public var typed: String
    /// A second Enter on the unchanged text after `exportTargetsExist`: the existing file(s) are replaced
    /// (atomically, as every export writes).
    public var overwrite: Bool

    public init(path: String, typed: String, overwrite: Bool = false) {
        self.path = path
        self.typed = typed
        self.overwrite = overwrite
    }
}
