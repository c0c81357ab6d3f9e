import Foundation
import PolicyAnalysis
import PolicyModel
import SafeText
import TerminalUI

/// `t`, `a`, `r`, `o`, `u`, `R`, `e`: each opens a prompt for the thing under the cursor, or asks the edge to write.
enum ReviewActions {
    static func handle(_ action: Action, state: AppState, content: ScreenContent) -> AppState {
        var s = state
        func need(_ label: Label) -> AppState {
            var m = s
            m.message = label.text(in: s.language)
            return m
        }
        switch action {
        case .tag:
            guard let target = ReviewContext.current(s, content: content) else { return need(.nothingHereToTag) }
            var prompt = Prompt(kind: .tag(target))
            prompt.excerpt = clauseWords(s, target)
            s.prompt = prompt
        case .annotate:
            guard let target = ReviewContext.current(s, content: content) else { return need(.nothingHereToAnnotate) }
            var prompt = Prompt(kind: .note(target))
            prompt.excerpt = clauseWords(s, target)
            s.prompt = prompt
        case .rate:
            let panel = ReviewContext.panelRatings(s, content: content)
            var prompt: Prompt
            if let indicator = ReviewContext.indicator(s, content: content) {
                prompt = Prompt(kind: .rate(ReviewContext.ratingTarget(s, content: content, indicator: indicator), indicator: indicator))
            } else if let first = ReviewContext.rowRatings(s, content: content).first ?? panel.first {
                // Off an indicator line on a document's page: its first indicator, ↑ ↓ taking the others.
                prompt = Prompt(kind: .rate(first.target, indicator: first.indicator))
            } else {
                return need(.pressROnAnIndicator)
            }
            prompt.cycles = panel.count > 1
            s.prompt = prompt
        case .overrideCode:
            // A document with no text has no clause to code (it said "press o on a clause", as if one were there).
            if case .document(let id) = s.route, let document = s.corpus.document(id), s.corpus.text(of: document) == nil {
                return need(.thisCorpusHasNoText)
            }
            guard case .document(let id) = s.route, let clause = ReviewContext.current(s, content: content)?.clause,
                  let prompt = overridePrompt(s, document: id, clause: clause) else {
                return need(.pressOOnAClause)
            }
            s.prompt = prompt
        case .undo:
            guard let last = s.reviews.lastUndoable(among: Set(s.ownEntries)) else { return need(.nothingToUndo) }
            s.effects.append(.appendReview(ReviewDraft(kind: .undo, target: last.target, undoes: last.id)))
        case .reloadReviews:
            s.effects.append(.reloadReviews)
        case .export:
            s.prompt = Prompt(kind: .export, text: "markdown ipap-report.md")
        default:
            break
        }
        return s
    }

    /// The override prompt for clause `clause` of document `id`, nil where the document has no text or no such clause.
    static func overridePrompt(_ s: AppState, document id: String, clause: Int) -> Prompt? {
        guard let (target, machine) = clauseTarget(s, document: id, clause: clause) else { return nil }
        // The journal records the machine's own codes as those replaced, as `ipap review add --clause` does; the
        // prompt shows the codes now, another analyst's override applied (it recorded those as the machine's).
        let current = ScreenContext(state: s).reviewedClauses(id, machine: machine).first { $0.index == clause }
        // Who made the codes now: the prompt names them (the codes alone did not say whose override was in effect).
        var authors: [String] = []
        for override in [current?.toolOverride, current?.areaOverride].compactMap({ $0 }) where !authors.contains(override.author) {
            authors.append(override.author)
        }
        var prompt = Prompt(kind: .override(target, previous: ReviewPrevious(
            machine: machine[clause], currentTools: current?.tools ?? [], currentAreas: current?.actionAreas ?? [], overriddenBy: authors)))
        prompt.excerpt = clauseWords(s, target)
        return prompt
    }

