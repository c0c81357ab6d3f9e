import PolicyModel
import TerminalUI

/// The document list (filterable) and one document: metadata, relations, findings, text.
/// A list of documents under a filter (the Documents tab, or the documents behind a number).
struct DocumentListScreen: Screen {
    let context: ScreenContext
    let title: String
    let filter: DocumentFilter
    let showFilter: Bool

    /// The Documents tab searches the documents' texts, not only the titles on its rows (with no texts in the
    /// corpus, `/` finds the titles in the list itself).
    func searchResults(for query: String) -> Route? {
        showFilter && context.corpus.documents.contains(where: \.hasText) ? .textSearch(query) : nil
    }

    func content() -> ScreenContent {
        var c = ScreenContent()
        // An area keeps what its page lists (titles, and texts coded to it), said on the result line.
        let filtered = FilteredDocuments(filter, corpus: context.corpus, textAreas: context.analysis?.textAreas)
        let docs = filtered.documents
        let byText = filtered.byText > 0 || filtered.unknown > 0 ? context[.areaFilterCounts(byText: filtered.byText, unknown: filtered.unknown)] : ""
        if showFilter {
            // Within the review's scope (`w`) the list's total is the scope's: say so, and what the corpus holds.
            let scope = context.inputs.scope
            c.header = [.init(context[.filterPrefix] + context.describe(filter) + "   " + context[.documentsOf(shown: docs.count, total: context.corpus.documents.count)] + byText
                              + (scope.isAll ? "" : context[.inScope(context.scopeStatement, corpus: context.corpusCount)])
                              + context[.fFilterFClear], style: .dim)]
        } else {
            c.header = [.init(context.describe(filter) + "   " + context[.documentCount(docs.count)] + byText, style: .dim)]
        }
        c.columns = context.documentColumns()
        c.rows = docs.map(context.documentRow)
        if docs.isEmpty { c.rowsFittedWhenEmpty = context.corpus.documents.map(context.documentRow) }
        return c
    }
}

/// One document: metadata, relations, findings and its text, with the analysis when there is one.
struct DocumentScreen: Screen {
    let context: ScreenContext
    let id: String

    /// The clause under the cursor (else its line) and where it is from: number, title, span.
    func copying(in state: AppState, content: ScreenContent) -> AppState {
        var s = state
        guard let d = context.corpus.document(id), let text = context.corpus.text(of: d), content.rows.indices.contains(state.view.selected) else {
            s.message = context[.pressYOnALine]
            return s
        }
        let row = content.rows[state.view.selected]
        guard let span = row.clause.map({ $0.start..<$0.end }) ?? Dashboard.textRange(at: state.view.selected, in: content) else {
            s.message = context[.pressYOnALine]
            return s
        }
        let scalars = text.scalarArray
        let range = min(span.lowerBound, scalars.count)..<min(span.upperBound, scalars.count)
        var passage = ""
        passage.unicodeScalars.append(contentsOf: scalars[range])
        let citation = context[.passageCitation(number: d.number ?? d.id, title: d.title, from: range.lowerBound, to: range.upperBound)]
        s.effects.append(.copy(passage.trimmingCharacters(in: .whitespacesAndNewlines) + citation))
        return s
    }

