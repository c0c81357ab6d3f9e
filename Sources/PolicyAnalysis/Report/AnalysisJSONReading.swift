// The types of a stored analysis's parts read their JSON directly: see `DirectJSONReadable` for why. Each
// `init(json:)` mirrors the type's `init(from:)` (synthesized or its own): a key it decodes with `decode` is
// required, one with `decodeIfPresent` may be missing or null. When a type's coding keys change, change its
// reader here too (`DirectJSONReadingTests` compares every reader with `JSONDecoder` on a whole analysis).

import Foundation
import PolicyModel

/// Short for the closures below (the conformances spell it out: their signatures cannot use a private name).
private typealias Unexpected = DirectJSONReader.Unexpected

/// Which required keys an object had: each key's bit, set as it is read.
private struct RequiredKeys {
    private var seen: UInt64 = 0

    mutating func saw(_ bit: Int) { seen |= 1 << UInt64(bit) }

    /// Throws unless the bits 0..<count were all seen.
    func check(_ count: Int, _ reader: DirectJSONReader) throws(Unexpected) {
        guard seen == (1 << UInt64(count)) - 1 else { throw reader.unexpected }
    }
}

extension DocumentAnalysisPart: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var indicators: DocumentIndicators?
        var reuse: [ReusePair]?
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "indicators": indicators = try DocumentIndicators(json: &r)
            case "reuse": reuse = try r.array(of: ReusePair.self)
            default: throw r.unexpected
            }
        }
        guard let indicators, let reuse else { throw r.unexpected }
        self.init(indicators: indicators, reuse: reuse)
    }
}

extension DocumentIndicators: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var d = DocumentIndicators(id: "", length: 0, contentLength: 0)
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "actionAreas": d.actionAreas = try r.array(of: String.self); required.saw(0)
            case "centreSpans": d.centreSpans = try r.array(of: TextSpan.self); required.saw(1)
            case "clauseCount": d.clauseCount = try r.int(); required.saw(2)
            case "coding": d.coding = try r.takeNull() ? [] : try r.array(of: ClauseCoding.self)
            case "contentLength": d.contentLength = try r.int(); required.saw(3)
            case "copiedFromCentre": d.copiedFromCentre = try r.optional(Double.self)
            case "copiedFromCentreActions": d.copiedFromCentreActions = try r.optional(Double.self)
            case "copiedFromCentreGoals": d.copiedFromCentreGoals = try r.optional(Double.self)
            case "distinctiveness": d.distinctiveness = try r.double(); required.saw(4)
            case "evaluation": d.evaluation = try r.array(of: EvaluationClause.self); required.saw(5)
            case "evaluationHasSchedule": d.evaluationHasSchedule = try r.bool(); required.saw(6)
            case "evaluationNamesIndicators": d.evaluationNamesIndicators = try r.bool(); required.saw(7)
            case "financialEvidence": d.financialEvidence = try r.array(of: TextSpan.self); required.saw(8)
            case "financialSupport": d.financialSupport = try r.bool(); required.saw(9)
            case "goalClauses": d.goalClauses = try r.int(); required.saw(10)
            case "goalOrientation": d.goalOrientation = try r.raw(GoalOrientation.self); required.saw(11)
            case "governance":
                let topics = try r.dictionary { (r: inout DirectJSONReader) throws(Unexpected) in try r.array(of: TextSpan.self) }
                d.governance = Dictionary(uniqueKeysWithValues: topics.compactMap { k, v in GovernanceTopic(rawValue: k).map { ($0, v) } })
                required.saw(12)
            case "id": d.id = try r.string(); required.saw(13)
            case "identicalActions": d.identicalActions = try r.bool(); required.saw(14)
            case "identicalActionsSource": d.identicalActionsSource = try r.optional(String.self)
            case "identicalGoals": d.identicalGoals = try r.bool(); required.saw(15)
            case "identicalGoalsSource": d.identicalGoalsSource = try r.optional(String.self)
            case "length": d.length = try r.int(); required.saw(16)
            case "measures": d.measures = try r.array(of: MeasureAssessment.self); required.saw(17)
            case "nearestProvince": d.nearestProvince = try r.optional(NearestProvince.self)
            case "orientationClauses": d.orientationClauses = try r.array(of: OrientationClause.self); required.saw(18)
            case "quantifiedDatedGoals": d.quantifiedDatedGoals = try r.array(of: TextSpan.self); required.saw(19)
            case "sections": d.sections = try r.array(of: Section.self); required.saw(20)
            case "toolAreaCounts":
                d.toolAreaCounts = try r.takeNull() ? [:] : try r.dictionary { (r: inout DirectJSONReader) throws(Unexpected) in
                    try r.dictionary(of: Int.self)
                }
            case "toolCounts": d.toolCounts = try r.dictionary(of: Int.self); required.saw(21)
            case "toolShares": d.toolShares = try r.dictionary(of: Double.self); required.saw(22)
            case "vagueMeasures": d.vagueMeasures = try r.int(); required.saw(23)
            default: throw r.unexpected
            }
        }
        try required.check(24, r)
        self = d
    }
}