    /// ↑ ↓ in an override or tag prompt about a clause: the clause before or after, the text typed kept and the cursor
    /// on the clause's first row. A row holds the end of one clause and the start of others; `o` and `t` took the clause
    /// the row starts in, and the others on it could not be reached (QA passes 48b and 49).
    static func clauseNeighbour(_ state: AppState, prompt: Prompt, step: Int) -> AppState {
        guard case .document(let id) = state.route else { return state }
        var next: Prompt
        switch prompt.kind {
        case .override(let target, _):
            guard let clause = target.clause, let p = overridePrompt(state, document: id, clause: clause + step) else { return state }
            next = p
        case .tag(let target):
            guard let clause = target.clause, let c = clauseTarget(state, document: id, clause: clause + step) else { return state }
            next = Prompt(kind: .tag(c.target))
            next.excerpt = clauseWords(state, c.target)
        default:
            return state
        }
        var s = state
        next.editor = prompt.editor
        next.selected = false
        s.prompt = next
        guard let start = next.kind.clauseTarget?.span?.first else { return s }
        let rows = Layout.shown(s).content.rows
        if let row = rows.lastIndex(where: { $0.kind == .text && ($0.textOffset ?? Int.max) <= start }) {
            s.view.selected = row
        }
        return s
    }

    /// Clause `clause` of document `id` as a review target (its span and index), nil where there is no such clause.
    static func clauseTarget(_ s: AppState, document id: String, clause: Int) -> (target: ReviewTarget, coding: [ClauseCoding])? {
        guard let machine = machineCoding(s, document: id), machine.indices.contains(clause) else { return nil }
        let span = machine[clause].clause
        return (.document(id, span: (span.start, span.end), clause: clause), machine)
    }

    /// The clause of document `id` holding the text offset `offset` as a review target; nil where none does.
    static func clauseTarget(_ s: AppState, document id: String, containing offset: Int) -> ReviewTarget? {
        guard let machine = machineCoding(s, document: id),
              let clause = machine.firstIndex(where: { $0.clause.start <= offset && offset < $0.clause.end }) else { return nil }
        return .document(id, span: (machine[clause].clause.start, machine[clause].clause.end), clause: clause)
    }

    /// Document `id`'s machine coding (kept for the session), nil where the corpus has no text for it.
    private static func machineCoding(_ s: AppState, document id: String) -> [ClauseCoding]? {
        guard let document = s.corpus.document(id), let text = s.corpus.text(of: document) else { return nil }
        return ScreenContext(state: s).machineCoding(of: id, text: text)
    }

    /// The first words of the clause `target` is about, nil for any other target.
    static func clauseWords(_ s: AppState, _ target: ReviewTarget) -> String? {
        guard target.clause != nil, let span = target.span, span.count == 2, let document = s.corpus.document(target.id),
              let text = s.corpus.text(of: document) else { return nil }
        return excerpt(of: text, span[0]..<span[1], characters: 24)
    }

    /// ↑ ↓ in a rating prompt on a document's page: the indicator before or after in its panel, the text typed kept.
    static func ratingNeighbour(_ state: AppState, prompt: Prompt, step: Int) -> AppState {
        guard case .rate(let target, let indicator) = prompt.kind else { return state }
        let ratings = ReviewContext.panelRatings(state, content: Layout.shown(state).content)
        guard let here = ratings.firstIndex(where: { $0.indicator == indicator && $0.target == target }),
              ratings.indices.contains(here + step) else { return state }
        var s = state, next = prompt
        next.kind = .rate(ratings[here + step].target, indicator: ratings[here + step].indicator)
        s.prompt = next
        return s
    }

    /// A clause's first words, enough to tell it from its neighbours on a row.
    static func excerpt(of text: String, _ range: Range<Int>, characters: Int) -> String {
        let scalars = text.unicodeScalars
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, !range.isEmpty else { return "" }
        let from = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let to = scalars.index(scalars.startIndex, offsetBy: range.upperBound)
        return clipped(String(String.UnicodeScalarView(scalars[from..<to])).trimmingWhitespace(), to: characters)
    }

    /// `words` in at most `characters` characters, the last an ellipsis where it was cut.
    static func clipped(_ words: String, to characters: Int) -> String {
        words.count > characters ? String(words.prefix(characters - 1)) + "…" : words
    }

