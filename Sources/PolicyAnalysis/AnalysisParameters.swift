/// Everything that decides an analysis result; written into the output.
public struct AnalysisParameters: Sendable, Hashable, Codable {
    public var reuse: ReuseParameters
    public var scheme: CodingScheme

    public init(reuse: ReuseParameters = ReuseParameters(), scheme: CodingScheme = .builtIn) {
        self.reuse = reuse
        self.scheme = scheme
    }
}
