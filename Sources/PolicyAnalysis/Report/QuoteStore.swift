import Foundation

/// Quotes cut on the coding's workers while each text is at hand (`ExportReport`), by document and span.
final class QuoteStore: @unchecked Sendable {
    private let lock = NSLock()
    private var quotes: [String: [TextSpan: String]] = [:]

    func put(_ id: String, _ cut: [TextSpan: String]) {
        lock.lock()
        quotes[id] = cut
        lock.unlock()
    }

    var all: [String: [TextSpan: String]] {
        lock.lock()
        defer { lock.unlock() }
        return quotes
    }
}
