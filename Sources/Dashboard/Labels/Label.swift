import PolicyModel

/// The interface's fixed words, Chinese and English side by side: column titles, headings, hints, prompts and
/// status messages. Words with values in them are `Phrase`s; names of typed things (screens, levels, review
/// kinds) are in `Labels`; names that come from the data are the taxonomy's own.
enum Label: CaseIterable {
    // GridNavigation
    case emptyCell
    // Palette
    case screenKind, provinceKind, issuerKind, areaKind, documentKind
    // PromptInput
    case nothingCalled, thisListFiltered, fieldFiltersOnDocumentsOnly, rowsFClears
    // Render
    case syntheticTabMark, filterPrompt, filterThisListEveryWord, tagsTabCompletes, tagsPrompt, notePrompt, ratePrompt, ratePromptChoices, ratePromptChoicesShort
    case ratePromptChoicesCycling, ratePromptChoicesShortCycling
    case overridePrompt, listSeparator, citationSeparator, overridePromptHint, exportMarkdownCsvJsonFile, enterNewLineCtrlD
    case overridePromptMachine, machineCodesNamed
    case codesStartingSo, typeMoreThenTab
    case chooseEnterOpenTabComplete, goToTitle, paletteGoesTo, openHint, listRestHint, backHint, searchHint, sortHint, filterHint, goHint
    case helpHint, quitHint, noneRow, allEqual, enterOpens
    // Search
    case noSearchYetPressTo, matchPrefix, matchColumnPrefix
    // Sorting
    case thisListCannotBeSorted, originalOrder, sortedBy
    // Update
    case colon, noFindingsHere, noMoreFindings, noPassagesHere, noMorePassages, scopeEveryDocument, cannotCopyNoClipboard
    case corpusChangedOnDisk, corpusChangedShort
    case noTextToCompare, sharesNoPassageToCompare
    case nothingToCompare, pressYOnALine, noDocumentHereToMark, analysisCancelledMetadataIndicatorsOnly, nothingToSwitchHereV
    case nothingRunningToStop
    case filterCleared
    // ReviewActions
    case nothingHereToTag, nothingHereToAnnotate, pressROnAnIndicator, pressOOnAClause, nothingToUndo
    case startARatingWithA, aViewIsExportedAs, usageMarkdownCsvJsonFile
    // BrowseScreens
    case notFoundPrefix, provinceColumn, region, docsColumn, mainDoc, undated, lag, areasColumn, coverage, findingsColumn, findingsColumnIs, findingsColumnNone
    case mainImplementingDocument, unknown, noDocumentOfThisProvince, noneInTheCorpusImplementing, documentsPrefix
    case mainDocument, earlierDocument, responseLag, areaCoverage, areasInTitles, issuerColumn, levelColumn, perYear
    case name, numberPrefixes, also, areasTouched, namedBefore, documentsPerYear, actionAreaColumn
    case centralIssuersColumn, provincesColumn, issuersAtTheCentre, centralIssuersPrefix, provincesKnownToCoverIt
    case provincesUnknownPrefix, keywords, knownPlusUnknown, areaKnownPlusUnknown, areaDocumentsAre, areaDocumentsUnknown, centralIssuersUnknownPrefix, lagToPublicationNote, lagUnknownNote, earlierDocumentNote
    // CompareScreen
    case left, right, noSharedPassageFoundBoth, theseTwoDocumentsShareNo, formulaInUnrelatedDocumentsNot, edited
    case verbatim, nextPreviousPassage, passageColumn, leftAtColumn, leftTextColumn, rightAtColumn, rightTextColumn
    // DocumentAnalysisScreen
    case indicatorsOfThisDocument, copiedFromTheCentre, centralNotApplicable, noEarlierCentral, goals, actions, closeParen, nearestProvince, distinctiveness
    case commitsFunds, commitsNoFunds, noEvaluationClause, withIndicators, noIndicators, withSchedule, noSchedule
    case governance, toolsPrefix, goalOrientation, reusedFrom, usedBy, fromTheCentre, fromAProvince, sharedCentrally
    case vagueMeasure, leftColumnSED
    // DocumentScreens
    case filterPrefix, fFilterFClear, seen, numberUnknown, metadata, titleNote, titleNoteUntranslated, written, published, kindPrefix
    case actionAreas, actionAreasFromText, machineCodedFromTheTitle, codedByHand, source, seenAt, textFrom, syntheticGeneratedTextNotA
    case cataloguersNoteUntranslated, cataloguersNote, textJumpToTheNext, textHeading, theTextCouldNotBe
    case thisCorpusHasNoText
    // EvidenceScreen
    case allSubjects, distributionDocuments, subjectColumn, value, byProvinceMeanOverDocuments, byProvinceHighestOfDocuments, byProvincePooled, theValueIsThisPairs, noMeasureRecognised, noGoalsSection, noActionsSection, noClauseCodedToATool, noOrientationClause, noGoalClause, noOtherProvinceAnalysed, noDocumentInCorpus, noEarlierCentralDocument, byDocument, missionShare
    case noneNoPassageOfThis, noPassageToOpen, measuresNoneRecognised, identicalMarkMeans
    // IndicatorColumns
    case copiedColumn, nearest, vague, eval, gov, toolsColumn
    // IndicatorScreens
    case indicatorsIntroMetadataOnly, indicatorsIntroAnalysed, indicator, worst, findingsCheck
    case causesAndRecommendations, analysing, analysisCancelled, analysisFailed, needsTexts, notComputed, measures
    case highMeans, thisIndicatorNeedsDocumentTexts, everyKeySearches, keys, whatItDoes, inAPrompt, marksOnRows
    // OverviewScreen
    case syntheticCorpusMark, item, worstIndicators, provincesWithMostDocuments, provincesWithoutADocument
    case centralIssuersWithMostDocuments, actionAreasHeading
    // ProblemScreens
    case findingsUntestableWhileAnalysing, findingsUntestableWithoutAnalysis, problemIntro, thisCorpusCitesNoFindings, catalogueFindingsChecked, why
    // ReviewsScreen
    case undoes, noMachineCode, fFiltersAuthorTagKind, rRereads, skippedADamagedLine, time, analyst, kindColumn
    case aboutColumn, content, noReviewEntriesYetPress
    // ScreenContext
    case documentsTab, textSearchPrefix, compare, evidence, date, levelShortColumn, whereWho, number, title
    case syntheticSuffix, chenEtAl2020, coverageStripCoveredNotIn, allDocuments, before
    // SimilarityScreen
    case theTextAnalysisIsRunning, theAnalysisWasCancelledReopen, theTextAnalysisFailed, thisCorpusHasNoDocument
    case theCorpusCouldNotBeReadAgain, aBundledCorpusIsReadOnly
    case centre, largestShareOfTextShared, centreLetter, scaleNoneShared, scaleOneDocument
    // TextSearchScreen
    case enterOpensTheDocumentAt, textSearchStillRunning
    // TimelineScreen
    case guidingOpinion, openParen, vYearMonth, issuanceTimeline, byMonth, byYear, provincesResponseLagDaysFrom
    // ToolsScreen
    case areaDimension, levelDimension, yearDimension, policyTools, clausesVSwitchesAreaLevel, toolTotalCountsEachClauseOnce, otherLetter, total
    case noClauses, noClauseToOpen, quotingClauses, pageLoading

