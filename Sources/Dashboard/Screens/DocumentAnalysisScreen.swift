import PolicyAnalysis
import PolicyModel
import TerminalUI

/// What the analysis adds to a document: its indicators, the documents it shares text with, and its text
/// with passages coloured by where they came from and clauses marked by policy tool.
extension ScreenContext {
    /// A document's indicators, a line each; where the lines stand as rows (narrow), each line of one indicator
    /// opens its evidence for the document, as the document's row of the indicator's list does (governance, five
    /// topics on one line, opens nothing).
    func indicatorPanel(_ i: DocumentIndicators, of id: String) -> [ScreenContent.Line] {
        func pct(_ v: Double?) -> String { v.map { "\(Int(($0 * 100).rounded()))%" } ?? "-" }
        func evidence(_ indicator: TextIndicatorKind) -> Route { .evidence(indicator: indicator, subject: .document(id)) }
        var lines: [ScreenContent.Line] = [.init(self[.indicatorsOfThisDocument], style: .bold)]
        if corpus.document(id)?.isCentral == true {
            // Defined for local documents only: a central document's is not applicable, never 0%.
            lines.append(.init(self[.copiedFromTheCentre] + "-" + self[.centralNotApplicable]))
        } else if i.copiedFromCentre == nil {
            lines.append(.init(self[.copiedFromTheCentre] + "-" + self[.noEarlierCentral], target: evidence(.copiedFromCentre)))
        } else {
            lines.append(.init(self[.copiedFromTheCentre] + pct(i.copiedFromCentre)
                               + self[.goals] + pct(i.copiedFromCentreGoals) + (i.identicalGoals ? "=" : "")
                               + self[.actions] + pct(i.copiedFromCentreActions) + (i.identicalActions ? "=" : "") + self[.closeParen],
                               style: (i.copiedFromCentre ?? 0) >= 0.3 ? Theme.fromCentre : .plain, target: evidence(.copiedFromCentre)))
            // The mark said nowhere what it means (QA pass 50): said under the line that shows it.
            if i.identicalGoals || i.identicalActions { lines.append(.init(self[.identicalMarkMeans], style: .dim)) }
        }
        if let n = i.nearestProvince {
            let direction = n.direction.map { self[.nearestDirection(name: provinceName(n.region), direction: $0)] } ?? ""
            lines.append(.init(self[.nearestProvince] + provinceName(n.region) + " " + pct(n.share) + direction,
                               style: Theme.fromProvince, target: evidence(.nearestProvince)))
        }
        lines.append(.init(self[.distinctiveness] + pct(i.distinctiveness), target: evidence(.distinctiveness)))
        // A line of several indicators lists them for `r` (QA pass 49: funding and governance could not be rated here).
        lines.append(.init((i.measures.isEmpty ? self[.measuresNoneRecognised] : self[.measures(count: i.measures.count, vague: i.vagueMeasures)])
                           + (i.financialSupport ? self[.commitsFunds] : self[.commitsNoFunds]),
                           style: i.vagueMeasures > 0 ? Theme.vague : .plain, target: evidence(.vagueMeasures),
                           rates: [evidence(.vagueMeasures), evidence(.financialSupport)]))
        let eval = i.evaluation.isEmpty ? self[.noEvaluationClause]
            : self[.evaluationClauses(i.evaluation.count)]
            + (i.evaluationNamesIndicators ? self[.withIndicators] : self[.noIndicators])
            + (i.evaluationHasSchedule ? self[.withSchedule] : self[.noSchedule])
        lines.append(.init(eval, target: evidence(.evaluationClauses),
                           rates: [evidence(.evaluationClauses), evidence(.evaluationIndicators), evidence(.evaluationSchedule)]))
        let topics = GovernanceTopic.allCases.filter { !(i.governance[$0] ?? []).isEmpty }
        lines.append(.init(self[.governance] + "\(topics.count)/\(GovernanceTopic.allCases.count) "
                           + topics.map { governanceName($0) }.joined(separator: Label.listSeparator.text(in: language)),
                           rates: GovernanceTopic.allCases.map { evidence(TextIndicator.naming($0)) }))
        // Without a clause coded to any class the shares are unknown, not 0%.
        let classes = GroupIndicatorValues.toolClasses
        let shown = i.toolShares.isEmpty ? classes.map { _ in "-" }
            : SharePercent.texts(ofParts: classes.map { DocumentIndicators.toolShare($0, of: i.toolShares) ?? 0 })
        let shares = zip(classes, shown).map { toolClassShort($0) + " " + $1 }
        lines.append(.init(self[.toolsPrefix] + shares.joined(separator: "  "), target: evidence(.toolShares)))
        lines.append(.init(self[.goalOrientation] + goalOrientationName(i.goalOrientation)
                           + self[.missionAndDiffusion(mission: i.missionClauses, diffusion: i.diffusionClauses)], target: evidence(.goalOrientation)))
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
        var rows: [ScreenContent.Row] = [.init(cells: [self[.sharedTextHeading(pairs.count)]], kind: .heading)]
        for p in pairs {
            let incoming = p.target == id
            let other = incoming ? p.source : p.target
            let arrow = incoming ? self[.reusedFrom] : self[.usedBy]
            let share = SharePercent.text(incoming ? p.targetShare : p.sourceShare)
            let line = arrow + documentLabel(other) + "  " + relationName(p.relation) + "  "
                + self[.shareOfThisText(percent: share, passages: p.copies)]
                + "  " + (corpus.document(other)?.title ?? "")
            var row = ScreenContent.Row(cells: [line], target: .compare(p.source, p.target), kind: .text)
            row.spans = [.init(range: 0..<line.count, style: Theme.reuse(p.relation))]
            rows.append(row)
        }
        return rows
    }

