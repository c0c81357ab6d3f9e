import PolicyAnalysis
import PolicyModel
import TerminalUI

extension Dashboard {
    public static let minimumSize = Layout.minimumSize

    /// Draws the state into a canvas: tabs, header, chart, table, status line, prompt.
    public static func render(_ state: AppState, into canvas: inout Canvas) {
        let shown = Layout.shown(state)
        let content = shown.content
        let layout = Layout(state: state, content: content)
        let builder = ScreenContext(state: state)

        // Numbered as the keys that select them: 1-9, then 0. Full names, short names, then short and unpadded,
        // whatever fits beside the SYNTHETIC mark.
        let mark = state.corpus.isSynthetic ? (Label.syntheticTabMark.text(in: state.language)) : ""
        let room = layout.tabs.width - DisplayWidth.of(mark)
        func numbered(_ labels: [String], gap: String = " ") -> [String] {
            labels.enumerated().map { "\(($0.offset + 1) % 10)\(gap)\($0.element)" }
        }
        var tabs = Tabs(titles: numbered(Route.tabs.map { builder.label(for: $0) }), active: state.stack.first?.tabIndex ?? 0, numbered: false)
        if tabs.fullWidth > room {
            tabs.titles = numbered(Route.tabs.map { builder.shortLabel(for: $0) })
        }
        if tabs.fullWidth > room {
            tabs.titles = numbered(Route.tabs.map { builder.shortLabel(for: $0) }, gap: "")
            tabs.compact = true
            tabs.separator = " "
        }
        tabs.render(into: &canvas, area: Rect(x: layout.tabs.x, y: layout.tabs.y, width: max(0, room), height: 1))
        if !mark.isEmpty, layout.tabs.width > DisplayWidth.of(mark) + 20 {
            _ = canvas.put(mark, x: layout.tabs.maxX - DisplayWidth.of(mark), y: layout.tabs.y, style: Theme.synthetic)
        }

        for (lines, area) in [(content.header, layout.header), (content.footer, layout.footer)] {
            for (i, line) in Layout.shownLines(lines, width: state.size.width, rows: area.height).enumerated() {
                _ = canvas.put(line.text, x: area.x + 1, y: area.y + i, style: line.style, maxWidth: area.width - 1)
            }
        }

        if let chart = content.chart, !layout.chart.isEmpty {
            renderChart(chart, compact: layout.compactChart, language: state.language, into: &canvas, area: layout.chart)
        }

        var tableArea = layout.table
        if !content.panel.isEmpty {
            let split = tableArea.splitLeft(Layout.tableWidth(screen: tableArea.width, besidePanel: true,
                                                              panelWidth: content.panelWidth ?? Layout.panelWidth))
            tableArea = split.left
            // The footer's lines under the panel's: beside the rows they are about, which keep the table's whole height.
            let reviewed = ReviewMarks(state.reviews)
            renderPanel(content.panel + content.footer, into: &canvas, area: split.rest) { reviewed.marks($0, on: state.route) }
        }
        if let grid = content.grid {
            renderGrid(grid, state: state, into: &canvas, area: tableArea)
        } else {
            renderTable(content, state: state, into: &canvas, area: tableArea)
        }

        let line = statusLine(state, shown, builder)
        let messageRows = Layout.messageRows(state)
        if state.prompt?.refusal != nil || messageRows.count > 1 || !showsWhole(line, state: state) {
            // Read whole, where the status line cut a refusal or a message in its middle beside the place.
            let style = state.prompt?.refusal == nil ? line.style : Theme.refusal
            canvas.fill(layout.status, style: style)
            for (i, row) in messageRows.enumerated() {
                _ = canvas.put(row, x: layout.status.x + 1, y: layout.status.y + i, style: style, maxWidth: layout.status.width - 1)
            }
        } else {
            line.render(into: &canvas, area: layout.status)
        }

        if let prompt = state.prompt, let area = layout.prompt {
            let language = state.language
            // A prompt about a review target names it as the Reviews tab does ("标签（Tab 补全）文件 demo-00019 条款 10："),
            // whole: what helps to type (Tab completes, the machine's codes, the indicator rated) gives way first, the
            // fullest label that fits is shown. Its answer is short (tags, a code, a rating's letter; a note is shown in
            // its box), so the label may take all but 24 columns, or 14 for a rating, whose choices are long.
            let colon = Label.colon.text(in: language)
            let labels: [String]
            switch prompt.kind {
            case .search: labels = ["/"]
            case .palette: labels = [":"]
            case .filter, .reviewFilter: labels = [Label.filterPrompt.text(in: language)]
            case .rowFilter: labels = [Label.filterThisListEveryWord.text(in: language)]
            case .tag(let target):
                // A clause's first words say which of a row's clauses it is (↑ ↓ take the next), as the override's do.
                let abouts = clauseQuotes(prompt, language).map { builder.targetLabel(target) + $0 + colon }
                labels = abouts.flatMap { [Label.tagsTabCompletes.text(in: language) + $0, Label.tagsPrompt.text(in: language) + $0] }
            case .note(let target):
                labels = clauseQuotes(prompt, language).map { Label.notePrompt.text(in: language) + builder.targetLabel(target) + $0 + colon }
            case .rate(let target, let indicator):
                // What is rated first, then the indicator, which gives way first (the status line names it too): at 80
                // columns the target was cut away whole. The indicator as a whole (a row that is no reviewable thing,
                // such as a year) is named once, without its kind where that does not fit ("rate" says what it is).
                let prompt = Label.ratePrompt.text(in: language), choices = Label.ratePromptChoices.text(in: language)
                let rate = prompt + builder.targetLabel(target), indicatorName = builder.label(for: .indicator(indicator))
                // Before the indicator gives way, the choices are said short: at 80 columns a document's rating named no
                // indicator (QA pass 48).
                let short = Label.ratePromptChoicesShort.text(in: language)
                // On a document's page ↑ ↓ take the other indicators of its panel, said while there is room.
                let cycling = state.prompt?.cycles == true ? [Label.ratePromptChoicesCycling, .ratePromptChoicesShortCycling].map { rate + " · " + indicatorName + $0.text(in: language) } : []
                // Then the target gives way (the status line names it), not the indicator (QA pass 49: in English at
                // 80 columns the indicator was dropped).
                labels = target == ReviewTarget(kind: .indicator, id: indicator.rawValue) ? [rate + choices, prompt + indicatorName + choices]
                    : cycling + [rate + " · " + indicatorName + choices, rate + " · " + indicatorName + short,
                                 prompt + indicatorName + short, rate + choices]
            case .override(let target, let codes):
                // A clause coded nothing says "none" where its codes would be, as the Reviews tab does ("人才培养（机器编码：
                // 无）"): the list was empty, "（；写工具名…）".
                func listed(_ tools: [String], _ areas: [String]) -> String {
                    let names = tools.map { builder.codeName($0, field: .policyTool) } + areas.map { builder.codeName($0, field: .actionArea) }
                    return names.isEmpty ? Label.noMachineCode.text(in: language) : names.joined(separator: Label.listSeparator.text(in: language))
                }
                // The clause's first words say which of a row's clauses it is (↑ ↓ take the next). QA pass 48b: the codes
                // gave way first, and the prompt said only "override document … clause 0:".
                let quotes = clauseQuotes(prompt, language).dropLast()
                let about = Label.overridePrompt.text(in: language) + builder.targetLabel(target)
                let clauseOnly = target.clause.map { Label.overridePrompt.text(in: language) + builder[.clause($0)].trimmingWhitespace() }
                let hint = Label.overridePromptHint.text(in: language), close = Label.closeParen.text(in: language) + colon
                let open = Label.openParen.text(in: language)
                // What the parentheses hold, longest first.
                let inside: [String]
                if codes.currentAreMachine {
                    let listedNow = listed(codes.currentTools, codes.currentAreas)
                    inside = [listedNow + hint, listedNow + close]
                } else {
                    // Overridden by an analyst: the codes now, named so with who overrode them, then the machine's (what
                    // the entry records as replaced), never the one shown as the other. The hint gives way first, then
                    // the machine's codes, then the codes now; who overrode them stays longest.
                    let whose = Phrase.codesNow(by: codes.overriddenBy).text(in: language)
                    let now = whose + colon + listed(codes.currentTools, codes.currentAreas)
                    let both = codes.machine.map { now + Label.overridePromptMachine.text(in: language) + listed($0.tools, $0.actionAreas) } ?? now
                    inside = [both + hint, both + close, now + close] + (codes.overriddenBy.isEmpty ? [] : [whose + close])
                }
                // The document gives way first, then the codes, then the words.
                let heads = quotes.map { about + $0 } + (clauseOnly.map { c in quotes.map { c + $0 } } ?? [])
                labels = heads.flatMap { head in inside.map { head + open + $0 } }
                    + (clauseOnly.map { c in quotes.map { c + $0 + colon } } ?? []) + [about + colon]
            case .export: labels = [Label.exportMarkdownCsvJsonFile.text(in: language)]
            }
            let typed: Int? = switch prompt.kind {
            case .rate: 14
            case .tag, .note: 24
            // Room for a code and a reason as they are typed: until then the clause's words and its codes can both show
            // at 80 columns.
            case .override: max(12, min(24, DisplayWidth.of(prompt.text) + 2))
            default: nil
            }
            let room = labelRoom(area.width, leaving: typed)
            let label = labels.first { DisplayWidth.of($0) <= room } ?? labels[labels.count - 1]
            if case .note = prompt.kind {
                // Several lines: a box above the prompt shows the note as it will be saved.
                let lines = prompt.text.components(separatedBy: "\n")
                let height = min(max(3, lines.count + 2), max(3, state.size.height - 4))
                Modal(title: label, lines: lines.suffix(max(1, height - 2)).map { $0 },
                      footer: prompt.refusal ?? Label.enterNewLineCtrlD.text(in: language))
                    // Above the status line, which keeps saying where the note goes (QA pass 49: the box covered it).
                    .render(into: &canvas, area: Rect(x: 0, y: max(1, area.y - 1 - height), width: state.size.width, height: height))
                PromptLine(label: fitted(label, in: area.width, leaving: typed), text: lines.last ?? "").render(into: &canvas, area: area)
            } else {
                // A selected pre-filled value is drawn underlined: typing replaces it.
                PromptLine(label: fitted(label, in: area.width, leaving: typed), text: prompt.text, cursor: prompt.editor.cursor,
                           style: prompt.selected ? Style(underline: true) : .plain)
                    .render(into: &canvas, area: area)
            }
            if case .override = prompt.kind, !prompt.candidates.isEmpty, area.y > 3 {
                // The codes Tab left to choose from, each with its name; typing more and Tab again narrows them.
                let field: ReviewOverride.Field = ReviewActions.fieldPrefix(prompt.text).field == .actionArea ? .actionArea : .policyTool
                let shown = min(prompt.candidates.count, area.y - 3)
                let lines = prompt.candidates.prefix(shown).map { $0 + "  " + builder.codeName($0, field: field) }
                let footer = shown < prompt.candidates.count ? "\(shown)/\(prompt.candidates.count)  " : ""
                let modal = Modal(title: Label.codesStartingSo.text(in: language), lines: lines,
                                  footer: footer + Label.typeMoreThenTab.text(in: language))
                modal.render(into: &canvas, area: modal.frame(in: Rect(x: area.x, y: area.y - shown - 2, width: area.width, height: shown + 2)))
            }
            if prompt.kind == .palette {
                renderCandidates(Palette.candidates(prompt.text, state: state), typed: prompt.text, chosen: prompt.choice, above: area,
                                 language: language, into: &canvas)
            }
        }
    }

