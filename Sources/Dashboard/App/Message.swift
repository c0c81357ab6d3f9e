import PolicyModel
import TerminalUI

/// Everything that happens to the dashboard, fed one at a time into `Dashboard.update(state, message)`:
/// a key, what the background analysis did, the journals as re-read, and what the edge made of an effect.
/// The edge (Dashboard.run) turns the world into messages and carries out the effects update returns; update
/// itself reads no clock, no files and no account.
public enum Message: Sendable {
    case key(Key)
    case analysis(AnalysisEvent)
    case textSearch(TextSearchEvent)
    /// Every analyst's entries as the edge read them (a journal changed on disk, or `R`, or after an append).
    case journalsChanged(ReviewStore)
    /// The edge appended this entry (its id) to the analyst's journal for this session: what `u` may undo.
    case reviewWritten(String)
    /// What the edge did with an effect (written, exported, or why not), for the status line.
    case effectDone(LocalizedText)
    /// The edge started the report's job: the status line says it runs until `exportFinished`.
    case exportStarted(ExportJob)
    /// An export written nowhere because these files exist: its prompt opens again, and Enter on it overwrites them.
    case exportTargetsExist([String], ExportTarget)
    /// The background export has finished: written, or why not.
    case exportFinished(LocalizedText)
    /// The page shown while it was built in the background (`AppState.showsLoadingPage`) is built: drawn again.
    case pageBuilt
    /// The corpus's documents or corpus.json changed on disk since it was loaded (another analyst's import or fetch).
    case corpusChangedOnDisk(CorpusStamp)
}

/// What the background analysis did, as the edge saw it when it polled the job.
public enum AnalysisEvent: Sendable {
    case progress(JobProgress)
    /// The corpus with its texts and its analysis; why a computed analysis could not be stored, if it could not.
    case finished(AnalysisView, Corpus, notStored: LocalizedText?)
    case failed(LocalizedText)
    case cancelled
}

/// What a full-text search did, as the edge saw it when it polled the job.
public enum TextSearchEvent: Sendable {
    case progress(JobProgress)
    /// Every document read (or as many as were read before `x` stopped it).
    case finished(TextSearchResults)
}
