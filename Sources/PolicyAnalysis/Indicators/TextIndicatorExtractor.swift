/// The indicators that need only the document's own text: sections, coding, measures, evaluation,
/// governance, financial support, goal orientation. Reuse-based indicators are added by `PolicyAnalyzer`.
public struct TextIndicatorExtractor: Sendable {
    public let coder: ClauseCoder
    let detector = FeatureDetector()

    public init(scheme: CodingScheme = .builtIn) {
        coder = ClauseCoder(scheme: scheme)
    }

    public func extract(id: String, text: String, contentLength: Int? = nil) -> DocumentIndicators {
        let norm = NormalizedText(text, mode: .fold)
        return extract(id: id, folded: norm, contentLength: contentLength ?? NormalizedText(filteringContentOf: norm).count)
    }

    /// From a text already folded (the analyzer folds each document once and derives its content text).
    public func extract(id: String, folded norm: NormalizedText, contentLength content: Int) -> DocumentIndicators {
        let structure = SectionParser.parse(norm)
        var result = DocumentIndicators(id: id, length: norm.originalLength, contentLength: content)
        result.sections = structure.sections
        result.clauseCount = structure.clauses.count

        // Coding and tool shares.
        result.coding = coder.code(norm, structure: structure)
        var toolCounts: [String: Int] = [:]
        var areas = Set<String>()
        for c in result.coding {
            for cls in c.toolClasses { toolCounts[cls, default: 0] += 1 }
            areas.formUnion(c.actionAreas)
        }
        let toolTotal = toolCounts.values.reduce(0, +)
        result.toolCounts = toolCounts
        result.toolShares = toolCounts.mapValues { Double($0) / Double(max(1, toolTotal)) }
        for c in result.coding {
            for tool in c.tools {
                for area in c.actionAreas.isEmpty ? ["none"] : c.actionAreas {
                    result.toolAreaCounts[tool, default: [:]][area, default: 0] += 1
                }
            }
        }
        result.actionAreas = areas.sorted()

        var governance: [GovernanceTopic: [TextSpan]] = [:]
        var financial: [TextSpan] = []
        var goalClauses = 0
        var missionGoals: [TextSpan] = []
        let hasGoalsSection = structure.clauses.contains { $0.role == .goals }
        for clause in structure.clauses {
            let range = norm.normalizedRange(of: clause.span)
            let f = detector.detect(norm, range)
            financial += f[.money] ?? []
            if let ip = f[.ip] { governance[.intellectualProperty, default: []] += ip }
            if let q = f[.dataQualifier], let core = f[.dataCore] { governance[.data, default: []] += core + q }
            if let nb = f[.newBusiness] { governance[.newBusiness, default: []] += nb }
            if let st = f[.standards] { governance[.standards, default: []] += st }
            if let lg = f[.legal] { governance[.legal, default: []] += lg }

            let quantified = f[.quantity] ?? []
            let deadline = f[.deadline] ?? []
            if clause.role == .actions || clause.role == .measures {
                let m = MeasureAssessment(clause: clause.span, role: clause.role, quantified: quantified,
                                          responsible: f[.responsible] ?? [], deadline: deadline, money: f[.money] ?? [])
                result.measures.append(m)
                if m.isVague { result.vagueMeasures += 1 }
            }
            if let terms = f[.evaluation] {
                let indicators = (f[.indicator] ?? []) + quantified
                result.evaluation.append(EvaluationClause(clause: clause.span, terms: terms, indicators: indicators.sorted(),
                                                          schedule: f[.schedule] ?? []))
            }
            let isGoal = hasGoalsSection ? clause.role == .goals : f[.goal] != nil
            if isGoal {
                goalClauses += 1
                if !quantified.isEmpty && !deadline.isEmpty { missionGoals.append(clause.span) }
            }
        }
        result.governance = governance.mapValues { Array(Set($0)).sorted() }
        result.financialEvidence = financial
        result.financialSupport = !financial.isEmpty
        result.evaluationNamesIndicators = result.evaluation.contains { $0.namesIndicators }
        result.evaluationHasSchedule = result.evaluation.contains { $0.hasSchedule }
        result.goalClauses = goalClauses
        result.missionGoals = missionGoals
        if goalClauses == 0 {
            result.goalOrientation = .none
        } else if missionGoals.count >= 2 || missionGoals.count * 2 >= goalClauses {
            result.goalOrientation = .mission
        } else {
            result.goalOrientation = .diffusion
        }
        return result
    }
}
