/// How `AnalysisSummary` writes its documents and pairs: one array per field (column) rather than one object
/// per document or pair. Foundation's decoder spends most of its time on containers: 230,000 pair objects
/// and 10,000 document objects (with a nested tool x area object each) took 8 s to decode on a 10,000-document
/// corpus; arrays of numbers and strings decode many times faster. Documents are referred to by their index
/// in `id` (sorted), tools and areas by their index in `tools` and `areas`.
struct DocumentColumns: Codable {
    var id: [String] = []
    var length: [Int] = []
    var contentLength: [Int] = []
    var clauseCount: [Int] = []
    var copiedFromCentre: [Double] = []
    var copiedFromCentreGoals: [Double?] = []
    var copiedFromCentreActions: [Double?] = []
    var identicalGoals: [Bool] = []
    var identicalGoalsSource: [String?] = []
    var identicalActions: [Bool] = []
    var identicalActionsSource: [String?] = []
    var nearestProvince: [NearestProvince?] = []
    var distinctiveness: [Double] = []
    var measureCount: [Int] = []
    var quantifiedMeasures: [Int] = []
    var measuresWithResponsible: [Int] = []
    var measuresWithDeadline: [Int] = []
    var measuresWithMoney: [Int] = []
    var vagueMeasures: [Int] = []
    var financialSupport: [Bool] = []
    var evaluationClauses: [Int] = []
    var evaluationNamesIndicators: [Bool] = []
    var evaluationHasSchedule: [Bool] = []
    var governanceTopics: [[GovernanceTopic]] = []
    var actionAreas: [[String]] = []
    var goalOrientation: [GoalOrientation] = []
    var missionClauses: [Int] = []
    var diffusionClauses: [Int] = []
    var quantifiedDatedGoals: [Int] = []
    var goalClauses: [Int] = []
    /// Tool classes and their shares: `toolClasses` names them, `toolCounts[i]` and `toolShares[i]` are the
    /// values for `toolCellDocument[i]` and class `toolCellClass[i]`.
    var toolClasses: [String] = []
    var toolCellDocument: [Int] = []
    var toolCellClass: [Int] = []
    var toolCounts: [Int] = []
    var toolShares: [Double] = []
    /// The tool x area matrix, one cell a line across four columns.
    var tools: [String] = []
    var areas: [String] = []
    var areaCellDocument: [Int] = []
    var areaCellTool: [Int] = []
    var areaCellArea: [Int] = []
    var areaCellCount: [Int] = []

    init(_ documents: [DocumentSummary]) {
        var toolClassIndex: [String: Int] = [:], toolIndex: [String: Int] = [:], areaIndex: [String: Int] = [:]
        func index(_ name: String, in table: inout [String: Int], names: inout [String]) -> Int {
            if let i = table[name] { return i }
            table[name] = names.count
            names.append(name)
            return names.count - 1
        }
        for (n, d) in documents.enumerated() {
            id.append(d.id); length.append(d.length); contentLength.append(d.contentLength); clauseCount.append(d.clauseCount)
            copiedFromCentre.append(d.copiedFromCentre); copiedFromCentreGoals.append(d.copiedFromCentreGoals)
            copiedFromCentreActions.append(d.copiedFromCentreActions)
            identicalGoals.append(d.identicalGoals); identicalGoalsSource.append(d.identicalGoalsSource)
            identicalActions.append(d.identicalActions); identicalActionsSource.append(d.identicalActionsSource)
            nearestProvince.append(d.nearestProvince); distinctiveness.append(d.distinctiveness)
            measureCount.append(d.measureCount); quantifiedMeasures.append(d.quantifiedMeasures)
            measuresWithResponsible.append(d.measuresWithResponsible); measuresWithDeadline.append(d.measuresWithDeadline)
            measuresWithMoney.append(d.measuresWithMoney); vagueMeasures.append(d.vagueMeasures)
            financialSupport.append(d.financialSupport); evaluationClauses.append(d.evaluationClauses)
            evaluationNamesIndicators.append(d.evaluationNamesIndicators); evaluationHasSchedule.append(d.evaluationHasSchedule)
            governanceTopics.append(d.governanceTopics); actionAreas.append(d.actionAreas)
            goalOrientation.append(d.goalOrientation); missionClauses.append(d.missionClauses)
            diffusionClauses.append(d.diffusionClauses); quantifiedDatedGoals.append(d.quantifiedDatedGoals)
            goalClauses.append(d.goalClauses)
            // Sorted keys: the same summary always gives the same bytes.
            for cls in Set(d.toolCounts.keys).union(d.toolShares.keys).sorted() {
                toolCellDocument.append(n)
                toolCellClass.append(index(cls, in: &toolClassIndex, names: &toolClasses))
                toolCounts.append(d.toolCounts[cls] ?? -1)
                toolShares.append(d.toolShares[cls] ?? -1)
            }
            for (tool, byArea) in d.toolAreaCounts.sorted(by: { $0.key < $1.key }) {
                for (area, count) in byArea.sorted(by: { $0.key < $1.key }) {
                    areaCellDocument.append(n)
                    areaCellTool.append(index(tool, in: &toolIndex, names: &tools))
                    areaCellArea.append(index(area, in: &areaIndex, names: &areas))
                    areaCellCount.append(count)
                }
            }
        }
    }

