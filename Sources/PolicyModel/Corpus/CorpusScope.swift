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

/// The documents counts are taken over: some classes, from and up to a day. The default is everything;
/// `review` is the 2020 review's scope (Internet Plus policies collected up to June 2020), the one definition
/// `stats --review-scope`, the dashboard's `w` and the findings check count in.
public struct CorpusScope: Sendable, Hashable {
    public var classes: Set<DocumentClass>
    /// First day included; nil: no start.
    public var from: PolicyDate?
    /// Last day included; nil: no end.
    public var until: PolicyDate?
    /// Related records (`PolicyDocument.isRelatedRecord`, kept for context) are left out.
    public var leavesOutRelated: Bool

    public init(classes: Set<DocumentClass> = Set(DocumentClass.allCases), from: PolicyDate? = nil, until: PolicyDate? = nil,
                leavesOutRelated: Bool = false) {
        self.classes = classes
        self.from = from
        self.until = until
        self.leavesOutRelated = leavesOutRelated
    }

    public static let all = CorpusScope()
    /// The review counted Internet Plus policy documents (43 national, 140+ provincial) collected up to June 2020:
    /// policies, without the records kept for context, up to 2020-06-30.
    public static let review = CorpusScope(classes: [.policy], until: PolicyDate(year: 2020, month: 6, day: 30), leavesOutRelated: true)

    public var isAll: Bool { self == .all }

    /// The same scope over another span of days (a finding's own cut-off within the review's scope).
    public func between(_ start: PolicyDate?, and end: PolicyDate?) -> CorpusScope {
        var scope = self
        scope.from = start
        scope.until = end
        return scope
    }

