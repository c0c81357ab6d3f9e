/// How `AnalysisSummary` stores its documents and pairs: one array per field (column) rather than one object
/// per document or pair, numbers in `columns.json` (`NumberColumns`, read by a parser of its own), the rest
/// in `summary.json` (`DocumentTextColumns`). Foundation's decoder spends most of its time on containers and
/// numbers: 230,000 pair objects and 10,000 document objects took 8 s to decode on a 10,000-document corpus.
/// Documents are referred to by their index in `id` (sorted), tools, areas and classes by their index in
/// their tables, relations by their index in `ReuseRelation.allCases`.
/// Lists of names (each document's action areas and governance topics, each aggregate's documents) are
/// stored as index cells in `columns.json` since schema 2: as strings they were most of what the decoder spent
/// on `summary.json`. Schema 1 held them here (`governanceTopics`, `actionAreas`, and the aggregates' `documents`
/// in full), and is still read.
struct DocumentTextColumns: Codable, Equatable {
    var id: [String] = []
    /// nil where no central document precedes the document (since analysis version 63; a number column before).
    var copiedFromCentre: [Double?] = []
    var copiedFromCentreGoals: [Double?] = []
    var copiedFromCentreActions: [Double?] = []
    var identicalGoalsSource: [String?] = []
    var identicalActionsSource: [String?] = []
    var nearestProvince: [NearestProvince?] = []
    /// Schema 1 only.
    var governanceTopics: [[GovernanceTopic]]?
    var actionAreas: [[String]]?
    var goalOrientation: [GoalOrientation] = []
    var toolClasses: [String] = []
    var tools: [String] = []
    var areas: [String] = []
    /// Schema 2: the names the `actionArea.name` and `governanceTopic.name` cells refer to.
    var actionAreaNames: [String]?
    var governanceTopicNames: [String]?
    /// Schema 2: per aggregate family (`byArea`, ...), the groups whose documents are in its `<family>.member.*`
    /// cells, in the order the cells' `group` refers to; any other group keeps its `documents` in `indicators`.
    var memberGroups: [String: [String]]?
}

enum SummaryColumns {
    struct Mismatch: Error, CustomStringConvertible {
        let what: String
        var description: String { "the stored summary's columns do not fit together: \(what)" }
    }

    /// The integer columns of each document, by name.
    private static var documentInts: [(String, WritableKeyPath<DocumentSummary, Int>)] { [

        ("length", \.length), ("contentLength", \.contentLength), ("clauseCount", \.clauseCount),
        ("measureCount", \.measureCount), ("quantifiedMeasures", \.quantifiedMeasures),
        ("measuresWithResponsible", \.measuresWithResponsible), ("measuresWithDeadline", \.measuresWithDeadline),
        ("measuresWithMoney", \.measuresWithMoney), ("vagueMeasures", \.vagueMeasures), ("evaluationClauses", \.evaluationClauses),
        ("missionClauses", \.missionClauses), ("diffusionClauses", \.diffusionClauses),
        ("quantifiedDatedGoals", \.quantifiedDatedGoals), ("goalClauses", \.goalClauses),
    ] }
    private static var documentDoubles: [(String, WritableKeyPath<DocumentSummary, Double>)] { [

        ("distinctiveness", \.distinctiveness),
    ] }
    private static var documentBools: [(String, WritableKeyPath<DocumentSummary, Bool>)] { [

        ("identicalGoals", \.identicalGoals), ("identicalActions", \.identicalActions), ("financialSupport", \.financialSupport),
        ("evaluationNamesIndicators", \.evaluationNamesIndicators), ("evaluationHasSchedule", \.evaluationHasSchedule),
    ] }

    /// The aggregate families of `CorpusIndicators` whose documents lists are stored as cells.
    private static var families: [(String, WritableKeyPath<CorpusIndicators, [String: AggregateIndicators]>)] { [
        ("byArea", \.byArea), ("byIssuer", \.byIssuer), ("byLevel", \.byLevel), ("byRegion", \.byRegion), ("byYear", \.byYear),
    ] }

