import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI

extension ScreenContext {
    func kindName(_ k: ReviewKind) -> String { name(k.name) }

    /// A machine or manual code by its name in the interface's language (the id only if the taxonomy lacks it).
    func codeName(_ id: String, field: ReviewOverride.Field) -> String {
        taxonomy.codeName(id, field: field).map(name) ?? id
    }

    /// How many of a thing's review entries its page shows, and in how many lines each at most.
    static let reviewsOnAPage = 3, linesOfAReview = 2

    /// The analysts' tags, notes, ratings and overrides of a thing, on its own page: the latest few, each cut to
    /// two lines, and how many more the Reviews tab lists (30 long notes pushed a document's text 5,700 lines
    /// down); each row opens the Reviews tab. `within`: the columns the rows have (beside a side panel, less than
    /// the screen's).
    func reviewRows(about subject: ReviewSubject, within: Int? = nil) -> [ScreenContent.Row] {
        let entries = reviews.entries(about: subject).sorted { $0.time > $1.time }
        guard !entries.isEmpty else { return [] }
        var rows = [ScreenContent.Row(cells: [self[.reviewsHeading(entries.count)]], kind: .heading)]
        for e in entries.prefix(Self.reviewsOnAPage) {
            let clause = e.target.clause.map { self[.clause($0)] } ?? ""
            var lines = textRows("  " + e.author + " · " + kindName(e.kind) + clause + "  " + content(e), indent: "    ", target: .reviews, within: within)
            if lines.count > Self.linesOfAReview {
                lines.removeLast(lines.count - Self.linesOfAReview)
                if let last = lines.last?.cells.first {
                    // Cut within the line's own width, so the ellipsis says the rest is in the Reviews tab.
                    lines[lines.count - 1].cells[0] = DisplayWidth.truncate(last + "……", to: DisplayWidth.of(last))
                }
            }
            rows += lines
        }
        if entries.count > Self.reviewsOnAPage {
            rows += textRows("  " + self[.moreReviews(entries.count - Self.reviewsOnAPage, target: subject.id)], indent: "    ",
                             target: .reviews, kind: .note, within: within)
        }
        return rows
    }

    /// A target as every review screen and prompt names it: its kind, then the thing, as `ipap review list` does
    /// ("province Sichuan", "issuer MIIT", "文件 demo-00019 条款 10"). By its name alone a province, an issuer and an
    /// area of like names, or a document and an indicator, could not be told apart.
    func targetLabel(_ target: ReviewTarget) -> String {
        var label = name(target.kind.name) + " "
        switch target.kind {
        case .document: label += documentLabel(target.id)
        case .issuer: label += taxonomy.issuer(target.id).map(issuerName) ?? target.id
        case .province, .area, .indicator: label += taxonomy.name(of: target.subject).map(name) ?? target.id
        }
        // The clause's index in the analysis, as the command line and the journals give it.
        if let clause = target.clause { label += self[.clause(clause)] } else if let span = target.span, span.count == 2 { label += " [\(span[0])–\(span[1])]" }
        return label
    }

