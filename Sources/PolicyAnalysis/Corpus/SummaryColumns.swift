/// How `AnalysisSummary` stores its documents and pairs: one array per field (column) rather than one object
/// per document or pair, numbers in `columns.json` (`NumberColumns`, read by a parser of its own), the rest
/// in `summary.json` (`DocumentTextColumns`). Foundation's decoder spends most of its time on containers and
/// numbers: 230,000 pair objects and 10,000 document objects took 8 s to decode on a 10,000-document corpus.
/// Documents are referred to by their index in `id` (sorted), tools, areas and classes by their index in
/// their tables, relations by their index in `ReuseRelation.allCases`.
struct DocumentTextColumns: Codable, Equatable {
    var id: [String] = []
    var copiedFromCentreGoals: [Double?] = []
    var copiedFromCentreActions: [Double?] = []
    var identicalGoalsSource: [String?] = []
    var identicalActionsSource: [String?] = []
    var nearestProvince: [NearestProvince?] = []
    var governanceTopics: [[GovernanceTopic]] = []
    var actionAreas: [[String]] = []
    var goalOrientation: [GoalOrientation] = []
    var toolClasses: [String] = []
    var tools: [String] = []
    var areas: [String] = []
}

enum SummaryColumns {
    struct Mismatch: Error, CustomStringConvertible {
        let what: String
        var description: String { "the stored summary's columns do not fit together: \(what)" }
    }

    /// The integer columns of each document, by name.
    private static var documentInts: [(String, KeyPath<DocumentSummary, Int>)] { [

        ("length", \.length), ("contentLength", \.contentLength), ("clauseCount", \.clauseCount),
        ("measureCount", \.measureCount), ("quantifiedMeasures", \.quantifiedMeasures),
        ("measuresWithResponsible", \.measuresWithResponsible), ("measuresWithDeadline", \.measuresWithDeadline),
        ("measuresWithMoney", \.measuresWithMoney), ("vagueMeasures", \.vagueMeasures), ("evaluationClauses", \.evaluationClauses),
        ("missionClauses", \.missionClauses), ("diffusionClauses", \.diffusionClauses),
        ("quantifiedDatedGoals", \.quantifiedDatedGoals), ("goalClauses", \.goalClauses),
    ] }
    private static var documentDoubles: [(String, KeyPath<DocumentSummary, Double>)] { [

        ("copiedFromCentre", \.copiedFromCentre), ("distinctiveness", \.distinctiveness),
    ] }
    private static var documentBools: [(String, KeyPath<DocumentSummary, Bool>)] { [

        ("identicalGoals", \.identicalGoals), ("identicalActions", \.identicalActions), ("financialSupport", \.financialSupport),
        ("evaluationNamesIndicators", \.evaluationNamesIndicators), ("evaluationHasSchedule", \.evaluationHasSchedule),
    ] }

