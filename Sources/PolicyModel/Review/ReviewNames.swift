/// The review journal's ids as an analyst reads them, in both languages: what the dashboard, `ipap review list`
/// and the report's review table show. The ids stay what JSON and the CSV id columns hold.
extension ReviewKind {
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
