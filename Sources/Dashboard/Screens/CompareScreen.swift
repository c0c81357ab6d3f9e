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
                // Not re-aligned at line breaks (`sideBySide`): the texts' paragraphs do not stand for each other.
                let lines = Self.beside(Self.paneLines(sText.scalarArray, differs: nil, width: pane),
                                        Self.paneLines(tText.scalarArray, differs: nil, width: pane))
                c.rows = Self.passageRows(lines, passage: 0)
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
            gap.comparedLine = ComparedLine(passage: k)
            c.rows.append(gap)
        }
        for (k, passage) in passages.enumerated() {
            gap(before: k, rightGap: passage.target.start - previousRightEnd)
            previousRightEnd = max(previousRightEnd, passage.target.end)
            let a = Array(ls[min(passage.source.start, ls.count)..<min(passage.source.end, ls.count)])
            let b = Array(rs[min(passage.target.start, rs.count)..<min(passage.target.end, rs.count)])
            let diff = passage.edited ? CharacterDiff.differences(a, b) : nil
            let label = "§\(k + 1)" + (passage.formula ? context[.formulaInUnrelatedDocumentsNot]
                                        : passage.edited ? context[.edited] : context[.verbatim])
            c.rows.append(.init(cells: [label], kind: .heading))
            exportedPassages.append([label, "\(passage.source.start)–\(passage.source.end)", String(String.UnicodeScalarView(a)),
                                     "\(passage.target.start)–\(passage.target.end)", String(String.UnicodeScalarView(b))])
            c.rows += Self.passageRows(Self.sideBySide(a, b, differs: diff, width: pane), passage: k,
                                       opening: (right.0.id, passage.target.start))
        }
        gap(before: passages.count, rightGap: rs.count - previousRightEnd)
        c.exported?.append(.table(titles: [context[.passageColumn], context[.leftAtColumn], context[.leftTextColumn],
                                           context[.rightAtColumn], context[.rightTextColumn]], rows: exportedPassages))
        return c
    }

    /// A row of a pane: its text, styled, and the offset (in the text the pane wraps) of its first character.
    struct PaneLine {
        var text: String
        var spans: [ScreenContent.StyledRange]
        var start: Int
    }

    /// A passage's two sides wrapped to their panes, row beside row. Re-aligned at each line break the two share (by
    /// the character diff where there is one, else in order): a paragraph an edit made longer on one side is padded on
    /// the other, so that the next paragraph starts on the same row on both (the sides drifted apart a row for each
    /// paragraph that wrapped longer, '三、保障支撑' beside the middle of the other's second paragraph).
    static func sideBySide(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], differs: (a: [Bool], b: [Bool])?,
                           width: Int) -> [(left: PaneLine?, right: PaneLine?)] {
        var rows: [(left: PaneLine?, right: PaneLine?)] = []
        var fromA = 0, fromB = 0
        let cuts = sharedBreaks(a, b, differs: differs)
        for (k, cut) in (cuts + [(a.count, b.count)]).enumerated() {
            // After a break that ends both texts, no row: a text ending in a break ends on its last line.
            if k == cuts.count, k > 0, fromA == a.count, fromB == b.count { break }
            func lines(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ differs: [Bool]?) -> [PaneLine] {
                paneLines(Array(scalars[range]), differs: differs.map { Array($0[range]) }, width: width)
                    .map { PaneLine(text: $0.text, spans: $0.spans, start: $0.start + range.lowerBound) }
            }
            rows += beside(lines(a, fromA..<cut.0, differs?.a), lines(b, fromB..<cut.1, differs?.b))
            fromA = cut.0 + 1
            fromB = cut.1 + 1
        }
        return rows
    }

    /// Two panes' lines row by row, the shorter side padded.
    static func beside(_ left: [PaneLine], _ right: [PaneLine]) -> [(left: PaneLine?, right: PaneLine?)] {
        (0..<max(left.count, right.count)).map { (left.indices.contains($0) ? left[$0] : nil, right.indices.contains($0) ? right[$0] : nil) }
    }

    /// The line breaks of `a` and `b` that stand for each other, as pairs of offsets: those the character diff matches,
    /// or without one the first of each, the second of each, and so on.
    static func sharedBreaks(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], differs: (a: [Bool], b: [Bool])?) -> [(Int, Int)] {
        func breaks(_ s: [Unicode.Scalar]) -> [Int] {
            s.indices.filter { LineBreak.isBreak(s[$0]) && !LineBreak.isCarriageReturnBeforeLineFeed(at: $0, in: s) }
        }
        guard let differs else { return Array(zip(breaks(a), breaks(b))) }
        // The characters the diff keeps are the same in order on both sides: the k-th kept of `a` is the k-th of `b`.
        let keptA = a.indices.filter { !differs.a[$0] }, keptB = b.indices.filter { !differs.b[$0] }
        let inA = Set(breaks(a)), inB = Set(breaks(b))
        return zip(keptA, keptB).filter { inA.contains($0.0) && inB.contains($0.1) }
    }

    /// Rows of a passage (or of two whole texts) side by side, each saying where it stands (`ComparedLine`). A
    /// passage's rows open the right document (`opening`, whose text the right side starts at `from`) at their own line:
    /// all opened it at the passage's start, and a row past the right side's end at its last line.
    static func passageRows(_ lines: [(left: PaneLine?, right: PaneLine?)], passage k: Int,
                            opening: (document: String, from: Int)? = nil) -> [ScreenContent.Row] {
        var lastRight = 0
        return lines.enumerated().map { i, line in
            var row = ScreenContent.Row(cells: [line.left?.text ?? "", line.right?.text ?? ""], kind: .split)
            row.spans = line.left?.spans ?? []
            row.rightSpans = line.right?.spans ?? []
            row.comparedLine = ComparedLine(passage: k, left: line.left?.start, right: line.right?.start)
            lastRight = line.right?.start ?? lastRight
            if let opening {
                row.isFinding = i == 0
                row.target = .document(opening.document)
                row.focus = opening.from + lastRight
            }
            return row
        }
    }

    /// A passage wrapped to a pane: shared characters in the shared style, differing ones marked. A closing
    /// mark (，。）」) never starts a line: the character before it goes down with it, as `TextView.wrap` does. Lines
    /// break where the document's page breaks them (`LineBreak`: CR and NEL too, which showed as ␍ and � here).
    static func paneLines(_ scalars: [Unicode.Scalar], differs: [Bool]?, width: Int) -> [PaneLine] {
        var lines: [PaneLine] = []
        var line: [(ch: Character, style: Style, width: Int, at: Int)] = [], used = 0
        // Where the line being filled starts when it has no character yet (after a break).
        var lineStart = 0
        func flush(keeping carried: Int = 0, next: Int) {
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
            lines.append(PaneLine(text: text, spans: spans, start: shown.first?.at ?? lineStart))
            line = Array(line.suffix(carried))
            used = line.reduce(0) { $0 + $1.width }
            lineStart = line.first?.at ?? next
        }
        for (i, scalar) in scalars.enumerated() {
            if LineBreak.isCarriageReturnBeforeLineFeed(at: i, in: scalars) { continue }
            if LineBreak.isBreak(scalar) {
                flush(next: i + 1)
                continue
            }
            let ch = Character(scalar)
            let w = max(0, DisplayWidth.of(ch))
            // Until it fits: what is carried down with the character may not fit beside it either ("225，" in 4
            // columns), and is then wrapped again as a row of its own, as `TextView` wraps from each row's start.
            while used + w > width && !line.isEmpty {
                flush(keeping: TextView.carried(before: ch, row: ArraySlice(line.map(\.ch))), next: i)
            }
            line.append((ch, (differs?[i] ?? false) ? Theme.difference : Theme.shared, w, i))
            used += w
        }
        if !line.isEmpty || lines.isEmpty { flush(next: scalars.count) }
        return lines
    }

    /// The rows of the passage whose first line is `row`: its heading through its last line.
    static func rowsOfPassage(startingAt row: Int, in rows: [ScreenContent.Row]) -> ClosedRange<Int> {
        let passage = rows[row].comparedLine?.passage
        let first = row > 0 && rows[row - 1].kind == .heading ? row - 1 : row
        var last = row
        while last + 1 < rows.count, rows[last + 1].kind == .split, rows[last + 1].comparedLine?.passage == passage { last += 1 }
        return first...last
    }

    /// Without a search, `n` and `N` step through the aligned passages.
    func handle(_ action: Action, in state: AppState, content: ScreenContent) -> AppState? {
        guard state.view.search == nil, action == .nextMatch || action == .previousMatch else { return nil }
        return Dashboard.update(state, action: action == .nextMatch ? .nextFinding : .previousFinding)
    }
}
