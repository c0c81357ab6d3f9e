/// The review journal's ids as an analyst reads them, in both languages: what the dashboard, `ipap review list`
/// and the report's review table show. The ids stay what JSON and the CSV id columns hold.
extension ReviewKind {
    /// A kind as typed: its id (`override`) or its name in either language (改码), as the Reviews tab shows it.
    public init?(resolving text: String) {
        guard let kind = ReviewKind.allCases.first(where: { $0.rawValue == text || $0.name.zh == text || $0.name.en == text }) else { return nil }
        self = kind
    }

    public var name: LocalizedText {
        switch self {
        case .tag: LocalizedText(zh: "标签", en: "tag")
        case .note: LocalizedText(zh: "批注", en: "note")
        case .rating: LocalizedText(zh: "评价", en: "rating")
        case .override: LocalizedText(zh: "改码", en: "override")
        case .undo: LocalizedText(zh: "撤销", en: "undo")
        }
    }
}

extension ReviewTarget.Kind {
    public var name: LocalizedText {
        switch self {
        case .document: LocalizedText(zh: "文件", en: "document")
        case .province: LocalizedText(zh: "省份", en: "province")
        case .issuer: LocalizedText(zh: "发文机关", en: "issuer")
        case .area: LocalizedText(zh: "行动领域", en: "action area")
        case .indicator: LocalizedText(zh: "指标", en: "indicator")
        }
    }
}

extension ReviewTarget {
    /// The kind's name and the thing's in the analyst's language ("省份 四川", "文件 gf-2015-40 条款 2", "province
    /// Sichuan"), as `ipap review list` names a target, where the ids were English words in a Chinese table and
    /// internal ids (`province:510000`) in an English one; a document, and a thing the taxonomy lacks, by its id.
    public func label(taxonomy: Taxonomy?, language: Language) -> String {
        var s = kind.name.text(in: language) + " " + (taxonomy?.name(of: subject)?.text(in: language) ?? id)
        // A clause by its index in the analysis, as the dashboard names it ("第 2 条" reads as an article).
        if let c = clause { s += language == .chinese ? " 条款 \(c)" : " clause \(c)" }
        if let span, span.count == 2 { s += " [\(span[0]), \(span[1]))" }
        return s
    }
}

extension ReviewRating.Value {
    public var name: LocalizedText {
        switch self {
        case .agree: LocalizedText(zh: "同意", en: "agree")
        case .disagree: LocalizedText(zh: "不同意", en: "disagree")
        case .unsure: LocalizedText(zh: "不确定", en: "unsure")
        }
    }
}

extension ReviewEntry {
    /// A rating of an indicator as a whole (its target is the indicator it rates): the target names the indicator
    /// already, so what the entry says names only the rating.
    public var ratesItsTarget: Bool {
        guard let rating else { return false }
        return target == ReviewTarget(kind: .indicator, id: rating.indicator)
    }
}

extension ReviewOverride.Field {
    public var name: LocalizedText {
        switch self {
        case .policyTool: LocalizedText(zh: "政策工具", en: "policy tool")
        case .actionArea: LocalizedText(zh: "行动领域", en: "action area")
        }
    }
}

extension Taxonomy {
    /// The name of what a review target's id names: a province, an issuer, an action area or an indicator; nil
    /// for a document (its id is what it is known by) and for an id the taxonomy does not have.
    public func name(of subject: ReviewSubject) -> LocalizedText? {
        switch subject.kind {
        case .document: nil
        case .province: division(subject.id)?.displayName
        case .issuer: issuer(subject.id)?.name
        case .area: area(subject.id)?.name
        case .indicator: indicatorName(subject.id)
        }
    }

    public func indicatorName(_ id: String) -> LocalizedText? { problems.allIndicators.first { $0.id == id }?.name }

    /// A manual or machine code (a tool id, an area id) by its name; nil for an id the taxonomy does not have.
    public func codeName(_ id: String, field: ReviewOverride.Field) -> LocalizedText? {
        switch field {
        case .policyTool: tools.allTools.first { $0.id == id }?.name
        case .actionArea: area(id)?.name
        }
    }

    /// A tool class (supply, environment, ...) by its name; nil for an id the taxonomy does not have.
    public func toolClassName(_ id: String) -> LocalizedText? { tools.classes.first { $0.id == id }?.name }
}

extension CoderAgreement.Kappa {
    /// What a kappa is over (`toolClass`), by name: its class's, or "overall" for the kappa over all classes; nil for a class
    /// the taxonomy lacks (or no taxonomy). One rule for `ipap review agreement` and the report.
    public static func className(_ toolClass: String?, in taxonomy: Taxonomy?) -> LocalizedText? {
        guard let toolClass else { return LocalizedText(zh: "总体", en: "overall") }
        return taxonomy?.toolClassName(toolClass)
    }
}


extension CoderAgreement {
    /// The clauses both analysts coded where a tool is not in the taxonomy (`unclassified`, left out of the kappas),
    /// counted and each named as `review list` names it: one rule for `ipap review agreement` and the report; nil
    /// when there is none.
    public func unclassifiedText(taxonomy: Taxonomy?, language: Language) -> String? {
        guard !unclassified.isEmpty else { return nil }
        let zh = language == .chinese
        let clauses = unclassified.map { ReviewTarget.document($0.document, clause: $0.clause).label(taxonomy: taxonomy, language: language) }
            .joined(separator: zh ? "；" : "; ")
        return zh ? "两人都编码、工具未知（分类中没有）的条款 \(unclassified.count) 条，未计入 Kappa：\(clauses)"
            : "\(EnglishCount.of(unclassified.count, "clause")) coded by both with an unknown tool (not in the taxonomy), left out of the kappas: \(clauses)"
    }
}

extension Corpus {
    /// The name of a review target: a document's title (the same in both languages), else the taxonomy's name
    /// (`Taxonomy.name(of:)`); nil for an id neither has. The export's and `review list --format csv`'s targetName.
    public func name(ofTarget subject: ReviewSubject) -> LocalizedText? {
        if subject.kind == .document { return document(subject.id).map { LocalizedText(zh: $0.title, en: $0.title) } }
        return taxonomy.name(of: subject)
    }
}
