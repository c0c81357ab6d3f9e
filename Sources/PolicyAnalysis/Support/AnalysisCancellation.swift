import Foundation
import PolicyModel

/// Asks a running analysis to stop. The analysis checks it for each document of its per-document stages and
/// between its phases, and then throws `AnalysisCancelled`: no result, partial or whole, comes out of it.
public final class AnalysisCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Throws when cancelled: the check between phases.
    func check() throws(AnalysisCancelled) {
        if isCancelled { throw AnalysisCancelled() }
    }
}

/// The analysis stopped because it was asked to (`AnalysisCancellation`).
public struct AnalysisCancelled: BilingualError, Sendable {
    public func description(in language: Language) -> String {
        LocalizedText(zh: "分析已取消", en: "the analysis was cancelled").text(in: language)
    }
}
