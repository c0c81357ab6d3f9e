import PolicyModel

/// Runs the test of every finding against a corpus. The findings are the corpus's own, else those given
/// (the bundled catalogue's: a demo or imported corpus is checked against the review's findings too).
public struct FindingChecker: Sendable {
    public let context: FindingContext

    public init(context: FindingContext) {
        self.context = context
    }

    public func check(_ findings: [Finding]) -> [FindingCheck] {
        findings.map(check)
    }

    public func check(_ f: Finding) -> FindingCheck {
        let outcome = FindingTests.all[f.id]?(f, context)
            ?? FindingOutcome(.notTestable, LocalizedText(zh: "该结论还没有检验方法", en: "no test is written for this finding"))
        return FindingCheck(id: f.id, problem: f.family, text: f.text, citation: f.citation, verdict: outcome.verdict,
                            reason: outcome.reason, evidence: outcome.evidence)
    }

    /// Whether a finding has a test (as opposed to a verdict of "no test written").
    public static func hasTest(_ id: String) -> Bool { FindingTests.all[id] != nil }
}
