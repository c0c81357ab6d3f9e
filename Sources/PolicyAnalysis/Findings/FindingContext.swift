import PolicyModel

/// What a finding's test can look at: the corpus, its text analysis (nil without texts) and the catalogue's
/// coverage record (which provinces' main documents were searched for and not found).
public struct FindingContext: Sendable {
    public let corpus: Corpus
    /// The corpus-level part of the analysis: the findings' tests need counts, shares and pairs, no spans.
    public let analysis: AnalysisSummary?
    public let coverage: CatalogueCoverage?
    private let indicatorsByID: [String: DocumentSummary]

    public init(corpus: Corpus, analysis: AnalysisResult?, coverage: CatalogueCoverage? = nil) {
        self.init(corpus: corpus, summary: analysis.map { AnalysisSummary(result: $0, filesStamp: nil, parts: []) }, coverage: coverage)
    }

    public init(corpus: Corpus, summary: AnalysisSummary?, coverage: CatalogueCoverage? = nil) {
        self.corpus = corpus
        analysis = summary
        self.coverage = coverage
        indicatorsByID = Dictionary((summary?.documents ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func indicators(_ id: String) -> DocumentSummary? { indicatorsByID[id] }

    /// A document's text, nil when it has none: read from its file when the corpus was loaded without texts (as
    /// the dashboard holds it), where the document alone said "no text" and the finding went untested.
    func text(of d: PolicyDocument) -> String? {
        guard let t = corpus.text(of: d), !t.isEmpty else { return nil }
        return t
    }

    func provinceName(_ code: String) -> LocalizedText {
        guard let d = corpus.taxonomy.division(code) else { return LocalizedText(zh: code, en: code) }
        return LocalizedText(zh: d.name, en: d.en)
    }

    func documentLabel(_ d: PolicyDocument) -> String { d.number ?? d.id }

    /// The documents a finding counts in `scope` (`CorpusScope.review`, or the review's scope over a finding's
    /// own days), with what the count rests on.
    func documents(in scope: CorpusScope) -> ScopedDocuments {
        ScopedDocuments(scope: scope, placements: corpus.documents.filter(scope.countsKind).map { ($0, scope.placement(of: $0)) })
    }

    /// The province's main implementation document of the guiding opinion: a provincial-level document of the
    /// province that the catalogue marks as the main one, else one based on the guiding opinion; the earliest.
    public func mainDocument(of code: String) -> PolicyDocument? {
        let local = corpus.documents(inRegion: code).filter { $0.level == .provincial }
        if let marked = local.first(where: { $0.extra["role"] == "main-implementation" }) { return marked }
        guard let guiding = corpus.guidingOpinion else { return nil }
        return local.first { $0.basedOn.contains(guiding.id) }
    }

    /// Whether a province's main document can be tested on its text: the document and its indicators,
    /// or what is missing, in words an analyst can act on.
    func mainDocumentText(of code: String) -> Result<(PolicyDocument, DocumentSummary), Missing> {
        let name = provinceName(code)
        guard let d = mainDocument(of: code) else {
            if let record = coverage?.province(code), record.status == .notFound {
                return .failure(Missing(LocalizedText(
                    zh: "\(name.zh)：主实施文件未收录（目录记为未找到，检索 \(record.searches.count) 次）",
                    en: "\(name.en): no main implementation document in the corpus (recorded as not found; searches tried: \(record.searches.count))")))
            }
            return .failure(Missing(LocalizedText(zh: "\(name.zh)：语料中没有主实施文件", en: "\(name.en): no main implementation document in the corpus")))
        }
        guard d.hasText else {
            return .failure(Missing(LocalizedText(zh: "\(name.zh)：\(documentLabel(d)) 没有全文，导入全文后可检验",
                                                  en: "\(name.en): \(documentLabel(d)) has no text; import its text to test"), document: d.id))
        }
        guard let ind = indicators(d.id) else {
            return .failure(Missing(LocalizedText(zh: "\(name.zh)：\(documentLabel(d)) 尚未分析（ipap analyze）",
                                                  en: "\(name.en): \(documentLabel(d)) not analysed yet (ipap analyze)"), document: d.id))
        }
        return .success((d, ind))
    }

    /// What stops a subject from being tested.
    struct Missing: Error {
        var text: LocalizedText
        var document: String?
        init(_ text: LocalizedText, document: String? = nil) {
            self.text = text
            self.document = document
        }
    }
}

/// The documents of a scope's kinds and where their dates place them: in the scope's days, out of them, or
/// unknown (undated; a year from the number that straddles a bound). A finding counts `documents` and says
/// in `statement` which scope that was and what was placed by the year in its number or could not be placed.
struct ScopedDocuments {
    let scope: CorpusScope
    let placements: [(document: PolicyDocument, placement: DatePlacement)]

    /// The documents in the scope.
    var documents: [PolicyDocument] { placements.filter { $0.placement.inside == true }.map(\.document) }

    /// The same scope over the documents that also pass `isIncluded` (central ones, a province's).
    func filter(_ isIncluded: (PolicyDocument) -> Bool) -> ScopedDocuments {
        ScopedDocuments(scope: scope, placements: placements.filter { isIncluded($0.document) })
    }

    /// "范围：政策（不含相关记录），至 2020-06-30；9 份只有文号年份，按文号年份计入；5 份无日期，未计入".
    var statement: LocalizedText {
        scope.statement(CorpusScope.DatePlacements(counting: placements))
    }
}

/// One named subject of a finding (a province, a document) tested: agrees, disagrees, or cannot be tested.
struct SubjectOutcome {
    /// nil: not testable.
    var agrees: Bool?
    var evidence: FindingEvidence

    /// The verdict over all subjects of a finding that names several. A claim about all of them is
    /// reproduced only when every one was tested and agrees; contradicted when every tested one disagrees;
    /// partly otherwise (a mix, or agreement with some left untested).
    static func verdict(_ outcomes: [SubjectOutcome]) -> FindingOutcome {
        let agree = outcomes.filter { $0.agrees == true }
        let disagree = outcomes.filter { $0.agrees == false }
        let untested = outcomes.filter { $0.agrees == nil }
        let evidence = outcomes.map(\.evidence)
        func names(_ list: [SubjectOutcome]) -> (String, String) {
            (list.map(\.evidence.zh).joined(separator: "；"), list.map(\.evidence.en).joined(separator: "; "))
        }
        if agree.isEmpty && disagree.isEmpty {
            return FindingOutcome(.notTestable, LocalizedText(zh: "点名的 \(untested.count) 个对象都无法检验（缺什么见依据）",
                                                              en: "none of the \(untested.count) named subjects can be tested (the evidence says what is missing)"),
                                  evidence: evidence)
        }
        let counts = LocalizedText(zh: "相符 \(agree.count)，不符 \(disagree.count)，无法检验 \(untested.count)",
                                   en: "\(agree.count) agree, \(disagree.count) disagree, \(untested.count) not testable")
        let verdict: FindingVerdict
        if untested.isEmpty && disagree.isEmpty { verdict = .reproduced }
        else if agree.isEmpty { verdict = .contradicted }
        else { verdict = .partly }
        var reason = counts
        if !untested.isEmpty {
            let n = names(untested)
            reason = LocalizedText(zh: counts.zh + "（" + n.0 + "）", en: counts.en + " (" + n.1 + ")")
        }
        return FindingOutcome(verdict, reason, evidence: evidence)
    }
}

/// Percentages as analysts read them: 93%.
func percent(_ share: Double?) -> String {
    guard let share else { return "?" }
    return "\(Int((share * 100).rounded()))%"
}