extension Section: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var index = 0, depth = 0, title = "", span = TextSpan(0, 0), role = SectionRole.other
        var kind: HeadingKind?, heading: TextSpan?, parent: Int?
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "depth": depth = try r.int(); required.saw(0)
            case "heading": heading = try r.optional(TextSpan.self)
            case "index": index = try r.int(); required.saw(1)
            case "kind": kind = try r.takeNull() ? nil : try r.raw(HeadingKind.self)
            case "parent": parent = try r.optional(Int.self)
            case "role": role = try r.raw(SectionRole.self); required.saw(2)
            case "span": span = try TextSpan(json: &r); required.saw(3)
            case "title": title = try r.string(); required.saw(4)
            default: throw r.unexpected
            }
        }
        try required.check(5, r)
        self.init(index: index, depth: depth, kind: kind, title: title, heading: heading, span: span, role: role, parent: parent)
    }
}

extension MeasureAssessment: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var clause = TextSpan(0, 0), role = SectionRole.other
        var quantified: [TextSpan] = [], responsible: [TextSpan] = [], deadline: [TextSpan] = [], money: [TextSpan] = []
        var required = RequiredKeys()
        func spans(_ r: inout DirectJSONReader) throws(Unexpected) -> [TextSpan] {
            try r.takeNull() ? [] : try r.array(of: TextSpan.self)
        }
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "clause": clause = try TextSpan(json: &r); required.saw(0)
            case "deadline": deadline = try spans(&r)
            case "money": money = try spans(&r)
            case "quantified": quantified = try spans(&r)
            case "responsible": responsible = try spans(&r)
            case "role": role = try r.raw(SectionRole.self); required.saw(1)
            default: throw r.unexpected
            }
        }
        try required.check(2, r)
        self.init(clause: clause, role: role, quantified: quantified, responsible: responsible, deadline: deadline, money: money)
    }
}

extension EvaluationClause: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var clause = TextSpan(0, 0), terms: [TextSpan] = [], indicators: [TextSpan] = [], schedule: [TextSpan] = []
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "clause": clause = try TextSpan(json: &r); required.saw(0)
            case "indicators": indicators = try r.array(of: TextSpan.self); required.saw(1)
            case "schedule": schedule = try r.array(of: TextSpan.self); required.saw(2)
            case "terms": terms = try r.array(of: TextSpan.self); required.saw(3)
            default: throw r.unexpected
            }
        }
        try required.check(4, r)
        self.init(clause: clause, terms: terms, indicators: indicators, schedule: schedule)
    }
}

extension OrientationClause: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var clause = TextSpan(0, 0), role = SectionRole.other, mission: [TextSpan] = [], diffusion: [TextSpan] = []
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "clause": clause = try TextSpan(json: &r); required.saw(0)
            case "diffusion": diffusion = try r.array(of: TextSpan.self); required.saw(1)
            case "mission": mission = try r.array(of: TextSpan.self); required.saw(2)
            case "role": role = try r.raw(SectionRole.self); required.saw(3)
            default: throw r.unexpected
            }
        }
        try required.check(4, r)
        self.init(clause: clause, role: role, mission: mission, diffusion: diffusion)
    }
}