    func text(in language: Language) -> String { language == .chinese ? pair.zh : pair.en }
    var localized: LocalizedText { LocalizedText(zh: pair.zh, en: pair.en) }

    var pair: (zh: String, en: String) {
        switch self {
        // GridNavigation
        case .emptyCell: ("此格为空", "empty cell")
        // Palette
        case .screenKind: ("页面", "screen")
        case .provinceKind: ("省份", "province")
        case .issuerKind: ("机关", "issuer")
        case .areaKind: ("领域", "area")
        case .documentKind: ("文件", "document")
        // PromptInput
        case .nothingCalled: ("找不到：", "nothing called: ")
        case .thisListFiltered: ("本页筛选：", "this list filtered: ")
        case .fieldFiltersOnDocumentsOnly: ("；province: 等字段只在文件页（5）筛选，此处按词", "; fields such as province: filter the Documents tab (5) only; here, words")
        case .rowsFClears: (" 行（F 清除）", " rows (F clears)")
        // Render
        case .syntheticTabMark: (" 合成 SYNTHETIC ", " SYNTHETIC ")
        case .filterPrompt: ("筛选 ", "filter ")
        case .filterThisListEveryWord: ("筛选本页（各词都须出现）", "filter this list (every word): ")
        case .tagsTabCompletes: ("标签（Tab 补全）", "tags (Tab completes) ")
        case .tagsPrompt: ("标签 ", "tags on ")
        case .notePrompt: ("批注 ", "note on ")
        case .ratePrompt: ("评价 ", "rate ")
        case .ratePromptChoices: ("（a 同意 / d 不同意 / u 不确定 + 备注）：", " (a agree / d disagree / u unsure + note): ")
        case .ratePromptChoicesShort: ("（a/d/u，+ 备注）：", " (a/d/u, + note): ")
        case .ratePromptChoicesCycling: ("（a 同意 / d 不同意 / u 不确定 + 备注；↑↓ 换指标）：", " (a agree / d disagree / u unsure + note; ↑↓ another indicator): ")
        case .ratePromptChoicesShortCycling: ("（a/d/u，+ 备注；↑↓ 换指标）：", " (a/d/u, + note; ↑↓ other): ")
        case .overridePrompt: ("改正编码 ", "override ")
        case .listSeparator: ("、", ", ")
        case .citationSeparator: ("，", ", ")
        case .overridePromptHint: ("；写工具名或 area:领域，空格后可写理由，Tab 补全，↑↓ 换条款）：", "; a tool or area:NAME, then a reason if any; Tab completes; ↑↓ another clause): ")
        // A clause another analyst has overridden: its codes now, then the machine's, each named (`review list` says
        // "（机器编码：…）" of what an override records).
        case .overridePromptMachine: ("；机器编码：", "; machine: ")
        // An override's `previous`, as `review list` names it: "人才培养（机器编码：信息支持）".
        case .machineCodesNamed: ("机器编码：", "machine: ")
        case .exportMarkdownCsvJsonFile: ("导出（markdown|csv|json 文件名；view 文件名.csv|.md 为当前页）：", "export (markdown|csv|json FILE; view FILE.csv|.md: this screen): ")
        case .enterNewLineCtrlD: ("Enter 换行 · Ctrl-D 保存 · Esc 取消", "Enter new line · Ctrl-D save · Esc cancel")
        case .codesStartingSo: ("以此开头的编码", "Codes starting so")
        case .typeMoreThenTab: ("再输入几个字母后按 Tab", "type more, then Tab")
        case .chooseEnterOpenTabComplete: ("↑↓ 选择 · Enter 打开 · Tab 补全", "↑↓ choose · Enter open · Tab complete")
        case .goToTitle: ("转到", "Go to")
        case .paletteGoesTo: ("可输入省份、文件编号或文号、机关、领域、页面", "type a province, document id or number, issuer, area, screen")
        case .openHint: ("打开", "open")
        case .listRestHint: ("列出其余", "list the rest")
        case .backHint: ("返回", "back")
        case .searchHint: ("搜索", "search")
        case .sortHint: ("排序", "sort")
        case .filterHint: ("筛选", "filter")
        case .goHint: ("转到", "go")
        case .helpHint: ("帮助", "help")
        case .quitHint: ("退出", "quit")
        case .noneRow: ("（无）", "(none)")
        case .allEqual: ("全部并列", "all equal")
        case .enterOpens: ("   Enter 打开", "   Enter opens")
        // Search
        case .noSearchYetPressTo: ("没有搜索词：按 / 搜索", "no search yet: press / to search")
        // Rows, as `n` and `N` step: a document's text counts its wrapped lines with a hit, which the width changes
        // ("匹配 259/263" at 80 columns, "1/156" at 200, of 268 commas: QA pass 48).
        case .matchPrefix: ("匹配行 ", "matching row ")
        case .matchColumnPrefix: ("匹配列 ", "matching column ")
        // Sorting
        case .thisListCannotBeSorted: ("此列表不能排序", "this list cannot be sorted")
        case .originalOrder: ("原始顺序", "original order")
        case .sortedBy: ("排序：", "sorted by ")
        // Update
        case .colon: ("：", ": ")
        case .noFindingsHere: ("此处没有发现", "no findings here")
        case .noMoreFindings: ("没有更多发现", "no more findings")
        case .noPassagesHere: ("两份文件没有共有段落", "no passage shared here")
        case .noMorePassages: ("没有更多共有段落", "no more shared passages")
        case .scopeEveryDocument: ("范围：全部文件", "scope: every document")
        case .cannotCopyNoClipboard: ("无法复制：没有终端剪贴板", "cannot copy: no terminal clipboard")
        case .corpusChangedShort: ("语料已变动", "corpus changed on disk")
        case .corpusChangedOnDisk: ("语料已在磁盘上变动（有人导入或下载了文件）：退出后重新打开 ipap 才能看到", "the corpus changed on disk (an import or fetch): quit and open ipap again to see it")
        case .noTextToCompare: ("本文件没有正文，无从对照", "this document has no text to compare")
        case .sharesNoPassageToCompare: ("没有文件与本文件共享段落（m 标记后在另一份文件上按 c 对照）", "no document shares a passage with this one (m marks it, c on another compares)")
        case .nothingToCompare: ("没有可对照的文件（在有复用的文件中按 c，或先用 m 标记一份）", "nothing to compare: c in a document, or m to mark one")
        case .pressYOnALine: ("在文件正文中按 y 复制", "press y on a line of a document's text to copy it")
        case .noDocumentHereToMark: ("此处没有可标记的文件", "no document here to mark")
        case .nothingRunningToStop: ("没有可停止的后台工作（全文检索、文本分析）", "nothing running to stop (text search, analysis)")
        case .analysisCancelledMetadataIndicatorsOnly: ("已取消分析：仅显示元数据指标", "analysis cancelled: metadata indicators only")
        case .nothingToSwitchHereV: ("此页没有可切换的视图（v 用于政策工具和时间线）", "nothing to switch here (v works on policy tools and the timeline)")
        case .filterCleared: ("已清除筛选", "filter cleared")
        // ReviewActions
        case .nothingHereToTag: ("此处没有可加标签的对象", "nothing here to tag")
        case .nothingHereToAnnotate: ("此处没有可批注的对象", "nothing here to annotate")
        case .pressROnAnIndicator: ("在指标页、指标排名或依据列表上按 r 评价", "press r on an indicator, its ranking or its evidence to rate it")
        case .pressOOnAClause: ("在文件正文的条款上按 o 改正编码", "press o on a clause of a document's text to override its code")
        case .nothingToUndo: ("本窗口没有可撤销的审阅", "nothing to undo in this window")
        case .startARatingWithA: ("先写 a、d 或 u，空格，再写备注（如 a 已人工核对）", "type a, d or u, a space, then the note (a checked by hand)")
        case .aViewIsExportedAs: ("当前页导出为 .csv 或 .md 文件", "a view is exported as a .csv or .md file")
        case .usageMarkdownCsvJsonFile: ("格式：markdown|csv|json 文件名，或 view 文件名.csv|.md（当前页）", "usage: markdown|csv|json FILE, or view FILE.csv|.md (this screen)")
        // BrowseScreens
        case .notFoundPrefix: ("找不到：", "not found: ")
        case .provinceColumn: ("省份", "Province")
        case .region: ("地区", "Region")
        case .docsColumn: ("文件", "Docs")
        case .mainDoc: ("主要文件", "Main doc")
        case .undated: ("无日期", "undated")
        case .lag: ("滞后天", "Lag")
        case .areasColumn: ("领域", "Areas")
        case .coverage: ("领域覆盖", "Coverage")
        case .findingsColumn: ("文献结论", "Cited")
        case .findingsColumnIs: ("文献结论：语料引用的综述结论中涉及该省的条数", "Cited: the review's findings the corpus cites that are about the province")
        case .findingsColumnNone: ("文献结论：本语料未引用综述结论（-）", "Cited: this corpus cites none of the review's findings (-)")
        case .mainImplementingDocument: ("主要实施文件", "Main implementing document")
        case .unknown: ("未知", "unknown")
        case .noDocumentOfThisProvince: ("目录中尚无该省文件", "no document of this province in the corpus yet")
        case .noneInTheCorpusImplementing: ("目录中尚无落实指导意见的主要实施文件", "none in the corpus implementing the guiding opinion")
        case .documentsPrefix: ("文件 ", "Documents ")
        case .mainDocument: ("主要实施文件 ", "Main document ")
        case .earlierDocument: ("早于指导意见的文件 ", "Earlier document ")
        case .responseLag: ("响应时滞 ", "Response lag ")
        case .areaCoverage: ("领域覆盖 ", "Area coverage ")
        case .areasInTitles: ("标题所涉领域 ", "Areas in titles ")
        case .issuerColumn: ("发文机关", "Issuer")
        case .levelColumn: ("级别", "Level")
        case .perYear: ("逐年", "Per year")
        case .name: ("名称", "Name")
        case .numberPrefixes: ("文号前缀 ", "Number prefixes ")
        case .also: ("   别名 ", "   Also ")
        case .areasTouched: ("涉及领域 ", "Areas touched ")
        case .namedBefore: ("改名前 ", "Named before ")
        case .documentsPerYear: ("逐年文件数", "Documents per year")
        case .actionAreaColumn: ("行动领域", "Action area")
        case .centralIssuersColumn: ("中央机关", "Central issuers")
        case .provincesColumn: ("省份", "Provinces")
        case .issuersAtTheCentre: ("中央发文机关", "Issuers at the centre")
        case .centralIssuersPrefix: ("中央发文机关 ", "Central issuers ")
        case .provincesKnownToCoverIt: ("已知涉及的省份 ", "Provinces known to cover it ")
        case .provincesUnknownPrefix: ("未知的省份（无主要实施文件，或综合文件未按全文编码）", "Provinces unknown (no main implementation document, or a comprehensive one not coded from its text)")
        case .keywords: ("关键词 ", "Keywords ")
        case .lagToPublicationNote: ("† 计至发布日期：成文日期未知", "† to the publication date: no written date known")
        case .lagUnknownNote: ("? 无法计天数：文件只知年份（来自文号）或无日期", "? no day count: dated by year only (its number) or undated")
        case .earlierDocumentNote: ("‡ 非主要实施文件：早于指导意见的省级文件", "‡ not a main implementation document: an earlier provincial one")
        case .knownPlusUnknown: ("n+m?：n 个已知，m 个未知（综合文件未按全文编码）",
                                 "n+m?: n known, m unknown (comprehensive documents not coded from their text)")
        case .areaKnownPlusUnknown: ("n+m?：n 个已知，m 个未知（省份无主要实施文件，或综合文件未按全文编码）",
                                     "n+m?: n known, m unknown (a province without a main implementation document, or a comprehensive document not coded from its text)")
        case .areaDocumentsAre: ("文件：标题写明本领域的，及标题未写领域、按全文编码归入的", "Docs: titled with the area, or coded to it from the text (title names none)")
        // Which documents: those counted from their text (`TextCodedAreas`), not every one whose title names no area
        // (`ipap stats` counts 30 such in the catalogue, this 25: QA pass 48).
        case .areaDocumentsUnknown: ("文件 n+m?：另有 m 份标题未写领域的中央政策及省级主要实施文件未按全文编码，可能属于该领域",
                                     "Docs n+m?: m more central policies and provincial main implementation documents whose titles name no area are not coded from their text; they may be in it")
        case .centralIssuersUnknownPrefix: ("未知的中央发文机关（综合文件未按全文编码） ", "Central issuers unknown (comprehensive document not coded from its text) ")
        // CompareScreen
        case .left: ("左：", "Left: ")
        case .right: ("右：", "Right: ")
        case .noSharedPassageFoundBoth: ("未检测到共享段落：两份全文并排显示。", "No shared passage found: both texts side by side.")
        case .theseTwoDocumentsShareNo: ("这两份文件没有共享的文本（或语料没有全文分析）。", "These two documents share no text (or the corpus has no text analysis).")
        case .formulaInUnrelatedDocumentsNot: (" 套话（多份无关文件都有，不计入比例）", " formula (in unrelated documents; not counted)")
        case .edited: (" 有改动", " edited")
        case .verbatim: (" 原文照搬", " verbatim")
        case .nextPreviousPassage: ("；n / N 跳到下一段 / 上一段", "; n / N next / previous passage")
        case .passageColumn: ("段落", "Passage")
        case .leftAtColumn: ("左文起止", "Left from–to")
        case .leftTextColumn: ("左文", "Left text")
        case .rightAtColumn: ("右文起止", "Right from–to")
        case .rightTextColumn: ("右文", "Right text")
        // DocumentAnalysisScreen
        case .indicatorsOfThisDocument: ("本文件的指标", "Indicators of this document")
        case .centralNotApplicable: ("（中央文件：不适用）", " (a central document: not applicable)")
        case .noEarlierCentral: ("（语料中没有更早的、有正文的中央文件：无从照搬）", " (no earlier central document with text: nothing to copy from)")
        case .copiedFromTheCentre: ("照搬中央 ", "Copied from the centre ")
        case .goals: ("（目标 ", " (goals ")
        case .actions: ("，行动 ", ", actions ")
        case .closeParen: ("）", ")")
        case .nearestProvince: ("最相似省份 ", "Nearest province ")
        case .distinctiveness: ("独特性 ", "Distinctiveness ")
        case .commitsFunds: ("，有资金投入条款", ", commits funds")
        case .commitsNoFunds: ("，无资金投入条款", ", commits no funds")
        case .noEvaluationClause: ("无评估条款", "no evaluation clause")
        case .withIndicators: ("，含指标", ", with indicators")
        case .noIndicators: ("，无指标", ", no indicators")
        case .withSchedule: ("，含时间安排", ", with schedule")
        case .noSchedule: ("，无时间安排", ", no schedule")
        case .governance: ("治理 ", "Governance ")
        case .toolsPrefix: ("工具 ", "Tools ")
        case .goalOrientation: ("目标导向 ", "Goal orientation ")
        case .reusedFrom: ("← 来自 ", "← from ")
        case .usedBy: ("→ 被用于 ", "→ used by ")
        case .fromTheCentre: ("■来自中央", "■from the centre")
        case .fromAProvince: ("■来自他省", "■from a province")
        case .sharedCentrally: ("■中央部门间", "■shared centrally")
        case .vagueMeasure: ("■空泛措施", "■vague measure")
        case .leftColumnSED: ("左栏 供┊环┊需＝政策工具（反色＝人工）", "left column S┊E┊D = policy tool (reversed = manual)")
        // DocumentScreens
        case .filterPrefix: ("筛选：", "Filter: ")
        case .fFilterFClear: ("   （f 筛选，F 清除）", "   (f filter, F clear)")
        case .seen: ("核实：", "Provenance: ")
        // A number that was never recorded: data-format.md has no "known to have none" (an empty cell is unknown).
        case .numberUnknown: ("文号未知", "number unknown")
        case .metadata: ("文件信息", "Metadata")
        case .titleNote: ("标题说明：", "Title note: ")
        case .titleNoteUntranslated: ("标题说明（编目原文为英文，未翻译）：", "Title note: ")
        case .written: ("成文 ", "Written ")
        case .published: ("　发布 ", "   Published ")
        case .kindPrefix: ("　类型 ", "   Kind ")
        case .actionAreas: ("行动领域：", "Action areas: ")
        case .actionAreasFromText: ("按全文编码的行动领域（条款与小标题）：", "Action areas from the text (clauses and headings): ")
        case .machineCodedFromTheTitle: ("（按标题机器编码）", " (machine-coded from the title)")
        case .codedByHand: ("（人工编码）", " (coded by hand)")
        case .source: ("来源：", "Source: ")
        case .seenAt: ("核实出处：", "Seen at: ")
        case .textFrom: ("正文出处：", "Text from: ")
        case .syntheticGeneratedTextNotA: ("合成示例文本，非真实文件", "SYNTHETIC: generated text, not a real document")
        case .cataloguersNoteUntranslated: ("编目说明（原文为英文，未翻译）", "Cataloguer's note")
        case .cataloguersNote: ("编目说明", "Cataloguer's note")
        case .textJumpToTheNext: ("全文（] [ 跳到下一个/上一个发现）", "Text (] [ jump to the next / previous finding)")
        case .textHeading: ("全文", "Text")
        case .theTextCouldNotBe: ("正文未能读取（文件可能已被改动或移走）", "The text could not be read (its file may have been changed or moved)")
        case .thisCorpusHasNoText: ("本语料没有该文件的全文（仅元数据）；可用 ipap import 导入。", "This corpus has no text for this document (metadata only); analysts can add texts with ipap import.")
        // EvidenceScreen
        case .allSubjects: ("全部", "all")
        case .distributionDocuments: ("分布（文件数）", "Distribution (documents)")
        case .subjectColumn: ("对象", "Subject")
        case .value: ("数值", "Value")
        case .byProvinceMeanOverDocuments: ("按省份（文件平均）", "By province (mean over documents)")
        case .theValueIsThisPairs: ("← 即本文件的数值", "← this document's value")
        case .noMeasureRecognised: ("未识别出措施（措施只在任务、保障类章节中计）",
                                    "no measure recognised in task or safeguard chapters")
        case .noGoalsSection: ("没有目标章节", "no goals section")
        case .noActionsSection: ("没有任务章节", "no actions section")
        case .noClauseCodedToATool: ("没有编码到政策工具的条款", "no clause coded to a policy tool")
        case .noOrientationClause: ("没有可判定导向的条款", "no clause coded to an orientation")
        case .noGoalClause: ("没有目标条款", "no goal clause")
        case .noEarlierCentralDocument: ("语料中没有更早的、有正文的中央文件：无从照搬", "no earlier central document with text: nothing to copy from")
        case .noDocumentInCorpus: ("语料中没有它的文件：未知", "no document of it in the corpus: unknown")
        case .noOtherProvinceAnalysed: ("已分析全文的只有一个省份：无从比较", "one province's texts analysed only: nothing to compare")
        case .byProvincePooled: ("按省份（各文件合计）", "By province (the documents' counts pooled)")
        case .byProvinceHighestOfDocuments: ("按省份（各文件中最高）", "By province (the highest of its documents)")
        case .byDocument: ("按文件", "By document")
        case .missionShare: ("任务型", "mission")
        case .noneNoPassageOfThis: ("（无：该文件没有此项的依据段落）", "(none: no passage of this document supports it)")
        // A document's page: no measure recognised leaves the counts unknown, not 0 (QA pass 50: "措施 0，空泛 0").
        case .measuresNoneRecognised: ("措施 -，空泛 -（未识别出措施）", "Measures -, vague - (none recognised)")
        case .identicalMarkMeans: ("  “=”：该章节九成以上出自同一份中央文件", "  “=”: ≥ 90% of that section from one central document")
        case .noPassageToOpen: ("该文件无此项的依据段落可打开", "no passage of this document to open")
        // IndicatorColumns
        case .copiedColumn: ("照搬中央", "Centre")
        case .nearest: ("最相似省份", "Nearest")
        case .vague: ("空泛措施", "Vague")
        case .eval: ("有评估", "w/Eval")
        case .gov: ("治理", "Gov")
        case .toolsColumn: ("工具", "Tools")
        // IndicatorScreens
        case .indicatorsIntroMetadataOnly: ("五类问题（陈磊等 2020）及其指标。元数据指标已计算；需要全文的指标待导入全文并运行分析后可用。", "The five problem families of the 2020 review and their indicators. Metadata indicators are computed; those that need texts wait for imported texts and an analysis.")
        case .indicatorsIntroAnalysed: ("五类问题（陈磊等 2020）及其指标，按全文分析与元数据计算。Enter 查看排名与依据。", "The five problem families of the 2020 review and their indicators, from the text analysis and the metadata. Enter shows the ranking and its evidence.")
        case .indicator: ("指标", "Indicator")
        case .worst: ("最突出", "Worst")
        case .findingsCheck: ("文献结论核验 ›", "Findings check ›")
        case .causesAndRecommendations: ("  成因与建议 ›", "  Causes and recommendations ›")
        case .analysing: ("分析中…", "analysing…")
        case .analysisCancelled: ("分析已取消", "analysis cancelled")
        case .analysisFailed: ("分析未完成", "analysis failed")
        case .needsTexts: ("需要全文", "needs texts")
        case .notComputed: ("未计算", "not computed")
        case .measures: ("衡量：", "Measures: ")
        case .highMeans: ("数值高表示：", "High means: ")
        case .thisIndicatorNeedsDocumentTexts: ("该指标需要文件全文；本语料尚无全文分析。", "This indicator needs document texts; this corpus has no text analysis yet.")
        case .everyKeySearches: ("所有按键（/ 搜索）", "Every key (/ searches)")
        case .keys: ("按键", "Keys")
        case .whatItDoes: ("作用", "What it does")
        case .inAPrompt: ("输入框中", "In a prompt")
        case .marksOnRows: ("行尾标记", "Marks at a row's end")
        // OverviewScreen
        case .syntheticCorpusMark: ("  【合成语料】", "  [SYNTHETIC]")
        case .item: ("项目", "Item")
        case .worstIndicators: ("最突出的指标", "Worst indicators")
        case .provincesWithMostDocuments: ("文件最多的省份", "Provinces with most documents")
        case .provincesWithoutADocument: ("尚无文件的省份", "Provinces without a document")
        case .centralIssuersWithMostDocuments: ("发文最多的中央机关", "Central issuers with most documents")
        case .actionAreasHeading: ("行动领域（文件：标题写明的，及按全文编码归入的）", "Action areas (documents: titles naming it, and coded to it from their text)")
        // ProblemScreens
        case .findingsUntestableWhileAnalysing: ("全文分析进行中；需要全文的结论暂为无法检验", "Text analysis running; findings that need texts are not testable yet")
        case .findingsUntestableWithoutAnalysis: ("语料没有全文分析：需要全文的结论为无法检验", "No text analysis: findings that need texts are not testable")
        case .problemIntro: ("陈磊等 2020 的问题；中英文对照，〔〕内为原文章节", "A problem of Chen et al. 2020; both languages, 〔〕 gives the section")
        case .thisCorpusCitesNoFindings: ("该语料没有引用文献结论；用 ipap findings --corpus 目录 按综述的结论核验它。", "This corpus cites no findings; `ipap findings --corpus DIR` checks the review's findings against it.")
        case .catalogueFindingsChecked: ("该语料没有引用文献结论：核验的是附带目录中综述的结论（同 ipap findings）", "This corpus cites no findings: the bundled catalogue's findings of the review are checked (as ipap findings)")
        case .why: ("理由：", "Why: ")
        // ReviewsScreen
        case .undoes: ("撤销 ", "undoes ")
        case .noMachineCode: ("无", "none")
        case .fFiltersAuthorTagKind: ("f 筛选（author: tag: kind: target:）", "f filters (author: tag: kind: target:)")
        case .rRereads: ("R 重读", "R re-reads")
        case .skippedADamagedLine: ("已跳过损坏的行：", "skipped a damaged line: ")
        case .time: ("时间", "Time")
        case .analyst: ("分析员", "Analyst")
        case .kindColumn: ("类型", "Kind")
        case .aboutColumn: ("对象", "About")
        case .content: ("内容", "Content")
        case .noReviewEntriesYetPress: ("还没有审阅记录：在任何对象上按 t 加标签、a 写批注、r 评价、o 改正编码。", "No review entries yet: press t to tag, a to annotate, r to rate, o to override a code, on anything.")
        // ScreenContext
        case .documentsTab: ("文件", "Documents")
        case .textSearchPrefix: ("全文：", "Text: ")
        case .compare: ("对照 ", "Compare ")
        case .evidence: ("依据：", "Evidence: ")
        case .date: ("日期", "Date")
        case .levelShortColumn: ("级别", "Lvl")
        case .whereWho: ("地区/机关", "Where/who")
        case .number: ("文号", "Number")
        case .title: ("标题", "Title")
        case .syntheticSuffix: ("（合成）", " (synthetic)")
        case .chenEtAl2020: ("陈磊等 2020", "Chen et al. 2020")
        case .coverageStripCoveredNotIn: ("领域覆盖（●有 ·无 ?未知）依次：", "Coverage strip (● covered · not ? unknown), in order:")
        case .allDocuments: ("全部文件", "All documents")
        case .before: ("早于", "before")
        // SimilarityScreen
        case .theTextAnalysisIsRunning: ("文本分析进行中（进度见状态栏），完成后此页自动显示。", "The text analysis is running (progress in the status line); this screen fills in when it is done.")
        case .theAnalysisWasCancelledReopen: ("分析已取消；重新打开 ipap 或运行 ipap analyze --write 后可用。", "The analysis was cancelled; reopen ipap or run ipap analyze --write.")
        case .theTextAnalysisFailed: ("文本分析未能完成：", "The text analysis failed: ")
        case .theCorpusCouldNotBeReadAgain: ("无法再次读取语料", "the corpus could not be read again")
        case .aBundledCorpusIsReadOnly: ("内置语料只读，本次会话内有效", "the bundled corpus is read-only; kept for this session")
        case .thisCorpusHasNoDocument: ("本语料没有全文：此页需要文本分析。可用 ipap import 导入全文，或用 ipap browse --demo 查看示例。", "This corpus has no document texts: this screen needs text analysis. Import texts with ipap import, or try ipap browse --demo.")
        case .centre: ("中央", "Centre")
        case .largestShareOfTextShared: ("省份之间（及与中央）共享文本的最大占比，对角线为同一省份（中央）内部；深色＝共享多。方向键移动，Enter 并排对照该对文件。", "Largest share of text shared between provinces (and with the centre), on the diagonal within one; darker = more shared. Arrows move, Enter compares the pair.")
        case .centreLetter: ("中", "C")
        case .scaleNoneShared: ("图例：· 无共享  ", "Scale: · none shared  ")
        case .scaleOneDocument: ("- 无文件对可比  ", "- no pair to compare  ")
        // TextSearchScreen
        case .enterOpensTheDocumentAt: ("   Enter 打开文件中的该处；n/N 下一处/上一处", "   Enter opens the document at the hit; n/N next/previous")
        // After the search's progress on the status line: short, so that 80 columns show it whole.
        case .textSearchStillRunning: ("n/N：仍在检索，结果尚未列出", "n/N: still searching")
        // TimelineScreen
        case .guidingOpinion: ("★ 指导意见", "★ guiding opinion")
        case .openParen: ("（", " (")
        case .vYearMonth: ("  v 切换 年/月", "  v: year/month")
        case .issuanceTimeline: ("发文时间线：", "Issuance timeline: ")
        case .byMonth: ("按月", "by month")
        case .byYear: ("按年", "by year")
        case .provincesResponseLagDaysFrom: ("各省响应时滞（天，自指导意见成文至主要实施文件成文）", "Provinces' response lag (days from the guiding opinion to the main implementation document, as signed)")
        // ToolsScreen
        case .areaDimension: ("行动领域", "action area")
        case .levelDimension: ("级别", "level")
        case .yearDimension: ("年份", "year")
        case .policyTools: ("政策工具 × ", "Policy tools × ")
        case .toolTotalCountsEachClauseOnce: ("合计：每条款计一次（涉及两个领域的在两列各计；无领域或无年份的只计入合计）",
                                              "Total: each clause once (one in two areas counts in both; one with no area or year, only here)")
        case .clausesVSwitchesAreaLevel: ("（条款数；v 切换 领域/级别/年份；Enter 列出条款）", " (clauses; v switches area/level/year; Enter lists the clauses)")
        case .otherLetter: ("他", "O")
        case .total: ("合计", "Total")
        case .noClauses: ("（无条款）", "(no clauses)")
        case .noClauseToOpen: ("此处无按该工具编码的条款可打开", "no clause coded with this tool to open")
        case .quotingClauses: ("正在摘录条款…", "Quoting the clauses…")
        case .pageLoading: ("载入中…", "loading…")
        }
    }
}
