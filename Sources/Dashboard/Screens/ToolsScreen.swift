import PolicyAnalysis
import PolicyModel
import SafeText
import TerminalUI

extension ScreenContext {
    /// How many passages or clauses a page of many documents quotes (a tool's clauses, an indicator's evidence):
    /// later documents are listed with their count. A quote needs the document's text read, and a clause's its
    /// coding made again: at 10,000 documents a page quoting all of them held every key for seconds.
    static let quotesPerPage = 300

    /// A quoted passage of a document (capped), opening the document at it.
    func quoteRow(_ text: String, span: TextSpan, document id: String) -> ScreenContent.Row {
        quoteRow(text.scalarArray, span: span, document: id)
    }

    /// The same from the text's scalars, for many quotes of one text (an index into a string's scalars is
    /// found by walking them from the start: a document searched for a common word took its length per hit).
    /// `tag` stands between the span and the quote (the keywords that coded a clause).
    /// `keeping`: words the quote is about (the keywords that coded a clause), kept in view when the line is short.
    func quoteRow(_ scalars: [Unicode.Scalar], span: TextSpan, document id: String, tag: String = "",
                  keeping words: [String] = []) -> ScreenContent.Row {
        let start = min(max(0, span.start), scalars.count)
        let end = max(start, min(span.end, scalars.count))
        return quoteRow(excerpt: String(String.UnicodeScalarView(scalars[start..<end])), span: span, document: id,
                        lead: QuoteStart.lead(scalars, before: start), tag: tag, keeping: words)
    }

    /// The same from the span's characters alone; `lead` is the text just before the span (`QuoteStart.lead`).
    /// The quote stays exactly the span's characters (the evidence as analysed, and as `[start–end]` says),
    /// started as `QuoteStart` says: "「…二）发展目标。」" for a span that starts inside a bracket.
    func quoteRow(excerpt: String, span: TextSpan, document id: String, lead: String = "", tag: String = "",
                  keeping words: [String] = []) -> ScreenContent.Row {
        // The span (and the tag) first, then as much of the quote as the line holds.
        let location = "    [\(span.start)–\(span.end)] " + (tag.isEmpty ? "" : tag + " ")
        // The brackets take 4 columns and a text row starts one column in (`Render.renderTable`): the closing bracket
        // is never cut.
        let room = max(10, rowWidth() - 1 - DisplayWidth.of(location) - 4)
        let text = Self.keepingInView(words, of: QuoteStart.mark(excerpt, after: lead) + excerpt.replacingNewlines(), room: room)
        let quote = DisplayWidth.truncate(text, to: room)
        var row = ScreenContent.Row(cells: [location + "「" + quote + "」"], target: .document(id), kind: .text)
        row.focus = span.start
        return row
    }
}