extension NearestProvince: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var region = "", document = "", share = 0.0
        var direction: Direction?
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "direction": direction = try r.raw(Direction.self)
            case "document": document = try r.string(); required.saw(0)
            case "region": region = try r.string(); required.saw(1)
            case "share": share = try r.double(); required.saw(2)
            default: throw r.unexpected
            }
        }
        try required.check(3, r)
        self.init(region: region, document: document, share: share, direction: direction)
    }
}

extension ClauseCoding: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var clause = TextSpan(0, 0), role = SectionRole.other
        var actionAreas: [String] = [], tools: [String] = [], toolClasses: [String] = [], evidence: [KeywordEvidence] = []
        var required = RequiredKeys()
        func strings(_ r: inout DirectJSONReader) throws(Unexpected) -> [String] {
            try r.array(of: String.self)
        }
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "actionAreas": actionAreas = try r.array(of: String.self); required.saw(0)
            case "clause": clause = try TextSpan(json: &r); required.saw(1)
            case "evidence": evidence = try r.array(of: KeywordEvidence.self); required.saw(2)
            case "role": role = try r.raw(SectionRole.self); required.saw(3)
            case "toolClasses": toolClasses = try r.array(of: String.self); required.saw(4)
            case "tools": tools = try r.array(of: String.self); required.saw(5)
            default: throw r.unexpected
            }
        }
        try required.check(6, r)
        self.init(clause: clause, role: role, actionAreas: actionAreas, tools: tools, toolClasses: toolClasses, evidence: evidence)
    }
}

extension KeywordEvidence: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var code = "", keyword = "", span = TextSpan(0, 0)
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "code": code = try r.string(); required.saw(0)
            case "keyword": keyword = try r.string(); required.saw(1)
            case "span": span = try TextSpan(json: &r); required.saw(2)
            default: throw r.unexpected
            }
        }
        try required.check(3, r)
        self.init(code: code, keyword: keyword, span: span)
    }
}

extension ReusePair: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var source = "", target = "", relation = ReuseRelation.other, targetShare = 0.0, sourceShare = 0.0
        var passages: [ReusePassage] = []
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "passages": passages = try r.array(of: ReusePassage.self); required.saw(0)
            case "relation": relation = try r.raw(ReuseRelation.self); required.saw(1)
            case "source": source = try r.string(); required.saw(2)
            case "sourceShare": sourceShare = try r.double(); required.saw(3)
            case "target": target = try r.string(); required.saw(4)
            case "targetShare": targetShare = try r.double(); required.saw(5)
            default: throw r.unexpected
            }
        }
        try required.check(6, r)
        self.init(source: source, target: target, relation: relation, targetShare: targetShare, sourceShare: sourceShare,
                  passages: passages)
    }
}

extension ReusePassage: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var source = TextSpan(0, 0), target = TextSpan(0, 0), edited = false, formula = false
        var required = RequiredKeys()
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "edited": edited = try r.bool(); required.saw(0)
            case "formula": formula = try r.optional(Bool.self) ?? false
            case "source": source = try TextSpan(json: &r); required.saw(1)
            case "target": target = try TextSpan(json: &r); required.saw(2)
            default: throw r.unexpected
            }
        }
        try required.check(3, r)
        self.init(source: source, target: target, edited: edited, formula: formula)
    }
}

/// `[start, end]`, as `TextSpan.init(from:)` reads it.
extension TextSpan: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        let (start, end) = try r.intPair()
        self.init(start, end)
    }
}