    /// The text and number columns of `documents` and `pairs`, and `indicators` with the documents lists that
    /// went into the cells taken out.
    static func write(_ documents: [DocumentSummary], _ pairs: [ReusePairSummary], _ indicators: CorpusIndicators)
        -> (DocumentTextColumns, NumberColumns, CorpusIndicators) {
        var text = DocumentTextColumns()
        var numbers = NumberColumns()
        var toolClassIndex: [String: Int] = [:], toolIndex: [String: Int] = [:], areaIndex: [String: Int] = [:]
        var actionAreaIndex: [String: Int] = [:], topicIndex: [String: Int] = [:]
        var actionAreaNames: [String] = [], topicNames: [String] = []
        var actionAreaCell: (document: [Int], name: [Int]) = ([], [])
        var topicCell: (document: [Int], name: [Int]) = ([], [])
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
            text.copiedFromCentre.append(d.copiedFromCentre)
            text.copiedFromCentreGoals.append(d.copiedFromCentreGoals)
            text.copiedFromCentreActions.append(d.copiedFromCentreActions)
            text.identicalGoalsSource.append(d.identicalGoalsSource)
            text.identicalActionsSource.append(d.identicalActionsSource)
            text.nearestProvince.append(d.nearestProvince)
            for topic in d.governanceTopics {
                topicCell.document.append(n)
                topicCell.name.append(index(topic.rawValue, in: &topicIndex, names: &topicNames))
            }
            for area in d.actionAreas {
                actionAreaCell.document.append(n)
                actionAreaCell.name.append(index(area, in: &actionAreaIndex, names: &actionAreaNames))
            }
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

        text.actionAreaNames = actionAreaNames
        text.governanceTopicNames = topicNames
        numbers.set("actionArea.document", actionAreaCell.document)
        numbers.set("actionArea.name", actionAreaCell.name)
        numbers.set("governanceTopic.document", topicCell.document)
        numbers.set("governanceTopic.name", topicCell.name)

        let ids = Dictionary(text.id.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // Each group whose documents are all among the summary's goes into the cells; another (none is
        // expected) keeps its list where it was.
        var indicators = indicators
        var memberGroups: [String: [String]] = [:]
        for (family, path) in families {
            var groups: [String] = [], cell: (group: [Int], document: [Int]) = ([], [])
            for key in indicators[keyPath: path].keys.sorted() {
                guard let members = indicators[keyPath: path][key]?.documents,
                      case let positions = members.compactMap({ ids[$0] }), positions.count == members.count else { continue }
                cell.group += Array(repeating: groups.count, count: positions.count)
                cell.document += positions
                groups.append(key)
                indicators[keyPath: path][key]?.documents = []
            }
            memberGroups[family] = groups
            numbers.set(family + ".member.group", cell.group)
            numbers.set(family + ".member.document", cell.document)
        }
        text.memberGroups = memberGroups
        let relations = ReuseRelation.allCases
        numbers.set("pair.source", pairs.map { ids[$0.source] ?? -1 })
        numbers.set("pair.target", pairs.map { ids[$0.target] ?? -1 })
        numbers.set("pair.relation", pairs.map { p in relations.firstIndex(of: p.relation) ?? -1 })
        numbers.set("pair.targetShare", pairs.map(\.targetShare))
        numbers.set("pair.sourceShare", pairs.map(\.sourceShare))
        numbers.set("pair.copies", pairs.map(\.copies))
        numbers.set("pair.formulae", pairs.map(\.formulae))
        return (text, numbers, indicators)
    }

    /// The documents and pairs `write` stored, and `indicators` with the documents lists it took out put back.
    static func read(_ text: DocumentTextColumns, _ numbers: NumberColumns, _ indicators: CorpusIndicators) throws
        -> ([DocumentSummary], [ReusePairSummary], CorpusIndicators) {
        let n = text.id.count
        guard [text.copiedFromCentre.count, text.copiedFromCentreGoals.count, text.copiedFromCentreActions.count, text.identicalGoalsSource.count,
               text.identicalActionsSource.count, text.nearestProvince.count, text.goalOrientation.count].allSatisfy({ $0 == n }),
              text.governanceTopics.map({ $0.count == n }) ?? true, text.actionAreas.map({ $0.count == n }) ?? true
        else { throw Mismatch(what: "documents") }
        // The text columns first, every number zero; then each number column written in through its key path
        // (one list of names for writing and reading).
        var documents: [DocumentSummary] = (0..<n).map { i in
            DocumentSummary(
                id: text.id[i], length: 0, contentLength: 0, clauseCount: 0, copiedFromCentre: text.copiedFromCentre[i],
                copiedFromCentreGoals: text.copiedFromCentreGoals[i], copiedFromCentreActions: text.copiedFromCentreActions[i],
                identicalGoals: false, identicalGoalsSource: text.identicalGoalsSource[i], identicalActions: false,
                identicalActionsSource: text.identicalActionsSource[i], nearestProvince: text.nearestProvince[i],
                distinctiveness: 0, measureCount: 0, quantifiedMeasures: 0, measuresWithResponsible: 0,
                measuresWithDeadline: 0, measuresWithMoney: 0, vagueMeasures: 0, financialSupport: false,
                evaluationClauses: 0, evaluationNamesIndicators: false, evaluationHasSchedule: false,
                governanceTopics: text.governanceTopics?[i] ?? [], toolCounts: [:], toolShares: [:], toolAreaCounts: [:],
                actionAreas: text.actionAreas?[i] ?? [], goalOrientation: text.goalOrientation[i], missionClauses: 0,
                diffusionClauses: 0, quantifiedDatedGoals: 0, goalClauses: 0)
        }
        func fill<Value>(_ path: WritableKeyPath<DocumentSummary, Value>, _ values: [Value]) {
            for i in 0..<n { documents[i][keyPath: path] = values[i] }
        }
        for (name, path) in documentInts { fill(path, try numbers.ints("document." + name, count: n)) }
        for (name, path) in documentDoubles { fill(path, try numbers.doubles("document." + name, count: n)) }
        for (name, path) in documentBools { fill(path, try numbers.bools("document." + name, count: n)) }
        if let names = text.actionAreaNames {
            try cells("actionArea", numbers, rows: n, names: names.count) { documents[$0].actionAreas.append(names[$1]) }
        }
        if let names = text.governanceTopicNames {
            let topics = try names.map { name in
                guard let topic = GovernanceTopic(rawValue: name) else { throw Mismatch(what: "governance topic \(name)") }
                return topic
            }
            try cells("governanceTopic", numbers, rows: n, names: topics.count) { documents[$0].governanceTopics.append(topics[$1]) }
        }
        var indicators = indicators
        for (family, path) in families {
            guard let groups = text.memberGroups?[family] else { continue }
            let (group, document) = try pairsOfIndices(family + ".member.group", family + ".member.document", numbers)
            guard group.allSatisfy(groups.indices.contains), document.allSatisfy(text.id.indices.contains),
                  groups.allSatisfy({ indicators[keyPath: path][$0] != nil }) else { throw Mismatch(what: family + " members") }
            // Each group's list made whole, then put in once (a dictionary access per cell was a third of this).
            var lists = Array(repeating: [String](), count: groups.count)
            for c in group.indices { lists[group[c]].append(text.id[document[c]]) }
            for (g, key) in groups.enumerated() { indicators[keyPath: path][key]?.documents += lists[g] }
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
        // Cells come a document at a time, a tool at a time (as written): each tool's row is built whole, at
        // its full size, and put in once (a cell at a time through nested dictionaries took most of the opening
        // time; grown a key at a time, the resizing was a third of what was left).
        var c = 0
        while c < areaDocument.count {
            let d = areaDocument[c], t = areaTool[c]
            var end = c
            while end < areaDocument.count, areaDocument[end] == d, areaTool[end] == t { end += 1 }
            var row = [String: Int](minimumCapacity: end - c)
            for cell in c..<end { row[text.areas[areaArea[cell]]] = areaCount[cell] }
            c = end
            if documents[d].toolAreaCounts.isEmpty { documents[d].toolAreaCounts.reserveCapacity(text.tools.count) }
            // A (document, tool) row comes once as written: put in whole, merged only if it came again.
            let tool = text.tools[t]
            if let earlier = documents[d].toolAreaCounts.updateValue(row, forKey: tool) {
                documents[d].toolAreaCounts[tool] = earlier.merging(row) { _, new in new }
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
        return (documents, pairs, indicators)
    }

    /// The `<prefix>.document` and `<prefix>.name` cells, checked against `rows` documents and `names` names,
    /// given in order to `put`.
    private static func cells(_ prefix: String, _ numbers: NumberColumns, rows: Int, names: Int, put: (Int, Int) -> Void) throws {
        let (document, name) = try pairsOfIndices(prefix + ".document", prefix + ".name", numbers)
        guard document.allSatisfy({ (0..<rows).contains($0) }), name.allSatisfy({ (0..<names).contains($0) }) else {
            throw Mismatch(what: prefix + " cells")
        }
        for c in document.indices { put(document[c], name[c]) }
    }

    /// Two integer columns of the same length.
    private static func pairsOfIndices(_ first: String, _ second: String, _ numbers: NumberColumns) throws -> ([Int], [Int]) {
        let a = try numbers.ints(first)
        return (a, try numbers.ints(second, count: a.count))
    }
}
