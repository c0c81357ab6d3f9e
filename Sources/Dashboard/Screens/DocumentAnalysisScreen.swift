import PolicyAnalysis
import PolicyModel
import TerminalUI

/// What the analysis adds to a document: its indicators, the documents it shares text with, and its text
/// with passages coloured by where they came from and clauses marked by policy tool.
extension ScreenContext {
    func indicatorPanel(_ i: DocumentIndicators) -> [ScreenContent.Line] {
        func pct(_ v: Double?) -> String { v.map { "\(Int(($0 * 100).rounded()))%" } ?? "-" }
        var lines: [ScreenContent.Line] = [.init(t("本文件的指标", "Indicators of this document"), style: .bold)]
        lines.append(.init(t("照搬中央 ", "Copied from the centre ") + pct(i.copiedFromCentre)
                           + t("（目标 ", " (goals ") + pct(i.copiedFromCentreGoals) + (i.identicalGoals ? "=" : "")
                           + t("，行动 ", ", actions ") + pct(i.copiedFromCentreActions) + (i.identicalActions ? "=" : "") + t("）", ")"),
                           style: i.copiedFromCentre >= 0.3 ? Theme.fromCentre : .plain))
        if let n = i.nearestProvince {
            lines.append(.init(t("最相似省份 ", "Nearest province ") + (taxonomy.division(n.region).map { name($0.displayName) } ?? n.region) + " " + pct(n.share),
                               style: Theme.fromProvince))
        }
        lines.append(.init(t("独特性 ", "Distinctiveness ") + pct(i.distinctiveness)))
        lines.append(.init(t("措施 \(i.measures.count)，空泛 \(i.vagueMeasures)", "Measures \(i.measures.count), vague \(i.vagueMeasures)")
                           + (i.financialSupport ? t("，有资金投入条款", ", commits funds") : t("，无资金投入条款", ", commits no funds")),
                           style: i.vagueMeasures > 0 ? Theme.vague : .plain))
        let eval = i.evaluation.isEmpty ? t("无评估条款", "no evaluation clause")
            : t("评估 \(i.evaluation.count) 条", "\(i.evaluation.count) evaluation clause(s)")
            + (i.evaluationNamesIndicators ? t("，含指标", ", with indicators") : t("，无指标", ", no indicators"))
            + (i.evaluationHasSchedule ? t("，含时间安排", ", with schedule") : t("，无时间安排", ", no schedule"))
        lines.append(.init(eval))
        let topics = GovernanceTopic.allCases.filter { !(i.governance[$0] ?? []).isEmpty }
        lines.append(.init(t("治理 ", "Governance ") + "\(topics.count)/\(GovernanceTopic.allCases.count) "
                           + topics.map { governanceName($0) }.joined(separator: zh ? "、" : ", ")))
        let shares = ["supply", "environment", "demand"].map { toolClassShort($0) + " " + pct(i.toolShares[$0] ?? 0) }
        lines.append(.init(t("工具 ", "Tools ") + shares.joined(separator: "  ")))
        lines.append(.init(t("目标导向 ", "Goal orientation ") + goalOrientationName(i.goalOrientation)
                           + t("（任务型条款 \(i.missionClauses)，扩散型 \(i.diffusionClauses)）",
                               " (mission clauses \(i.missionClauses), diffusion \(i.diffusionClauses))")))
        return lines
    }

    func governanceName(_ topic: GovernanceTopic) -> String { name(Labels.governance(topic)) }

    func goalOrientationName(_ g: GoalOrientation) -> String { name(Labels.goalOrientation(g)) }

    func toolClassShort(_ id: String) -> String { Labels.toolClassLetter(id).map(name) ?? id }

    func documentLabel(_ id: String) -> String {
        corpus.document(id).map { $0.number ?? $0.id } ?? id
    }

