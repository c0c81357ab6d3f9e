import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyModel
import SafeText

/// `ipap review add|list|undo|agreement|repair`: the review journals from scripts.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Add to your review journal and list every analyst's entries (reviews/<user>.jsonl in the corpus).",
        discussion: "docs/reviews.md describes the journal format and its guarantees.",
        subcommands: [ReviewAddCommand.self, ReviewListCommand.self, ReviewUndoCommand.self, ReviewAgreementCommand.self,
                      ReviewRepairCommand.self]
    )
}

struct ReviewAddCommand: ParsableCommand, IndependentOfOtherDocuments {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Append one entry to your journal (as the current OS account); prints its id.",
        discussion: """
            The kind follows from the options: --rate (a rating, needs --indicator), --set-tool/--set-area (an override \
            of a clause's machine code, needs --clause), --tag (tags), else --note (a note). --note may accompany any kind. \
            TARGET is a document id or number, a province, an issuer, an action area or an indicator id.
            """
    )

    @OptionGroup var options: CorpusOptions
    @Option(help: ArgumentHelp("What the entry is about.", valueName: "ID")) var target: String
    @Option(help: ArgumentHelp("A passage of the document: Unicode-scalar offsets of its stored text, end exclusive.", valueName: "S:E"))
    var span: String?
    @Option(help: ArgumentHelp("A clause of the document (its index in the analysis).", valueName: "N")) var clause: Int?
    @Option(help: ArgumentHelp("A tag (repeat for several).", valueName: "T")) var tag: [String] = []
    @Option(help: ArgumentHelp("A note (several lines allowed; tabs become spaces).", valueName: "TEXT")) var note: String?
    @Option(help: ArgumentHelp("Rate an indicator for the target: agree, disagree or unsure.", valueName: "R")) var rate: String?
    @Option(help: ArgumentHelp("The indicator id a rating is about.", valueName: "ID")) var indicator: String?
    @Option(help: ArgumentHelp("Override the clause's policy tool (a tool id such as supply-talent).", valueName: "TOOL"))
    var setTool: String?
    @Option(help: ArgumentHelp("Override the clause's action area (an area id or name).", valueName: "AREA")) var setArea: String?

    /// What the analyst types into the journal holds no control character (ESC, BEL, a bidi override, …): refused
    /// here as the import refuses one in a title, where every output would only have escaped it. A note keeps its
    /// line breaks, and its tabs become spaces (pasted text often has them).
    func validate() throws {
        for value in tag {
            if let c = ControlCharacters.first(in: value) {
                let name = LocalizedText.controlCharacterName(c)
                throw usageError("--tag 含有控制字符 \(name.zh)，请删除", "--tag contains the control character \(name.en); remove it")
            }
        }
        if let note, let c = ControlCharacters.firstBesideLineBreaks(in: ControlCharacters.tabsAsSpaces(note)) {
            let name = LocalizedText.controlCharacterName(c)
            throw usageError("--note 含有控制字符 \(name.zh)，请删除（换行可以保留）",
                             "--note contains the control character \(name.en); remove it (line breaks may stay)")
        }
    }

    func run() throws {
        let corpus = try options.load(deferTexts: true, index: .readIfFresh)
        let entry = try makeEntry(corpus: corpus, author: ReviewAuthor.current())
        let journal = ReviewJournal(corpusDirectory: try options.directory())
        if let holder = journal.displacedBy {
            // Locked out of the usual name: the entry still goes in, to a journal readers attribute by owner.
            Terminal.error(Terminal.text(
                "ipap：reviews/\(journal.author).jsonl 属于 \(holder)，不属于你；你的记录写入 reviews/\(journal.url.lastPathComponent)，"
                    + "并显示为你的（请 \(holder) 或管理员移走另一个文件）",
                "ipap: reviews/\(journal.author).jsonl belongs to \(holder), not to you; your entries go to "
                    + "reviews/\(journal.url.lastPathComponent) and are shown as yours (ask \(holder) or an administrator to remove the other file)"))
        }
        do {
            try journal.append(entry)
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
        Terminal.print(entry.id)
    }

    func makeEntry(corpus: Corpus, author: String) throws -> ReviewEntry {
        guard var target = ReviewTargetResolver.resolve(self.target, in: corpus) else {
            let notATarget = ReviewTargetResolver.notATarget(self.target)
            throw NameAnswer.error(self.target, unknown: notATarget.zh, notATarget.en, in: corpus.taxonomy) ?? usageError(notATarget)
        }
        let document = target.kind == .document ? corpus.document(target.id) : nil
        // The one text a span or clause needs, read from its file (the corpus is loaded without texts).
        let text = document.flatMap { corpus.text(of: $0) } ?? ""
        if let span {
            guard let document else { throw usageError("--span 需要以文件为对象", "--span needs a document target") }
            let parts = span.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let s = Int(parts[0]), let e = Int(parts[1]), s >= 0, e > s else {
                throw usageError("--span 须为 START:END，且 0 <= START < END（按 Unicode 标量计）", "--span must be START:END with 0 <= START < END (Unicode-scalar offsets)")
            }
            guard !text.isEmpty else { throw usageError("\(document.id) 在本语料中没有全文；--span 需要全文", "\(document.id) has no text in this corpus; a span needs one") }
            let length = text.unicodeScalars.count
            guard e <= length else { throw usageError("--span \(span) 超出 \(document.id) 全文的末尾（共 \(length) 字）", "--span \(span) is past the end of \(document.id)'s text (\(length) characters)") }
            target.span = [s, e]
        }
        var machine: ClauseCoding?
        if let clause {
            guard let document else { throw usageError("--clause 需要以文件为对象", "--clause needs a document target") }
            guard !text.isEmpty else { throw usageError("\(document.id) 在本语料中没有全文；--clause 需要全文", "\(document.id) has no text in this corpus; a clause needs one") }
            // The machine's own codes, recorded as `previous`: not the clause's codes with the overrides in effect applied.
            let coding = ReviewedCoding.machineCoding(text: text, taxonomy: corpus.taxonomy)
            guard clause >= 0, clause < coding.count else {
                throw usageError("--clause \(clause)：\(document.id) 的条款编号为 0–\(coding.count - 1)", "--clause \(clause): \(document.id) has clauses 0–\(coding.count - 1)")
            }
            target.clause = clause
            machine = coding[clause]
            if target.span == nil { target.span = [coding[clause].clause.start, coding[clause].clause.end] }
        }
        let noteText = note.map(ControlCharacters.tabsAsSpaces).flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
        let chosen = [rate != nil, setTool != nil || setArea != nil, !tag.isEmpty].filter { $0 }.count
        guard chosen <= 1 else { throw usageError("在 --rate、--set-tool/--set-area 和 --tag 中选一个（--note 可与任何一个同用）", "choose one of --rate, --set-tool/--set-area and --tag (a --note may go with any)") }
        if indicator != nil && rate == nil { throw usageError("--indicator 须与 --rate 同用", "--indicator goes with --rate") }
        if let rate {
            guard let value = ReviewRating.Value(rawValue: rate) else { throw usageError("--rate 须为 agree、disagree 或 unsure", "--rate must be agree, disagree or unsure") }
            guard let indicator else { throw usageError("--rate 需要 --indicator 指标编号", "--rate needs --indicator ID") }
            guard corpus.taxonomy.problems.allIndicators.contains(where: { $0.id == indicator }) else {
                throw usageError("未知指标“\(indicator)”（不在 problems.json 中）", "unknown indicator '\(indicator)' (not in problems.json)")
            }
            return .rating(ReviewRating(value, indicator: indicator), on: target, author: author, note: noteText)
        }
        if setTool != nil || setArea != nil {
            guard setTool == nil || setArea == nil else { throw usageError("每条记录只能有一项改正：--set-tool 或 --set-area", "one override per entry: --set-tool or --set-area") }
            guard target.clause != nil else { throw usageError("改正需要 --clause N（并以文件为对象）", "an override needs --clause N (and a document target)") }
            if let setTool {
                guard corpus.taxonomy.tools.allTools.contains(where: { $0.id == setTool }) else {
                    // A class (supply, environment, demand) is what the tools are counted under, not a tool.
                    if let toolClass = corpus.taxonomy.tools.classes.first(where: { $0.id == setTool }) {
                        let tools = toolClass.tools.map(\.id).joined(separator: ", ")
                        throw usageError("“\(setTool)”是政策工具类别（\(toolClass.zh)）而非工具：--set-tool 写其中一项工具：\(tools)",
                                         "'\(setTool)' is a class of policy tools, not a tool: --set-tool takes one of its tools: \(tools)")
                    }
                    throw usageError("未知政策工具“\(setTool)”（不在 policy-tools.json 中）", "unknown policy tool '\(setTool)' (not in policy-tools.json)")
                }
                return .override(ReviewOverride(field: .policyTool, value: setTool, previous: machine?.codes(.policyTool)), on: target,
                                 author: author, note: noteText)
            }
            guard let area = setArea.flatMap(corpus.taxonomy.resolveArea) else {
                throw setArea.flatMap { NameAnswer.error($0, kind: .area, in: corpus.taxonomy) }
                    ?? usageError("未知行动领域“\(setArea ?? "")”", "unknown action area '\(setArea ?? "")'")
            }
            return .override(ReviewOverride(field: .actionArea, value: area.id, previous: machine?.codes(.actionArea)), on: target,
                             author: author, note: noteText)
        }
        if !tag.isEmpty {
            let tags = tag.map { $0.trimmingWhitespace() }
            guard tags.allSatisfy({ !$0.isEmpty }) else { throw usageError("--tag 不能为空", "--tag must not be empty") }
            return .tag(tags, on: target, author: author, note: noteText)
        }
        guard let noteText else { throw usageError("没有可添加的内容：请给出 --tag、--note、--rate 或 --set-tool/--set-area", "nothing to add: give --tag, --note, --rate or --set-tool/--set-area") }
        return .note(noteText, on: target, author: author)
    }
}

