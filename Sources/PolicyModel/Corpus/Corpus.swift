import Foundation

/// A loaded corpus: its description, taxonomy, documents and cited findings, with the lookups every view needs.
public struct Corpus: Sendable {
    public var directory: URL
    public var info: CorpusInfo
    public var taxonomy: Taxonomy
    /// Ordered by date (undated last), then id.
    public private(set) var documents: [PolicyDocument]
    public var findings: [Finding]
    /// Where the texts are read from when the corpus was loaded without them; nil when they are in the documents.
    public var texts: DocumentTexts?

    private var indexByID: [String: Int] = [:]
    // Positions of documents per region, issuer and area: the browse screens ask for these on every
    // province, issuer and area, and a 10,000-document corpus makes filtering each time visible.
    private var byRegion: [String: [Int]] = [:]
    private var byIssuer: [String: [Int]] = [:]
    private var byArea: [String: [Int]] = [:]
    /// The first document of each folded number, and the guiding opinion's position: the province profiles ask
    /// for the guiding opinion once each, and a scan of 10,000 documents folding each number took a fifth of the
    /// dashboard's start.
    private var byNumber: [String: Int] = [:]
    private var guidingOpinionIndex: Int?

    public init(directory: URL, info: CorpusInfo, taxonomy: Taxonomy, documents: [PolicyDocument], findings: [Finding]) {
        self.directory = directory
        self.info = info
        self.taxonomy = taxonomy
        self.findings = findings
        self.documents = documents.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.id < b.id
            }
        }
        for (i, d) in self.documents.enumerated() {
            indexByID[d.id] = i
            if let r = d.region { byRegion[r, default: []].append(i) }
            for issuer in Set(d.issuers) { byIssuer[issuer, default: []].append(i) }
            for area in Set(d.actionAreas.ids) { byArea[area, default: []].append(i) }
            if let number = d.number {
                let key = DocumentNumber.fold(number)
                if byNumber[key] == nil { byNumber[key] = i }
            }
        }
        guidingOpinionIndex = byNumber[DocumentNumber.fold(DocumentNumber.guidingOpinion)]
            ?? self.documents.firstIndex { $0.extra[PolicyDocument.roleKey] == PolicyDocument.guidingOpinionRole }
    }

    public var name: String { info.name }
    public var isSynthetic: Bool { info.synthetic }

    /// What a table or a file made from a synthetic corpus says first (the dashboard's exported views, the `findings`,
    /// `analyze` and `stats` tables): the review's findings checked against generated texts read as about real policies.
    public static let syntheticNotice = LocalizedText(zh: "合成语料 SYNTHETIC：生成的示例文本，不是真实政策文件",
                                                      en: "SYNTHETIC corpus: generated example texts, not real policy documents")

    public func document(_ id: String) -> PolicyDocument? { indexByID[id].map { documents[$0] } }

    /// A document's text: the loaded one, else read from its file now (a corpus loaded without texts).
    public func text(of document: PolicyDocument) -> String? {
        if let text = document.text { return text }
        return document.textDeferred ? texts?.text(of: document.id) : nil
    }

    /// Asks for the files of `documents`' texts not held in memory to be read ahead, in order, until stopped
    /// (a search that reads them one by one); nil when every text is held.
    public func readTextsAhead(of documents: [PolicyDocument]) -> ReadAhead? {
        texts.map { $0.readAhead(documents.filter(\.textDeferred).map(\.id)) }
    }

    /// The document's text for a search of `query`: nil when it has none, or when its file shows that it cannot
    /// hold the query (`DocumentTexts.text(of:ifItMayHold:)`); a text held in memory is returned as it is.
    public func text(of document: PolicyDocument, ifItMayHold query: String) -> String? {
        if let text = document.text { return text }
        return document.textDeferred ? texts?.text(of: document.id, ifItMayHold: query) : nil
    }

    /// The corpus with every text it left unread read from its file: for work that needs all of them at once
    /// (a report of the analysis re-reads every document's clauses).
    public func readingTexts() -> Corpus {
        guard let texts else { return self }
        var copy = self
        for i in copy.documents.indices where copy.documents[i].textDeferred {
            copy.documents[i].text = texts.text(of: copy.documents[i].id)
            copy.documents[i].textDeferred = false
        }
        return copy
    }

    /// Lets go of the texts loaded with the documents when they can be read again from their files (`texts` is
    /// set): each such document is then `textDeferred` and `text(of:)` reads it when asked. For a caller that
    /// holds the texts elsewhere for a while, so that they are held once (the analysis frees them as it goes).
    public mutating func releaseLoadedTexts() {
        guard texts != nil else { return }
        for i in documents.indices where documents[i].text != nil {
            documents[i].text = nil
            documents[i].textDeferred = true
        }
    }

    /// A document by id or by its number (国发〔2015〕40号; half-width brackets are accepted too).
    public func resolveDocument(_ text: String) -> PolicyDocument? {
        let key = TextSearch.nameKey(text)
        if let d = document(key) { return d }
        return byNumber[DocumentNumber.fold(key)].map { documents[$0] }
    }

    /// Documents that name `id` in their `basedOn`: those that implement it.
    public func implementations(of id: String) -> [PolicyDocument] {
        documents.filter { $0.basedOn.contains(id) }
    }

    public func documents(inRegion code: String) -> [PolicyDocument] { (byRegion[code] ?? []).map { documents[$0] } }
    public func documents(byIssuer id: String) -> [PolicyDocument] { (byIssuer[id] ?? []).map { documents[$0] } }
    public func documents(inArea id: String) -> [PolicyDocument] { (byArea[id] ?? []).map { documents[$0] } }
    /// Positions in `documents` of those in an area, in corpus order.
    public func positions(inArea id: String) -> [Int] { byArea[id] ?? [] }
    /// Positions in `documents` of an issuer's documents, in corpus order.
    public func positions(byIssuer id: String) -> [Int] { byIssuer[id] ?? [] }
    /// How many documents each of those would list, without copying them.
    public func count(inRegion code: String) -> Int { byRegion[code]?.count ?? 0 }
    public func count(byIssuer id: String) -> Int { byIssuer[id]?.count ?? 0 }
    public func count(inArea id: String) -> Int { byArea[id]?.count ?? 0 }

    public func findings(about kind: Finding.Subject.Kind, _ id: String) -> [Finding] {
        findings.filter { $0.isAbout(kind, id) }
    }

    public func citation(_ id: String) -> Citation? { info.citations.first { $0.id == id } }

    /// The 2015 guiding opinion, from which response lags are counted and which the review's findings are about:
    /// 国发〔2015〕40号 when the corpus has it, else a document marked as standing in for it (`extra.role =
    /// guiding-opinion`: a generated corpus's own, whose number is not 40号). Never a guess: any other State Council
    /// 指导意见 took its place, and lags and findings were counted from a 2016 opinion without a word.
    public var guidingOpinion: PolicyDocument? { guidingOpinionIndex.map { documents[$0] } }
}

/// Document numbers (文号) in one comparable form.
public enum DocumentNumber {
    public static let guidingOpinion = "国发〔2015〕40号"

    /// Folds the bracket variants people type (〔〕, [], ［］, 【】, ()) into 〔〕 and drops spaces.
    public static func fold(_ number: String) -> String {
        var out = ""
        for ch in number where !ch.isWhitespace {
            switch ch {
            case "[", "［", "【", "(", "（": out.append("〔")
            case "]", "］", "】", ")", "）": out.append("〕")
            default: out.append(ch)
            }
        }
        return out
    }

    /// The year in a number's brackets (冀政发〔2017〕4号 -> 2017), nil when there is none.
    public static func year(_ number: String) -> Int? {
        let folded = fold(number)
        guard let open = folded.firstIndex(of: "〔") else { return nil }
        let digits = folded[folded.index(after: open)...].prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let y = Int(digits), (1949...2200).contains(y),
              folded[folded.index(open, offsetBy: 5)...].first == "〕" else { return nil }
        return y
    }
}
