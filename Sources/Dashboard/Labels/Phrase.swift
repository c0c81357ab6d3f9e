import PolicyAnalysis
import PolicyModel

/// The interface's words with values in them (counts, names, paths), Chinese and English side by side. Fixed
/// words are `Label`s. `examples` holds one of each case for the table's test.
enum Phrase {
    /// Where on a page, outside its list's rows, `/` may find its words.
    enum SearchPlace { case header, panel, footer }

    // Headings with a count
    case citedFindings(Int)
    case documentsHeading(Int)
    case documentsByTitleHeading(Int)
    case documentsByTextHeading(Int)
    case documentsNotCoded(Int)
    case reviewsHeading(Int)
    /// A page's review entries beyond those it shows, and where they are all listed.
    case moreReviews(Int, target: String)
    case indicatorsHeading(Int)
    /// A province's or issuer's indicators spelled out on its page: over how many of its documents.
    case groupIndicatorsHeading(analysed: Int, of: Int)
    // A group's indicator values, a line each (`GroupIndicatorValues`), with what each is computed over.
    /// An evidence page's value for a group of documents: the mean of theirs.
    case meanOverDocuments(Int)
    case highestOfDocuments(Int)
    case pooledOverDocuments(Int, part: Int, whole: Int)
    case ofCounted(part: Int, whole: Int)
    case documentValue(String)
    case noFindingBeyond(last: Bool, count: Int, passages: Bool)
    /// The passage of a comparison `n` or `N` moved to, as the end's message counts them.
    case passageReached(Int, of: Int)
    case withoutValue(Int, why: String?)
    /// A per-year chart's title when some of its documents have no year known.
    case documentsPerYearUndated(Int)
    case provincesWithoutValue(Int, why: String?)
    case ofContentCharacters(part: Int, whole: Int)
    case documentCounts(part: Int, whole: Int, percent: String)
    case groupCopiedFromCentre(percent: String)
    /// `direction`: which way the shared text went, said of the province's documents.
    case groupNearestProvince(name: String, percent: String, direction: NearestProvince.Direction?)
    /// An issuer's or an area's: its documents are of several provinces, so the document the highest is of is named
    /// (with its province) and the direction is said of it. `area`: an area's page, else an issuer's.
    case groupNearestProvinceOf(name: String, percent: String, document: String, direction: NearestProvince.Direction?, area: Bool)
    /// Which way a document's nearest province's shared text went, after its share.
    case nearestDirection(name: String, direction: NearestProvince.Direction)
    case groupVagueMeasures(percent: String, vague: Int, measures: Int)
    case groupWithEvaluation(percent: String, count: Int, of: Int)
    case groupGovernanceTopic(topic: LocalizedText, count: Int, of: Int)
    case groupToolShares(shares: String, codes: Int)
    case citedFindingsToCheck(Int)
    case sharedTextHeading(Int)
    case implementsHeading(Int)
    case implementedByHeading(Int)
    /// A tool's clauses (in one area, level or year): the place, and how many clauses in how many documents.
    case toolClausesHeading(place: String, clauses: Int, documents: Int)
    // Counts in cells and lines
    case documentCount(Int)
    case documentsShort(Int)
    case documentsOf(shown: Int, total: Int)
    /// Under an area filter: how many of the documents kept are in the area by their text (`FilteredDocuments`), and
    /// how many more might be (not coded from their text).
    case areaFilterCounts(byText: Int, unknown: Int)
    /// After a count taken within the review's scope (`w`): which scope, and how many the corpus holds.
    case inScope(String, corpus: Int)
    case issuerCount(Int)
    case findingCount(Int)
    case passageCount(Int)
    case moreHits(Int)
    /// The passages or clauses of a document a list leaves out after its first (`EvidenceScreen.quotedPerList`), on a
    /// row that Enter lists them on.
    case moreHitsEnterLists(Int)
    /// A document's measures without what a coverage indicator (named) counts, of all its measures.
    case measuresWithout(String, count: Int, of: Int)
    /// A document's clauses of one policy-tool class (named), of those counted in every class, and their share.
    case toolClassClauses(String, count: Int, of: Int, percent: Int)
    case toolClassCodesOfClauses(codes: Int, clauses: Int)
    /// What coded a clause to a tool class: its keywords, or none (an analyst's code).
    case codedBy(keywords: [String])
    case hitsNotQuoted(Int)
    /// A document's clauses or passages a page counts without quoting them (beyond `ScreenContext.quotesPerPage`).
    case clausesNotQuoted(Int)
    case passagesNotQuoted(Int)
    /// A worst subject and how many more share its value.
    case tiedWith(String, Int)
    /// The worst of a ranking some of whose provinces are unknown: the longest lag, the least coverage of the `n` known.
    case longestOfKnown(Int)
    case leastOfKnown(Int)
    /// An indicator known for `n` provinces only, beside its name where the line says its worst subject (the overview).
    case knownFor(Int)
    case causesAndRecommendations(causes: Int, recommendations: Int)
    case yearOnlyCount(Int)
    case undatedCount(Int)
    /// What the scope's days did with documents without a full date (`CorpusScope.note`).
    case inScopeDates(String)
    /// Action areas an issuer's comprehensive documents (not coded from their text) may cover.
    case areasUnknownUncoded(areas: Int, documents: Int)
    case problemCount(Int)
    case codingDifferences(LocalizedText)
    /// Clauses two analysts both coded with a tool the taxonomy lacks (left out of the kappas).
    case unknownToolClauses(Int)
    /// Pairs of analysts with clauses both coded whose kappas the Reviews tab leaves out (the command line lists all).
    case moreAnalystPairs(Int)
    /// The pairs' count where the screen has no row for any pair's kappas.
    case analystPairs(Int)
    case findingsChecked(Int)
    // Values in brackets and dates
    case parenthesized(String)
    case until(String)
    case yearFromNumber(Int)
    case yearFromNumberShort(Int)
    case clause(Int)
    /// A clause's first words in a prompt about it.
    case clauseOpening(String)
    case authors([String])
    /// A clause's codes now, in the override prompt, and the analysts whose overrides made them.
    case codesNow(by: [String])
    // Lines of the screens
    case overviewSummary(documents: Int, levels: String, provinces: Int, divisions: Int, official: Int, copies: Int, withText: Int)
    /// `total`: the entries in all, when a filter is set (`entries` are those it keeps).
    case reviewEntries(entries: Int, total: Int?, analysts: Int, authors: [String])
    /// The Reviews tab's note where its filter leaves no entry: the filter, and the entries in effect in all.
    case noReviewEntryMatches(filter: String, total: Int)
    /// `quoted`: the hits with a row of their own, which n / N visit (fewer than `hits` past the quoting caps).
    case textSearchSummary(query: String, documents: Int, hits: Int, quoted: Int, textsSearched: Int, withoutText: Int)
    case textSearchRunning(query: String)
    case textSearchStopped(searched: Int, total: Int)
    case textSearchStoppedShort(searched: Int, total: Int)
    case textSearchQuotesCapped(Int)
    case toolClausesQuotesCapped(Int)
    case evidenceQuotesCapped(Int)
    case measures(count: Int, vague: Int)
    /// A document's evidence row where its value is unknown, with the reason (it said only that nothing supports it).
    case noValueBecause(String)
    case evaluationClauses(Int)
    /// A count of clauses as an indicator's value: whole, or a mean over documents ("1.5").
    case clauseCount(String)
    case missionAndDiffusion(mission: Int, diffusion: Int)
    case shareOfThisText(percent: String, passages: Int)
    case compareSummary(percent: String, passages: Int, formulae: Int)
    case charactersNotShared(Int)
    /// A comparison's left pane where the next passage does not go on from the one above in the source: it starts
    /// before that one's end (`earlier`) or after other passages shown elsewhere; where it stands in the source.
    case elsewhereInTheSource(earlier: Bool, from: Int, to: Int)
    /// A comparison's left pane after its last passage where passages shown above follow it in the source: the
    /// unshared text after the one that ends last, to the end.
    case notSharedAfterPassage(Int, passage: Int)
    case passageCitation(number: String, title: String, from: Int, to: Int)
    case rowAndColumnShares(row: String, column: String)
    case chartMaximum(Int)
    case inBrackets(String)
    // The status line and messages
    case analysisProgress(done: Int, total: Int, secondsLeft: Int?)
    case textSearchProgress(done: Int, total: Int, secondsLeft: Int?)
    case marked(String)
    /// Enter on a heat map's cell that compares nothing: a province (or the centre) with one analysed document, one
    /// whose documents share no passage, two that share none.
    case oneAnalysedDocument(String)
    case noAnalysedDocument(String)
    case noPassageSharedWithin(String)
    case noPassageShared(String, String)
    case noClauseCoded(tool: String, in: String?)
    case unknownCode(String)
    /// A Reviews tab filter that is not one: the keys it takes and the kinds.
    case reviewFilterRefused(kinds: String)
    /// An override naming a tool class: its name, and what to type for its tools (the start of their ids).
    case toolClassIsNotATool(zh: String, en: String, tools: String)
    case analysisReady(notStored: LocalizedText?)
    case copied(characters: Int)
    case notWritten(LocalizedText)
    case writtenToJournal(LocalizedText)
    /// An override that gives a clause the very code the machine gave it (an analyst confirming it, or undoing
    /// another analyst's override): written as any other, and said, since the codes shown do not change.
    case writtenSameAsMachine(kind: LocalizedText, code: LocalizedText)
    /// `u`: the entry it undid, named as the review screen names it (kind, what it is about, what it said).
    case undone(kind: LocalizedText, target: LocalizedText, content: LocalizedText)
    case journalsReread(Int)
    /// An export's file exists: its prompt stays open, and Enter again overwrites it.
    case exportExistsEnterOverwrites(String)
    /// A CSV export's first existing table and how many more exist; Enter again overwrites them all.
    case exportFilesExistEnterOverwrites(String, more: Int)
    case exporting(String)
    case exportStillRunning
    /// A tag, note or rating typed with a control character (its name: U+202E), refused as `review add` refuses it.
    case controlCharacterTyped(Unicode.Scalar)
    /// `/` found its words only outside the list's rows (the header above it, the side panel, the notes at its foot).
    case foundOnlyIn(SearchPlace, query: String)
    /// `/` found its words nowhere on the page: what was searched (a grid's labels, a list's rows).
    case notFoundOnThisPage(String, grid: Bool)
    case exportedView(String)
    /// The files written and the directory they are in (a name alone did not say where it went).
    case exported(String, in: String)
    case notExported(LocalizedText)
    /// A report refused while a document file of the corpus did not load: the first file, how many more.
    case documentsNotLoaded(String, more: Int)
    /// A report refused while a review journal line could not be read (`file:line`), how many more problems.
    case journalLineNotRead(String, more: Int)
    case unknownLevel(String)
    case unknownProvince(String)
    /// A filter's province, issuer or area (or an override's area) that names none but is part of some names
    /// (province:河): which, or "did you mean" the one; `Taxonomy.nameParts` finds them, as for the command line.
    case partOfNames(NameKind, NameParts)
    case unknownIssuer(String)
    case unknownArea(String)
    case yearNotANumber(String)
    case unknownFilterKey(String)

