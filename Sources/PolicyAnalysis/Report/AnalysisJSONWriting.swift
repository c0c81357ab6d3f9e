// The analysis types that make up most of its JSON (documents and reuse pairs, with everything inside)
// write their bytes directly: see `DirectJSONWritable` for why. Each `writeJSON` mirrors the type's
// `encode(to:)` (synthesized or its own) with the keys in sorted UTF-8 order; when a type's coding keys or
// `encode(to:)` change, change its `writeJSON` here too (the tests against `JSONEncoder` will fail until then).

extension DocumentIndicators: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("actionAreas", actionAreas)
        try w.field("centreSpans", centreSpans)
        try w.field("clauseCount", clauseCount)
        if w.includeCoding { try w.field("coding", coding) }
        try w.field("contentLength", contentLength)
        try w.fieldIfPresent("copiedFromCentre", copiedFromCentre)
        try w.fieldIfPresent("copiedFromCentreActions", copiedFromCentreActions)
        try w.fieldIfPresent("copiedFromCentreGoals", copiedFromCentreGoals)
        try w.field("distinctiveness", distinctiveness)
        try w.field("evaluation", evaluation)
        try w.field("evaluationHasSchedule", evaluationHasSchedule)
        try w.field("evaluationNamesIndicators", evaluationNamesIndicators)
        try w.field("financialEvidence", financialEvidence)
        try w.field("financialSupport", financialSupport)
        try w.field("goalClauses", goalClauses)
        try w.field("goalOrientation", goalOrientation)
        w.key("governance")
        w.beginObject()
        for topic in GovernanceTopic.inKeyOrder {
            if let spans = governance[topic] { try w.field(topic.keyName, spans) }
        }
        w.endObject()
        try w.field("id", id)
        try w.field("identicalActions", identicalActions)
        try w.fieldIfPresent("identicalActionsSource", identicalActionsSource)
        try w.field("identicalGoals", identicalGoals)
        try w.fieldIfPresent("identicalGoalsSource", identicalGoalsSource)
        try w.field("length", length)
        try w.field("measures", measures)
        try w.fieldIfPresent("nearestProvince", nearestProvince)
        try w.field("orientationClauses", orientationClauses)
        try w.field("quantifiedDatedGoals", quantifiedDatedGoals)
        try w.field("sections", sections)
        try w.field("toolAreaCounts", toolAreaCounts)
        try w.field("toolCounts", toolCounts)
        try w.field("toolShares", toolShares)
        try w.field("vagueMeasures", vagueMeasures)
        w.endObject()
    }
}

extension GovernanceTopic {
    /// The topics in the order an encoder sorts their keys (UTF-8 order of the raw values).
    static let inKeyOrder = allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }

    /// The raw value as a static string, for `DirectJSONWriter.key` (ASCII, nothing to escape).
    var keyName: StaticString {
        switch self {
        case .intellectualProperty: "intellectualProperty"
        case .data: "data"
        case .newBusiness: "newBusiness"
        case .standards: "standards"
        case .legal: "legal"
        }
    }
}

extension Section: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("depth", depth)
        try w.fieldIfPresent("heading", heading)
        try w.field("index", index)
        try w.fieldIfPresent("kind", kind)
        try w.fieldIfPresent("parent", parent)
        try w.field("role", role)
        try w.field("span", span)
        try w.field("title", title)
        w.endObject()
    }
}

extension MeasureAssessment: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("clause", clause)
        if !deadline.isEmpty { try w.field("deadline", deadline) }
        if !money.isEmpty { try w.field("money", money) }
        if !quantified.isEmpty { try w.field("quantified", quantified) }
        if !responsible.isEmpty { try w.field("responsible", responsible) }
        try w.field("role", role)
        w.endObject()
    }
}

extension EvaluationClause: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("clause", clause)
        try w.field("indicators", indicators)
        try w.field("schedule", schedule)
        try w.field("terms", terms)
        w.endObject()
    }
}

extension OrientationClause: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("clause", clause)
        try w.field("diffusion", diffusion)
        try w.field("mission", mission)
        try w.field("role", role)
        w.endObject()
    }
}

extension NearestProvince: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.fieldIfPresent("direction", direction)
        try w.field("document", document)
        try w.field("region", region)
        try w.field("share", share)
        w.endObject()
    }
}

extension ClauseCoding: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("actionAreas", actionAreas)
        try w.field("clause", clause)
        try w.field("evidence", evidence)
        try w.field("role", role)
        try w.field("toolClasses", toolClasses)
        try w.field("tools", tools)
        w.endObject()
    }
}

extension KeywordEvidence: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("code", code)
        try w.field("keyword", keyword)
        try w.field("span", span)
        w.endObject()
    }
}

extension ReusePair: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("passages", passages)
        try w.field("relation", relation)
        try w.field("source", source)
        try w.field("sourceShare", sourceShare)
        try w.field("target", target)
        try w.field("targetShare", targetShare)
        w.endObject()
    }
}

extension ReusePassage: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("edited", edited)
        if formula { try w.field("formula", true) }
        try w.field("source", source)
        try w.field("target", target)
        w.endObject()
    }
}

/// `[start, end]`, as `TextSpan.encode(to:)` writes it.
extension TextSpan: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) {
        // Compact, the common case, the bytes at once (spans are most of an analysis's JSON): what the array's
        // opening and closing leave behind is what the caller's member or element left (a container not empty).
        if !w.out.pretty {
            w.out.bytes.append(0x5B)
            w.out.writeInteger(Int64(start))
            w.out.bytes.append(0x2C)
            w.out.writeInteger(Int64(end))
            w.out.bytes.append(0x5D)
            return
        }
        w.beginArray()
        w.element()
        start.writeJSON(to: &w)
        w.element()
        end.writeJSON(to: &w)
        w.endArray()
    }
}

// String-backed enums encode their raw value.
extension DirectJSONWritable where Self: RawRepresentable, RawValue == String {
    func writeJSON(to w: inout DirectJSONWriter) { rawValue.writeJSON(to: &w) }
}

extension SectionRole: DirectJSONWritable {}
extension HeadingKind: DirectJSONWritable {}
extension GoalOrientation: DirectJSONWritable {}
extension ReuseRelation: DirectJSONWritable {}
extension NearestProvince.Direction: DirectJSONWritable {}

// The report's rows (230,000 reuse rows at 10,000 documents) are written the same way.

extension ReportValue: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        switch self {
        case .text(let s): s.writeJSON(to: &w)
        case .integer(let i): i.writeJSON(to: &w)
        case .number(let d): try d.writeJSON(to: &w)
        case .none: w.out.bytes.append(contentsOf: "null".utf8)
        }
    }
}

extension ReportEvidence: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.field("document", document)
        try w.fieldIfPresent("evidenceFor", evidenceFor)
        try w.fieldIfPresent("number", number)
        try w.fieldIfPresent("quote", quote)
        try w.fieldIfPresent("span", span)
        w.endObject()
    }
}

extension ReportTable.Row: DirectJSONWritable {
    func writeJSON(to w: inout DirectJSONWriter) throws {
        w.beginObject()
        try w.fieldIfPresent("evidence", evidence)
        try w.field("values", values)
        w.endObject()
    }
}
