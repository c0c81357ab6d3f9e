import PolicyModel

/// What the corpus says about a finding of the review.
public enum FindingVerdict: String, Codable, Sendable, CaseIterable {
    /// Every subject the finding names was tested and agrees with it (or a count reaches the review's).
    case reproduced
    /// Every subject that could be tested disagrees with it.
    case contradicted
    /// Some subjects agree and others disagree or could not be tested, or a count falls short.
    case partly
    /// Nothing in the corpus can test it; the reason says what is missing.
    case notTestable = "not-testable"

    public var name: LocalizedText {
        switch self {
        case .reproduced: LocalizedText(zh: "可复现", en: "reproduced")
        case .contradicted: LocalizedText(zh: "与语料不符", en: "contradicted")
        case .partly: LocalizedText(zh: "部分复现", en: "partly")
        case .notTestable: LocalizedText(zh: "无法检验", en: "not testable")
        }
    }
}