    func text(in language: Language) -> String { language == .chinese ? pair.zh : pair.en }
    var localized: LocalizedText { LocalizedText(zh: pair.zh, en: pair.en) }

    private static func nearestProvinceOf(name: String, percent p: String, document: String, direction: NearestProvince.Direction?,
                                          area: Bool) -> (zh: String, en: String) {
        let highest = area ? ("本领域各地方文件中最高", "the area's highest") : ("该机关各地方文件中最高", "the issuer's highest")
        let why: (zh: String, en: String) = switch direction {
        case .copiedFrom?: ("\(document) 照搬自\(name)", "\(document) copied from \(name)")
        case .copiedBy?: ("\(name)照搬\(document)", "\(name) copied \(document)")
        case .both?: ("\(document) 与\(name)互有照搬", "\(document) and \(name) copied both ways")
        case .none: (document, document)
        }
        return ("最相似的其他省份 \(name) \(p)（\(why.zh)；\(highest.0)）", "Nearest other province \(name) \(p) (\(why.en); \(highest.1))")
    }

    var pair: (zh: String, en: String) {
        switch self {
        case .citedFindings(let n): ("文献结论（\(n)）", "Cited findings (\(n))")
        case .documentsHeading(let n): ("文件（\(n)）", "Documents (\(n))")
        case .documentsByTitleHeading(let n): ("标题写明本领域的文件（\(n)）", "Documents whose titles name this area (\(n))")
        case .documentsByTextHeading(let n):
            ("按全文编码归入本领域的文件（标题未写领域）（\(n)）", "Coded to this area from their text (titles name no area) (\(n))")
        case .documentsNotCoded(let n):
            ("另有 \(n) 份标题未写领域的文件未按全文编码，可能属于本领域", "\(n) more documents whose titles name no area are not coded from their text; they may be in it")
        case .reviewsHeading(let n): ("审阅（\(n)）", "Reviews (\(n))")
        case .moreReviews(let n, let target): ("另有 \(n) 条：⏎ 在审阅页全部列出（f 输入 对象:\(target) 只看这些）",
                                                "\(n) more: ⏎ lists them all in Reviews (f target:\(target) keeps only these)")
        case .indicatorsHeading(let n): ("指标（\(n)）", "Indicators (\(n))")
        case .groupIndicatorsHeading(let analysed, let total):
            ("指标（已分析 \(analysed)/\(total) 份文件，数值同列表；⏎ 查看依据）",
             "Indicators (\(analysed) of \(total) documents analysed, as in the list; ⏎ evidence)")
        case .meanOverDocuments(let n): ("（\(n) 份文件的平均）", " (mean over \(EnglishCount.of(n, "document")))")
        case .highestOfDocuments(let n): ("（\(n) 份文件中最高）", " (the highest of \(EnglishCount.of(n, "document")))")
        case .pooledOverDocuments(let n, let part, let whole):
            ("（\(n) 份文件合计：\(part) / \(whole)）", " (\(EnglishCount.of(n, "document")) pooled: \(part) of \(whole))")
        case .provincesWithoutValue(let n, let why):
            ("无数值（\(n) 个省份，其文件均无）" + (why.map { "：" + $0 } ?? ""),
             "No value (\(EnglishCount.of(n, "province")))" + (why.map { ": " + $0 } ?? ""))
        case .documentsPerYearUndated(let n): ("逐年文件数（另有 \(n) 份日期未知）", "Documents per year (\(n) more, date unknown)")
        case .withoutValue(let n, let why):
            ("无数值（\(n) 份文件）" + (why.map { "：" + $0 } ?? ""), "No value (\(EnglishCount.of(n, "document")))" + (why.map { ": " + $0 } ?? ""))
        case .passageReached(let n, let count): ("第 \(n) 段（\(n) / \(count)）", "passage \(n) of \(count)")
        case .noFindingBeyond(let last, let count, let passages):
            passages
                ? (last ? "已是最后一段（\(count) / \(count)）" : "已是第一段（1 / \(count)）",
                   last ? "already at the last passage (\(count) of \(count))" : "already at the first passage (1 of \(count))")
                : (last ? "已是最后一处发现（共 \(count) 处）" : "已是第一处发现（共 \(count) 处）",
                   last ? "already at the last finding (\(count) in all)" : "already at the first finding (\(count) in all)")
        case .documentValue(let value): ("本文件：" + value, "this document: " + value)
        case .ofCounted(let part, let whole): ("（\(part) / \(whole)）", " (\(part) of \(whole))")
        case .ofContentCharacters(let part, let whole):
            ("（\(whole) 个内容字符中 \(part) 个）", " (\(part) of \(whole) content characters)")
        case .documentCounts(let part, let whole, let percent): ("本文件：\(part) / \(whole)（\(percent)）", "this document: \(part) of \(whole) (\(percent))")
        case .groupCopiedFromCentre(let p): ("照搬中央比例 \(p)（各地方文件的平均）", "Copied from the centre \(p) (mean over the local documents)")
        case .groupNearestProvince(let name, let p, let direction):
            switch direction {
            case .copiedFrom?: ("最相似的其他省份 \(name) \(p)（照搬自\(name)；各地方文件中最高的一项）",
                                "Nearest other province \(name) \(p) (copied from it; highest of the documents)")
            case .copiedBy?: ("最相似的其他省份 \(name) \(p)（\(name)照搬本省文件；各地方文件中最高的一项）",
                              "Nearest other province \(name) \(p) (it copied from here; highest of the documents)")
            case .both?: ("最相似的其他省份 \(name) \(p)（与\(name)互有照搬；各地方文件中最高的一项）",
                          "Nearest other province \(name) \(p) (copied both ways; highest of the documents)")
            case .none: ("最相似的其他省份 \(name) \(p)（各地方文件中最高的一项）", "Nearest other province \(name) \(p) (the highest of the local documents)")
            }
        case .groupNearestProvinceOf(let name, let p, let document, let direction, let area):
            Self.nearestProvinceOf(name: name, percent: p, document: document, direction: direction, area: area)
        case .nearestDirection(let name, let direction):
            switch direction {
            case .copiedFrom: ("（照搬自\(name)）", " (copied from \(name))")
            case .copiedBy: ("（\(name)照搬本文件）", " (\(name) copied it)")
            case .both: ("（与\(name)互有照搬）", " (copied both ways with \(name))")
            }
        case .groupVagueMeasures(let p, let vague, let measures):
            ("空泛措施 \(p)（\(measures) 条措施中 \(vague) 条）", "Vague measures \(p) (\(vague) of \(EnglishCount.of(measures, "measure")))")
        case .groupWithEvaluation(let p, let count, let total):
            ("有评估条款的文件 \(p)（\(total) 份中 \(count) 份）", "Documents with an evaluation clause \(p) (\(count) of \(total))")
        case .groupGovernanceTopic(let topic, let count, let total):
            ("治理 · \(topic.zh)：\(total) 份中 \(count) 份提及", "Governance · \(topic.en): named in \(count) of \(total) documents")
        // The shares are of class codes, not of clauses (a clause in two classes counts in each, `toolClassClauses`);
        // how many clauses the codes come from is not stored, so the group's line names the codes only.
        case .groupToolShares(let shares, let codes):
            ("政策工具 \(shares)（\(codes) 个分类编码；一条条款可归几类）",
             "Policy tools \(shares) (\(EnglishCount.of(codes, "class code")), not clauses)")
        case .citedFindingsToCheck(let n): ("文献结论（\(n)）：Enter 查看核验", "Cited findings (\(n)): Enter shows the check")
        case .sharedTextHeading(let n): ("文本复用（\(n)）：Enter 并排对照", "Shared text (\(n)): Enter compares side by side")
        case .implementsHeading(let n): ("依据（本文件落实）（\(n)）", "Implements (\(n))")
        case .implementedByHeading(let n): ("落实本文件的文件（\(n)）", "Implemented by (\(n))")
        case .toolClausesHeading(let place, let clauses, let documents):
            // Two items (`ScreenContent.Line.keepsItemsWhole`): a narrow line wraps between the place and its counts (in Chinese one item: "：" needs no space).
            ("\(place)：\(documents) 份文件中的 \(clauses) 条条款", "\(place):  \(EnglishCount.of(clauses, "clause")) in \(EnglishCount.of(documents, "document"))")
        case .documentCount(let n): ("\(n) 份文件", "\(EnglishCount.of(n, "document"))")
        case .documentsShort(let n): ("\(n) 份", "\(EnglishCount.of(n, "doc"))")
        case .documentsOf(let shown, let total): ("\(shown)/\(total) 份", "\(shown) of \(total)")
        case .areaFilterCounts(let byText, let unknown):
            ("（" + [byText > 0 ? "含按全文编码归入的 \(byText) 份" : nil, unknown > 0 ? "另有 \(unknown) 份未按全文编码，未知" : nil]
                .compactMap { $0 }.joined(separator: "；") + "）",
             " (" + [byText > 0 ? "\(byText) coded to it from the text" : nil, unknown > 0 ? "\(unknown) more not coded from the text: unknown" : nil]
                .compactMap { $0 }.joined(separator: "; ") + ")")
        case .inScope(let scope, let n): ("（\(scope)；全库 \(n) 份）", " (\(scope); \(n) in the corpus)")
        case .issuerCount(let n): ("\(n) 个机关", "\(EnglishCount.of(n, "issuer"))")
        case .findingCount(let n): ("\(n) 条", "\(EnglishCount.of(n, "finding"))")
        case .passageCount(let n): ("\(n) 段", "\(EnglishCount.of(n, "passage"))")
        case .moreHits(let n): ("另有 \(n) 处", "\(n) more")
        case .moreHitsEnterLists(let n): ("另有 \(n) 处：Enter 列出", "\(n) more: Enter lists them")
        case .measuresWithout(let name, let n, let total): ("\(total) 条措施中 \(n) 条未写明“\(name)”：", "\(n) of \(total) measures without “\(name)”:")
        // The share is of class codes, as the indicator `toolShares` is: a clause in two classes counts in each, so the
        // total is not of clauses ('占各类合计 4 条' with 3 clauses coded).
        case .toolClassClauses(let name, let n, let total, let percent):
            ("\(name)：\(n) 条，占各类编码合计 \(total) 个的 \(percent)%：", "\(name): \(EnglishCount.of(n, "clause")), \(percent)% of the \(total) class codes:")
        case .toolClassCodesOfClauses(let codes, let clauses):
            ("各类编码 \(codes) 个出自 \(clauses) 条条款：归入几类的条款每类各计一次，份额按编码计（与工具份额指标相同）",
             "\(codes) class codes from \(EnglishCount.of(clauses, "clause")): a clause in several classes counts in each, and the shares are of codes (as the tool-share indicator's)")
        case .codedBy(let keywords) where keywords.isEmpty: ("【人工编码】", "[coded by hand]")
        case .codedBy(let keywords): ("【" + keywords.joined(separator: "、") + "】", "[" + keywords.joined(separator: ", ") + "]")
        case .hitsNotQuoted(let n): ("\(n) 处（未摘录）", "\(EnglishCount.of(n, "hit")) (not quoted)")
        case .clausesNotQuoted(let n): ("\(n) 条（未摘录）：Enter 摘录", "\(EnglishCount.of(n, "clause")) (not quoted): Enter quotes them")
        case .passagesNotQuoted(let n): ("\(n) 段（未摘录）：Enter 摘录", "\(EnglishCount.of(n, "passage")) (not quoted): Enter quotes them")
        case .tiedWith(let subject, let n): ("\(subject)等 \(n + 1) 个", "\(subject) +\(n) tied")
        case .longestOfKnown(let n): ("（已知 \(n) 省中最长）", " (longest of \(n) known)")
        case .leastOfKnown(let n): ("（已知 \(n) 省中最少）", " (least of \(n) known)")
        case .knownFor(let n): ("（已知 \(n) 省）", " (\(n) known)")
        // Both counts named, as the Chinese names them ('3 因 4 议'): '3+4' said neither.
        case .causesAndRecommendations(let c, let r):
            ("\(c) 因 \(r) 议", EnglishCount.of(c, "cause") + ", " + EnglishCount.of(r, "rec"))
        case .yearOnlyCount(let n): ("仅知年份（据文号）：\(n) 份", "year only (from number): \(n)")
        case .undatedCount(let n): ("日期未知：\(n) 份", "undated: \(n)")
        case .inScopeDates(let note): ("范围内：" + note, "In scope: " + note)
        case .problemCount(let n): ("⚠ \(n) 个问题", "⚠ \(EnglishCount.of(n, "problem"))")
        case .codingDifferences(let counts): (counts.zh, counts.en)
        case .unknownToolClauses(let n):
            ("两人都编码、工具未知（分类中没有）的条款 \(n) 条，未计入 Kappa", "\(EnglishCount.of(n, "clause")) coded by both with an unknown tool, left out of the kappas")
        case .moreAnalystPairs(let n):
            ("另有 \(n) 对分析员：ipap review agreement", "\(EnglishCount.of(n, "more pair", plural: "more pairs")) of analysts: ipap review agreement")
        case .analystPairs(let n):
            ("\(n) 对分析员的 Kappa：ipap review agreement", "Kappa of \(EnglishCount.of(n, "pair")) of analysts: ipap review agreement")
        case .findingsChecked(let n): ("综述的 \(n) 条结论，按本语料核验：", "The review's \(n) findings checked against this corpus: ")
        case .parenthesized(let s): ("（\(s)）", " (\(s))")
        case .until(let date): ("（至 \(date)）", " (until \(date))")
        case .areasUnknownUncoded(let areas, let documents):
            ("? 未知 \(areas) 个领域（\(documents) 份综合文件未按全文编码）",
             "? unknown: \(EnglishCount.of(areas, "area")) (\(EnglishCount.of(documents, "comprehensive document")) not coded from the text)")
        case .yearFromNumber(let y): ("\(y)（据文号）", "\(y) (from number)")
        case .yearFromNumberShort(let y): ("\(y)（文号）", "\(y) (no.)")
        case .clause(let n): (" 条款 \(n)", " clause \(n)")
        case .clauseOpening(let words): ("「\(words)」", " “\(words)”")
        case .authors(let names): ("（\(names.joined(separator: "、"))）", " (\(names.joined(separator: ", ")))")
        case .codesNow(let names):
            names.isEmpty ? ("现为", "now") : ("现为 \(names.joined(separator: "、")) 所改", "now by \(names.joined(separator: " and "))")
        case .overviewSummary(let d, let levels, let p, let divisions, let official, let copies, let withText):
            ("文件 \(d)（\(levels)）  有文件的省份 \(p)/\(divisions)  见于政府网站 \(official)  见于转载或报道 \(copies)  有全文 \(withText)",
             "\(EnglishCount.of(d, "document")) (\(levels))  provinces with documents \(p)/\(divisions)  seen on official sites \(official)  on copies or reports \(copies)  with text \(withText)")
        case .reviewEntries(let entries, let total, let analysts, let authors):
            ("审阅记录：" + (total.map { "\(entries) 条符合筛选（共 \($0) 条）" } ?? "\(entries) 条")
                + "，来自 \(analysts) 位分析员\(authors.isEmpty ? "" : Phrase.authors(authors).pair.zh)；最新在前。",
             "Review entries: " + (total.map { "\(entries) of \($0) match the filter," } ?? "\(entries)")
                + " from \(EnglishCount.of(analysts, "analyst"))\(authors.isEmpty ? "" : Phrase.authors(authors).pair.en); newest first.")
        case .noReviewEntryMatches(let filter, let total):
            ("没有审阅记录符合筛选 \(filter)（共 \(total) 条）：按 F 清除筛选。",
             "No review entry matches the filter \(filter) (\(EnglishCount.of(total, "entry", plural: "entries")) in all): press F to clear it.")
        case .textSearchSummary(let query, let documents, let hits, let quoted, let textsSearched, let withoutText):
            // As `ipap list --search` says it (`TextSearch.summary`): no "0 hits" in texts a document does not have.
            { (summary: LocalizedText) in
                ("“\(query)”：" + summary.zh + (quoted < hits ? "（摘录 \(quoted) 处，n/N 逐一查看）" : ""),
                 "“\(query)”: " + summary.en + (quoted < hits ? " (\(quoted) quoted: n/N visit those)" : ""))
            }(TextSearch.summary(listed: documents, hits: hits, textsSearched: textsSearched, withoutText: withoutText))
        case .textSearchRunning(let query):
            ("正在检索全文“\(query)”…（进度见状态栏；x 停止并列出已找到的，Esc 返回）",
             "Searching the texts for “\(query)”… (progress on the status line; x stops and lists what was found, Esc goes back)")
        case .toolClausesQuotesCapped(let n):
            ("只摘录前 \(n) 条，其后的文件只计条数（Enter 打开文件；在“未摘录”一行上摘录该文件）", "the first \(n) clauses are quoted, later documents' clauses only counted (Enter opens a document, or on a 'not quoted' row quotes it)")
        case .evidenceQuotesCapped(let n):
            ("只摘录前 \(n) 段，其后的文件只计段数（Enter 打开文件；在“未摘录”一行上摘录该文件）", "the first \(n) passages are quoted, later documents' passages only counted (Enter opens a document, or on a 'not quoted' row quotes it)")
        case .textSearchQuotesCapped(let n):
            ("只摘录前 \(n) 处，其后的文件只计处数（f 筛选可缩小范围）", "the first \(n) hits are quoted, later documents' hits only counted (f narrows the search)")
        case .textSearchStoppedShort(let searched, let total):
            ("检索已停止：已读 \(searched)/\(total)", "search stopped: \(searched)/\(total) read")
        case .textSearchStopped(let searched, let total):
            ("检索已停止：只读了 \(total) 份文件中的 \(searched) 份，下列为其中的结果", "search stopped: \(searched) of \(total) documents read, the hits among them listed")
        case .measures(let count, let vague): ("措施 \(count)，空泛 \(vague)", "Measures \(count), vague \(vague)")
        case .noValueBecause(let why): ("（无数值：\(why)）", "(no value: \(why))")
        case .evaluationClauses(let n): ("评估 \(n) 条", "\(EnglishCount.of(n, "evaluation clause"))")
        case .clauseCount(let n): ("\(n) 条", n == "1" ? "1 clause" : "\(n) clauses")
        case .missionAndDiffusion(let m, let d): ("（任务型条款 \(m)，扩散型 \(d)）", " (mission clauses \(m), diffusion \(d))")
        case .shareOfThisText(let percent, let passages): ("占本文 \(percent)，\(passages) 段", "\(percent) of this text, \(EnglishCount.of(passages, "passage"))")
        case .compareSummary(let percent, let passages, let formulae):
            ("右文 \(percent) 来自左文，\(passages) 段\(formulae == 0 ? "" : "，另有套话 \(formulae) 段（不计入）")",
             "\(percent) of the right text is from the left, \(EnglishCount.of(passages, "passage"))\(formulae == 0 ? "" : ", and \(EnglishCount.of(formulae, "formula passage")), not counted")")
        case .charactersNotShared(let n): ("… 未共享 \(n) 字 …", "… \(EnglishCount.of(n, "character")) not shared …")
        case .elsewhereInTheSource(let earlier, let from, let to):
            earlier ? ("↑ 原文较前处：\(from)–\(to)", "↑ earlier in the source: \(from)–\(to)")
                : ("↓ 原文较后处：\(from)–\(to)", "↓ later in the source: \(from)–\(to)")
        case .notSharedAfterPassage(let n, let passage):
            ("↓ §\(passage) 之后至文末：未共享 \(n) 字", "↓ after §\(passage) to the end: \(n) not shared")
        case .passageCitation(let number, let title, let from, let to): ("〔\(number)《\(title)》，\(from)–\(to)〕", " [\(number), \(title), \(from)–\(to)]")
        case .chartMaximum(let n): ("最大 \(n)", "max \(n)")
        case .inBrackets(let s): ("（\(s)）", "(\(s))")
        case .rowAndColumnShares(let row, let column): ("（占该行 \(row)，占该列 \(column)）", " (row \(row), column \(column))")
        case .analysisProgress(let done, let total, let secondsLeft):
            // Before the first document is counted there is nothing to count yet: no "0/0". Each document is three
            // steps (normalised, its passages found, its indicators made), as `ipap analyze` says.
            ("分析\(total > 0 ? " \(done)/\(total) 步" : "中…")\(secondsLeft.map { " 剩余 \($0)s" } ?? "")（x 取消）",
             "analysing\(total > 0 ? " \(done)/\(total) steps" : "…")\(secondsLeft.map { " \($0)s left" } ?? "") (x cancels)")
        case .textSearchProgress(let done, let total, let secondsLeft):
            ("全文检索 \(done)/\(total)\(secondsLeft.map { " 剩余 \($0)s" } ?? "")（x 停止）",
             "searching texts \(done)/\(total)\(secondsLeft.map { " \($0)s left" } ?? "") (x stops)")
        case .oneAnalysedDocument(let p): ("\(p)只有一份已分析的文件：没有可对照的另一份", "\(p): one analysed document, no pair to compare")
        case .noAnalysedDocument(let p): ("\(p)没有已分析全文的文件：无从对照", "\(p): no document with analysed text, nothing to compare")
        case .noPassageSharedWithin(let p): ("\(p)的文件之间没有共享段落：无可对照", "\(p)'s documents share no passage: nothing to compare")
        case .noPassageShared(let a, let b): ("\(a)与\(b)的文件没有共享段落：无可对照", "\(a) and \(b) share no passage: nothing to compare")
        case .noClauseCoded(let tool, let scope):
            scope.map { ("\($0)没有编码为“\(tool)”的条款", "no clause coded \(tool) in \($0)") }
                ?? ("没有编码为“\(tool)”的条款", "no clause coded \(tool)")
        case .marked(let label): ("已标记 \(label)：在另一份文件上按 c 并排对照", "marked \(label): press c on another document to compare")
        case .reviewFilterRefused(let kinds): ("筛选写作 author:分析员 tag:标签 kind:类型 target:对象，空格分隔（类型：\(kinds)）", "filter as author:NAME tag:TAG kind:KIND target:THING, space-separated (kinds: \(kinds))")
        case .unknownCode(let code): ("未知编码：\(code)（先写政策工具名或 area:领域名，理由写在其后；Tab 补全）", "unknown code: \(code) (a policy tool, or area:NAME, first, then any reason; Tab completes)")
        case .toolClassIsNotATool(let zh, let en, let tools):
            // Short: the status line at 80 columns also holds the place.
            ("\(zh)是类别而非工具：写 \(tools) 后按 Tab 选工具", "\(en) is a class, not a tool: type \(tools) then Tab")
        case .analysisReady(let notStored):
            notStored.map { ("文本分析已就绪；未能保存：\($0.zh)", "text analysis ready; not stored: \($0.en)") } ?? ("文本分析已就绪", "text analysis ready")
        case .copied(let n): ("已复制到终端剪贴板（OSC 52）：\(n) 字", "copied to the terminal's clipboard (OSC 52): \(EnglishCount.of(n, "character"))")
        case .notWritten(let error): ("未能写入：\(error.zh)", "not written: \(error.en)")
        case .writtenToJournal(let kind): ("已记入你的审阅日志：" + kind.zh, "written to your journal: " + kind.en)
        case .writtenSameAsMachine(let kind, let code):
            ("已记入你的审阅日志：\(kind.zh)（与机器编码相同：\(code.zh)）", "written to your journal: \(kind.en) (the same as the machine's code: \(code.en))")
        case .undone(let kind, let target, let content):
            ("已撤销\(kind.zh)：\(target.zh)" + (content.zh.isEmpty ? "" : "  " + content.zh),
             "undone: \(kind.en) on \(target.en)" + (content.en.isEmpty ? "" : "  " + content.en))
        case .journalsReread(let n): ("已重读审阅日志（\(n) 条）", "journals re-read (\(n) entries)")
        case .exportExistsEnterOverwrites(let name):
            ("\(name) 已存在：再按 Enter 覆盖，或改名 / Esc 取消", "\(name) exists: Enter again overwrites it, or rename / Esc cancels")
        case .exportFilesExistEnterOverwrites(let name, let more):
            ("\(name) 等 \(more + 1) 个文件已存在：再按 Enter 全部覆盖，或改名 / Esc 取消",
             // Shorter than the one file's: the name keeps some room at 80 columns.
             "\(name) and \(more) more exist: Enter again overwrites all; Esc cancels")
        case .exporting(let path): ("正在导出 \(path)…", "exporting \(path)…")
        // The status line names the report being written beside it.
        case .exportStillRunning: ("上一份报告仍在导出，完成后再试", "the last report is still being written; try again when it is done")
        case .foundOnlyIn(let place, let query):
            switch place {
            case .header: ("“\(query)”只在页首（列表上方），列表各行中没有", "“\(query)” is only in the header above the list, in none of its rows")
            case .panel: ("“\(query)”只在侧栏中，列表各行中没有", "“\(query)” is only in the side panel, in none of the list's rows")
            case .footer: ("“\(query)”只在表格下方的说明中，列表各行中没有", "“\(query)” is only in the notes under the table, in none of its rows")
            }
        case .notFoundOnThisPage(let query, let grid):
            grid ? ("未找到：\(query)（已查行名、列名、页首和侧栏）", "not found: \(query) (searched the rows' and columns' labels, the header and the side panel)")
                 : ("未找到：\(query)（已查本页各行、页首和侧栏）", "not found: \(query) (searched this page's rows, header and side panel)")
        case .controlCharacterTyped(let c): ("未记入：含有控制字符 \(LocalizedText.controlCharacterName(c).zh)，请删除",
                                             "not written: it contains the control character \(LocalizedText.controlCharacterName(c).en); remove it")
        case .exportedView(let file): ("已导出当前页：" + file, "exported this screen: " + file)
        case .exported(let files, let directory): ("已导出到 \(directory)：" + files, "exported to \(directory): " + files)
        case .notExported(let error): ("未导出：\(error.zh)", "not exported: \(error.en)")
        case .documentsNotLoaded(let file, let more):
            // The file last: the status line cuts a long message in its middle, and keeps its end.
            (more > 0 ? "未导出（\(more + 1) 个文件未能读入，第一个）：\(file)" : "未导出（有文件未能读入）：\(file)",
             more > 0 ? "not exported (\(more + 1) document files did not load, the first): \(file)"
                      : "not exported (a document file did not load): \(file)")
        case .journalLineNotRead(let place, let more):
            // As for a file that did not load: the place last, the status line keeps the end of a long message.
            // Its owner's `ipap review repair` moves it aside: "repair or remove it" named no tool, and nobody may edit
            // another analyst's journal.
            (more > 0 ? "未导出（审阅日志 \(more + 1) 处无法读取，第一处；其所有者可运行 ipap review repair）：\(place)"
                      : "未导出（审阅日志有一行无法读取；其所有者可运行 ipap review repair）：\(place)",
             more > 0 ? "not exported (\(more + 1) review journal lines could not be read, the first; its owner can run ipap review repair): \(place)"
                      : "not exported (a review journal line could not be read; its owner can run ipap review repair): \(place)")
        case .unknownLevel(let v): ("未知级别：\(v)", "unknown level: \(v)")
        case .unknownProvince(let v): ("未知省份：\(v)", "unknown province: \(v)")
        case .partOfNames(let kind, let parts): Self.partOfNames(kind, parts)
        case .unknownIssuer(let v): ("未知机关：\(v)", "unknown issuer: \(v)")
        case .unknownArea(let v): ("未知领域：\(v)", "unknown area: \(v)")
        case .yearNotANumber(let v): ("年份应为数字：\(v)", "year must be a number: \(v)")
        case .unknownFilterKey(let key):
            ("未知筛选键：\(key)（可用 level province issuer area year）", "unknown filter key: \(key) (use level province issuer area year)")
        }
    }

