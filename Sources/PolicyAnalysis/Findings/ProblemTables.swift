import PolicyModel

/// The review's problems (description, causes, recommendations with locators) and the findings check as
/// export tables: they then reach CSV, Markdown and JSON like every other table.
enum ProblemTables {
    private static func column(_ id: String, _ title: String) -> ReportTable.Column { ReportTable.Column(id: id, title: title) }

    /// One row per statement: each problem's description, then its causes, then its recommendations.
    static func problems(_ catalog: ProblemCatalog) -> ReportTable {
        var rows: [ReportTable.Row] = []
        for f in catalog.families.sorted(by: { $0.order < $1.order }) {
            for s in ProblemStatement.all(of: f) {
                rows.append(ReportTable.Row(values: [
                    "problem": .text(f.id), "order": .integer(f.order), "name": .text(f.zh + " / " + f.en),
                    "part": .text(s.part.rawValue), "number": .integer(s.number), "zh": .text(s.text.zh), "en": .text(s.text.en),
                    "locator": s.locator.map { .text($0) } ?? .none,
                ], evidence: nil))
            }
        }
        return ReportTable(id: "problems", title: "Problems of the review: descriptions, causes and recommendations",
                           note: "The project's own summaries of the review, each with its section locator (section numbers as printed in the paper).",
                           columns: [column("order", "#"), column("problem", "problem"), column("name", "name"), column("part", "part"),
                                     column("number", "n"), column("zh", "Chinese"), column("en", "English"), column("locator", "locator")],
                           rows: rows)
    }

    static func findings(_ checks: [FindingCheck]) -> ReportTable {
        let rows = checks.map { c in
            ReportTable.Row(values: [
                "id": .text(c.id), "problem": c.problem.map { .text($0) } ?? .none, "verdict": .text(c.verdict.rawValue),
                "reason": .text(c.reason.en), "evidence": .text(c.evidence.map(\.en).joined(separator: "; ")),
                "citation": .text([c.citation.source, c.citation.locator].compactMap { $0 }.joined(separator: ", ")),
                "finding": .text(c.text.en),
            ], evidence: nil)
        }
        return ReportTable(id: "findings", title: "The review's findings checked against the corpus",
                           note: "Verdicts: reproduced, contradicted, partly, not-testable; the reason says what was counted or what is missing. docs/findings-check.md describes each test.",
                           columns: [column("id", "finding"), column("problem", "problem"), column("verdict", "verdict"),
                                     column("reason", "reason"), column("evidence", "figures and links"), column("citation", "citation"),
                                     column("finding", "finding (review)")],
                           rows: rows)
    }
}

/// One line of a problem: its description, a cause or a recommendation.
public struct ProblemStatement: Sendable, Hashable {
    public enum Part: String, Sendable, CaseIterable {
        case description, cause, recommendation

        public var name: LocalizedText {
            switch self {
            case .description: LocalizedText(zh: "问题描述", en: "Description")
            case .cause: LocalizedText(zh: "成因", en: "Causes")
            case .recommendation: LocalizedText(zh: "建议", en: "Recommendations")
            }
        }
    }

    public var part: Part
    /// 1-based within its part (the description is 1).
    public var number: Int
    public var text: LocalizedText
    public var locator: String?

    /// Description, causes, recommendations, in that order.
    public static func all(of f: ProblemFamily) -> [ProblemStatement] {
        [ProblemStatement(part: .description, number: 1, text: f.definition.localized, locator: f.definition.locator)]
            + f.causes.enumerated().map { ProblemStatement(part: .cause, number: $0.offset + 1, text: $0.element.localized, locator: $0.element.locator) }
            + f.recommendations.enumerated().map { ProblemStatement(part: .recommendation, number: $0.offset + 1, text: $0.element.localized, locator: $0.element.locator) }
    }
}
