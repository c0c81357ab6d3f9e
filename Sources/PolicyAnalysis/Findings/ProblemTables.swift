import PolicyModel

/// The review's problems (description, causes, recommendations with locators) and the findings check as
/// export tables: they then reach CSV, Markdown and JSON like every other table.
enum ProblemTables {
    private static func column(_ id: String, _ title: String) -> ReportTable.Column { ReportTable.Column(id: id, title: title) }

    /// One row per statement: each problem's description, then its causes, then its recommendations.
    static func problems(_ catalog: ProblemCatalog, language: Language = .english) -> ReportTable {
        func t(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }
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
        return ReportTable(id: "problems", title: t("综述指出的问题：描述、成因与建议", "Problems of the review: descriptions, causes and recommendations"),
                           note: t("本项目对综述的概括（非原文），各附章节定位（章节号按论文所印）。",
                                   "The project's own summaries of the review, each with its section locator (section numbers as printed in the paper)."),
                           columns: [column("order", "#"), column("problem", t("问题", "problem")), column("name", t("名称", "name")),
                                     column("part", t("部分", "part")), column("number", "n"), column("zh", t("中文", "Chinese")),
                                     column("en", t("英文", "English")), column("locator", t("定位", "locator"))],
                           rows: rows)
    }

    static func findings(_ checks: [FindingCheck], language: Language = .english) -> ReportTable {
        func t(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }
        let rows = checks.map { c in
            ReportTable.Row(values: [
                "id": .text(c.id), "problem": c.problem.map { .text($0) } ?? .none, "verdict": .text(c.verdict.rawValue),
                "reason": .text(c.reason.text(in: language)),
                "evidence": .text(c.evidence.map { language == .chinese ? $0.zh : $0.en }.joined(separator: language == .chinese ? "；" : "; ")),
                "citation": .text([c.citation.source, c.citation.locator].compactMap { $0 }.joined(separator: ", ")),
                "finding": .text(c.text.text(in: language)),
            ], evidence: nil)
        }
        return ReportTable(id: "findings", title: t("综述结论在本语料上的检验", "The review's findings checked against the corpus"),
                           note: t("结论：reproduced（复现）、contradicted（相反）、partly（部分）、not-testable（无法检验）；理由说明计了什么或缺什么。各项检验见 docs/findings-check.md。",
                                   "Verdicts: reproduced, contradicted, partly, not-testable; the reason says what was counted or what is missing. docs/findings-check.md describes each test."),
                           columns: [column("id", t("结论", "finding")), column("problem", t("问题", "problem")), column("verdict", t("检验结果", "verdict")),
                                     column("reason", t("理由", "reason")), column("evidence", t("数字与链接", "figures and links")),
                                     column("citation", t("出处", "citation")), column("finding", t("结论（综述）", "finding (review)"))],
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