enum ReviewListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

struct ReviewListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every analyst's review entries in effect, newest first. Unreadable lines go to stderr (exit 1)."
    )

    @OptionGroup var options: CorpusOptions
    @Option(help: "Only this analyst's entries.") var author: String?
    @Option(help: "Only entries with this tag.") var tag: String?
    @Option(help: ArgumentHelp("Only entries about this (document id or number, province, issuer, area, indicator).", valueName: "ID"))
    var target: String?
    @Option(help: "Only entries of this kind: tag, note, rating, override or undo.") var kind: String?
    @Flag(help: "Whole journals: undo entries and undone entries too.") var all = false
    @Option(help: "table, csv or json.") var format: ReviewListFormat = .table

    func run() throws {
        var filter = ReviewFilter(author: author, tag: tag, includeRetracted: all)
        if let kind {
            guard let k = ReviewKind(rawValue: kind) else { throw usageError("--kind 须为 tag、note、rating、override、undo 之一", "--kind must be one of tag, note, rating, override, undo") }
            filter.kind = k
            if k == .undo { filter.includeRetracted = true }
        }
        let directory = try options.directory()
        // Names for the kinds and targets: the loaded corpus's taxonomy when a target is resolved, else the
        // taxonomy alone (no document is read); without one, the ids.
        var taxonomy: Taxonomy?
        var corpus: Corpus?
        if let target {
            let loaded = try options.load(deferTexts: true, index: .readIfFresh)
            (corpus, taxonomy) = (loaded, loaded.taxonomy)
            let corpus = loaded
            if let resolved = ReviewTargetResolver.resolve(target, in: corpus) {
                filter.target = resolved.id
                filter.targetKind = resolved.kind
            } else {
                filter.target = target
            }
        }
        if taxonomy == nil {
            taxonomy = try? CorpusLoader.bundled().loadTaxonomy(
                overrides: directory.appendingPathComponent("taxonomy"), realRoot: directory.resolvingSymlinksInPath().standardizedFileURL.path).0
        }
        let store = ReviewStore.load(directory, displayPath: options.displayPath)
        let entries = store.entries(filter)
        // A target that names nothing of the corpus and that no entry has, but is part of names (河: 河北 and 河南),
        // gets `review add`'s answer: it listed nothing, as if no analyst had written about them.
        if entries.isEmpty, let target, filter.targetKind == nil, let taxonomy,
           case let notATarget = ReviewTargetResolver.notATarget(target),
           let error = NameAnswer.error(target, unknown: notATarget.zh, notATarget.en, in: taxonomy) {
            throw error
        }
        switch format {
        case .json:
            Terminal.print(try JSONOutput.encode(entries.map { ListedEntry(entry: $0, supersededBy: store.superseded[$0.id]) }))
        case .csv:
            // A document is named by its title: the corpus's metadata is read when an entry names a document (where
            // it cannot be read, the name stays empty).
            if corpus == nil, entries.contains(where: { $0.target.kind == .document }) {
                corpus = (try? CorpusLoader.bundled())?.load(directory, displayPath: options.displayPath, deferTexts: true, useIndex: true).corpus
            }
            Terminal.print(CSV.line(Self.csvHeader))
            for e in entries {
                Terminal.print(CSV.line(Self.csvFields(e, undone: store.undone.contains(e.id))
                                        + Self.nameFields(e, taxonomy: taxonomy, corpus: corpus, language: Terminal.language)
                                        + [store.superseded[e.id]?.id ?? ""]))
            }
        case .table:
            let language = Terminal.language
            let rows = entries.map { e in
                [e.time, e.author, e.kind.name.text(in: language) + (store.undone.contains(e.id) ? Terminal.text("（已撤销）", " (undone)") : ""),
                 e.target.label(taxonomy: taxonomy, language: language),
                 // An override another one of the same clause outranks is said so: both read as in effect.
                 (store.superseded[e.id].map { ReviewEntry.supersededMark(by: $0).text(in: language) + " " } ?? "")
                    + Self.summary(e, taxonomy: taxonomy, language: language)]
            }
            let headers = Terminal.language == .chinese ? ["时间", "分析员", "类型", "对象", "内容"] : ["Time", "Author", "Kind", "Target", "Content"]
            Terminal.print(TextTable(headers: headers, rows: rows).render(maxWidth: Terminal.columns))
            Terminal.error(Terminal.text("\(entries.count) 条记录", "\(entries.count) entr\(entries.count == 1 ? "y" : "ies")"))
        }
        for p in store.problems { Terminal.error(p) }
        if !store.problems.isEmpty {
            Terminal.error(Terminal.text("跳过 \(store.problems.count) 行无法读取的审阅记录", "\(EnglishCount.of(store.problems.count, "unreadable journal line")) skipped"))
            throw ExitCode(1)
        }
    }

    /// An entry as the JSON lists it: its own fields, then the override that outranks it (`supersededBy`, its id, and
    /// `supersededByAuthor`; null where the entry counts), as the CSV and the report's review table say it.
    struct ListedEntry: Encodable {
        let entry: ReviewEntry
        let supersededBy: ReviewEntry?

        private enum Keys: String, CodingKey { case supersededBy, supersededByAuthor }

        func encode(to encoder: any Encoder) throws {
            try entry.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(supersededBy?.id, forKey: .supersededBy)
            try container.encode(supersededBy?.author, forKey: .supersededByAuthor)
        }
    }

    /// The ids first, as they were; the names of the kind, the target's kind and the target (in the analyst's
    /// language; a document's title) after them; last, the id of the override that outranks an override listed
    /// (empty where the entry counts).
    static let csvHeader = ["time", "author", "kind", "targetKind", "target", "span", "clause", "tags", "note", "rating",
                            "indicator", "overrideField", "overrideValue", "overridePrevious", "undoes", "undone", "id",
                            "kindName", "targetKindName", "targetName", "supersededBy"]

    static func csvFields(_ e: ReviewEntry, undone: Bool) -> [String] {
        [e.time, e.author, e.kind.rawValue, e.target.kind.rawValue, e.target.id,
         e.target.span.map { $0.map(String.init).joined(separator: ":") } ?? "", e.target.clause.map(String.init) ?? "",
         (e.tags ?? []).joined(separator: ";"), e.note ?? "", e.rating?.value.rawValue ?? "", e.rating?.indicator ?? "",
         e.override?.field.rawValue ?? "", e.override?.value ?? "", (e.override?.previous ?? []).joined(separator: ";"),
         e.undoes ?? "", undone ? "true" : "false", e.id]
    }

    static func nameFields(_ e: ReviewEntry, taxonomy: Taxonomy?, corpus: Corpus?, language: Language) -> [String] {
        let target = corpus?.name(ofTarget: e.target.subject) ?? taxonomy?.name(of: e.target.subject)
        return [e.kind.name.text(in: language), e.target.kind.name.text(in: language), target?.text(in: language) ?? ""]
    }

    /// What an entry says, with the names of ratings, indicators, fields and codes in the analyst's language (an
    /// indicator or code the taxonomy lacks by its id).
    static func summary(_ e: ReviewEntry, taxonomy: Taxonomy?, language: Language) -> String {
        let zh = language == .chinese
        var parts: [String] = []
        if let tags = e.tags { parts.append(tags.map { "#" + $0 }.joined(separator: " ")) }
        if let r = e.rating {
            // An indicator rated as a whole is named in the Target column already: the rating alone.
            let indicator = e.ratesItsTarget ? "" : " " + (taxonomy?.indicatorName(r.indicator)?.text(in: language) ?? r.indicator)
            parts.append(r.value.name.text(in: language) + indicator)
        }
        if let o = e.override {
            let code = { (id: String) in taxonomy?.codeName(id, field: o.field)?.text(in: language) ?? id }
            let machine = o.previous.map { $0.isEmpty ? (zh ? "无" : "none") : $0.map(code).joined(separator: zh ? "、" : ", ") }
            parts.append("\(o.field.name.text(in: language)) = \(code(o.value))" + (machine.map { zh ? "（机器编码：\($0)）" : " (machine: \($0))" } ?? ""))
        }
        if let u = e.undoes { parts.append((zh ? "撤销 " : "undoes ") + u) }
        if let n = e.note { parts.append(n.replacingOccurrences(of: "\n", with: " ⏎ ")) }
        return parts.joined(separator: "  ")
    }
}

