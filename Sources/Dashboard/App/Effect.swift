import PolicyAnalysis
import PolicyModel

/// Something `update` asks the edge to do (Bubble Tea's commands): writing is never done inside `update`.
public enum Effect: Sendable, Equatable {
    /// Append one entry to the analyst's own journal, then re-read every journal.
    case appendReview(ReviewEntry)
    /// Write a report (format, path) without overwriting anything.
    case export(format: ExportFormat, path: String)
    /// Re-read the journals now (`R`).
    case reloadReviews
}
