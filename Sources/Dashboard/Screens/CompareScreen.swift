import PolicyAnalysis
import PolicyModel
import TerminalUI

/// Two documents side by side, aligned passage to passage: shared text in one colour, what an edit
/// changed inside a passage in another, the unshared text between passages summarised.
struct CompareScreen: Screen {
    let context: ScreenContext
    let sourceID: String
    let targetID: String

    func content() -> ScreenContent {
        var c = ScreenContent()
        // The route names the documents in the order they were chosen (m on one, c on the other): the pair's stored
        // source goes on the left whichever came first, and each label heads its own text.
        let sides = Route.compareSides(sourceID, targetID, in: context.analysis)
        guard let source = context.corpus.document(sides.left), let target = context.corpus.document(sides.right) else { return context.missing(sourceID + "/" + targetID) }
        c.header = [.init(context[.left] + (source.number ?? source.id) + " " + source.title, style: .bold),
                    .init(context[.right] + (target.number ?? target.id) + " " + target.title, style: .bold)]
        let sourceText = context.corpus.text(of: source), targetText = context.corpus.text(of: target)
        guard let analysis = context.analysis, let pair = analysis.pair(source.id, target.id), let sText = sourceText, let tText = targetText else {
            if let sText = sourceText, let tText = targetText {
                // Two documents the analyst chose (m, then c) that share no passage: both texts side by side.
                c.header.append(.init(context[.noSharedPassageFoundBoth], style: .dim))
                let pane = max(10, Layout.paneWidth(rows: context.rowWidth()))
                let left = Self.paneLines(sText.scalarArray, differs: nil, width: pane)
                let right = Self.paneLines(tText.scalarArray, differs: nil, width: pane)
                c.rows = (0..<max(left.count, right.count)).map { i in
                    ScreenContent.Row(cells: [i < left.count ? left[i].text : "", i < right.count ? right[i].text : ""], kind: .split)
                }
                c.exported = c.header.map { .line($0.text) }
                    + [.table(titles: [context[.leftTextColumn], context[.rightTextColumn]], rows: [[sText, tText]])]
                return c
            }
            c.rows = [.init(cells: [context[.theseTwoDocumentsShareNo]], kind: .text)]
            return c
        }
        let left = (source, sText), right = (target, tText)
        let ls = left.1.scalarArray, rs = right.1.scalarArray
        let copies = pair.copies.count, formulae = pair.passages.count - copies
        let summary = context.relationName(pair.relation) + "  "
            + context[.compareSummary(percent: SharePercent.text(pair.targetShare), passages: copies, formulae: formulae)]
        // A view's export: the header without its key, then a passage a row, each side whole with its span.
        c.exported = c.header.map { .line($0.text) } + [.line(summary)]
        var exportedPassages: [[String]] = []
        c.header.append(.init(summary + context[.nextPreviousPassage], style: Theme.reuse(pair.relation)))
        let pane = max(10, Layout.paneWidth(rows: context.rowWidth()))
        let passages = pair.passages.sorted()
        var previousRightEnd = 0
        // The text unshared between passages, and after the last: without it a comparison ended on its last passage
        // as if both texts ended there. The right pane runs in order; the left says where it does not
        // (`SourceOrder`).
        let order = SourceOrder(passages.map(\.source), length: ls.count)
        func gap(before k: Int, rightGap: Int) {
            let left = order.note(before: k).map { context[$0] } ?? ""
            let right = rightGap > 0 ? context[.charactersNotShared(rightGap)] : ""
            guard !left.isEmpty || !right.isEmpty else { return }
            var gap = ScreenContent.Row(cells: [left, right], kind: .split)
            gap.spans = []
            c.rows.append(gap)
        }
        for (k, passage) in passages.enumerated() {
            gap(before: k, rightGap: passage.target.start - previousRightEnd)
            previousRightEnd = max(previousRightEnd, passage.target.end)
            let a = Array(ls[min(passage.source.start, ls.count)..<min(passage.source.end, ls.count)])
            let b = Array(rs[min(passage.target.start, rs.count)..<min(passage.target.end, rs.count)])
            let diff = passage.edited ? CharacterDiff.differences(a, b) : nil
            let leftLines = Self.paneLines(a, differs: diff?.a, width: pane)
            let rightLines = Self.paneLines(b, differs: diff?.b, width: pane)
            let label = "§\(k + 1)" + (passage.formula ? context[.formulaInUnrelatedDocumentsNot]
                                        : passage.edited ? context[.edited] : context[.verbatim])
            c.rows.append(.init(cells: [label], kind: .heading))
            exportedPassages.append([label, "\(passage.source.start)–\(passage.source.end)", String(String.UnicodeScalarView(a)),
                                     "\(passage.target.start)–\(passage.target.end)", String(String.UnicodeScalarView(b))])
            for i in 0..<max(leftLines.count, rightLines.count) {
                var row = ScreenContent.Row(cells: [i < leftLines.count ? leftLines[i].text : "", i < rightLines.count ? rightLines[i].text : ""], kind: .split)
                row.spans = i < leftLines.count ? leftLines[i].spans : []
                row.rightSpans = i < rightLines.count ? rightLines[i].spans : []
                row.isFinding = i == 0
                row.target = .document(right.0.id)
                row.focus = passage.target.start
                c.rows.append(row)
            }
        }
        gap(before: passages.count, rightGap: rs.count - previousRightEnd)
        c.exported?.append(.table(titles: [context[.passageColumn], context[.leftAtColumn], context[.leftTextColumn],
                                           context[.rightAtColumn], context[.rightTextColumn]], rows: exportedPassages))
        return c
    }

    /// A passage wrapped to a pane: shared characters in the shared style, differing ones marked. A closing
    /// mark (，。）」) never starts a line: the character before it goes down with it, as `TextView.wrap` does.
    static func paneLines(_ scalars: [Unicode.Scalar], differs: [Bool]?, width: Int) -> [(text: String, spans: [ScreenContent.StyledRange])] {
        var lines: [(text: String, spans: [ScreenContent.StyledRange])] = []
        var line: [(ch: Character, style: Style, width: Int)] = [], used = 0
        func flush(keeping carried: Int = 0) {
            let shown = line.dropLast(carried)
            var text = "", spans: [ScreenContent.StyledRange] = []
            for (k, cell) in shown.enumerated() {
                text.append(cell.ch)
                if let last = spans.last, last.style == cell.style, last.range.upperBound == k {
                    spans[spans.count - 1].range = last.range.lowerBound..<(k + 1)
                } else {
                    spans.append(.init(range: k..<(k + 1), style: cell.style))
                }
            }
            lines.append((text, spans))
            line = Array(line.suffix(carried))
            used = line.reduce(0) { $0 + $1.width }
        }
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                flush()
                continue
            }
            let ch = Character(scalar)
            let w = max(0, DisplayWidth.of(ch))
            // Until it fits: what is carried down with the character may not fit beside it either ("225，" in 4
            // columns), and is then wrapped again as a row of its own, as `TextView` wraps from each row's start.
            while used + w > width && !line.isEmpty {
                flush(keeping: TextView.carried(before: ch, row: ArraySlice(line.map(\.ch))))
            }
            line.append((ch, (differs?[i] ?? false) ? Theme.difference : Theme.shared, w))
            used += w
        }
        if !line.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// Without a search, `n` and `N` step through the aligned passages.
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? {
        guard state.view.search == nil, action == .nextMatch || action == .previousMatch else { return nil }
        return Dashboard.update(state, action: action == .nextMatch ? .nextFinding : .previousFinding)
    }
}