    /// A refused entry leaves its prompt open with the text as typed, to correct: the prompt had closed, and the
    /// letters typed next ran as commands (a `u` undid ratings).
    static func refused(_ state: AppState, kind: Prompt.Kind, text: String, because message: String) -> AppState {
        var s = state
        var prompt = Prompt(kind: kind, text: text)
        prompt.selected = false
        prompt.refusal = message
        s.prompt = prompt
        return s
    }

    /// An export refused because its file (or some of a CSV report's files) exists: its prompt opens again as typed,
    /// saying so, and Enter on the unchanged text overwrites.
    static func askingToOverwrite(_ state: AppState, existing: [String], target: ExportTarget) -> AppState {
        func said(_ name: String) -> String {
            let phrase = existing.count > 1 ? Phrase.exportFilesExistEnterOverwrites(name, more: existing.count - 1)
                                            : Phrase.exportExistsEnterOverwrites(name)
            return phrase.text(in: state.language)
        }
        // The file without its directory (the prompt below shows where), whole: the refusal wraps over the rows it needs
        // (`Layout.messageRows`); cut to one row, the name read '…y-reviews-about.csv'.
        let name = URL(fileURLWithPath: existing.first ?? target.path).lastPathComponent
        var s = refused(state, kind: .export, text: target.typed, because: said(name))
        s.prompt?.overwrites = true
        return s
    }

    /// Turns a submitted review prompt into the entry to append, or a message saying what was wrong; an export
    /// prompt into its export, `overwrite` when Enter was pressed again after `askingToOverwrite`.
    static func commit(_ state: AppState, kind: Prompt.Kind, text typed: String, overwrite: Bool = false) -> AppState {
        var s = state
        let language = s.language
        // Tabs in pasted text are spaces, as `ipap review add` takes them.
        let text = ControlCharacters.tabsAsSpaces(typed)
        let trimmed = text.trimmingWhitespace()
        func refuse(_ message: String) -> AppState { refused(s, kind: kind, text: text, because: message) }
        // What goes into the journal as typed holds no control character (a pasted bidi override, …): refused, as
        // `ipap review add` refuses one.
        switch kind {
        case .tag, .note, .rate, .override:
            if let c = ControlCharacters.firstBesideLineBreaks(in: text) {
                return refuse(Phrase.controlCharacterTyped(c).text(in: language))
            }
        default:
            break
        }
        switch kind {
        case .tag(let target):
            let tags = trimmed.split { " ,，、;；".contains($0) }.map(String.init)
            guard !tags.isEmpty else { return s }
            s.effects.append(.appendReview(ReviewDraft(kind: .tag, target: target, tags: tags)))
        case .note(let target):
            guard !trimmed.isEmpty else { return s }
            s.effects.append(.appendReview(ReviewDraft(kind: .note, target: target, note: text)))
        case .rate(let target, let indicator):
            guard let (value, note) = rating(trimmed) else { return refuse(Label.startARatingWithA.text(in: language)) }
            s.effects.append(.appendReview(ReviewDraft(kind: .rating, target: target, note: note,
                                                       rating: ReviewRating(value, indicator: indicator.rawValue))))
        case .override(let target, let previous):
            // Nothing typed records nothing, as an empty tag or note (it said "unknown code: ").
            guard !trimmed.isEmpty else { return s }
            guard let (field, value, note) = resolveCodeAndReason(trimmed, taxonomy: s.corpus.taxonomy) else {
                return refuse(refusal(trimmed, taxonomy: s.corpus.taxonomy).text(in: language))
            }
            let override = ReviewOverride(field: field, value: value, previous: previous.machine?.codes(field))
            s.effects.append(.appendReview(ReviewDraft(kind: .override, target: target, note: note, override: override)))
        case .export:
            let words = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
            if words.count == 2, words[0].lowercased() == "view" {
                // The screen as it is shown: its rows in their order (sorted as on screen), or its matrix; a page built
                // in the background as it will be shown, waited for (its whole list, not its loading line).
                guard let format = ViewExport.Format(path: words[1]) else {
                    s.message = Label.aViewIsExportedAs.text(in: language)
                    return s
                }
                let content = Sorting.apply(Layout.wholeContent(s), view: s.view)
                let title = ScreenContext(state: s).label(for: s.route)
                s.effects.append(.exportView(text: ViewExport.text(content, title: title, format: format, about: ViewExport.about(s)),
                                             target: ExportTarget(path: words[1], typed: text, overwrite: overwrite)))
                return s
            }
            guard words.count == 2, let format = ExportFormat(rawValue: words[0].lowercased()) else {
                s.message = Label.usageMarkdownCsvJsonFile.text(in: language)
                return s
            }
            // A report of the documents that loaded would pass for the corpus's, as `ipap export` refuses it.
            if let first = s.documentsNotLoaded.first {
                s.message = Phrase.documentsNotLoaded(first, more: s.documentsNotLoaded.count - 1).text(in: language)
                return s
            }
            // Likewise a review journal line that could not be read: the report's reviews would miss its entry and
            // pass for complete (`ipap export` refuses it too).
            if let first = s.reviews.problems.first {
                let place = "\(first.file):\(first.position.line)"
                s.message = Phrase.journalLineNotRead(place, more: s.reviews.problems.count - 1).text(in: language)
                return s
            }
            // One report at a time: a second would read every text again beside the first.
            if s.exportJob != nil {
                s.message = Phrase.exportStillRunning.text(in: language)
                return s
            }
            s.effects.append(.exportReport(format, ExportTarget(path: words[1], typed: text, overwrite: overwrite)))
        default:
            break
        }
        return s
    }