struct ReviewUndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo one of your entries (default: your newest in effect) by appending its reversal; prints the undo's id."
    )

    @OptionGroup var options: CorpusOptions
    @Argument(help: "The id of the entry to undo.") var id: String?

    func run() throws {
        let directory = try options.directory()
        let me = ReviewAuthor.current()
        let store = ReviewStore.load(directory, displayPath: options.displayPath)
        // An id that names no entry is a usage error (exit 2, with the usage). An entry that is there but not the
        // analyst's to undo, or no longer in effect, is a refusal (exit 1) without the usage: the command was typed
        // right (another analyst's id said "Usage: ipap review undo …", exit 2, as if it had not been).
        func refuse(_ zh: String, _ en: String) -> ExitCode {
            Terminal.error(Terminal.text("ipap：未撤销：" + zh, "ipap: nothing undone: " + en))
            return ExitCode(1)
        }
        let entry: ReviewEntry
        if let id {
            guard let found = store.all.first(where: { $0.entry.id == id })?.entry else { throw usageError("没有记录“\(id)”", "no entry '\(id)'") }
            guard found.author == me else { throw refuse("“\(id)”是 \(found.author) 的记录；只能撤销自己的记录", "'\(id)' is \(found.author)'s entry; you can undo only your own") }
            guard found.kind != .undo, !store.undone.contains(found.id) else { throw refuse("“\(id)”未生效", "'\(id)' is not in effect") }
            entry = found
        } else {
            guard let last = store.lastUndoable(by: me) else { throw refuse("你没有可撤销的生效记录", "you have no entry in effect to undo") }
            entry = last
        }
        let undo = ReviewEntry.undo(entry, author: me)
        do {
            try ReviewJournal(corpusDirectory: directory).append(undo)
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
        Terminal.print(undo.id)
    }
}