    static func write(_ documents: [DocumentSummary], _ pairs: [ReusePairSummary]) -> (DocumentTextColumns, NumberColumns) {
        var text = DocumentTextColumns()
        var numbers = NumberColumns()
        var toolClassIndex: [String: Int] = [:], toolIndex: [String: Int] = [:], areaIndex: [String: Int] = [:]
        func index(_ name: String, in table: inout [String: Int], names: inout [String]) -> Int {
            if let i = table[name] { return i }
            table[name] = names.count
            names.append(name)
            return names.count - 1
        }
        var toolCell: (document: [Int], cls: [Int], count: [Int], share: [Double]) = ([], [], [], [])
        var areaCell: (document: [Int], tool: [Int], area: [Int], count: [Int]) = ([], [], [], [])
        for (n, d) in documents.enumerated() {
            text.id.append(d.id)
            text.copiedFromCentreGoals.append(d.copiedFromCentreGoals)
            text.copiedFromCentreActions.append(d.copiedFromCentreActions)
            text.identicalGoalsSource.append(d.identicalGoalsSource)
            text.identicalActionsSource.append(d.identicalActionsSource)
            text.nearestProvince.append(d.nearestProvince)
            text.governanceTopics.append(d.governanceTopics)
            text.actionAreas.append(d.actionAreas)
            text.goalOrientation.append(d.goalOrientation)
            // Sorted keys: the same summary always gives the same bytes. -1: the class has a share, no count (or
            // the other way round).
            for cls in Set(d.toolCounts.keys).union(d.toolShares.keys).sorted() {
                toolCell.document.append(n)
                toolCell.cls.append(index(cls, in: &toolClassIndex, names: &text.toolClasses))
                toolCell.count.append(d.toolCounts[cls] ?? -1)
                toolCell.share.append(d.toolShares[cls] ?? -1)
            }
            for (tool, byArea) in d.toolAreaCounts.sorted(by: { $0.key < $1.key }) {
                for (area, count) in byArea.sorted(by: { $0.key < $1.key }) {
                    areaCell.document.append(n)
                    areaCell.tool.append(index(tool, in: &toolIndex, names: &text.tools))
                    areaCell.area.append(index(area, in: &areaIndex, names: &text.areas))
                    areaCell.count.append(count)
                }
            }
        }
        for (name, path) in documentInts { numbers.set("document." + name, documents.map { $0[keyPath: path] }) }
        for (name, path) in documentDoubles { numbers.set("document." + name, documents.map { $0[keyPath: path] }) }
        for (name, path) in documentBools { numbers.set("document." + name, documents.map { $0[keyPath: path] }) }
        numbers.set("toolCell.document", toolCell.document)
        numbers.set("toolCell.class", toolCell.cls)
        numbers.set("toolCell.count", toolCell.count)
        numbers.set("toolCell.share", toolCell.share)
        numbers.set("areaCell.document", areaCell.document)
        numbers.set("areaCell.tool", areaCell.tool)
        numbers.set("areaCell.area", areaCell.area)
        numbers.set("areaCell.count", areaCell.count)

        let ids = Dictionary(text.id.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let relations = ReuseRelation.allCases
        numbers.set("pair.source", pairs.map { ids[$0.source] ?? -1 })
        numbers.set("pair.target", pairs.map { ids[$0.target] ?? -1 })
        numbers.set("pair.relation", pairs.map { p in relations.firstIndex(of: p.relation) ?? -1 })
        numbers.set("pair.targetShare", pairs.map(\.targetShare))
        numbers.set("pair.sourceShare", pairs.map(\.sourceShare))
        numbers.set("pair.copies", pairs.map(\.copies))
        numbers.set("pair.formulae", pairs.map(\.formulae))
        return (text, numbers)
    }

    static func read(_ text: DocumentTextColumns, _ numbers: NumberColumns) throws -> ([DocumentSummary], [ReusePairSummary]) {
        let n = text.id.count
        guard [text.copiedFromCentreGoals.count, text.copiedFromCentreActions.count, text.identicalGoalsSource.count,
               text.identicalActionsSource.count, text.nearestProvince.count, text.governanceTopics.count,
               text.actionAreas.count, text.goalOrientation.count].allSatisfy({ $0 == n }) else { throw Mismatch(what: "documents") }
        var ints: [String: [Int]] = [:], doubles: [String: [Double]] = [:], bools: [String: [Bool]] = [:]
        for (name, _) in documentInts { ints[name] = try numbers.ints("document." + name, count: n) }
        for (name, _) in documentDoubles { doubles[name] = try numbers.doubles("document." + name, count: n) }
        for (name, _) in documentBools { bools[name] = try numbers.bools("document." + name, count: n) }
        func int(_ name: String, _ i: Int) -> Int { ints[name]?[i] ?? 0 }
        func double(_ name: String, _ i: Int) -> Double { doubles[name]?[i] ?? 0 }
        func bool(_ name: String, _ i: Int) -> Bool { bools[name]?[i] ?? false }
        var documents: [DocumentSummary] = (0..<n).map { i in
            DocumentSummary(
                id: text.id[i], length: int("length", i), contentLength: int("contentLength", i), clauseCount: int("clauseCount", i),
                copiedFromCentre: double("copiedFromCentre", i), copiedFromCentreGoals: text.copiedFromCentreGoals[i],
                copiedFromCentreActions: text.copiedFromCentreActions[i], identicalGoals: bool("identicalGoals", i),
                identicalGoalsSource: text.identicalGoalsSource[i], identicalActions: bool("identicalActions", i),
                identicalActionsSource: text.identicalActionsSource[i], nearestProvince: text.nearestProvince[i],
                distinctiveness: double("distinctiveness", i), measureCount: int("measureCount", i),
                quantifiedMeasures: int("quantifiedMeasures", i), measuresWithResponsible: int("measuresWithResponsible", i),
                measuresWithDeadline: int("measuresWithDeadline", i), measuresWithMoney: int("measuresWithMoney", i),
                vagueMeasures: int("vagueMeasures", i), financialSupport: bool("financialSupport", i),
                evaluationClauses: int("evaluationClauses", i), evaluationNamesIndicators: bool("evaluationNamesIndicators", i),
                evaluationHasSchedule: bool("evaluationHasSchedule", i), governanceTopics: text.governanceTopics[i],
                toolCounts: [:], toolShares: [:], toolAreaCounts: [:], actionAreas: text.actionAreas[i],
                goalOrientation: text.goalOrientation[i], missionClauses: int("missionClauses", i),
                diffusionClauses: int("diffusionClauses", i), quantifiedDatedGoals: int("quantifiedDatedGoals", i),
                goalClauses: int("goalClauses", i))
        }
        let toolDocument = try numbers.ints("toolCell.document")
        let toolClass = try numbers.ints("toolCell.class", count: toolDocument.count)
        let toolCount = try numbers.ints("toolCell.count", count: toolDocument.count)
        let toolShare = try numbers.doubles("toolCell.share", count: toolDocument.count)
        for c in toolDocument.indices {
            guard documents.indices.contains(toolDocument[c]), text.toolClasses.indices.contains(toolClass[c]) else {
                throw Mismatch(what: "tool cell \(c)")
            }
            let cls = text.toolClasses[toolClass[c]]
            if toolCount[c] >= 0 { documents[toolDocument[c]].toolCounts[cls] = toolCount[c] }
            if toolShare[c] >= 0 { documents[toolDocument[c]].toolShares[cls] = toolShare[c] }
        }
        let areaDocument = try numbers.ints("areaCell.document")
        let areaTool = try numbers.ints("areaCell.tool", count: areaDocument.count)
        let areaArea = try numbers.ints("areaCell.area", count: areaDocument.count)
        let areaCount = try numbers.ints("areaCell.count", count: areaDocument.count)
        guard areaDocument.allSatisfy(documents.indices.contains), areaTool.allSatisfy(text.tools.indices.contains),
              areaArea.allSatisfy(text.areas.indices.contains) else { throw Mismatch(what: "area cells") }
        // Cells come a document at a time, a tool at a time (as written): each tool's row is built whole and
        // put in once (a cell at a time through nested dictionaries took most of the opening time).
        var c = 0
        while c < areaDocument.count {
            let d = areaDocument[c], t = areaTool[c]
            var row: [String: Int] = [:]
            while c < areaDocument.count, areaDocument[c] == d, areaTool[c] == t {
                row[text.areas[areaArea[c]]] = areaCount[c]
                c += 1
            }
            // A (document, tool) row comes once as written: put in whole, merged only if it came again.
            let tool = text.tools[t]
            if documents[d].toolAreaCounts[tool] == nil {
                documents[d].toolAreaCounts[tool] = row
            } else {
                documents[d].toolAreaCounts[tool]?.merge(row) { _, new in new }
            }
        }

        let source = try numbers.ints("pair.source")
        let m = source.count
        let target = try numbers.ints("pair.target", count: m), relation = try numbers.ints("pair.relation", count: m)
        let targetShare = try numbers.doubles("pair.targetShare", count: m), sourceShare = try numbers.doubles("pair.sourceShare", count: m)
        let copies = try numbers.ints("pair.copies", count: m), formulae = try numbers.ints("pair.formulae", count: m)
        let relations = ReuseRelation.allCases
        let pairs = try (0..<m).map { i in
            guard text.id.indices.contains(source[i]), text.id.indices.contains(target[i]),
                  relations.indices.contains(relation[i]) else { throw Mismatch(what: "pair \(i)") }
            return ReusePairSummary(source: text.id[source[i]], target: text.id[target[i]], relation: relations[relation[i]],
                                    targetShare: targetShare[i], sourceShare: sourceShare[i], copies: copies[i], formulae: formulae[i])
        }
        return (documents, pairs)
    }
}