    func content(_ e: ReviewEntry) -> String {
        switch e.kind {
        case .tag: return (e.tags ?? []).map { "#" + $0 }.joined(separator: " ") + (e.note.map { "  " + $0 } ?? "")
        case .note: return (e.note ?? "").replacingNewlines()
        case .rating:
            guard let r = e.rating else { return "" }
            let value = name(r.value.name)
            let indicator = taxonomy.indicatorName(r.indicator).map(name) ?? r.indicator
            // The indicator as a whole is named in the About column already.
            let rated = e.ratesItsTarget ? "" : " · " + indicator
            return value + rated + (e.note.map { "  " + $0 } ?? "")
        case .override:
            guard let o = e.override else { return "" }
            // The code set, then what the machine had coded, named so, as `review list` says it ("人才培养（机器编码：
            // 信息支持）"): none when it coded nothing; not said when the entry does not record it. "信息支持 → 人才培养"
            // read as the codes in effect before, which after another analyst's override they were not, and at 80
            // columns in English cut the code set away ("Demonstration …").
            // An override that a later one of its clause outranks says so first, as `review list` does: two analysts'
            // codes of one clause both read as in effect, where only the later counts.
            // The analyst's reason after it, as a rating's or tags' note is said (QA pass 47: `review list` and the
            // reports said it, the dashboard nowhere, and a second analyst settling a disagreement did not see why).
            let value = (reviews.superseded[e.id].map { name(ReviewEntry.supersededMark(by: $0)) + " " } ?? "") + codeName(o.value, field: o.field)
            let note = e.note.map { "  " + $0.replacingNewlines() } ?? ""
            guard let previous = o.previous else { return value + note }
            let names = previous.isEmpty ? self[.noMachineCode]
                : previous.map { codeName($0, field: o.field) }.joined(separator: Label.listSeparator.text(in: language))
            return value + self[.openParen] + self[.machineCodesNamed] + names + self[.closeParen] + note
        case .undo:
            return self[.undoes] + (e.undoes ?? "")
        }
    }

    /// The status line's words for an entry `u` undid, in both languages: its kind, what it is about and what
    /// it said, as the review screen names them.
    static func undone(_ e: ReviewEntry, in state: AppState) -> Phrase {
        func context(_ language: Language) -> ScreenContext {
            var s = state
            s.language = language
            return ScreenContext(state: s)
        }
        let zh = context(.chinese), en = context(.english)
        func both(_ text: (ScreenContext) -> String) -> LocalizedText { LocalizedText(zh: text(zh), en: text(en)) }
        return .undone(kind: e.kind.name, target: both { $0.targetLabel(e.target) }, content: both { $0.content(e) })
    }

    func route(for target: ReviewTarget) -> Route? {
        switch target.kind {
        case .document: return corpus.document(target.id) != nil ? .document(target.id) : nil
        case .province: return .province(target.id)
        case .issuer: return .issuer(target.id)
        case .area: return .area(target.id)
        case .indicator: return IndicatorID(target.id).map { .indicator($0) }
        }
    }
}

/// `f` on the review screen: `author:alice tag:重复 kind:note target:gf-2015-40`.
enum ReviewFilterSyntax {
    /// `corpus`: a target given by name (河北, Hebei, 工信部, a document's number) is found as `ipap review list
    /// --target` finds it; only its code matched before (QA pass 48).
    static func parse(_ text: String, corpus: Corpus? = nil) -> ReviewFilter? {
        var filter = ReviewFilter()
        for token in text.split(separator: " ").map(String.init) {
            let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            switch parts[0] {
            case "author", "分析员": filter.author = parts[1]
            case "tag", "标签": filter.tag = parts[1]
            case "target", "对象":
                if let corpus, let resolved = ReviewTargetResolver.resolve(parts[1], in: corpus) {
                    filter.target = resolved.id
                    filter.targetKind = resolved.kind
                } else {
                    filter.target = parts[1]
                }
            case "kind", "类型":
                guard let k = ReviewKind(resolving: parts[1]) else { return nil }
                filter.kind = k
            default: return nil
            }
        }
        return filter
    }

    static func format(_ f: ReviewFilter) -> String {
        [f.author.map { "author:\($0)" }, f.tag.map { "tag:\($0)" }, f.kind.map { "kind:\($0.rawValue)" }, f.target.map { "target:\($0)" }]
            .compactMap { $0 }.joined(separator: " ")
    }
}