    struct Mismatch: Error, CustomStringConvertible {
        var description: String { "the columns of the documents' summaries differ in length or refer past their tables" }
    }

    func documents() throws -> [DocumentSummary] {
        let n = id.count
        let counts: [[Int]] = [
            [length.count, contentLength.count, clauseCount.count, copiedFromCentre.count, copiedFromCentreGoals.count],
            [copiedFromCentreActions.count, identicalGoals.count, identicalGoalsSource.count, identicalActions.count],
            [identicalActionsSource.count, nearestProvince.count, distinctiveness.count, measureCount.count],
            [quantifiedMeasures.count, measuresWithResponsible.count, measuresWithDeadline.count, measuresWithMoney.count],
            [vagueMeasures.count, financialSupport.count, evaluationClauses.count, evaluationNamesIndicators.count],
            [evaluationHasSchedule.count, governanceTopics.count, actionAreas.count, goalOrientation.count],
            [missionClauses.count, diffusionClauses.count, quantifiedDatedGoals.count, goalClauses.count],
        ]
        let columns = counts.flatMap { $0 }
        guard columns.allSatisfy({ $0 == n }),
              [toolCellClass.count, toolCounts.count, toolShares.count].allSatisfy({ $0 == toolCellDocument.count }),
              [areaCellTool.count, areaCellArea.count, areaCellCount.count].allSatisfy({ $0 == areaCellDocument.count }),
              toolCellDocument.allSatisfy({ (0..<n).contains($0) }), areaCellDocument.allSatisfy({ (0..<n).contains($0) }),
              toolCellClass.allSatisfy({ toolClasses.indices.contains($0) }),
              areaCellTool.allSatisfy({ tools.indices.contains($0) }), areaCellArea.allSatisfy({ areas.indices.contains($0) })
        else { throw Mismatch() }
        var out: [DocumentSummary] = (0..<n).map { i in
            DocumentSummary(
                id: id[i], length: length[i], contentLength: contentLength[i], clauseCount: clauseCount[i],
                copiedFromCentre: copiedFromCentre[i], copiedFromCentreGoals: copiedFromCentreGoals[i],
                copiedFromCentreActions: copiedFromCentreActions[i], identicalGoals: identicalGoals[i],
                identicalGoalsSource: identicalGoalsSource[i], identicalActions: identicalActions[i],
                identicalActionsSource: identicalActionsSource[i], nearestProvince: nearestProvince[i],
                distinctiveness: distinctiveness[i], measureCount: measureCount[i], quantifiedMeasures: quantifiedMeasures[i],
                measuresWithResponsible: measuresWithResponsible[i], measuresWithDeadline: measuresWithDeadline[i],
                measuresWithMoney: measuresWithMoney[i], vagueMeasures: vagueMeasures[i], financialSupport: financialSupport[i],
                evaluationClauses: evaluationClauses[i], evaluationNamesIndicators: evaluationNamesIndicators[i],
                evaluationHasSchedule: evaluationHasSchedule[i], governanceTopics: governanceTopics[i],
                toolCounts: [:], toolShares: [:], toolAreaCounts: [:], actionAreas: actionAreas[i],
                goalOrientation: goalOrientation[i], missionClauses: missionClauses[i], diffusionClauses: diffusionClauses[i],
                quantifiedDatedGoals: quantifiedDatedGoals[i], goalClauses: goalClauses[i])
        }
        for c in toolCellDocument.indices {
            let cls = toolClasses[toolCellClass[c]], d = toolCellDocument[c]
            if toolCounts[c] >= 0 { out[d].toolCounts[cls] = toolCounts[c] }
            if toolShares[c] >= 0 { out[d].toolShares[cls] = toolShares[c] }
        }
        for c in areaCellDocument.indices {
            out[areaCellDocument[c]].toolAreaCounts[tools[areaCellTool[c]], default: [:]][areas[areaCellArea[c]]] = areaCellCount[c]
        }
        return out
    }
}

/// The pairs as columns; `source` and `target` are indices into the documents' `id` column.
struct ReusePairColumns: Codable {
    var source: [Int] = []
    var target: [Int] = []
    var relation: [ReuseRelation] = []
    var targetShare: [Double] = []
    var sourceShare: [Double] = []
    var copies: [Int] = []
    var formulae: [Int] = []

    init(_ pairs: [ReusePairSummary], ids: [String]) {
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for p in pairs {
            source.append(index[p.source] ?? -1)
            target.append(index[p.target] ?? -1)
            relation.append(p.relation)
            targetShare.append(p.targetShare)
            sourceShare.append(p.sourceShare)
            copies.append(p.copies)
            formulae.append(p.formulae)
        }
    }

    func pairs(ids: [String]) throws -> [ReusePairSummary] {
        let n = source.count
        guard [target.count, relation.count, targetShare.count, sourceShare.count, copies.count, formulae.count].allSatisfy({ $0 == n }),
              source.allSatisfy({ ids.indices.contains($0) }), target.allSatisfy({ ids.indices.contains($0) }) else {
            throw DocumentColumns.Mismatch()
        }
        return (0..<n).map { i in
            ReusePairSummary(source: ids[source[i]], target: ids[target[i]], relation: relation[i], targetShare: targetShare[i],
                             sourceShare: sourceShare[i], copies: copies[i], formulae: formulae[i])
        }
    }
}
