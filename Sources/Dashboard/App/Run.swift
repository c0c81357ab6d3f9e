import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI

extension Dashboard {
    /// Runs the dashboard on a backend until the analyst quits or a signal ends it; returns the last state.
    /// The state follows the terminal's size on every key and every frame; effects asked for by `update`
    /// (journal appends, exports) are carried out here, at the edge; other analysts' journal entries are
    /// picked up while the analyst is idle.
    public static func run<B: Backend>(backend: inout B, initial: AppState) throws -> AppState {
        // The first screen starts on its first row that can be opened, as every screen opened later does
        // (the overview starts with a heading).
        var initial = initial
        if initial.views[initial.route] == nil {
            initial.views[initial.route] = ViewState(firstSelectable: Layout.content(initial))
        }
        return try TerminalApp.run(
            backend: &backend, initial: initial, minimumSize: minimumSize,
            update: { state, key, size in
                var s = state
                s.size = size
                s = perform(update(s, key: key))
                return s.quit ? nil : s
            },
            idle: { state, size in
                var s = state
                s.size = size
                var changed = false
                if let job = s.analysisJob {
                    job.start()
                    changed = followingJob(&s, job)
                }
                if ReviewStore.stamp(of: s.corpus.directory) != s.reviews.stamp {
                    s = reloadingReviews(s)
                    changed = true
                }
                return changed ? s : nil
            },
            render: { state, canvas in
                var s = state
                s.size = canvas.size
                render(s, into: &canvas)
            })
    }

    /// Carries out the state's pending effects and reports each in the status line.
    public static func perform(_ state: AppState) -> AppState {
        var s = state
        let effects = s.effects
        s.effects = []
        let zh = s.language == .chinese
        for effect in effects {
            switch effect {
            case .appendReview(let entry):
                do {
                    try ReviewJournal(corpusDirectory: s.corpus.directory).append(entry)
                    s = reloadingReviews(s)
                    s.message = (zh ? "已记入你的审阅日志：" : "written to your journal: ") + ScreenBuilder(state: s).kindName(entry.kind)
                } catch {
                    s.message = (zh ? "未能写入：" : "not written: ") + "\(error)"
                }
            case .reloadReviews:
                s = reloadingReviews(s)
                s.message = zh ? "已重读审阅日志（\(s.reviews.active.count) 条）" : "journals re-read (\(s.reviews.active.count) entries)"
            case .export(let format, let path):
                s.message = export(s, format: format, path: path)
            }
        }
        return s
    }

    /// Takes the background analysis's progress or result into the state; true when something changed.
    static func followingJob(_ s: inout AppState, _ job: AnalysisJob) -> Bool {
        switch job.currentOutcome {
        case .finished(let view, let corpus)?:
            s.analysisJob = nil
            s.analysisProgress = nil
            s.corpus = corpus
            s.baseAnalysis = view
            s.analysis = view.applying(s.reviews, corpus: s.corpus)
            s.analysisStatus = .ready
            s.message = s.language == .chinese ? "文本分析已就绪" : "text analysis ready"
            prefetchTabs(s)
            return true
        case .failed(let reason)?:
            s.analysisJob = nil
            s.analysisProgress = nil
            s.analysisStatus = .failed(reason)
            s.message = reason
            return true
        case .cancelled?:
            s.analysisJob = nil
            s.analysisProgress = nil
            s.analysisStatus = .cancelled
            return true
        case nil:
            let progress = job.currentProgress
            guard progress != s.analysisProgress else { return false }
            s.analysisProgress = progress
            return true
        }
    }

    /// Builds every tab's content on a background thread into the shared cache, so that the first visit
    /// of a tab on a large corpus is as quick as a revisit.
    static func prefetchTabs(_ state: AppState) {
        let snapshot = state
        Thread {
            for route in Route.tabs {
                var s = snapshot
                s.stack = [route]
                _ = Layout.content(s)
            }
        }.start()
    }

    /// Re-reads every journal; the analysis follows the analysts' overrides.
    public static func reloadingReviews(_ state: AppState) -> AppState {
        var s = state
        s.reviews = ReviewStore.load(s.corpus.directory)
        s.analysis = s.baseAnalysis?.applying(s.reviews, corpus: s.corpus)
        return s
    }

    static func export(_ state: AppState, format f: ExportFormat, path: String) -> String {
        let zh = state.language == .chinese
        let analysis = state.analysis.map { ($0.result, ExportReport.AnalysisOrigin.stored) }
        let report = ExportReport(corpus: state.scoped, analysis: analysis, reviews: state.reviews, scope: state.scope)
        do {
            let written = try ExportWriter.write(report, format: f, out: URL(fileURLWithPath: path), force: false)
            return (zh ? "已导出：" : "exported: ") + written.map(\.lastPathComponent).joined(separator: ", ")
        } catch {
            return (zh ? "未导出：" : "not exported: ") + "\(error)"
        }
    }
}