    /// One name: "未知省份：蒙古；是不是 内蒙古？" / "unknown province: 蒙古; did you mean Inner Mongolia?"; several, the first
    /// three in the interface's language: "省份不明确：河 可指 河北、河南" / "ambiguous province: 河 matches Hebei and Henan".
    /// The kinds are named as the filter's keys and its other messages name them (机关, area).
    private static func partOfNames(_ kind: NameKind, _ parts: NameParts) -> (zh: String, en: String) {
        let noun = switch kind {
        case .province: (zh: "省份", en: "province")
        case .issuer: (zh: "机关", en: "issuer")
        case .area: (zh: "领域", en: "area")
        }
        if parts.matches.count == 1, let one = parts.matches.first {
            return ("未知\(noun.zh)：\(parts.text)；是不是 \(one.name.zh)？", "unknown \(noun.en): \(parts.text); did you mean \(one.name.en)?")
        }
        let names = parts.list(limit: NameParts.listedOnOneLine, bilingual: false)
        return ("\(noun.zh)不明确：\(parts.text) 可指 \(names.zh)", "ambiguous \(noun.en): \(parts.text) matches \(names.en)")
    }

    private static let diskFull = LocalizedText(zh: "磁盘已满", en: "the disk is full")

    /// One of each case, with values as the screens give them, for the table's test.
    static let examples: [Phrase] = [
        .citedFindings(3), .documentsHeading(3), .documentsByTitleHeading(3), .documentsByTextHeading(3), .documentsNotCoded(3), .reviewsHeading(3), .moreReviews(27, target: "130000"), .indicatorsHeading(3), .citedFindingsToCheck(3),
        .groupIndicatorsHeading(analysed: 3, of: 4), .meanOverDocuments(3), .highestOfDocuments(3), .pooledOverDocuments(3, part: 12, whole: 40), .documentCounts(part: 4, whole: 10, percent: "40%"), .ofCounted(part: 4, whole: 10), .documentValue("28%（3287 个内容字符中 914 个）"), .noFindingBeyond(last: true, count: 5, passages: true), .noFindingBeyond(last: false, count: 5, passages: false), .withoutValue(2, why: "未识别出措施"), .withoutValue(1, why: nil), .documentsPerYearUndated(2), .provincesWithoutValue(1, why: "未识别出措施"), .ofContentCharacters(part: 1072, whole: 3342), .groupCopiedFromCentre(percent: "18%"), .passageReached(1, of: 5), .groupNearestProvince(name: "安徽", percent: "7%", direction: nil), .groupNearestProvince(name: "安徽", percent: "7%", direction: .copiedBy), .groupNearestProvince(name: "安徽", percent: "7%", direction: .copiedFrom), .groupNearestProvince(name: "安徽", percent: "7%", direction: .both), .groupNearestProvinceOf(name: "辽宁", percent: "7%", document: "安徽 demo-00019", direction: .copiedBy, area: true), .groupNearestProvinceOf(name: "辽宁", percent: "7%", document: "安徽 皖政〔2016〕1号", direction: .copiedFrom, area: false), .groupNearestProvinceOf(name: "辽宁", percent: "7%", document: "安徽 demo-00019", direction: .both, area: true), .groupNearestProvinceOf(name: "辽宁", percent: "7%", document: "安徽 demo-00019", direction: nil, area: false), .nearestDirection(name: "河南", direction: .copiedBy), .nearestDirection(name: "河南", direction: .copiedFrom), .nearestDirection(name: "河南", direction: .both),
        .groupVagueMeasures(percent: "88%", vague: 7, measures: 8), .groupWithEvaluation(percent: "100%", count: 3, of: 3),
        .groupGovernanceTopic(topic: LocalizedText(zh: "知识产权", en: "intellectual property"), count: 2, of: 3), .groupToolShares(shares: "供 40%  环 35%  需 25%", codes: 20),
        .sharedTextHeading(3), .implementsHeading(3), .implementedByHeading(3), .toolClausesHeading(place: "人才培养 · 创业创新", clauses: 3, documents: 2), .documentCount(3), .documentsShort(3),
        .documentsOf(shown: 3, total: 9), .areaFilterCounts(byText: 3, unknown: 0), .areaFilterCounts(byText: 0, unknown: 2), .areaFilterCounts(byText: 3, unknown: 2), .inScope("范围：政策", corpus: 12), .issuerCount(3), .findingCount(3), .passageCount(3), .moreHits(3), .moreHitsEnterLists(3), .measuresWithout("责任单位", count: 3, of: 9), .toolClassClauses("供给型", count: 7, of: 43, percent: 16), .toolClassCodesOfClauses(codes: 4, clauses: 3), .codedBy(keywords: ["人才", "培养"]), .codedBy(keywords: []), .hitsNotQuoted(3), .clausesNotQuoted(3), .passagesNotQuoted(3), .toolClausesQuotesCapped(300), .evidenceQuotesCapped(300), .tiedWith("天津", 5),
        .longestOfKnown(20), .leastOfKnown(20), .knownFor(20), .causesAndRecommendations(causes: 2, recommendations: 3), .yearOnlyCount(3), .undatedCount(3), .inScopeDates("5 份无日期，未计入"), .areasUnknownUncoded(areas: 4, documents: 2), .problemCount(3),
        .codingDifferences(LocalizedText(zh: "类别不同 1，仅工具不同 2", en: "differ in class 1, in tool only 2")), .unknownToolClauses(2), .moreAnalystPairs(1), .analystPairs(3), .findingsChecked(3), .parenthesized("国发〔2015〕40号"), .until("2018-03-01"), .yearFromNumber(2016),
        .yearFromNumberShort(2016), .clause(12), .clauseOpening("省财政每年安排专项…"), .authors(["王", "李"]), .codesNow(by: ["王", "李"]),
        .overviewSummary(documents: 9, levels: "国家 1", provinces: 3, divisions: 31, official: 2, copies: 1, withText: 4),
        .reviewEntries(entries: 3, total: nil, analysts: 2, authors: ["王", "李"]), .reviewEntries(entries: 0, total: 3, analysts: 2, authors: ["王", "李"]), .noReviewEntryMatches(filter: "author:李", total: 3), .textSearchSummary(query: "人才", documents: 2, hits: 5, quoted: 3, textsSearched: 10, withoutText: 0), .textSearchSummary(query: "人才", documents: 0, hits: 0, quoted: 0, textsSearched: 0, withoutText: 120),
        .textSearchRunning(query: "人才"), .textSearchStopped(searched: 3, total: 9), .textSearchStoppedShort(searched: 3, total: 9), .textSearchQuotesCapped(2000), .textSearchProgress(done: 3, total: 9, secondsLeft: 5),
        .measures(count: 3, vague: 1), .noValueBecause(Label.noMeasureRecognised.text(in: .chinese)), .evaluationClauses(2), .clauseCount("1.5"), .missionAndDiffusion(mission: 1, diffusion: 2),
        .shareOfThisText(percent: "40%", passages: 3), .compareSummary(percent: "<1%", passages: 3, formulae: 1), .charactersNotShared(30),
        .elsewhereInTheSource(earlier: true, from: 399, to: 456), .elsewhereInTheSource(earlier: false, from: 8117, to: 8228),
        .notSharedAfterPassage(602, passage: 3),
        .passageCitation(number: "国发〔2015〕40号", title: "指导意见", from: 10, to: 40), .rowAndColumnShares(row: "20%", column: "30%"), .chartMaximum(10), .inBrackets("地方政策文件同质化"),
        .analysisProgress(done: 3, total: 9, secondsLeft: 5), .marked("国发〔2015〕40号"), .oneAnalysedDocument("辽宁"), .noAnalysedDocument("中央"), .noPassageSharedWithin("河北"), .noPassageShared("河北", "安徽"),
        .noClauseCoded(tool: "人才培养", in: "电子商务"), .noClauseCoded(tool: "人才培养", in: nil), .unknownCode("人才"), .reviewFilterRefused(kinds: "标签 批注 评价 改码 撤销"),
        .toolClassIsNotATool(zh: "需求型", en: "demand", tools: "需求-"),
        .analysisReady(notStored: Self.diskFull), .copied(characters: 30), .notWritten(Self.diskFull),
        .writtenToJournal(ReviewKind.tag.name),
        .writtenSameAsMachine(kind: ReviewKind.override.name, code: LocalizedText(zh: "资金支持", en: "Financial support")),
        .undone(kind: ReviewKind.rating.name, target: LocalizedText(zh: "照搬中央比例", en: "Share copied from the centre"), content: LocalizedText(zh: "同意", en: "agree")),
        .journalsReread(3), .exportExistsEnterOverwrites("报告.md"), .exportFilesExistEnterOverwrites("报告-概况.csv", more: 11), .exporting("报告.md"), .exportStillRunning, .controlCharacterTyped("\u{202E}"), .foundOnlyIn(.header, query: "相符"), .foundOnlyIn(.panel, query: "相符"), .foundOnlyIn(.footer, query: "相符"), .notFoundOnThisPage("相符", grid: false), .notFoundOnThisPage("相符", grid: true), .exportedView("当前页.csv"),
        .exported("报告.md", in: "/数据/报告"), .notExported(Self.diskFull), .documentsNotLoaded("文件/甲.json", more: 0), .documentsNotLoaded("文件/甲.json", more: 2), .journalLineNotRead("日志/王.json:3", more: 0), .journalLineNotRead("日志/王.json:3", more: 2), .unknownLevel("县级"), .unknownProvince("川西"),
        .partOfNames(.province, NameParts(text: "河", matches: [NameMatch(kind: .province, id: "130000", name: LocalizedText(zh: "河北", en: "Hebei"), shortEnglish: "Hebei"),
                                                                NameMatch(kind: .province, id: "410000", name: LocalizedText(zh: "河南", en: "Henan"), shortEnglish: "Henan")])),
        .unknownIssuer("某部"),
        .unknownArea("某领域"), .yearNotANumber("二〇一六"), .unknownFilterKey("类别"),
    ]
}
