/// How far a background job (the analysis, a full-text search) has got, as the status line shows it.
public struct JobProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    /// Seconds since the job started, when `done` was counted.
    public var elapsed: Double

    public init(done: Int, total: Int, elapsed: Double) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }

    public var secondsLeft: Int? {
        guard done > 0, elapsed > 0, done < total else { return nil }
        return Int((Double(total - done) * elapsed / Double(done)).rounded())
    }
}
