import PolicyAnalysis
import PolicyModel

/// Something `update` asks the edge to do (Bubble Tea's commands): writing, reading and cancelling are never
/// done inside `update`. The edge reports back with messages (`journalsChanged`, `effectDone`).
public enum Effect: Sendable {
    /// Append one entry to the analyst's own journal (the edge stamps author, time and id), then re-read every journal.
    case appendReview(ReviewDraft)
    /// Write a report in the background without overwriting anything (the job made by update).
    case startExport(ExportJob)
    /// Write the current screen as shown (`e` then `view FILE`), never over an existing file.
    case exportView(text: String, path: String)
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