    /// The palette's candidates of every kind in a box above the prompt, the chosen one reversed. Typed text that
    /// matches nothing says so at once, and what may be typed: the box was simply not drawn, and 'nothing called:
    /// heat' came only after Enter.
    static func renderCandidates(_ candidates: [Palette.Candidate], typed: String, chosen: Int, above prompt: Rect, language: Language,
                                 into canvas: inout Canvas) {
        let typed = typed.trimmingWhitespace()
        if candidates.isEmpty, !typed.isEmpty, prompt.y > 3 {
            let modal = Modal(title: Label.goToTitle.text(in: language), lines: [Label.nothingCalled.text(in: language) + typed],
                              footer: Label.paletteGoesTo.text(in: language))
            modal.render(into: &canvas, area: modal.frame(in: Rect(x: prompt.x, y: prompt.y - 3, width: prompt.width, height: 3)))
            return
        }
        guard !candidates.isEmpty, prompt.y > 3 else { return }
        let shown = min(candidates.count, 8, prompt.y - 2)
        let first = min(max(0, chosen - shown + 1), candidates.count - shown)
        let lines = candidates[first..<(first + shown)].map { "[" + $0.kind + "] " + $0.label }
        let footer = "\(chosen + 1)/\(candidates.count)  " + (Label.chooseEnterOpenTabComplete.text(in: language))
        let modal = Modal(title: Label.goToTitle.text(in: language), lines: lines, footer: footer)
        let box = modal.frame(in: Rect(x: prompt.x, y: prompt.y - shown - 2, width: prompt.width, height: shown + 2))
        modal.render(into: &canvas, area: box)
        let y = box.y + 1 + (chosen - first)
        if y < box.maxY - 1 { canvas.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: .reverse) }
        if y < box.maxY - 1 {
            // Cut as the box cuts its other lines: with an ellipsis.
            _ = canvas.put(DisplayWidth.truncate(lines[chosen - first], to: box.width - 4), x: box.x + 2, y: y, style: .reverse, maxWidth: box.width - 4)
        }
    }

    /// A prompt's clause quoted long (a wide screen), shorter, a few characters, then not at all (QA pass 49: at 80
    /// columns the words gave way, and a row of three clauses read the same for each).
    static func clauseQuotes(_ prompt: Prompt, _ language: Language) -> [String] {
        guard let words = prompt.excerpt else { return [""] }
        return [24, 10, 6].map { Phrase.clauseOpening(ReviewActions.clipped(words, to: $0)).text(in: language) } + [""]
    }

    /// The columns a prompt's label may take (`fitted`).
    static func labelRoom(_ width: Int, leaving typed: Int?) -> Int { max(1, typed.map { width - $0 } ?? min(width / 2, width - 20)) }

    /// A prompt's label leaves at least half the line, and 20 columns, to what is typed, or `typed` columns when
    /// the answer is short (a rating's letter: its choices were cut at 80 columns; a tag, a code). A label that is cut keeps its
    /// ending (": ", "：") after the ellipsis, or gains a space, so that it never runs into the value.
    static func fitted(_ label: String, in width: Int, leaving typed: Int? = nil) -> String {
        let room = labelRoom(width, leaving: typed)
        guard DisplayWidth.of(label) > room else { return label }
        var body = Substring(label)
        while let last = body.last, ":： ".contains(last) { body.removeLast() }
        let ending = body.endIndex < label.endIndex ? String(label[body.endIndex...]) : " "
        // What to type, in a closing bracket ("(a agree / d disagree / u unsure + note)"), is kept whole while the
        // subject before it keeps 16 columns: the subject gives way first. Else the end is cut, as any label.
        if let last = body.last, last == ")" || last == "）", let open = body.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            let how = String(body[open...])
            let head = String(body[..<open]).trimmingCharacters(in: .whitespaces)
            let gap = body[..<open].last == " " ? " " : ""
            let headRoom = room - DisplayWidth.of(how) - DisplayWidth.of(ending) - gap.count
            if headRoom >= 16 { return cut(head, to: headRoom) + gap + how + ending }
        }
        return cut(String(body), to: max(1, room - DisplayWidth.of(ending))) + ending
    }

    /// A prompt's label is cut as any text is (`DisplayWidth.truncate`: its brackets closed), going back inside brackets
    /// to the last "；" or "; " in them, so that no half word is left ("导出（markdown|csv|json 文件名；…）：", where the
    /// Chinese export prompt lost its "）" at 80 columns).
    static func cut(_ text: String, to width: Int) -> String {
        DisplayWidth.truncate(text, to: width, backTo: ["；", ";"])
    }

    /// The status line: where you are, the information (progress, messages, the corpus, the position) and the hints.
    static func statusLine(_ state: AppState, _ shown: ShownContent, _ builder: ScreenContext) -> StatusLine {
        let position: String
        if shown.content.isLoading {
            // A page built in the background has no rows yet: it says so, where '0/0' read as a page with none.
            position = Label.pageLoading.text(in: state.language)
        } else if let grid = shown.content.grid {
            position = "\(min(state.view.selected + 1, grid.rowLabels.count))/\(grid.rowLabels.count)×\(min(state.view.column + 1, grid.columnLabels.count))/\(grid.columnLabels.count)"
        } else {
            // Rows that are only read (notes, headings) are not counted as a place to be: a list of notes is 0/0,
            // and the overview's first row is 1 of its rows, not 2 of rows and headings.
            let count = shown.selectable.count
            position = "\(max(count == 0 ? 0 : 1, shown.selectableCount(through: state.view.selected)))/\(count)"
        }
        // A corpus with problems says so for as long as it is open, and one changed on disk since it was loaded (the
        // message saying so goes with the next key); the name gives way so the breadcrumb stays.
        let n = state.corpusProblems
        let notices = [n == 0 ? nil : Phrase.problemCount(n).text(in: state.language),
                       state.corpusChangeSaid == nil ? nil : Label.corpusChangedShort.text(in: state.language)].compactMap { $0 }
        let notice = notices.isEmpty ? nil : notices.joined(separator: " · ")
        var scope = state.scope.isAll ? nil : state.text(state.scope.label)
        func info(nameWidth: Int, withPosition: Bool = true) -> String {
            [notice, state.corpus.isSynthetic ? "SYNTHETIC" : nil, scope,
             nameWidth <= 0 ? nil : DisplayWidth.truncate(state.corpus.name, to: nameWidth), withPosition ? position : nil]
                .compactMap { $0 }.joined(separator: " · ")
        }
        // What a key just did and the work in progress stand before the information and are cut before it.
        let progress = [
            (state.analysisProgress ?? state.analysisJob.map { $0.currentProgress }).map {
                Phrase.analysisProgress(done: $0.done, total: $0.total, secondsLeft: $0.secondsLeft).text(in: state.language)
            },
            state.textSearchJob == nil ? nil : state.textSearchProgress.map {
                Phrase.textSearchProgress(done: $0.done, total: $0.total, secondsLeft: $0.secondsLeft).text(in: state.language)
            },
            state.exportJob.map { Phrase.exporting($0.path).text(in: state.language) },
            state.message,
        ]
        let message = progress.compactMap { $0 }.joined(separator: "  ")
        // The corpus's name: 24 columns (14 beside a problem notice), and more only in columns that the
        // breadcrumb and every hint leave free, so that a wide terminal shows the whole name.
        let base = notice == nil ? 24 : 14
        var line = StatusLine(breadcrumb: state.stack.map { builder.label(for: $0) }, message: message, info: info(nameWidth: base),
                              hints: hints(state, shown))
        // From the width the name was given, not the budget: a cut before a wide character leaves one unused.
        // The line says where you are, in which corpus, at which row, whatever else gives way: the place, the name and
        // the position; the keys give way first ('?' lists them all). The name is cut, never left out (`shortestName`:
        // the Areas tab in Chinese at 80 columns read '行动领域          1/11'); a scope too long beside them is said
        // without what it leaves out within its classes, then cut (in English the position was cut away).
        let nameShown = DisplayWidth.of(DisplayWidth.truncate(state.corpus.name, to: base))
        var nameWidth = base
        func name(_ width: Int) {
            nameWidth = max(min(nameShown, shortestName), width)
            line.info = info(nameWidth: nameWidth)
        }
        // Columns the place and `info` (and the message, unless left out: the scope is not cut for a passing message)
        // need beyond the line's width. The place is its last step and the one before it after '… › ', as the line
        // keeps it when steps give way (`StatusLine.packed`); '… › ' is one column narrower than ' … › '.
        let place = line.breadcrumb.count > 2 ? ["…"] + line.breadcrumb.suffix(2) : line.breadcrumb
        func over(_ info: String, hints: [StatusLine.Hint] = [], message: String = message) -> Int {
            StatusLine(breadcrumb: place, message: message, info: info, hints: hints).neededWidth - (line.breadcrumb.count > 2 ? 2 : 1)
                - state.size.width
        }
        if scope != nil, over(info(nameWidth: shortestName), message: "") > 0 {
            scope = state.text(state.scope.shortLabel)
            let excess = over(info(nameWidth: shortestName), message: "")
            if let short = scope, excess > 0 { scope = DisplayWidth.truncate(short, to: max(shortestName, DisplayWidth.of(short) - excess)) }
            line.info = info(nameWidth: base)
        }
        let spare = state.size.width - line.neededWidth, short = over(line.info)
        let shortOfTheFirstKey = over(line.info, hints: Array(line.hints.prefix(1)))
        if spare > 0 {
            name(nameShown + spare)
        } else if shortOfTheFirstKey > 0 {
            // The first key takes the name's columns, down to its shortest: the keys change from screen to screen and
            // the name does not (the overview gives it whole). Not the end of a place that fits whole beside the name
            // (a comparison's second document): there the key gives way, and the name keeps what the place leaves it.
            // A place that does not fit whole all the same gives up the end of its last step for the key
            // (`StatusLine.packed`: a tool's clauses at 80 columns).
            name(nameShown - shortOfTheFirstKey)
            let packing = line.packed(width: state.size.width)
            line.cutsThePlaceForTheFirstHint = over(line.info) > 0
            if packing.hints.isEmpty || packing.cutsThePlace && !line.cutsThePlaceForTheFirstHint {
                name(nameShown - max(0, short))
                line.cutsThePlaceForTheFirstHint = over(line.info) > 0
            }
        }
        // Columns left between the place and the information (the breadcrumb gives way by whole steps) go to the name,
        // where the line keeps its steps and keys beside it.
        let packing = line.packed(width: state.size.width)
        let unused = state.size.width - DisplayWidth.of(packing.left) - StatusLine.gap - DisplayWidth.of(packing.right)
        if unused > 0, nameWidth < nameShown {
            var wider = line
            wider.info = info(nameWidth: nameWidth + unused)
            let widerPacking = wider.packed(width: state.size.width)
            if widerPacking.left == packing.left, widerPacking.hints == packing.hints { line = wider }
        }
        // A message is read whole before the position, which the next key brings back ('undone: note on document
        // demo-00019  copied' at 80 columns); SYNTHETIC stays whatever is cut (`StatusLine.packed`).
        var withoutHints = line
        withoutHints.hints = []
        if !message.isEmpty, withoutHints.neededWidth - 1 > state.size.width {
            line.info = info(nameWidth: 0, withPosition: false)
        }
        return line
    }

    /// The columns a corpus's name is cut to at the least: '互联网+…' still tells the bundled catalogue from an analyst's
    /// corpus, where a shorter cut says nothing.
    static let shortestName = 8

    /// Whether the status line shows the message (if any) whole beside the place.
    static func showsWhole(_ line: StatusLine, state: AppState) -> Bool {
        guard let message = state.message, !message.isEmpty else { return true }
        return line.packed(width: state.size.width).right.contains(Sanitizer.sanitize(message))
    }

    static func hints(_ state: AppState, _ shown: ShownContent) -> [StatusLine.Hint] {
        let language = state.language
        let screen = ScreenContext(state: state).screen
        var hints: [StatusLine.Hint] = []
        // Only what works on the selected row: Enter opens nothing from a heading, a note or a row without a target.
        if shown.opening(state.view, on: screen, at: state.route) != nil { hints.append(.init("⏎", Label.openHint.text(in: language))) }
        if shown.content.grid == nil, shown.content.rows.indices.contains(state.view.selected), shown.content.rows[state.view.selected].expands != nil {
            hints.append(.init("⏎", Label.listRestHint.text(in: language)))
        }
        if state.stack.count > 1 { hints.append(.init("Esc", Label.backHint.text(in: language))) }
        if shown.isSearchable { hints.append(.init("/", Label.searchHint.text(in: language))) }
        if shown.isSortable { hints.append(.init("s", Label.sortHint.text(in: language))) }
        if state.route == .documents || (screen as? ReviewsScreen)?.filters == true || screen is any FiltersRows {
            hints.append(.init("f", Label.filterHint.text(in: language)))
        }
        hints += [.init(":", Label.goHint.text(in: language)), .init("?", Label.helpHint.text(in: language)), .init("q", Label.quitHint.text(in: language))]
        return hints
    }

    static func renderChart(_ chart: ScreenContent.Chart, compact: Bool, language: Language, into canvas: inout Canvas, area: Rect) {
        if compact {
            let maxValue = chart.bars.map(\.value).max() ?? 0
            let spark = Sparkline.line(chart.bars.map(\.value))
            let first = chart.start ?? chart.bars.first?.label ?? "", last = chart.end ?? chart.bars.last?.label ?? ""
            // The maximum gives way whole ('max 13' was cut to 'ma' at 40 columns), then the line is cut with '…'.
            let chartLine = "\(chart.title)  \(first) \(spark) \(last)"
            let room = area.width - 1
            let withMaximum = chartLine + "  " + Phrase.chartMaximum(maxValue).text(in: language)
            let line = DisplayWidth.of(withMaximum) <= room ? withMaximum : DisplayWidth.truncate(chartLine, to: room)
            _ = canvas.put(line, x: area.x + 1, y: area.y, style: Theme.chart, maxWidth: room)
            return
        }
        _ = canvas.put(chart.title, x: area.x + 1, y: area.y, style: .bold, maxWidth: area.width - 1)
        let barArea = Rect(x: area.x + 1, y: area.y + 1, width: min(area.width - 1, 72), height: area.height - 1)
        BarChart(bars: chart.bars.map { BarChart.Bar($0.label, value: Double($0.value)) }).render(into: &canvas, area: barArea)
    }

    static func renderTable(_ content: ScreenContent, state: AppState, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let search = state.view.search
        let columns = content.columns.isEmpty ? [ScreenContent.Column(title: "", width: nil)] : content.columns
        let sort = Sorting.column(state.view, in: content).map { (column: $0, ascending: state.view.ascending) }
        let reviewed = ReviewMarks(state.reviews)
        // Reviewed things carry a mark in a column of its own at the right, never over a value.
        var area = area
        var markColumn: Int?
        let rowWidth = Layout.rowWidth(table: area.width, anythingReviewed: !reviewed.subjects.isEmpty)
        if rowWidth < area.width {
            let split = area.splitLeft(rowWidth)
            area = split.left
            markColumn = split.rest.x + Layout.markColumnWidth - 1
        }
        let titled = content.showsColumnTitles
        let visible = max(0, area.height - (titled ? 1 : 0))
        let selected = content.rows.isEmpty ? nil : state.view.selected
        let offset = Scroll.offset(current: state.view.offset, selected: selected, visible: visible, count: content.rows.count)
        let shownRows = offset..<min(content.rows.count, offset + visible)
        // Only the rows on screen become table rows: a list of 50,000 documents is drawn as fast as one of 50.
        let rows = content.rows[shownRows].map { row -> Table.Row in
            switch row.kind {
            case .item:
                let hit = search.map { Search.matches(row, $0) } ?? false
                return Table.Row(row.cells, style: hit ? Theme.match : .plain)
            case .heading, .text, .split, .note:
                return Table.Row([])
            }
        }
        let table = Table(columns: columns.map { Table.Column($0.title, width: $0.width.map { .fixed($0) } ?? .flexible, alignment: $0.alignment,
                                                               itemSeparator: $0.itemSeparator) },
                          rows: rows, selected: selected.map { $0 - offset }, offset: 0, sort: sort,
                          showHeader: titled, emptyText: Label.noneRow.text(in: state.language))
        table.render(into: &canvas, area: area)
        // Headings, text lines and split rows span the whole width: drawn over the table's empty cells.
        for index in shownRows {
            let row = content.rows[index]
            guard row.kind != .item else { continue }
            let y = area.y + (content.showsColumnTitles ? 1 : 0) + index - offset
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            var style: Style = row.kind == .heading ? Theme.heading : row.kind == .note ? .dim : .plain
            if let search, Search.matches(row, search) { style = Theme.match }
            let selected = index == state.view.selected
            if selected { style = style.merged(with: .reverse) }
            canvas.fill(line, style: style)
            switch row.kind {
            case .split:
                let pane = Layout.paneWidth(rows: area.width)
                putStyled(row.cells.first ?? "", spans: row.spans, base: style, x: area.x + 1, y: y, width: pane, into: &canvas)
                _ = canvas.put("│", x: area.x + 1 + pane + 1, y: y, style: .dim)
                putStyled(row.cells.count > 1 ? row.cells[1] : "", spans: row.rightSpans, base: style,
                          x: area.x + pane + 3, y: y, width: area.maxX - (area.x + pane + 3), into: &canvas)
            default:
                let x = area.x + (row.kind == .heading ? 0 : 1)
                putStyled(row.cells.first ?? "", spans: row.spans, base: style, x: x, y: y, width: area.maxX - x, into: &canvas)
            }
            // The cursor's row keeps its mark, reversed with the row: it hid the mark of the finding `]` had just moved to.
            if row.isFinding { _ = canvas.put("▸", x: area.x, y: y, style: selected ? Theme.match.merged(with: .reverse) : Theme.match) }
        }
        // Things someone has reviewed carry a mark in the mark column of their row.
        if let markColumn {
            for index in shownRows {
                // Only a row that is the thing it opens: a compare view's lines, a quote (opening its document at a
                // passage) and a finding (opening what it is about) are not, and a tag on that thing marked each.
                let row = content.rows[index]
                guard row.kind != .split, row.focus == nil, row.isItsTarget, let route = row.target, !route.isComparison,
                      reviewed.marks(route, on: state.route) else { continue }
                _ = canvas.put("✎", x: markColumn, y: area.y + (content.showsColumnTitles ? 1 : 0) + index - offset, style: Theme.reviewed)
            }
        }
    }

    /// Draws `text` with styled character ranges layered over `base`, cut to `width` columns with an ellipsis
    /// when it is longer (the cut keeps its characters' places, so the spans still apply).
    static func putStyled(_ text: String, spans: [ScreenContent.StyledRange], base: Style, x: Int, y: Int, width: Int,
                          into canvas: inout Canvas) {
        guard width > 0 else { return }
        let text = DisplayWidth.truncate(text, to: width)
        guard !spans.isEmpty else {
            _ = canvas.put(text, x: x, y: y, style: base, maxWidth: width)
            return
        }
        // Split the text into runs of equal style; later spans win where they overlap.
        var styles = [Style?](repeating: nil, count: text.count)
        // Overlapping spans merge (a copied passage that is also a vague measure keeps both marks).
        for span in spans {
            for i in max(0, span.range.lowerBound)..<min(styles.count, max(0, span.range.upperBound)) {
                styles[i] = styles[i].map { $0.merged(with: span.style) } ?? span.style
            }
        }
        var column = x
        var run = ""
        var runStyle: Style? = styles.first ?? nil
        func flush() {
            guard !run.isEmpty else { return }
            let style = runStyle.map { base.reverse ? $0.merged(with: .reverse) : base.merged(with: $0) } ?? base
            column += canvas.put(run, x: column, y: y, style: style, maxWidth: max(0, x + width - column))
            run = ""
        }
        for (i, ch) in text.enumerated() {
            if styles[i] != runStyle {
                flush()
                runStyle = styles[i]
            }
            run.append(ch)
        }
        flush()
    }

    /// `marked`: whether a line's target carries the ✎ mark, drawn in the gap after the rule (QA pass 49: a rated
    /// indicator's line was marked where the panel's lines are rows, not in the panel).
    static func renderPanel(_ lines: [ScreenContent.Line], into canvas: inout Canvas, area: Rect, marked: (Route) -> Bool = { _ in false }) {
        guard area.width > 2 else { return }
        for y in area.y..<area.maxY { _ = canvas.put("│", x: area.x, y: y, style: .dim) }
        var y = area.y
        for line in lines {
            if y < area.maxY, let target = line.target, marked(target) { _ = canvas.put("✎", x: area.x + 1, y: y, style: Theme.reviewed) }
            for wrapped in TextView.wrap(line.text, width: area.width - 2) where y < area.maxY {
                _ = canvas.put(wrapped.text, x: area.x + 2, y: y, style: line.style, maxWidth: area.width - 2)
                y += 1
            }
        }
    }

    static func renderGrid(_ grid: ScreenContent.Grid, state: AppState, into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let (row, column) = grid.cursor(state.view)
        let (mapArea, info) = area.splitBottom(1)
        HeatMap(rowLabels: grid.rowLabels, columnLabels: grid.columnLabels, values: grid.values, cursor: (row, column),
                cellWidth: grid.cellWidth, range: nil,
                texts: grid.texts.isEmpty ? nil : grid.texts)
            .render(into: &canvas, area: mapArea)
        guard grid.rowLabels.indices.contains(row), grid.columnLabels.indices.contains(column) else { return }
        let value = grid.shown(row: row, column: column) ?? "·"
        let language = state.language
        var shares = ""
        if grid.kind == .matrix, let n = Int(value), let rowTotal = grid.texts[row].last.flatMap({ Int($0) }), rowTotal > 0 {
            // A count with its shares: of the row (the tool's clauses) and of the column.
            let columnTotal = grid.texts.compactMap { $0.indices.contains(column) ? Int($0[column]) : nil }.reduce(0, +)
            func pct(_ part: Int, _ whole: Int) -> String { whole == 0 ? "-" : "\(Int((Double(part) / Double(whole) * 100).rounded()))%" }
            shares = Phrase.rowAndColumnShares(row: pct(n, rowTotal), column: pct(n, columnTotal)).text(in: language)
        }
        let columnName = grid.columnNames.flatMap { $0.indices.contains(column) ? $0[column] : nil } ?? grid.columnLabels[column]
        // A cell with nothing to show says why in words ('天津与河北的文件没有共享段落'), not with the map's glyph ('= ·').
        let note = grid.notes.indices.contains(row) && grid.notes[row].indices.contains(column) ? grid.notes[row][column] : ""
        let line = "▶ " + grid.rowLabels[row] + " × " + columnName + (note.isEmpty ? " = " + value + shares : "  " + note)
        let hint = grid.target(row: row, column: column) == nil ? "" : Label.enterOpens.text(in: language)
        // The key hint whole or not at all (the status line offers Enter too), the cell's words cut with '…': at 60
        // columns the line ended '…占该列 5%）   En'.
        let room = info.width - 1
        let text = DisplayWidth.of(line + hint) <= room ? line + hint : DisplayWidth.truncate(line, to: room)
        _ = canvas.put(text, x: info.x + 1, y: info.y, style: .bold, maxWidth: room)
    }
}
