import PolicyAnalysis
import PolicyModel
import TerminalUI

extension ScreenContext {
    /// A province's, issuer's or area's indicators on its own page, a row each: the values its row in the list shows
    /// (`GroupIndicatorValues`, one computation for both), each said with what it is computed over and opening its
    /// evidence for the subject. Nothing before an analysis, or when none of the documents is analysed.
    func groupIndicatorRows(_ subject: Subject, documents: [PolicyDocument], includeCentre: Bool) -> [ScreenContent.Row] {
        guard let values = groupValues(documents) else { return [] }
        func pct(_ v: Double) -> String { "\(Int((v * 100).rounded()))%" }
        func row(_ phrase: Phrase, _ indicator: TextIndicatorKind) -> ScreenContent.Row {
            .init(cells: [self[phrase]], target: .evidence(indicator: indicator, subject: subject), kind: .text)
        }
        var rows: [ScreenContent.Row] = [.init(cells: [self[.groupIndicatorsHeading(analysed: values.analysed, of: documents.count)]], kind: .heading)]
        if includeCentre, let copied = values.meanCopiedFromCentre {
            rows.append(row(.groupCopiedFromCentre(percent: pct(copied)), .copiedFromCentre))
            if let n = values.nearest {
                rows.append(row(.groupNearestProvince(name: provinceName(n.region), percent: pct(n.share), direction: n.direction), .nearestProvince))
            }
        }
        rows.append(row(.groupVagueMeasures(percent: values.vagueShare.map(pct) ?? "-", vague: values.vagueMeasures, measures: values.measures),
                        .vagueMeasures))
        rows.append(row(.groupWithEvaluation(percent: pct(values.evaluatedShare), count: values.withEvaluation, of: values.analysed),
                        .evaluationClauses))
        for topic in GovernanceTopic.allCases {
            rows.append(row(.groupGovernanceTopic(topic: Labels.governance(topic), count: values.topicDocuments[topic] ?? 0, of: values.analysed),
                            TextIndicator.naming(topic)))
        }
        let shares = values.toolClassShares.map { shares in
            zip(GroupIndicatorValues.toolClasses, SharePercent.texts(ofParts: shares)).map { toolClassShort($0) + " " + $1 }.joined(separator: "  ")
        }
        rows.append(row(.groupToolShares(shares: shares ?? "-", clauses: values.toolClassCounts.reduce(0, +)), .toolShares))
        return rows
    }
}