extension ScreenContext {
    /// `text` starting late enough ("…" first) that the first of `words` it holds ends inside `room` columns, with a few
    /// to spare: at 80 columns a clause coded 人才培养 was cut before 人才培训, the words that coded it (QA pass 48).
    static func keepingInView(_ words: [String], of text: String, room: Int) -> String {
        guard DisplayWidth.of(text) > room,
              let found = words.lazy.compactMap({ $0.isEmpty ? nil : text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              DisplayWidth.of(String(text[..<found.upperBound])) > room - 1 else { return text }
        let spare = min(4, max(0, room - 1 - DisplayWidth.of(String(text[found]))))
        // The width left is kept as characters are dropped from the front (measured once, not once per character:
        // a long clause made this quadratic).
        var start = text.startIndex
        var width = DisplayWidth.of(String(text[..<found.upperBound]))
        while start < found.lowerBound && 1 + width > room - spare {
            width -= DisplayWidth.of(text[start])
            start = text.index(after: start)
        }
        return "…" + text[start...]
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}

/// Policy tools by action area, level or year (`v`): clause counts with a cursor; Enter lists the clauses.
struct ToolsScreen: SwitchesViews {
    let context: ScreenContext
    let variant: Int

    func content() -> ScreenContent {
        var c = ScreenContent()
        guard let analysis = context.analysis else { return context.needsTexts(c) }
        let dimension = ToolDimension(rawValue: variant % ToolDimension.allCases.count) ?? .area
        let toolList = context.taxonomy.tools.classes.flatMap { cls in cls.tools.map { (cls, $0) } }
        // Each column's label, and its name in full for what Enter says on an empty cell.
        let columns: [(id: ToolScope, label: String, name: String)]
        switch dimension {
        case .area: columns = context.taxonomy.areas.map { (.area($0.id), context.name($0.shortName), context.name($0.name)) }
        case .level: columns = Level.allCases.map { (.level($0), context.levelCode($0), context.name($0.name)) }
        case .year: columns = Array(Set(context.corpus.documents.compactMap { analysis.indicators($0.id) != nil ? $0.year : nil })).sorted()
            .map { (.year($0), String($0), String($0)) }
        }
        // tool -> column -> clauses; tool -> clauses with it (the Total, the same in every view: a clause coded to
        // two areas counts in both area columns, once in the Total).
        var counts: [String: [ToolScope: Int]] = [:], totals: [String: Int] = [:]
        let documents = context.corpus.documents
        for (tool, entries) in context.toolDocuments?.byTool ?? [:] {
            for entry in entries {
                let byArea = entry.clauses
                let clauses = ToolAreaCounts.clauses(byArea)
                totals[tool, default: 0] += clauses
                switch dimension {
                case .area:
                    for (area, n) in byArea where area != ToolAreaCounts.allClauses { counts[tool, default: [:]][.area(area), default: 0] += n }
                case .level:
                    counts[tool, default: [:]][.level(documents[entry.position].level), default: 0] += clauses
                case .year:
                    if let y = documents[entry.position].year { counts[tool, default: [:]][.year(y), default: 0] += clauses }
                }
            }
        }
        let dimensionName = [context[.areaDimension], context[.levelDimension], context[.yearDimension]][dimension.rawValue]
        c.header = [.init(context[.policyTools] + dimensionName + context[.clausesVSwitchesAreaLevel], style: .dim),
                    .init(context[.toolTotalCountsEachClauseOnce], style: .dim)]
        let maxValue = counts.values.flatMap(\.values).max() ?? 0
        var rowLabels: [String] = [], values: [[Double?]] = [], texts: [[String]] = [], targets: [[Route?]] = [], notes: [[String]] = []
        for (cls, tool) in toolList {
            rowLabels.append((cls.isTool ? context.toolClassShort(cls.id) : context[.otherLetter]) + " " + context.name(tool.name))
            let row = columns.map { counts[tool.id]?[$0.id] ?? 0 }
            let total = totals[tool.id] ?? 0
            values.append(row.map { $0 == 0 ? nil : Double($0) / Double(max(1, maxValue)) } + [nil])
            // The Total as its cells: '·' for none (it read '0' beside the '·' of its areas).
            texts.append((row + [total]).map { $0 == 0 ? Self.zeroMark : String($0) })
            targets.append(columns.map { col in (counts[tool.id]?[col.id] ?? 0) > 0 ? Route.toolClauses(tool: tool.id, scope: col.id) : nil }
                           + [total > 0 ? Route.toolClauses(tool: tool.id, scope: .all) : nil])
            // Enter on a '·' says what it means, where it said 'empty cell'.
            let toolName = context.name(tool.name)
            notes.append(zip(columns, row).map { col, n in n > 0 ? "" : context[.noClauseCoded(tool: toolName, in: col.name)] }
                         + [total > 0 ? "" : context[.noClauseCoded(tool: toolName, in: nil)]])
        }
        c.grid = ScreenContent.Grid(kind: .matrix, rowLabels: rowLabels, columnLabels: columns.map(\.label) + [context[.total]],
                                    values: values, texts: texts, targets: targets, notes: notes, cellWidth: dimension == .area ? 9 : 7,
                                    zeroMark: Self.zeroMark)  // area labels: 4 CJK characters or 8 letters (`ActionArea.short`)
        return c
    }

    enum ToolDimension: Int, CaseIterable { case area, level, year }

    /// A cell no clause is counted in, as the matrix shows it (a view's export writes 0).
    static let zeroMark = "·"
}

/// The clauses coded with a tool (in one area, level or year), each opening the document at the clause.
struct ToolClausesScreen: BuildsInBackground {
    let context: ScreenContext
    let tool: String
    let scope: ToolScope

    func content() -> ScreenContent {
        var c = ScreenContent()
        guard context.analysis != nil else { return context.needsTexts(c) }
        let coding = context.reviewedCoding
        c.columns = context.documentColumns()
        let counted = countedDocuments()
        let machine = machineCodings(of: counted)
        var quoted = 0, capped = false
        for (position, (d, count)) in counted.enumerated() {
            // ... past the quoted clauses, listed with their count: quoting needs the document coded again (clause
            // coding is not stored), a millisecond a document, and a cell of 4,911 documents held every key 5.6 s.
            // ... unless Enter was pressed on its count (`ViewState.expanded`): that one document is coded and quoted.
            guard quoted < ScreenContext.quotesPerPage || context.expanded.contains(d.id) else {
                c.rows.append(context.documentRow(d))
                var row = ScreenContent.Row(cells: ["    … " + context[.clausesNotQuoted(count)]], kind: .text)
                row.expands = d.id
                c.rows.append(row)
                capped = true
                continue
            }
            // (Coded here when the counts and the clauses listed part: not expected, but never shown as unreadable.)
            let coded = position < machine.count ? machine[position] : Self.coded(d, context: context)
            guard let (scalars, machineCoding) = coded else {
                c.rows += [context.documentRow(d), context.textUnreadableRow]
                continue
            }
            // ... and their clauses it counts, the overrides applied as the counts apply them (`ToolAreaCounts.counts`).
            let clauses = coding.clauses(document: d.id, coding: machineCoding).filter { clause in
                clause.tools.contains(tool) && ToolAreaCounts.keys(areas: clause.actionAreas).contains(scope.toolAreaKey)
            }
            c.rows.append(context.documentRow(d))
            quoted += clauses.count
            for clause in clauses {
                // The keywords that coded it to this tool stay in view (none where an analyst's code stands).
                let words = clause.toolOverride == nil && machineCoding.indices.contains(clause.index)
                    ? machineCoding[clause.index].evidence.filter { $0.tool == tool }.map(\.keyword) : []
                c.rows.append(context.quoteRow(scalars, span: clause.span, document: d.id, keeping: words))
            }
        }
        if c.rows.isEmpty {
            c.rows = [.init(cells: [context[.noClauses]], whyNothingOpens: context[.noClauseToOpen], kind: .text)]
        } else {
            c.header = header(counted, capped: capped)
        }
        return c
    }

    /// The page while its quotes are built in the background: its header as the page will have it (the counts are the
    /// summary's), and a line that says the clauses are being quoted. Nil where the page is quick to build whole: no
    /// analysis, or no clause to quote.
    func loadingContent() -> ScreenContent? {
        guard context.analysis != nil else { return nil }
        let counted = countedDocuments()
        guard !counted.isEmpty else { return nil }
        // No column titles: the built page fits its columns to its rows, and titles drawn wider now would move then.
        var c = ScreenContent()
        c.showsColumnTitles = false
        c.header = header(counted, capped: quotedDocuments(counted) < counted.count)
        c.rows = [.init(cells: [context[.quotingClauses]], kind: .note)]
        return c
    }

    /// The documents the cell counts (`toolAreaCounts`, the analysts' overrides applied), with their clauses in it, in
    /// the corpus's order.
    private func countedDocuments() -> [(PolicyDocument, Int)] {
        let documents = context.corpus.documents, key = scope.toolAreaKey
        return (context.toolDocuments?.byTool[tool] ?? []).compactMap { entry -> (PolicyDocument, Int)? in
            guard let count = entry.clauses[key], count > 0, scope.admits(documents[entry.position]) else { return nil }
            return (documents[entry.position], count)
        }
    }

    /// What the page lists, and how many (every document counted, quoted or not): the status line may cut the place
    /// to offer a key. `capped`: later documents are listed with their counts alone.
    private func header(_ counted: [(PolicyDocument, Int)], capped: Bool) -> [ScreenContent.Line] {
        let clauses = counted.reduce(0) { $0 + $1.1 }
        var header: [ScreenContent.Line] = [
            .init(context[.toolClausesHeading(place: context.label(for: .toolClauses(tool: tool, scope: scope)),
                                              clauses: clauses, documents: counted.count)], style: .bold, keepsItemsWhole: true)]
        if capped {
            header.append(.init(context[.toolClausesQuotesCapped(ScreenContext.quotesPerPage)], style: .dim))
        }
        return header
    }

    /// How many of the first documents the page quotes: those before `quotesPerPage` clauses are reached, by their counts.
    private func quotedDocuments(_ counted: [(PolicyDocument, Int)]) -> Int {
        var quoting = 0, total = 0
        while quoting < counted.count && total < ScreenContext.quotesPerPage {
            total += counted[quoting].1
            quoting += 1
        }
        return quoting
    }

    /// The texts (as scalars, for the quotes) and machine codings of the documents the page quotes (those before
    /// `quotesPerPage` clauses are reached, by their counts), read and coded on every core: one after another, a first
    /// cell at 10,000 documents coded about 200 documents in 0.2-0.37 s. Nil for a document whose text cannot be read.
    private func machineCodings(of counted: [(PolicyDocument, Int)]) -> [([Unicode.Scalar], [ClauseCoding])?] {
        let context = self.context
        return ParallelSlots<([Unicode.Scalar], [ClauseCoding])?>.map(quotedDocuments(counted)) { Self.coded(counted[$0].0, context: context) }
    }

    private static func coded(_ d: PolicyDocument, context: ScreenContext) -> ([Unicode.Scalar], [ClauseCoding])? {
        context.corpus.text(of: d).map { ($0.scalarArray, context.machineCoding(of: d.id, text: $0)) }
    }
}