// The stored summary's header (`summary.json`): its bulk, the documents' text columns, read directly; the
// parameters and corpus indicators (tens of kilobytes of many types) by the decoder.
extension AnalysisSummary.Header: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var schema = 0, filesStamp: String?, parts: [Int] = []
        var parameters: AnalysisParameters?, inputs: AnalysisInputs?, indicators: CorpusIndicators?
        var documents: DocumentTextColumns?
        var required = RequiredKeys()
        func decoded<T: Decodable>(_ type: T.Type, _ r: inout DirectJSONReader) throws(Unexpected) -> T {
            let data = try r.valueBytes()
            guard let value = try? JSONDecoder().decode(T.self, from: data) else { throw r.unexpected }
            return value
        }
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "schema": schema = try r.int(); required.saw(0)
            case "parameters": parameters = try decoded(AnalysisParameters.self, &r); required.saw(1)
            case "inputs": inputs = try r.takeNull() ? nil : try decoded(AnalysisInputs.self, &r)
            case "filesStamp": filesStamp = try r.optional(String.self)
            case "indicators": indicators = try decoded(CorpusIndicators.self, &r); required.saw(2)
            case "documents": documents = try DocumentTextColumns(json: &r); required.saw(3)
            case "parts": parts = try r.array(of: Int.self); required.saw(4)
            default: throw r.unexpected
            }
        }
        try required.check(5, r)
        guard let parameters, let indicators, let documents else { throw r.unexpected }
        self.init(schema: schema, parameters: parameters, inputs: inputs, filesStamp: filesStamp, indicators: indicators,
                  documents: documents, parts: parts)
    }
}

extension DocumentTextColumns: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        self.init()
        var required = RequiredKeys()
        func strings(_ r: inout DirectJSONReader) throws(Unexpected) -> [String] { try r.array(of: String.self) }
        func optionalDoubles(_ r: inout DirectJSONReader) throws(Unexpected) -> [Double?] {
            try r.array { (r: inout DirectJSONReader) throws(Unexpected) in try r.takeNull() ? nil : try r.double() }
        }
        func optionalStrings(_ r: inout DirectJSONReader) throws(Unexpected) -> [String?] {
            try r.array { (r: inout DirectJSONReader) throws(Unexpected) in try r.optional(String.self) }
        }
        func optionalList(_ r: inout DirectJSONReader) throws(Unexpected) -> [String]? {
            try r.takeNull() ? nil : try strings(&r)
        }
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "id": id = try strings(&r); required.saw(0)
            case "copiedFromCentre": copiedFromCentre = try optionalDoubles(&r)
            case "copiedFromCentreGoals": copiedFromCentreGoals = try optionalDoubles(&r); required.saw(1)
            case "copiedFromCentreActions": copiedFromCentreActions = try optionalDoubles(&r); required.saw(2)
            case "identicalGoalsSource": identicalGoalsSource = try optionalStrings(&r); required.saw(3)
            case "identicalActionsSource": identicalActionsSource = try optionalStrings(&r); required.saw(4)
            case "nearestProvince":
                nearestProvince = try r.array { (r: inout DirectJSONReader) throws(Unexpected) in try r.optional(NearestProvince.self) }
                required.saw(5)
            case "governanceTopics":
                governanceTopics = try r.takeNull() ? nil : try r.array { (r: inout DirectJSONReader) throws(Unexpected) in
                    try r.array { (r: inout DirectJSONReader) throws(Unexpected) in try r.raw(GovernanceTopic.self) }
                }
            case "actionAreas":
                actionAreas = try r.takeNull() ? nil : try r.array { (r: inout DirectJSONReader) throws(Unexpected) in try strings(&r) }
            case "goalOrientation":
                goalOrientation = try r.array { (r: inout DirectJSONReader) throws(Unexpected) in try r.raw(GoalOrientation.self) }
                required.saw(6)
            case "toolClasses": toolClasses = try strings(&r); required.saw(7)
            case "tools": tools = try strings(&r); required.saw(8)
            case "areas": areas = try strings(&r); required.saw(9)
            case "actionAreaNames": actionAreaNames = try optionalList(&r)
            case "governanceTopicNames": governanceTopicNames = try optionalList(&r)
            case "memberGroups": memberGroups = try r.takeNull() ? nil : try r.dictionary { (r: inout DirectJSONReader) throws(Unexpected) in try strings(&r) }
            default: throw r.unexpected
            }
        }
        try required.check(10, r)
    }
}
