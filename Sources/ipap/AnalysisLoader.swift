import Dashboard
import Dispatch
import Foundation
import PolicyAnalysis
import PolicyModel

/// Loads or computes the corpus's analysis before the dashboard opens, with a progress line on stderr;
/// Ctrl-C cancels the computation and the dashboard opens with the metadata indicators only.
enum AnalysisLoader {
    static func load(_ corpus: Corpus) -> (AnalysisView?, AnalysisStatus) {
        let analysis = CorpusAnalysis(corpus: corpus)
        let inputs = analysis.inputs
        guard !inputs.isEmpty else { return (nil, .noTexts) }
        if let stored = analysis.stored(for: AnalysisInputs(documents: inputs, parameters: analysis.parameters)) {
            return (AnalysisView(result: stored), .ready)
        }
        let zh = Terminal.language == .chinese
        let progress = ProgressLine(total: inputs.count * 2, label: zh ? "分析（Ctrl-C 跳过）" : "analysing (Ctrl-C skips)",
                                    unit: zh ? "文件" : "documents")
        final class Box: @unchecked Sendable { var result: AnalysisResult? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread {
            let (result, _) = analysis.result(progress: { d, _ in progress.update(d) })
            box.result = result
            // Stored for next time (and for colleagues) when the corpus directory is writable.
            try? analysis.write(result)
            done.signal()
        }.start()
        // SIGINT is taken over while waiting, so that Ctrl-C skips the analysis instead of ending ipap.
        let interrupted = DispatchSemaphore(value: 0)
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { interrupted.signal() }
        source.resume()
        defer {
            source.cancel()
            signal(SIGINT, SIG_DFL)
        }
        while true {
            if done.wait(timeout: .now() + .milliseconds(50)) == .success {
                progress.finish()
                return (box.result.map(AnalysisView.init), box.result == nil ? .cancelled : .ready)
            }
            if interrupted.wait(timeout: .now()) == .success {
                progress.finish()
                Terminal.error(zh ? "已跳过分析：仪表盘只显示元数据指标" : "analysis skipped: the dashboard shows metadata indicators only")
                return (nil, .cancelled)
            }
        }
    }
}