    func relationName(_ r: ReuseRelation) -> String { name(r.label) }

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
            let letters = c.toolClasses.map { cls -> TextLines.Gutter.Letter in
                var style = Theme.toolMark[cls] ?? .dim
                if c.isManual { style = style.merged(with: .reverse) }
                return .init(rank: GroupIndicatorValues.toolClasses.firstIndex(of: cls) ?? GroupIndicatorValues.toolClasses.count, text: toolClassShort(cls), style: style)
            }
            return .init(range: c.span.start..<c.span.end, clause: c.index, letters: letters)
        }
        return TextLines.rows(text, width: width - 1, overlays: overlays, gutter: TextLines.Gutter(marks: marks))
    }

    /// The clauses of a document as coded by the machine, with analysts' overrides applied.
    func reviewedClauses(_ id: String, text: String) -> [ReviewedClause] {
        reviewedClauses(id, machine: machineCoding(of: id, text: text))
    }

    /// A document's machine coding (`ReviewedCoding.machineCoding(text:taxonomy:)`), kept for the session.
    func machineCoding(of id: String, text: String) -> [ClauseCoding] {
        machineCodings.coding(of: id, text: text, taxonomy: taxonomy)
    }

    /// The same from the machine's coding of the document's text, in clause order.
    func reviewedClauses(_ id: String, machine: [ClauseCoding]) -> [ReviewedClause] {
        reviewedCoding.clauses(document: id, coding: machine)
    }

    /// The machine coding with the analysts' overrides in effect applied, for the clauses of many documents.
    var reviewedCoding: ReviewedCoding { ReviewedCoding(scheme: CodingScheme(taxonomy: taxonomy), store: reviews) }

    /// The text's marks explained, on as many rows of `within` columns (`rowWidth`) as it needs (nothing of it cut
    /// off: beside the indicators' panel it was laid out for the screen's width and cut).
    func textLegend(within: Int) -> [ScreenContent.Row] {
        let parts: [(String, Style)] = [(self[.fromTheCentre], Theme.fromCentre), (self[.fromAProvince], Theme.fromProvince),
                                        (self[.sharedCentrally], Theme.sharedCentral), (self[.vagueMeasure], Theme.vague),
                                        (self[.leftColumnSED], .dim)]
        var rows: [ScreenContent.Row] = []
        var row = ScreenContent.Row(cells: [""], kind: .note)
        for (label, style) in parts {
            if !row.cells[0].isEmpty, DisplayWidth.of(row.cells[0] + label) > within - 3 {
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