struct ReviewAgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Cohen's kappa of analysts who coded the same clauses (policy-tool overrides), per tool class and overall."
    )

    @OptionGroup var options: CorpusOptions
    @Option(help: "table, csv (one row per kappa; the disagreements are in json and in ipap export) or json.")
    var format: ReviewListFormat = .table

    func run() throws {
        let corpus = try options.load(deferTexts: true, index: .readIfFresh)
        let store = ReviewStore.load(try options.directory(), displayPath: options.displayPath)
        for p in store.problems { Terminal.error(p) }
        let agreement = CoderAgreement.all(store, scheme: corpus.taxonomy.tools)
        switch format {
        case .json:
            Terminal.print(try JSONOutput.encode(agreement))
        case .csv:
            for line in Self.csvLines(agreement, taxonomy: corpus.taxonomy, language: Terminal.language) { Terminal.print(line) }
            for line in Self.csvNotes(agreement, taxonomy: corpus.taxonomy, language: Terminal.language) { Terminal.error(line) }
            if agreement.isEmpty { Terminal.error(Self.noAgreement) }
        case .table:
            for text in Self.tableTexts(agreement, taxonomy: corpus.taxonomy, language: Terminal.language) { Terminal.print(text) }
            if agreement.isEmpty { Terminal.error(Self.noAgreement) }
        }
        if !store.problems.isEmpty { throw ExitCode(1) }
    }

    static var noAgreement: String { Terminal.text("没有两位分析员编码过同一条款", "no two analysts have coded the same clause") }

    /// Per pair of analysts: a heading, the kappas' table, the clauses left out of them (a tool not in the
    /// taxonomy) and a line per disagreement; each text printed as it is.
    static func tableTexts(_ agreement: [CoderAgreement], taxonomy: Taxonomy?, language: Language) -> [String] {
        let zh = language == .chinese
        var out: [String] = []
        for a in agreement {
            out.append(zh ? "\(a.coderA) / \(a.coderB)：两人都编码的条款 \(a.overall.units) 条"
                          : "\(a.coderA) / \(a.coderB): \(EnglishCount.of(a.overall.units, "clause")) coded by both")
            let rows = ([a.overall] + a.perClass).map { k in
                [classCell(k.toolClass, taxonomy: taxonomy, language: language)] + numberCells(k, undefined: zh ? "无定义" : "undefined")
            }
            let headers = zh ? ["类别", "条款", "一致", "观测一致率", "期望一致率", "Kappa"] : ["Class", "Clauses", "Agree", "Observed", "Expected", "Kappa"]
            out.append(TextTable(headers: headers, rows: rows, rightAligned: [1, 2, 3, 4, 5]).render())
            if let text = a.unclassifiedText(taxonomy: taxonomy, language: language) { out.append(text) }
            // What differs, counted as the dashboard's kappa line counts it, then each clause.
            if !a.disagreements.isEmpty { out.append(a.differencesText.text(in: language)) }
            out += a.disagreements.map { disagreementLine($0, coderA: a.coderA, coderB: a.coderB, taxonomy: taxonomy, language: language) }
        }
        return out
    }

    /// What the CSV, one row per kappa, cannot hold, for stderr: per pair of analysts the clauses left out of the
    /// kappas (a tool not in the taxonomy), as the table says them.
    static func csvNotes(_ agreement: [CoderAgreement], taxonomy: Taxonomy?, language: Language) -> [String] {
        agreement.compactMap { a in
            a.unclassifiedText(taxonomy: taxonomy, language: language).map { "\(a.coderA) / \(a.coderB)\(language == .chinese ? "：" : ": ")\($0)" }
        }
    }

    /// The kappas as CSV (it printed the table): ids and names, the numbers as the table shows them, an
    /// undefined kappa empty.
    static func csvLines(_ agreement: [CoderAgreement], taxonomy: Taxonomy?, language: Language) -> [String] {
        var lines = [CSV.line(["coderA", "coderB", "toolClass", "toolClassName", "units", "agreements", "observed", "expected", "kappa"])]
        for a in agreement {
            for k in [a.overall] + a.perClass {
                lines.append(CSV.line([a.coderA, a.coderB, k.toolClass ?? "overall", classCell(k.toolClass, taxonomy: taxonomy, language: language)]
                                      + numberCells(k, undefined: "")))
            }
        }
        return lines
    }

    /// A kappa's class by its name (one the taxonomy lacks by its id).
    static func classCell(_ toolClass: String?, taxonomy: Taxonomy?, language: Language) -> String {
        CoderAgreement.Kappa.className(toolClass, in: taxonomy)?.text(in: language) ?? toolClass ?? ""
    }

    /// Clauses, agreements, observed and expected agreement and kappa, as the table and the CSV give them.
    static func numberCells(_ k: CoderAgreement.Kappa, undefined: String) -> [String] {
        [String(k.units), String(k.agreements), String(format: "%.3f", k.observed), String(format: "%.3f", k.expected),
         k.kappa.map { String(format: "%.3f", $0) } ?? undefined]
    }

    /// A clause the two coders coded differently, named as `review list` names it ("文件 gf-2015-40 条款 2": its
    /// index in the analysis, where "第 2 条" read as an article), each tool by its name (one the taxonomy lacks
    /// by its id).
    static func disagreementLine(_ d: CoderAgreement.Disagreement, coderA: String, coderB: String, taxonomy: Taxonomy?,
                                 language: Language) -> String {
        let zh = language == .chinese
        // Quoted: an English name of several words ran into the coder's ("bin Government procurement").
        let tool = { (id: String) in
            let name = taxonomy?.codeName(id, field: .policyTool)?.text(in: language) ?? id
            return zh ? "“\(name)”" : "\"\(name)\""
        }
        let clause = ReviewTarget.document(d.unit.document, clause: d.unit.clause).label(taxonomy: taxonomy, language: language)
        return "  \(clause)\(zh ? "：" : ": ")\(coderA) \(tool(d.toolA)) / \(coderB) \(tool(d.toolB))"
            + (d.sameClass ? (zh ? "（同类）" : " (same class)") : "")
    }
}

