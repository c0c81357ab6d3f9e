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
        // Wrapped to the screen, each line opening the evidence: an issuer's or area's nearest province names a
        // document and does not fit 80 columns in English.
        func row(_ phrase: Phrase, _ indicator: TextIndicatorKind) -> [ScreenContent.Row] {
            textRows(self[phrase], indent: "  ", target: .evidence(indicator: indicator, subject: subject))
        }
        var rows: [ScreenContent.Row] = [.init(cells: [self[.groupIndicatorsHeading(analysed: values.analysed, of: documents.count)]], kind: .heading)]
        if includeCentre, let copied = values.meanCopiedFromCentre {
            rows += row(.groupCopiedFromCentre(percent: pct(copied)), .copiedFromCentre)
            if let n = values.nearest {
                let name = provinceName(n.region)
                // A province's page: "other" is other than the province, and its documents are "this province's".
                // An issuer's or area's documents are of several provinces: the document is named, with its province.
                if case .province = subject {
                    rows += row(.groupNearestProvince(name: name, percent: pct(n.share), direction: n.direction), .nearestProvince)
                } else if let id = values.nearestDocument {
                    let own = corpus.document(id).flatMap(\.region).map(provinceName)
                    let document = [own, documentLabel(id)].compactMap { $0 }.joined(separator: zh ? " " : "'s ")
                    var area = false
                    if case .area = subject { area = true }
                    rows += row(.groupNearestProvinceOf(name: name, percent: pct(n.share), document: document, direction: n.direction, area: area),
                                .nearestProvince)
                }
            }
        }
        rows += row(.groupVagueMeasures(percent: values.vagueShare.map(pct) ?? "-", vague: values.vagueMeasures, measures: values.measures),
                    .vagueMeasures)
        rows += row(.groupWithEvaluation(percent: pct(values.evaluatedShare), count: values.withEvaluation, of: values.analysed),
                    .evaluationClauses)
        for topic in GovernanceTopic.allCases {
            rows += row(.groupGovernanceTopic(topic: Labels.governance(topic), count: values.topicDocuments[topic] ?? 0, of: values.analysed),
                        TextIndicator.naming(topic))
        }
        let shares = values.toolClassShares.map { shares in
            zip(GroupIndicatorValues.toolClasses, SharePercent.texts(ofParts: shares)).map { toolClassShort($0) + " " + $1 }.joined(separator: "  ")
        }
        rows += row(.groupToolShares(shares: shares ?? "-", codes: values.toolClassCounts.reduce(0, +)), .toolShares)
        return rows
    }
}