    /// A rating as typed: its value (a, agree, 同意; d …; u …) and the note after it. The note may follow a space,
    /// or directly where no Latin letter does ("a同意", "a: ok"); "achecked" is refused, as "absolutely" is, since
    /// its letter may begin a word rather than a rating.
    static func rating(_ text: String) -> (ReviewRating.Value, String?)? {
        let values: [(String, ReviewRating.Value)] = [("disagree", .disagree), ("unsure", .unsure), ("agree", .agree),
                                                      ("不同意", .disagree), ("不确定", .unsure), ("同意", .agree),
                                                      ("a", .agree), ("d", .disagree), ("u", .unsure)]
        let lowered = text.lowercased()
        for (word, value) in values where lowered.hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            if let next = rest.first, next.isASCII, next.isLetter { continue }
            let note = rest.drop { $0.isWhitespace || ":：,，".contains($0) }
            return (value, note.isEmpty ? nil : String(note))
        }
        return nil
    }

    /// The field a code names by its prefix (`tool:`, `工具:`, `area:`, `领域:`; nil: either), the prefix as typed
    /// and the rest.
    static func fieldPrefix(_ text: String) -> (field: ReviewOverride.Field?, prefix: String, key: String) {
        for (prefix, field) in [("tool:", ReviewOverride.Field.policyTool), ("工具:", .policyTool), ("area:", .actionArea), ("领域:", .actionArea)]
            where text.lowercased().hasPrefix(prefix) {
            return (field, String(text.prefix(prefix.count)), String(text.dropFirst(prefix.count)).trimmingWhitespace())
        }
        return (nil, "", text)
    }

    /// A policy tool (id, Chinese or English name; `tool:` optional) or an action area (`area:` + id or name).
    /// A tool class is not a code: a clause is coded with one tool, and the tool matrix counts tools.
    static func resolveCode(_ text: String, taxonomy: Taxonomy) -> (ReviewOverride.Field, String)? {
        let (field, _, key) = fieldPrefix(text)
        if field != .actionArea, let tool = taxonomy.tools.allTools.first(where: {
            $0.id == key || $0.zh == key || $0.en.lowercased() == key.lowercased()
        }) {
            return (.policyTool, tool.id)
        }
        if field != .policyTool, let area = taxonomy.resolveArea(key) { return (.actionArea, area.id) }
        return nil
    }

    /// The code an override prompt's text starts with and the analyst's reason after it, the entry's note (as
    /// `ipap review add --set-tool ID --note TEXT` records it): `supply-funding 有资金安排`, `area:电子商务：理由`,
    /// `Government procurement because …`. The code is the longest start of the text, ended by a space or by one of
    /// `:：,，;；`, that names a code (a tool's English name has spaces); the reason is the rest, without the
    /// separators it starts with (nil when there is none). QA pass 47: a reason after the code was refused as an
    /// unknown code, and an override could be given no reason in the dashboard.
    static func resolveCodeAndReason(_ text: String, taxonomy: Taxonomy) -> (ReviewOverride.Field, String, String?)? {
        for (code, rest) in codeStarts(text) {
            guard let (field, value) = resolveCode(code, taxonomy: taxonomy) else { continue }
            let reason = String(rest.drop { $0.isWhitespace || reasonSeparators.contains($0) }).trimmingWhitespace()
            return (field, value, reason.isEmpty ? nil : reason)
        }
        return nil
    }

    private static let reasonSeparators: Set<Character> = [":", "：", ",", "，", ";", "；"]

    /// The starts of `text` that may be its code, longest first (the whole text first), each with what follows it.
    private static func codeStarts(_ text: String) -> [(code: String, rest: Substring)] {
        var starts = [(code: text, rest: Substring(""))]
        for i in text.indices.reversed() where text[i].isWhitespace || reasonSeparators.contains(text[i]) {
            let code = String(text[..<i]).trimmingWhitespace()
            if !code.isEmpty { starts.append((code, text[i...])) }
        }
        return starts
    }

    /// Why a code was refused; for a tool class (demand, 需求型), what to type to reach its tools; for a part of area
    /// names (农业 of 现代农业), which, as the filter and the command line say it. With a reason typed after the code,
    /// what the code's own refusal says (`demand 理由`: a class), else that the text starts with no code.
    static func refusal(_ text: String, taxonomy: Taxonomy) -> Phrase {
        for (code, _) in codeStarts(text) {
            if let phrase = codeRefusal(code, taxonomy: taxonomy) { return phrase }
        }
        return .unknownCode(text)
    }

    /// Why `text`, taken as a code alone, is refused where more can be said than that it is unknown; nil otherwise.
    private static func codeRefusal(_ text: String, taxonomy: Taxonomy) -> Phrase? {
        let (field, _, key) = fieldPrefix(text)
        if field != .actionArea, let toolClass = taxonomy.tools.classes.first(where: {
            $0.id == key.lowercased() || $0.zh == key || $0.en.lowercased() == key.lowercased()
        }) {
            let ids = toolClass.tools.map(\.id)
            let start = commonPrefix(ids)
            return .toolClassIsNotATool(zh: toolClass.zh, en: toolClass.id, tools: start.isEmpty ? ids.first ?? "" : start)
        }
        let parts = taxonomy.nameParts(key, kinds: [.area])
        return field == .policyTool || parts.matches.isEmpty ? nil : .partOfNames(.area, parts)
    }

    /// Tab in the override prompt: the id typed so far (a tool's, or an area's after `area:`) completed as far
    /// as the ids it starts agree, as a shell completes file names, with those ids when more than one is left
    /// (`supply-` Tab had changed nothing and listed nothing); unchanged when no id starts with it.
    /// A reason typed after the code stays as typed: the code, its first word, is completed.
    static func completeCode(_ text: String, taxonomy: Taxonomy) -> (text: String, candidates: [String]) {
        let typed = text.drop(while: \.isWhitespace)
        if let space = typed.firstIndex(where: \.isWhitespace) {
            let completed = completeCode(String(typed[..<space]), taxonomy: taxonomy)
            return (completed.text + typed[space...], completed.candidates)
        }
        let (field, prefix, key) = fieldPrefix(text.trimmingWhitespace())
        let ids = field == .actionArea ? taxonomy.areas.map(\.id) : taxonomy.tools.allTools.map(\.id)
        let matching = ids.filter { $0.hasPrefix(key.lowercased()) }
        guard !matching.isEmpty else {
            // Chinese, as analysts type it (资金 Tab did nothing): the Chinese names that start with it, which the
            // prompt takes as it takes ids.
            let names = field == .actionArea ? taxonomy.areas.map(\.zh) : taxonomy.tools.allTools.map(\.zh)
            let named = key.isEmpty ? [] : names.filter { $0.hasPrefix(key) }
            guard !named.isEmpty else { return (text, []) }
            return (prefix + commonPrefix(named), named.count > 1 ? named : [])
        }
        return (prefix + commonPrefix(matching), matching.count > 1 ? matching : [])
    }

    private static func commonPrefix(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        return words.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
    }
}