/// `ipap review repair`: a line of your journal that cannot be read (a torn write, a hand edit) blocks every export of
/// the corpus, everyone's; this moves such lines to a side file beside the journal (`JournalRepair`), all or nothing.
struct ReviewRepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Move the unreadable lines of your own journal to a side file beside it (atomically; nothing is deleted).",
        discussion: "Only your own journal (reviews/<you>.jsonl) is touched; a colleague's torn line is theirs to repair."
    )

    @OptionGroup var options: CorpusOptions

    func run() throws {
        let directory = try options.directory()
        let journal = ReviewJournal(corpusDirectory: directory)
        let outcome: JournalRepair.Outcome
        do {
            outcome = try JournalRepair(journal: journal).run()
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
        // Named as the readers name journals: under the corpus as given, or in full for a bundled corpus's.
        func shown(_ url: URL) -> String {
            DataDirectory.isBundled(directory) ? url.path : options.displayPath + "/reviews/" + url.lastPathComponent
        }
        let name = shown(journal.url)
        if let side = outcome.sideFile {
            let lines = outcome.movedLines.map(String.init).joined(separator: Terminal.text("、", ", "))
            Terminal.print(Terminal.text("已将 \(name) 中无法读取的 \(outcome.movedLines.count) 行（第 \(lines) 行）移到 \(shown(side))；其余各行未变",
                                         "moved \(EnglishCount.of(outcome.movedLines.count, "unreadable line")) of \(name) (line \(lines)) to \(shown(side)); "
                                             + "its other lines are unchanged"))
        }
        if outcome.endedLastLine {
            Terminal.print(Terminal.text("\(name) 的最后一行是完整的记录，缺少换行符：已补上", "the last line of \(name), a whole entry, lacked its newline: it has it now"))
        }
        if outcome.sideFile == nil && !outcome.endedLastLine {
            Terminal.print(Terminal.text("\(name) 没有无法读取的行，无需修复", "nothing to repair: every line of \(name) can be read"))
        }
        // What is left is another analyst's (only they can move it), or not a line (a foreign or group-writable journal).
        let store = ReviewStore.load(directory, displayPath: options.displayPath)
        for p in store.problems { Terminal.error(p) }
        if !store.problems.isEmpty { throw ExitCode(1) }
    }
}
