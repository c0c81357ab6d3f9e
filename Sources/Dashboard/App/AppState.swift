import PolicyModel
import TerminalUI

/// The whole state of the dashboard: `update(state, action)` makes the next one, `render` draws it.
public struct AppState: Sendable {
    /// Replaced once, when the background job has read the texts. Every document, whatever the scope.
    public var corpus: Corpus {
        didSet {
            scoped = scope.apply(to: corpus)
            revision += 1
            corpusRevision += 1
        }
    }
    /// Which documents the screens count (`w` toggles the review's scope); shown on the status line when active.
    public var scope: CorpusScope = .all { didSet { scoped = scope.apply(to: corpus) } }
    /// `corpus` restricted to `scope`: what the screens are built from.
    public private(set) var scoped: Corpus
    public var language: Language
    /// The navigation stack: the first route is a tab, each drill pushes one.
    public var stack: [Route] = [.overview]
    public var views: [Route: ViewState] = [:]
    /// The Documents tab's filter (`f`).
    public var filter = DocumentFilter()
    /// A document marked with `m`, to compare with the next one `c` is pressed on.
    public var marked: String?
    /// The review screen's filter (`f` there).
    public var reviewFilter = ReviewFilter()
    public var prompt: Prompt?
    /// A one-off message for the status line (a failed search, an unknown palette entry).
    public var message: String?
    /// Problems found when the corpus was loaded (its other documents are shown): a standing notice.
    public var corpusProblems = 0
    /// The document files that failed to load (`CorpusLoader.Result.documentsNotLoaded`): `e` writes no report while
    /// there are any, as `ipap export` writes none (a report without them would pass for the corpus's).
    public var documentsNotLoaded: [String] = []
    public var size: Size
    public var quit = false
    /// The text analysis, when the corpus has texts and it was computed or loaded; analysts' overrides applied.
    public var analysis: AnalysisView? { didSet { revision += 1 } }
    /// The analysis as the machine made it, before overrides.
    public var baseAnalysis: AnalysisView?
    /// The background load or computation, while it runs.
    public var analysisJob: AnalysisJob?
    /// Its last progress as drawn, so that idle ticks redraw only when it moved.
    public var analysisProgress: JobProgress?
    /// The full-text search running in the background (`/` on the Documents tab), and its last progress drawn.
    var textSearchJob: TextSearchJob?
    /// The report being written in the background (`e`), if one is.
    public internal(set) var exportJob: ExportJob?
    var textSearchProgress: JobProgress?
    /// The last full-text search's results; the text-search screen shows them while they answer its request.
    var textSearchResults: TextSearchResults? { didSet { textSearchRevision += 1 } }
    /// Bumped when the search's results are replaced: the text-search screen's part of the content cache's key.
    private(set) var textSearchRevision = 0
    /// The corpus's files as they were when it was loaded (set by the edge), and the change last said on the status
    /// line: an import by another analyst is said once, not at every idle tick (QA pass 51: an open dashboard never
    /// noticed it, and `:` said a document on disk was not found).
    public var corpusStamp: CorpusStamp?
    var corpusChangeSaid: CorpusStamp?
    /// Every analyst's review entries, re-read when a journal changes.
    public var reviews: ReviewStore = .empty { didSet { revision += 1 } }
    /// The OS account whose journal `t`, `a`, `r`, `o` and `u` write: set by the edge when the dashboard starts,
    /// never read from the system inside update.
    public var author = ""
    /// The ids of the entries this session wrote, oldest first: `u` undoes the newest of them still in effect, not
    /// what the same account wrote in another window (`ipap review undo` undoes the account's newest).
    public internal(set) var ownEntries: [String] = []
    /// Work for the edge, gathered while one message is handled; `update(state, message)` hands it out and
    /// leaves this empty.
    var effects: [Effect] = []
    /// Bumped whenever the corpus, the analysis or the reviews are replaced: the data part of the content
    /// cache's key (`ScreenInputs`).
    public private(set) var revision = 0
    /// Bumped when the corpus is replaced: what a full-text search's results are valid for.
    public private(set) var corpusRevision = 0
    let cache = ContentCache()
    /// The rows as shown (filtered, sorted), per content and view settings (`Layout.shown`).
    let shownCache = BuildCache<ShownContentKey, ShownContent>(capacity: 8)
    /// The loading contents of pages built in the background (`BuildsInBackground`), nil where a page has none.
    let loadingCache = BuildCache<ScreenInputs, ScreenContent?>(capacity: 4)
    /// The palette's prepared document names (per revision) and its candidates (per text typed).
    let paletteNames = BuildCache<Int, Palette.DocumentNames>(capacity: 1)
    let paletteCandidates = BuildCache<Palette.CandidatesKey, [Palette.Candidate]>(capacity: 4)
    /// Documents' machine codings (clause coding is not stored with the analysis): a tool's clause list, an evidence
    /// page and a document's page code the same documents again as the analyst moves between them.
    let machineCodings = MachineCodings()
    /// Each policy tool's documents, per data and scope (`ToolDocuments`): the Tools matrix and its cells' pages.
    let toolDocuments = BuildCache<ToolDocuments.Key, ToolDocuments>(capacity: 2)
    public var analysisStatus: AnalysisStatus
    /// Whether a screen slow to build is built on a background thread while its loading content is shown
    /// (`Layout.content`): set by the edge that runs the dashboard, which draws the page again when it is built.
    /// Off, it is built at once (what tests that step through keys alone expect).
    var buildsPagesInBackground = false
    /// Whether the screen shown is a loading content (`Layout.isLoading`) as update left it: the edge polls for its
    /// page (`Message.pageBuilt`) while it is.
    var showsLoadingPage = false
    /// Cursor moves typed while the page is built in the background (`Layout.isLoading`), in order: made on the page
    /// once it is there (`Dashboard.makingMovesTypedWhileLoading`), as they would have been on a page built at once.
    var movesWhileLoading: [Action] = []

    public init(corpus: Corpus, language: Language, size: Size, analysis: AnalysisView? = nil,
                analysisStatus: AnalysisStatus = .noTexts, analysisJob: AnalysisJob? = nil) {
        self.analysisJob = analysisJob
        self.corpus = corpus
        scoped = corpus
        self.language = language
        self.size = size
        self.analysis = analysis
        baseAnalysis = analysis
        self.analysisStatus = analysis != nil ? .ready : (analysisJob != nil ? .loading : analysisStatus)
    }

    public var route: Route { stack.last ?? .overview }

    public var view: ViewState {
        get { views[route] ?? ViewState() }
        set { views[route] = newValue }
    }

    public func text(_ t: LocalizedText) -> String { t.text(in: language) }
}