    /// "2020-06" -> its last day; nil for anything else.
    public static func monthEnd(_ text: String) -> PolicyDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
              (1...12).contains(m) else { return nil }
        return PolicyDate(year: y, month: m, day: PolicyDate.daysIn(month: m, year: y))
    }

    /// Whether the document is of a kind the scope counts, whatever its date.
    public func countsKind(of d: PolicyDocument) -> Bool {
        classes.contains(d.documentClass) && !(leavesOutRelated && d.isRelatedRecord)
    }

    /// Whether the document's date places it in the scope's days (`PolicyDocument.placement`).
    public func placement(of d: PolicyDocument) -> DatePlacement {
        guard from != nil || until != nil else { return DatePlacement(inside: true, byNumberYear: false) }
        return d.placement(from: from, until: until)
    }

    /// A document is in the scope when it is of a kind the scope counts and its date places it inside: a date
    /// known only by the year in its number when the whole year is (2019 for a window ending 2020-06; 2020 is
    /// unknown and left out); undated documents are left out of any window.
    public func contains(_ d: PolicyDocument) -> Bool {
        countsKind(of: d) && placement(of: d).inside == true
    }

    /// The corpus restricted to the scope (the same corpus when the scope is everything).
    public func apply(to corpus: Corpus) -> Corpus {
        guard !isAll else { return corpus }
        var scoped = Corpus(directory: corpus.directory, info: corpus.info, taxonomy: corpus.taxonomy,
                            documents: corpus.documents.filter(contains), findings: corpus.findings)
        scoped.texts = corpus.texts
        return scoped
    }

    /// Which documents counts were taken over, for a file to record: "every document", or the scope itself (`extent`:
    /// under a column or key named scope, not its label, which read "scope: scope: …"; the export's `about.scope`, the
    /// `stats` CSV and JSON's `scope`).
    public var counted: LocalizedText {
        isAll ? LocalizedText(zh: "全部文件", en: "every document") : extent
    }

    /// "范围：政策（不含相关记录），至 2020-06-30", shown wherever scoped counts are.
    public var label: LocalizedText {
        LocalizedText(zh: "范围：" + extent.zh, en: "scope: " + extent.en)
    }

    /// What the scope's days leave out or place by the year in a number, among documents of its kinds: said beside
    /// its counts, so that a province whose one document is undated does not read as having none.
    public struct DatePlacements: Sendable, Hashable {
        /// In the scope by the year in their number (no date).
        public var byNumberYear = 0
        /// Left out: no date, no year in the number.
        public var undated = 0
        /// Left out: only a year in the number, and that year straddles a bound of the scope's days.
        public var straddlingBound = 0

        public init(byNumberYear: Int = 0, undated: Int = 0, straddlingBound: Int = 0) {
            self.byNumberYear = byNumberYear
            self.undated = undated
            self.straddlingBound = straddlingBound
        }

        /// Counted from documents of the scope's kinds and where the scope's days place them.
        public init(counting placements: some Sequence<(document: PolicyDocument, placement: DatePlacement)>) {
            for (d, placement) in placements {
                switch placement.inside {
                case true?: if placement.byNumberYear { byNumberYear += 1 }
                case false?: break
                case nil: if d.numberYear == nil { undated += 1 } else { straddlingBound += 1 }
                }
            }
        }
    }

    /// `DatePlacements` over `documents` (the corpus before the scope is applied).
    public func datePlacements(in documents: [PolicyDocument]) -> DatePlacements {
        guard from != nil || until != nil else { return DatePlacements() }
        return DatePlacements(counting: documents.lazy.filter(countsKind).map { (document: $0, placement: placement(of: $0)) })
    }

    /// "范围：政策（不含相关记录），至 2020-06-30；9 份只有文号年份，按文号年份计入；5 份无日期，未计入".
    public func statement(_ placements: DatePlacements) -> LocalizedText {
        let note = Self.note(placements)
        return LocalizedText(zh: label.zh + (note.zh.isEmpty ? "" : "；" + note.zh), en: label.en + (note.en.isEmpty ? "" : "; " + note.en))
    }

    /// "9 份只有文号年份，按文号年份计入；5 份无日期，未计入" (empty when every document had its date). `brief`: the English
    /// first clause shorter, for a line of 80 columns ("8 by their number's year").
    public static func note(_ placements: DatePlacements, brief: Bool = false) -> LocalizedText {
        var zh: [String] = [], en: [String] = []
        if placements.byNumberYear > 0 {
            zh.append("\(placements.byNumberYear) 份只有文号年份，按文号年份计入")
            en.append(brief ? "\(placements.byNumberYear) by their number's year" : "\(placements.byNumberYear) counted by the year in their number (no date)")
        }
        if placements.undated > 0 {
            zh.append("\(placements.undated) 份无日期，未计入")
            en.append("\(placements.undated) undated, not counted")
        }
        if placements.straddlingBound > 0 {
            zh.append("\(placements.straddlingBound) 份只有文号年份且该年跨过范围界限，无法判断，未计入")
            en.append("\(placements.straddlingBound) not counted: only the year in their number, which straddles the scope's bound")
        }
        return LocalizedText(zh: zh.joined(separator: "；"), en: en.joined(separator: "; "))
    }

    /// The label with what the scope's days did with `documents` that have no full date (the corpus before the scope).
    public func statement(over documents: [PolicyDocument]) -> LocalizedText {
        statement(datePlacements(in: documents))
    }

    /// "范围：政策，至 2020-06-30": the label without what is left out within the classes, for a line with no room for
    /// it (the status line at 80 columns, which lost its position to the label whole).
    public var shortLabel: LocalizedText {
        let extent = extent(sayingWhatIsLeftOut: false)
        return LocalizedText(zh: "范围：" + extent.zh, en: "scope: " + extent.en)
    }

    /// "政策（不含相关记录），至 2020-06-30": the classes and the days, without a label.
    public var extent: LocalizedText { extent(sayingWhatIsLeftOut: true) }

    private func extent(sayingWhatIsLeftOut: Bool) -> LocalizedText {
        let kinds = DocumentClass.allCases.filter(classes.contains)
        var zh = kinds.map(\.name.zh).joined(separator: "、")
        var en = kinds.map(\.name.en).joined(separator: ", ")
        if leavesOutRelated, sayingWhatIsLeftOut {
            zh += "（不含相关记录）"
            en += " (related records left out)"
        }
        switch (from, until) {
        case let (start?, end?):
            zh += "，\(start) 至 \(end)"
            en += ", \(start) to \(end)"
        case let (start?, nil):
            zh += "，自 \(start)"
            en += ", from \(start)"
        case let (nil, end?):
            zh += "，至 \(end)"
            en += ", up to \(end)"
        case (nil, nil):
            break
        }
        return LocalizedText(zh: zh, en: en)
    }
}
