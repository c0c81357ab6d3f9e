/// What kind of document a record is, for counting: a policy (opinions, plans, guidelines, notices that
/// transmit a policy), an approval (批复, a 同意…的函), or a notice (an administrative notice or report: a
/// leading group set up, an inspection reported). Derived from kind and title, so every corpus has it.
public enum DocumentClass: String, Sendable, Hashable, CaseIterable, Codable {
    case policy, approval, notice

    public var name: LocalizedText {
        switch self {
        case .policy: LocalizedText(zh: "政策", en: "policy")
        case .approval: LocalizedText(zh: "批复", en: "approval")
        case .notice: LocalizedText(zh: "通知", en: "notice")
        }
    }
}

extension PolicyDocument {
    public var documentClass: DocumentClass {
        if title.contains("批复") || (title.contains("同意") && title.hasSuffix("函")) { return .approval }
        if title.hasSuffix("通报") { return .notice }
        if kind == .notice && !title.contains("印发") && !title.contains("转发") { return .notice }
        return .policy
    }
}

/// The documents counts are taken over: some classes, up to the end of a month. The default is everything;
/// `review` is the 2020 review's scope (policies collected up to June 2020).
public struct CorpusScope: Sendable, Hashable {
    public var classes: Set<DocumentClass>
    /// Last day included; nil: no end.
    public var until: PolicyDate?

    public init(classes: Set<DocumentClass> = Set(DocumentClass.allCases), until: PolicyDate? = nil) {
        self.classes = classes
        self.until = until
    }

    public static let all = CorpusScope()
    public static let review = CorpusScope(classes: [.policy], until: PolicyDate(year: 2020, month: 6, day: 30))

    public var isAll: Bool { self == .all }

    /// "2020-06" -> its last day; nil for anything else.
    public static func monthEnd(_ text: String) -> PolicyDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
              (1...12).contains(m) else { return nil }
        return PolicyDate(year: y, month: m, day: PolicyDate.daysIn(month: m, year: y))
    }

    /// A document is in the window when its date is on or before `until`; a date known only by year when the
    /// whole year is (2019 for a window ending 2020-06; 2020 is undecidable and left out); undated documents
    /// are left out of any window.
    public func contains(_ d: PolicyDocument) -> Bool {
        guard classes.contains(d.documentClass) else { return false }
        guard let until else { return true }
        if let date = d.date { return date <= until }
        if let year = d.year { return year < until.year || (year == until.year && until.month == 12 && until.day == 31) }
        return false
    }

    /// The corpus restricted to the scope (the same corpus when the scope is everything).
    public func apply(to corpus: Corpus) -> Corpus {
        guard !isAll else { return corpus }
        var scoped = Corpus(directory: corpus.directory, info: corpus.info, taxonomy: corpus.taxonomy,
                            documents: corpus.documents.filter(contains), findings: corpus.findings)
        scoped.texts = corpus.texts
        return scoped
    }

    /// Which documents counts were taken over, for a file to record: "every document", or the scope's label
    /// (the export's `about.scope`, the `stats` CSV and JSON's `scope`).
    public var counted: LocalizedText {
        isAll ? LocalizedText(zh: "全部文件", en: "every document") : label
    }

    /// "范围：政策，至 2020-06-30", shown wherever scoped counts are.
    public var label: LocalizedText {
        let kinds = DocumentClass.allCases.filter(classes.contains)
        var zh = "范围：" + kinds.map(\.name.zh).joined(separator: "、")
        var en = "scope: " + kinds.map(\.name.en).joined(separator: ", ")
        if let until {
            zh += "，至 \(until)"
            en += ", up to \(until)"
        }
        return LocalizedText(zh: zh, en: en)
    }
}
