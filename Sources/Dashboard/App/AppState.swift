import PolicyModel
import TerminalUI

/// The whole state of the dashboard: `update(state, action)` makes the next one, `render` draws it.
public struct AppState: Sendable {
    public let corpus: Corpus
    public var language: Language
    /// The navigation stack: the first route is a tab, each drill pushes one.
    public var stack: [Route] = [.overview]
    public var views: [Route: ViewState] = [:]
    /// The Documents tab's filter (`f`).
    public var filter = DocumentFilter()
    public var prompt: Prompt?
    /// A one-off message for the status line (a failed search, an unknown palette entry).
    public var message: String?
    public var size: Size
    public var quit = false
    /// The text analysis, when the corpus has texts and it was computed or loaded.
    public let analysis: AnalysisView?
    public let analysisStatus: AnalysisStatus

    public init(corpus: Corpus, language: Language, size: Size, analysis: AnalysisView? = nil,
                analysisStatus: AnalysisStatus = .noTexts) {
        self.corpus = corpus
        self.language = language
        self.size = size
        self.analysis = analysis
        self.analysisStatus = analysis == nil ? analysisStatus : .ready
    }

    public var route: Route { stack.last ?? .overview }

    public var view: ViewState {
        get { views[route] ?? ViewState() }
        set { views[route] = newValue }
    }

    public func text(_ t: LocalizedText) -> String { t.text(in: language) }
}