    /// Rows for the documents this one shares text with, each opening the side-by-side comparison.
    func reuseRows(_ id: String, analysis: AnalysisView) -> [ScreenContent.Row] {
        let pairs = analysis.pairs(involving: id)
        guard !pairs.isEmpty else { return [] }
        var rows: [ScreenContent.Row] = [.init(cells: [t("文本复用（\(pairs.count)）：Enter 并排对照", "Shared text (\(pairs.count)): Enter compares side by side")], kind: .heading)]
        for p in pairs {
            let incoming = p.target == id
            let other = incoming ? p.source : p.target
            let arrow = incoming ? t("← 来自 ", "← from ") : t("→ 被用于 ", "→ used by ")
            let share = Int(((incoming ? p.targetShare : p.sourceShare) * 100).rounded())
            let line = arrow + documentLabel(other) + "  " + relationName(p.relation) + "  "
                + t("占本文 \(share)%，\(p.copies) 段", "\(share)% of this text, \(p.copies) passage(s)")
                + "  " + (corpus.document(other)?.title ?? "")
            var row = ScreenContent.Row(cells: [line], target: .compare(p.source, p.target), kind: .text)
            row.spans = [.init(range: 0..<line.count, style: Theme.reuse(p.relation))]
            rows.append(row)
        }
        return rows
    }

    func relationName(_ r: ReuseRelation) -> String { name(Labels.relation(r)) }

    /// The text with copied passages coloured by origin, vague measures marked, and a policy-tool gutter.
    func analysedTextRows(_ d: PolicyDocument, text: String, indicators: DocumentIndicators, analysis: AnalysisView,
                          width: Int) -> [ScreenContent.Row] {
        // Vague measures first, copied passages over them: where both apply the origin's colour shows and
        // the vague mark's boldness stays.
        var overlays: [TextLines.Overlay] = []
        for m in indicators.measures where m.isVague {
            overlays.append(.init(range: m.clause.start..<m.clause.end, style: Theme.vague, isFinding: true))
        }
        for p in analysis.reusePairs(involving: d.id) where p.target == d.id {
            for passage in p.copies {
                overlays.append(.init(range: passage.target.start..<passage.target.end, style: Theme.reuse(p.relation), isFinding: true))
            }
        }
        // Clause coding is not stored with the analysis (it is the bulk of it); one document is coded here,
        // with the analysts' overrides applied (a manual code is drawn reversed).
        let clauses = reviewedClauses(d.id, text: text)
        let marks = clauses.map { c -> TextLines.Gutter.Mark in
            guard let cls = c.toolClasses.first else {
                return .init(range: c.span.start..<c.span.end, clause: c.index, mark: "  ", style: .plain)
            }
            var style = Theme.toolMark[cls] ?? .dim
            if c.isManual { style = style.merged(with: .reverse) }
            return .init(range: c.span.start..<c.span.end, clause: c.index, mark: zh ? toolClassShort(cls) : "\(toolClassShort(cls)) ", style: style)
        }
        return TextLines.rows(text, width: width - 1, overlays: overlays, gutter: TextLines.Gutter(marks: marks))
    }

    /// The clauses of a document as coded by the machine, with analysts' overrides applied.
    func reviewedClauses(_ id: String, text: String) -> [ReviewedClause] {
        let coding = ReviewedCoding(scheme: CodingScheme(taxonomy: taxonomy), store: reviews)
        return coding.clauses(document: id, coding: coding.machineCoding(text: text))
    }

    /// A one-line key to the colours of the text.
    /// The text's marks explained, on as many rows as the width needs (nothing of it cut off).
    func textLegend() -> [ScreenContent.Row] {
        let parts: [(String, Style)] = [(t("■来自中央", "■from the centre"), Theme.fromCentre), (t("■来自他省", "■from a province"), Theme.fromProvince),
                                        (t("■中央部门间", "■shared centrally"), Theme.sharedCentral), (t("■空泛措施", "■vague measure"), Theme.vague),
                                        (t("左栏 供┊环┊需＝政策工具（反色＝人工）", "left column S┊E┊D = policy tool (reversed = manual)"), .dim)]
        var rows: [ScreenContent.Row] = []
        var row = ScreenContent.Row(cells: [""], kind: .note)
        for (label, style) in parts {
            if !row.cells[0].isEmpty, DisplayWidth.of(row.cells[0] + label) > width - 3 {
                rows.append(row)
                row = ScreenContent.Row(cells: [""], kind: .note)
            }
            let start = row.cells[0].count
            row.cells[0] += label
            row.spans.append(.init(range: start..<row.cells[0].count, style: style))
            row.cells[0] += "  "
        }
        return rows + [row]
    }
}