/// Every analyst's review entries, newest first, with coder agreement where two analysts coded the same clauses.
struct ReviewsScreen: Screen {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        let entries = context.reviews.entries(context.reviewFilter)
        let authors = context.reviews.authors
        // Two lines, so that a narrow screen never breaks the filter's words apart; `f` only where it has entries to filter.
        // Under a filter, the entries it keeps of all of them: '0 条' alone read as if there were none.
        let total = isFiltered ? context.reviews.active.count : nil
        c.header = [.init(context[.reviewEntries(entries: entries.count, total: total, analysts: authors.count, authors: authors)], style: .dim),
                    .init(((filters ? [context[.fFiltersAuthorTagKind]] : []) + [context[.rRereads]]).joined(separator: "  "),
                          style: .dim)]
        if isFiltered {
            c.header.append(.init(context[.filterPrefix] + ReviewFilterSyntax.format(context.reviewFilter), style: Theme.match))
        }
        for problem in context.reviews.problems.prefix(3) {
            c.header.append(.init(context[.skippedADamagedLine] + problem.description(in: context.language), style: Theme.vague))
        }
        let agreement = CoderAgreement.all(context.reviews, scheme: context.taxonomy.tools)
        // The kappas of as many pairs of analysts (by name) as the header has rows for: two at 80x24 (two rows a pair),
        // sixteen at 200x60 (one row a pair). It had two always, the rest counted, when a tall screen had room for them.
        let room = Self.headerRoom(height: context.height)
        var used = Layout.headerLines(c.header, width: context.width).count, shown = 0
        for lines in agreement.map(pairLines) {
            // Pairs left out after this one are counted on a line of their own, which it leaves a row.
            let rows = Layout.headerLines(lines, width: context.width).count, count = shown + 1 < agreement.count ? 1 : 0
            guard used + rows + count <= room else { break }
            c.header += lines
            used += rows
            shown += 1
        }
        // The pairs left out are said, and where to see them: with three analysts one pair went unseen and unsaid.
        if shown < agreement.count {
            let left = shown == 0 ? Phrase.analystPairs(agreement.count) : .moreAnalystPairs(agreement.count - shown)
            c.header.append(.init(context[left], style: .dim))
        }
        let aboutWidth = (context.zh ? 24 : 28) + (context.width >= 150 ? 20 : 0)
        c.columns = [.init(title: context[.time], width: 16), .init(title: context[.analyst], width: 10, fitsCells: true),
                     .init(title: context[.kindColumn], width: context.zh ? 4 : 8), .init(title: context[.aboutColumn], width: aboutWidth, fitsCells: true),
                     .init(title: context[.content], width: nil)]
        c.rows = entries.map { e in
            let kind = context.kindName(e.kind), content = context.content(e)
            var about = context.targetLabel(e.target)
            // A passage's offsets that the column cannot hold give way whole: cut, "[410–54…" read as another passage.
            if DisplayWidth.of(about) > aboutWidth, e.target.clause == nil, e.target.span != nil {
                var passage = e.target
                passage.span = nil
                about = context.targetLabel(passage) + " […]"
            }
            // A clause says which it is whatever is cut ('文件 冀政发〔2015〕25号…' hid which clause was overridden): the
            // kind's word gives way first (a clause is a document's), then the end of the document's number.
            if DisplayWidth.of(about) > aboutWidth, let clause = e.target.clause {
                var thing = e.target
                thing.clause = nil
                thing.span = nil
                let kind = context.name(thing.kind.name) + " "
                let label = String(context.targetLabel(thing).dropFirst(kind.count))
                let suffix = context[.clause(clause)]
                about = DisplayWidth.truncate(label, to: max(1, aboutWidth - DisplayWidth.of(suffix))) + suffix
            }
            var row = ScreenContent.Row(cells: [String(e.time.prefix(16)).replacingOccurrences(of: "T", with: " "), e.author, kind, about, content],
                                        sortKeys: [.text(e.time), .text(e.author), context.nameSortKey(kind), context.nameSortKey(about), .text(content)],
                                        target: context.route(for: e.target))
            // An entry about a clause or passage opens its document there (QA pass 49: at the top).
            if e.target.kind == .document, let start = e.target.span?.first { row.focus = start }
            return row
        }
        // With no entry the hint is read, not chosen: a note, and the status line counts no row (0/0). Under a filter that
        // leaves none it says so, with the entries in all and how to clear it: "no review entries yet" read as none at all.
        if c.rows.isEmpty {
            let note = isFiltered ? context[.noReviewEntryMatches(filter: ReviewFilterSyntax.format(context.reviewFilter), total: context.reviews.active.count)]
                : context[.noReviewEntriesYetPress]
            c.rows = context.textRows(note, kind: .note)
        }
        return c
    }

    private var isFiltered: Bool { context.reviewFilter != ReviewFilter() }

    /// Whether `f` has something to act on: entries in effect to filter, or a filter set (which `f` changes and `F`
    /// clears). With no entry the tab offered 'f 筛选' in its header and its status line, with nothing to filter.
    var filters: Bool { isFiltered || !context.reviews.active.isEmpty }

    /// The rows the header may give the entries' heading and the kappas at a screen `height` rows high: what the layout
    /// gives any header (a third of the rows between the tab row and the status line, a prompt's line counted, so that
    /// `f` cuts nothing), and no more than leaves the entries list 10 rows under its column titles.
    static func headerRoom(height: Int) -> Int {
        let rows = height - 3
        return max(0, min(Layout.headerRoom(rows), rows - 1 - 10))
    }

    /// A pair of analysts' kappas: the overall kappa beside the pair, the classes' beside it or, where the width does not
    /// hold them, below it, and the clauses both coded with a tool the taxonomy lacks, counted.
    private func pairLines(_ a: CoderAgreement) -> [ScreenContent.Line] {
        // Each kappa named as `ipap review agreement` names it ("总体", "供给型", "其他（非工具）"; "Kappa" in both
        // languages): the line gave the tool gutter's letters and the English "other" and "Cohen's κ" on a
        // Chinese screen. The overall kappa beside the pair, the classes' below it, a class never split from
        // its kappa: a line of all of them did not fit 80 columns in English.
        let kappas = ([a.overall] + a.perClass).map { k in
            (CoderAgreement.Kappa.className(k.toolClass, in: context.taxonomy).map(context.name) ?? k.toolClass ?? "") + " "
                + (k.kappa.map { String(format: "%.2f", $0) } ?? "-")
        }
        let overall = "Kappa \(a.coderA) / \(a.coderB)" + context[.colon] + kappas[0], disagreements = context[.codingDifferences(a.differencesText)]
        // On one row where the header's width holds it (200 columns), the pair took two there too.
        let oneRow = ([overall] + kappas.dropFirst() + [disagreements]).joined(separator: "  ")
        var lines: [ScreenContent.Line] = [.init(oneRow)]
        if DisplayWidth.of(oneRow) > context.width - 2 {
            // One space in, so that the English classes fit 80 columns on one line.
            lines = [.init(overall + "  " + disagreements)] + Layout.packItems(Array(kappas.dropFirst()), indent: " ", width: context.width - 2).map { .init($0) }
        }
        // The clauses both coded with a tool the taxonomy lacks, left out of the kappas, counted (named by `ipap
        // review agreement` and the report: a list here would push the entries off the screen); under the pair's
        // kappas, which it no longer names, so that it fits 80 columns in English.
        if !a.unclassified.isEmpty {
            lines.append(.init(" " + context[.unknownToolClauses(a.unclassified.count)], style: Theme.vague))
        }
        return lines
    }

    /// `f` and `F` filter the review entries, not the documents.
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? {
        var s = state
        switch action {
        case .filter:
            s.prompt = Prompt(kind: .reviewFilter, text: ReviewFilterSyntax.format(s.reviewFilter))
        case .clearFilter:
            s.reviewFilter = ReviewFilter()
            s.message = Label.filterCleared.text(in: s.language)
        default:
            return nil
        }
        return s
    }
}