    func content() -> ScreenContent {
        guard let d = context.corpus.document(id) else { return context.missing(id) }
        var c = ScreenContent()
        // With the analysis, the indicators stand in a side panel at wide sizes, and the review marks take the
        // table's last column when anything is reviewed: the rows wrap in what is left (a line that filled the
        // column lost its last character under the mark column).
        let shownText = context.corpus.text(of: d)
        let details = (shownText?.isEmpty ?? true) ? nil : context.analysis?.details(d.id)
        // The panel first: on a wide screen it is as wide as its lines need (`Layout.panelWidth(screen:lines:)`).
        let panel = details.map { context.indicatorPanel($0, of: d.id) } ?? []
        let panelWidth = Layout.panelWidth(screen: context.width, lines: panel)
        let bodyWidth = context.rowWidth(besidePanelOf: details != nil && context.width >= Layout.panelMinimumWidth ? panelWidth : 0)
        func textRows(_ text: String, indent: String = "") -> [ScreenContent.Row] {
            context.textRows(text, indent: indent, within: bodyWidth)
        }
        let issuers = context.taxonomy.issuerNames(of: d, in: context.language)
        // The province in the interface's language; a city or county has only its Chinese name.
        let region = d.region.flatMap { context.taxonomy.division($0) }.map { context.name($0.displayName) + (d.locality.map { " " + $0.zh } ?? "") }
        let seen = context[.seen] + context.name(d.source.seenLabel)
        c.header = [.init(d.title, style: .bold),
                    .init([d.number ?? context[.numberUnknown], context.name(d.level.name), region, issuers.joined(separator: context[.listSeparator])]
                        .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "  "))]
        let areas = d.actionAreas.ids.compactMap { context.taxonomy.area($0) }.map { context.name($0.name) }
        let unknown = context[.unknown]
        c.rows += context.reviewRows(about: ReviewSubject(kind: .document, id: id), within: bodyWidth)
        c.rows.append(.init(cells: [context[.metadata]], kind: .heading))
        if let note = d.extra["titleNote"] {
            // As written; an English one said to be so in the Chinese interface, as the cataloguer's note below.
            let label = CatalogueNote(note).isMarked(in: context.language) ? context[.titleNoteUntranslated] : context[.titleNote]
            c.rows += textRows(label + Sanitizer.sanitize(note), indent: "  ")
        }
        // The number's year only: `year` falls back to the publication date, which is not when it was written.
        c.rows += textRows(context[.written] + (d.dateWritten?.description ?? d.numberYear.map { context[.yearFromNumber($0)] } ?? unknown)
                           + context[.published] + (d.datePublished?.description ?? unknown)
                           + context[.kindPrefix] + context.name(d.kind.name) + "   " + d.id)
        c.rows += textRows(seen, indent: "  ")
        c.rows += textRows(context[.actionAreas] + (areas.isEmpty ? "-" : areas.joined(separator: context[.listSeparator]))
                           + (d.actionAreas.coding == .machine ? context[.machineCodedFromTheTitle] : context[.codedByHand]), indent: "  ")
        // What the province, issuer and area counts read for a document whose title names no area.
        if let coded = context.analysis?.textAreas[d.id] {
            let names = context.taxonomy.areas.filter { coded.contains($0.id) }.map { context.name($0.name) }
            c.rows += textRows(context[.actionAreasFromText] + (names.isEmpty ? "-" : names.joined(separator: context[.listSeparator])), indent: "  ")
        }
        c.rows += textRows(context[.source] + (d.source.url ?? "-"), indent: "  ")
        if let v = d.source.seen.url, v != d.source.url {
            c.rows += textRows(context[.seenAt] + v, indent: "  ")
        }
        // Where the text itself was fetched from (`ipap fetch`), as `ipap show` says it.
        if let fetched = d.source.fetched {
            c.rows += textRows(context[.textFrom] + context.name(fetched.label), indent: "  ")
        }
        if d.synthetic {
            c.rows += textRows(context[.syntheticGeneratedTextNotA])
        }
        c.columns = context.documentColumns()
        c.showsColumnTitles = false
        let bases = d.basedOn.compactMap(context.corpus.document)
        if !bases.isEmpty {
            c.rows.append(.init(cells: [context[.implementsHeading(bases.count)]], kind: .heading))
            c.rows += bases.map(context.documentRow)
        }
        let children = context.corpus.implementations(of: d.id)
        if !children.isEmpty {
            c.rows.append(.init(cells: [context[.implementedByHeading(children.count)]], kind: .heading))
            c.rows += children.map(context.documentRow)
        }
        c.rows += context.findingRows(context.corpus.findings(about: .document, d.id), within: bodyWidth)
        if let note = d.note, !note.isEmpty {
            // The cataloguer's note as written (often English): said so in the Chinese interface, not translated.
            let heading = CatalogueNote(note).isMarked(in: context.language) ? context[.cataloguersNoteUntranslated] : context[.cataloguersNote]
            c.rows.append(.init(cells: [heading], kind: .heading))
            // One paragraph, as `ipap show` and the list give it: a line break in it shown as ␊, as in the title.
            c.rows += textRows(Sanitizer.sanitize(note), indent: "  ")
        }
        if let analysis = context.analysis, let indicators = details, let text = shownText {
            c.panel = panel
            c.panelWidth = panelWidth
            c.rows += context.reuseRows(d.id, analysis: analysis)
            var heading = ScreenContent.Row(cells: [context[.textJumpToTheNext]], kind: .heading)
            heading.exportedText = context[.textHeading]
            c.rows.append(heading)
            c.rows += context.textLegend(within: bodyWidth)
            // At wide sizes the indicators stand in a side panel, so the text wraps in what is left.
            c.rows += context.analysedTextRows(d, text: text, indicators: indicators, analysis: analysis, width: bodyWidth)
            return c
        }
        c.rows.append(.init(cells: [context[.textHeading]], kind: .heading))
        if let text = context.corpus.text(of: d), !text.isEmpty {
            c.rows += TextLines.rows(text, width: bodyWidth - 1, overlays: [])
        } else if d.textDeferred {
            c.rows += context.textRows(context[.theTextCouldNotBe], kind: .note, within: bodyWidth)
        } else {
            // Wrapped: at 80 columns the line was cut before it said how to add a text.
            c.rows += context.textRows(context[.thisCorpusHasNoText], within: bodyWidth)
        }
        return c
    }

    /// `c` compares with a document marked with `m`, else with the source of the passage under the cursor,
    /// else with the document it shares most with. `y` copies the clause (or line) under the cursor with its
    /// citation.
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? {
        if action == .copyPassage { return copying(in: state, content: content) }
        guard action == .compare else { return nil }
        if let marked = state.marked, marked != id {
            var s = state
            s.stack.append(.comparing(marked, id, in: context.analysis))
            return s
        }
        guard let analysis = context.analysis, let first = analysis.reusePairs(involving: id).first else {
            // Said of this document: "c in a document, or m to mark one" was said in a document.
            let hasText = context.corpus.document(id)?.hasText ?? false
            guard !hasText || context.analysis != nil else { return nil }
            var s = state
            s.message = (hasText ? Label.sharesNoPassageToCompare : Label.noTextToCompare).text(in: state.language)
            return s
        }
        let partner = Dashboard.textRange(at: state.view.selected, in: content).flatMap { analysis.pair(of: id, copyingIn: $0) } ?? first
        var s = state
        s.stack.append(partner.source == id ? .compare(id, partner.target) : .compare(partner.source, id))
        return s
    }
}
