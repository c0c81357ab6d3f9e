import XCTest
@testable import TerminalUI

final class WidgetTests: XCTestCase {
    private func render(_ widget: some Widget, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        widget.render(into: &canvas, area: canvas.area)
        return canvas
    }

    func testTableAlignsMixedCJKAndASCII() {
        let table = Table(
            columns: [
                Table.Column("省份", width: .fixed(6)),
                Table.Column("文件", width: .fixed(4), alignment: .right),
                Table.Column("名称"),
            ],
            rows: [
                Table.Row(["浙江", "12", "互联网+行动计划"]),
                Table.Row(["Beijing", "3", "abc"]),
                Table.Row(["内蒙古自治区", "100", "x"]),
            ],
            selected: 1,
            sort: (column: 2, ascending: true)
        )
        let canvas = render(table, width: 24, height: 5)
        XCTAssertEqual(canvas.rows, [
            "省份   文件 名称▲       ",
            "浙江     12 互联网+行动…",
            "Beiji…    3 abc         ",
            "内蒙…   100 x           ",
            "                        ",
        ])
        XCTAssertEqual(canvas.style(atX: 0, y: 2)?.reverse, true)
        XCTAssertEqual(canvas.style(atX: 6, y: 2)?.reverse, true)  // the gap between columns too
        XCTAssertEqual(canvas.style(atX: 0, y: 1)?.reverse, false)
        XCTAssertEqual(canvas.style(atX: 0, y: 0)?.bold, true)
        XCTAssertEqual(table.columnWidths(totalWidth: 24), [6, 4, 12])
    }

    func testTableDescendingMarkerAndCellStyle() {
        let table = Table(
            columns: [Table.Column("名称", width: .fixed(6)), Table.Column("值", width: .fixed(3), alignment: .right)],
            rows: [Table.Row(["a", "1"], cellStyles: [nil, Style(foreground: .red)])],
            sort: (column: 0, ascending: false)
        )
        let canvas = render(table, width: 10, height: 2)
        XCTAssertEqual(canvas.rows, ["名称▼   值", "a        1"])
        XCTAssertEqual(canvas.style(atX: 9, y: 1)?.foreground, .red)
        XCTAssertEqual(canvas.style(atX: 0, y: 1)?.foreground, .default)
    }

    func testTableKeepsSelectionVisible() {
        let rows = (0..<10).map { Table.Row(["r\($0)"]) }
        let table = Table(columns: [Table.Column("n")], rows: rows, selected: 7, offset: 0)
        let area = Rect(x: 0, y: 0, width: 4, height: 4)
        XCTAssertEqual(table.effectiveOffset(in: area), 5)
        let canvas = render(table, width: 4, height: 4)
        XCTAssertEqual(canvas.rows, ["n   ", "r5  ", "r6  ", "r7  "])
        XCTAssertEqual(Scroll.offset(current: 6, selected: 7, visible: 3, count: 10), 6)
        XCTAssertEqual(Scroll.offset(current: 9, selected: nil, visible: 3, count: 10), 7)
        XCTAssertEqual(Scroll.offset(current: 5, selected: 2, visible: 3, count: 10), 2)
    }

    func testListView() {
        let list = ListView(items: ["甲", "乙", "丙"].map { ListView.Item($0) }, selected: 1, marker: "▶ ")
        let canvas = render(list, width: 6, height: 2)
        XCTAssertEqual(canvas.rows, ["  甲  ", "▶ 乙  "])
        XCTAssertEqual(canvas.style(atX: 5, y: 1)?.reverse, true)
    }

    func testTextViewWrapsChineseAtWidthTen() {
        let text = "互联网+行动计划是国务院的重要部署，推动移动互联网、云计算。"
        let lines = TextView.wrap(text, width: 10)
        XCTAssertEqual(lines.map(\.text), ["互联网+行", "动计划是国", "务院的重要", "部署，推动", "移动互联", "网、云计", "算。"])
        XCTAssertEqual(lines.map(\.start), [0, 5, 10, 15, 20, 24, 28])
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line.text), 10) }
        let canvas = render(TextView(text: text), width: 10, height: 7)
        XCTAssertEqual(canvas.rows, ["互联网+行 ", "动计划是国", "务院的重要", "部署，推动", "移动互联  ", "网、云计  ", "算。      "])
    }

    /// A row says whether it goes on with the paragraph of the row above and what the wrap dropped between them,
    /// so that the rows can be joined again (a view's export writes one paragraph, not one per screen line).
    func testAWrappedRowSaysWhatJoinsItToTheRowAbove() {
        let lines = TextView.wrap("Internet Plus  action\n互联网+行动计划\n\nend", width: 9)
        XCTAssertEqual(lines.map(\.text), ["Internet", "Plus", "action", "互联网+行", "动计划", "", "end"])
        XCTAssertEqual(lines.map(\.continuation), [nil, " ", "  ", nil, "", nil, nil])
        // A word longer than a row is cut inside itself: nothing between the parts.
        XCTAssertEqual(TextView.wrap("abcdefgh", width: 5).map(\.continuation), [nil, ""])
    }

    /// A closing bracket carried one character down with it: "扩散型 33）" in the document page's indicator panel
    /// read "扩散型 3" over "3）". A number or Latin word before it goes down whole, unless it fills the row.
    func testClosingPunctuationCarriesAWholeNumberDown() {
        XCTAssertEqual(TextView.wrap("扩散导向（扩散型 33）", width: 20).map(\.text), ["扩散导向（扩散型", "33）"])
        XCTAssertEqual(TextView.wrap("条款共计12345，其余", width: 14).map(\.text), ["条款共计", "12345，其余"])
        XCTAssertEqual(TextView.wrap("目标 2020年）", width: 12).map(\.text), ["目标 2020", "年）"])
        // As before: one character carried, when the punctuation follows a CJK character or a word filling the row.
        XCTAssertEqual(TextView.wrap("政策文件数量多，", width: 14).map(\.text), ["政策文件数量", "多，"])
        XCTAssertEqual(TextView.wrap("ab12345678）", width: 10).map(\.text), ["ab1234567", "8）"])
    }

    /// A row never starts with a closing mark nor ends with an opening one: `ipap show 2` at 80 columns had a
    /// row '，与中央文件同样笼统…' under '…（横向同质化）'. The character before the marks goes down with them.
    func testNoRowStartsWithClosingOrEndsWithOpeningPunctuation() {
        // The cut lands before '，' after a closing bracket: both marks go down with the character they close.
        XCTAssertEqual(TextView.wrap("地方文件（纵向同质化），与中央文件", width: 22).map(\.text),
                       ["地方文件（纵向同质", "化），与中央文件"])
        // Before '。）' and between '。' and '）'.
        XCTAssertEqual(TextView.wrap("完善政策体系（详见附件。）其余", width: 22).map(\.text), ["完善政策体系（详见附", "件。）其余"])
        XCTAssertEqual(TextView.wrap("完善政策体系（详见附件。）其余", width: 24).map(\.text), ["完善政策体系（详见附", "件。）其余"])
        // After '（' and '“': the opening mark goes down with what it opens.
        XCTAssertEqual(TextView.wrap("重点推进十一项行动（含试点）", width: 20).map(\.text), ["重点推进十一项行动", "（含试点）"])
        XCTAssertEqual(TextView.wrap("各地制定本地“互联网+”政策", width: 14).map(\.text), ["各地制定本地", "“互联网+”政策"])
        // Carrying the marks down would empty the row: the cut stays as before.
        XCTAssertEqual(TextView.wrap("政。）", width: 4).map(\.text), ["政。", "）"])
        XCTAssertEqual(TextView.wrap("（（（政", width: 4).map(\.text), ["（（", "（政"])
    }

    /// '〕' closes the citation of every cited finding ('〔陈磊等 2020，二（三）〕') and was missing from the marks
    /// that never start a row: at 80 columns the province page of 北京 had a row of '〕' alone. A percent sign is
    /// the number's: the compare pane at 200 columns read '…覆盖率超过42' over '%。'.
    func testNoRowStartsWithTheCitationsClosingBracketOrAPercentSign() {
        XCTAssertEqual(TextView.wrap("示范基地。〔陈磊等 2020，二（三）〕", width: 33).map(\.text),
                       ["示范基地。〔陈磊等 2020，二", "（三）〕"])
        XCTAssertEqual(TextView.wrap("覆盖率超过42％。", width: 14).map(\.text), ["覆盖率超过", "42％。"])
        for mark: Character in ["〕", "］", "｝", "〗", "〙", "〛", "%", "％", "‰"] {
            XCTAssertTrue(TextView.noLineStart.contains(mark), "\(mark)")
        }
    }

    func testTextViewBreaksLatinAtSpacesAndKeepsParagraphs() {
        let lines = TextView.wrap("Internet Plus 互联网+ policy\n\nabcdefghijkl", width: 12)
        XCTAssertEqual(lines.map(\.text), ["Internet", "Plus 互联网+", "policy", "", "abcdefghijkl"])
        XCTAssertEqual(lines.map(\.start), [0, 9, 19, 26, 27])
        XCTAssertEqual(TextView.wrap("abcdefghij", width: 4).map(\.text), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextView.lineIndex(containing: 25, in: lines), 2)
    }

    func testTextViewHighlightsAndScroll() {
        let view = TextView(text: "互联网+行动\n第二行\n第三行", offset: 2, highlights: [TextView.Highlight(8..<10)])
        let canvas = render(view, width: 10, height: 2)
        XCTAssertEqual(canvas.rows, ["第二行    ", "第三行    "])
        XCTAssertEqual(canvas.style(atX: 2, y: 0)?.reverse, true)  // 二 (offset 8)
        XCTAssertEqual(canvas.style(atX: 4, y: 0)?.reverse, true)  // 行 (offset 9)
        XCTAssertEqual(canvas.style(atX: 0, y: 0)?.reverse, false)
        XCTAssertEqual(canvas.style(atX: 2, y: 1)?.reverse, false)
    }

    func testTextViewSanitisesButDoesNotLeakControls() {
        let canvas = render(TextView(text: "a\u{1b}[2Jb\tc"), width: 10, height: 1)
        XCTAssertEqual(canvas.rows, ["a␛[2Jb c  "])
    }

    func testTabs() {
        let tabs = Tabs(titles: ["概览", "省份", "部委"], active: 1)
        let canvas = render(tabs, width: 30, height: 1)
        XCTAssertEqual(canvas.rows, [" 1 概览 │ 2 省份 │ 3 部委     "])
        XCTAssertEqual(canvas.style(atX: 10, y: 0)?.reverse, true)
        XCTAssertEqual(canvas.style(atX: 1, y: 0)?.reverse, false)
        let narrow = render(Tabs(titles: ["概览", "省份", "部委"], active: 2), width: 12, height: 1)
        XCTAssertEqual(narrow.rows, ["‹ 3 部委    "])
    }

    /// The "‹" that says tabs were dropped takes a column too: the active tab still shows whole.
    func testActiveTabShowsWholeBesideTheDroppedTabsMark() {
        // The tabs from the second on take exactly the width; with "‹" the last one must drop another tab.
        let tabs = Tabs(titles: ["1Home", "2Prov", "3Iss", "0Rev"], active: 3, numbered: false, separator: " ")
        var compact = tabs
        compact.compact = true
        let canvas = render(compact, width: 15, height: 1)
        XCTAssertEqual(canvas.rows, ["‹3Iss 0Rev     "])
    }

    /// A tab right of the active one that does not fit is dropped whole, and "›" says so: the Chinese bar at 60
    /// columns ended in a bare "0" (the number of 0审阅 without its name).
    func testATabThatDoesNotFitIsDroppedWholeOnTheRight() {
        var tabs = Tabs(titles: ["1总览", "2省份", "3部委"], active: 0, numbered: false, separator: " ")
        tabs.compact = true
        XCTAssertEqual(render(tabs, width: 17, height: 1).rows, ["1总览 2省份 3部委"])
        XCTAssertEqual(render(tabs, width: 16, height: 1).rows, ["1总览 2省份 ›   "])
        // The mark takes its columns too: one short, the second tab goes as well.
        XCTAssertEqual(render(tabs, width: 12, height: 1).rows, ["1总览 ›     "])
        // Padded tabs need no separator before the mark; the active tab is kept, with tabs dropped on both sides.
        let padded = Tabs(titles: ["概览", "省份", "部委"], active: 1)
        XCTAssertEqual(render(padded, width: 12, height: 1).rows, ["‹ 2 省份 ›  "])
    }

    func testStatusLine() {
        let status = StatusLine(
            breadcrumb: ["总览", "省份", "浙江省"], info: "演示语料 SYNTHETIC",
            hints: [StatusLine.Hint("q", "退出"), StatusLine.Hint("?", "帮助")]
        )
        XCTAssertEqual(render(status, width: 60, height: 1).rows, [" 总览 › 省份 › 浙江省    演示语料 SYNTHETIC  q 退出  ? 帮助 "])
        let narrow = render(status, width: 30, height: 1)
        // The breadcrumb two columns from the information, which gives up its margin at the right edge for it.
        XCTAssertEqual(narrow.rows, ["… › 浙江省  演示语料 SYNTHETIC"])
        XCTAssertEqual(narrow.style(atX: 0, y: 0)?.reverse, true)
        XCTAssertEqual(render(status, width: 1, height: 1).rows.count, 1)
    }

    func testBarChart() {
        let chart = BarChart(bars: [BarChart.Bar("浙江", value: 10), BarChart.Bar("北京", value: 5), BarChart.Bar("西藏", value: 0)])
        XCTAssertEqual(render(chart, width: 20, height: 3).rows, [
            "浙江 ████████████ 10",
            "北京 ██████ 5       ",
            "西藏  0             ",
        ])
        XCTAssertEqual(BarChart.bar(fraction: 0.1, width: 12), "█▎")
        XCTAssertEqual(BarChart.bar(fraction: 0.0001, width: 12), "▏")
        XCTAssertEqual(BarChart.format(2.25), "2.3")
        XCTAssertEqual(BarChart.format(40), "40")
    }

    func testHeatMap() {
        let map = HeatMap(
            rowLabels: ["浙江", "北京"], columnLabels: ["创业", "协同", "农业"],
            values: [[0, 5, 10], [nil, 10, 2.5]], cursor: (row: 1, column: 1)
        )
        let canvas = render(map, width: 20, height: 3)
        XCTAssertEqual(canvas.rows, [
            "     创业 协同 农业 ",
            "浙江 ░░░░ ▓▓▓▓ ████ ",
            "北京  ·   ████ ▒▒▒▒ ",
        ])
        XCTAssertEqual(canvas.style(atX: 10, y: 2)?.reverse, true)
        XCTAssertEqual(canvas.style(atX: 15, y: 2)?.reverse, false)
        XCTAssertEqual(canvas.style(atX: 15, y: 2)?.foreground, .cyan)
        XCTAssertEqual(HeatMap.level(of: 10, in: 0...10, levels: 4), 3)
        XCTAssertEqual(HeatMap.level(of: 3, in: 3...3, levels: 4), 0)
    }

    /// A cell with a text and no value (a matrix's total, a heat map's '-') showed '·', the mark of an empty cell,
    /// under the cursor: the cursor now keeps the text, highlighted.
    func testTheCursorKeepsACellsTextWithoutAValue() {
        let map = HeatMap(rowLabels: ["供 人才"], columnLabels: ["创业", "合计"], values: [[1, nil]], cursor: (row: 0, column: 1),
                          cellWidth: 5, texts: [["13", "63"]])
        let canvas = render(map, width: 24, height: 2)
        XCTAssertTrue(canvas.rows[1].hasPrefix("供 人才   13   63 "), canvas.rows[1])
        XCTAssertEqual(canvas.style(atX: 15, y: 1)?.reverse, true)
        // A cell with neither still shows the dot there.
        let empty = render(HeatMap(rowLabels: ["浙江"], columnLabels: ["创业"], values: [[nil]], cursor: (row: 0, column: 0)), width: 12, height: 2)
        XCTAssertTrue(empty.rows[1].hasPrefix("浙江 ") && empty.rows[1].contains("·"), empty.rows[1])
    }

    /// Columns that do not fit were left out without a sign: the heat map at 80 columns in English ended at 青 (宁 and
    /// 新 hidden), the tools matrix at 120 at Transp. (Ecology, AI and the Total hidden). '›' after the last column
    /// shown says more follow, '‹' before the first that some come before, as the tab bar does.
    func testColumnsLeftOutAreMarkedInTheHeader() {
        let labels = ["a", "b", "c", "d", "e"]
        let values: [[Double?]] = [[1, 2, 3, 4, 5]]
        let first = render(HeatMap(rowLabels: ["r"], columnLabels: labels, values: values, cursor: (row: 0, column: 0), cellWidth: 3), width: 11, height: 2)
        XCTAssertEqual(first.rows[0], "  a  b  c ›")
        let last = render(HeatMap(rowLabels: ["r"], columnLabels: labels, values: values, cursor: (row: 0, column: 4), cellWidth: 3), width: 11, height: 2)
        XCTAssertEqual(last.rows[0], " ‹c  d  e  ")
        let middle = render(HeatMap(rowLabels: ["r"], columnLabels: labels, values: values, cursor: (row: 0, column: 3), cellWidth: 3), width: 11, height: 2)
        XCTAssertEqual(middle.rows[0], " ‹b  c  d ›")
        // All shown: no mark.
        let all = render(HeatMap(rowLabels: ["r"], columnLabels: labels, values: values, cellWidth: 3), width: 20, height: 2)
        XCTAssertEqual(all.rows[0], "  a  b  c  d  e     ")
    }

    func testPromptLineScrollsToCursor() {
        let end = render(PromptLine(label: "/", text: "互联网"), width: 6, height: 1)
        XCTAssertEqual(end.rows, ["/联网 "])
        XCTAssertEqual(end.style(atX: 5, y: 0)?.reverse, true)
        let start = render(PromptLine(label: "/", text: "互联网", cursor: 0), width: 10, height: 1)
        XCTAssertEqual(start.rows, ["/互联网   "])
        XCTAssertEqual(start.style(atX: 1, y: 0)?.reverse, true)
        XCTAssertEqual(start.style(atX: 3, y: 0)?.reverse, false)
    }

    func testLineEditor() {
        var editor = LineEditor()
        XCTAssertEqual(editor.handle(.char("互")), .edited)
        _ = editor.handle(.char("联"))
        XCTAssertEqual(editor.handle(.left), .moved)
        _ = editor.handle(.char("x"))
        XCTAssertEqual(editor.text, "互x联")
        XCTAssertEqual(editor.cursor, 2)
        _ = editor.handle(.ctrl("a"))
        _ = editor.handle(.delete)
        XCTAssertEqual(editor.text, "x联")
        _ = editor.handle(.end)
        _ = editor.handle(.backspace)
        XCTAssertEqual(editor.text, "x")
        _ = editor.handle(.ctrl("w"))
        XCTAssertEqual(editor.text, "")
        XCTAssertEqual(editor.handle(.backspace), .ignored)
        XCTAssertEqual(editor.handle(.enter), .submitted)
        XCTAssertEqual(editor.handle(.escape), .cancelled)
    }

    func testModal() {
        let modal = Modal(title: "帮助", lines: ["q 退出", "? 帮助"])
        XCTAssertEqual(render(modal, width: 20, height: 6).rows, [
            "                    ",
            "     ┌ 帮助 ──┐     ",
            "     │ q 退出 │     ",
            "     │ ? 帮助 │     ",
            "     └────────┘     ",
            "                    ",
        ])
        let tall = Modal(title: "t", lines: (1...10).map { "line \($0)" }, offset: 2)
        let canvas = render(tall, width: 20, height: 5)
        XCTAssertEqual(canvas.rows[1], "    │ line 3  │     ")
        XCTAssertTrue(canvas.rows[4].contains("3-5/10"))
    }

    /// Issue 15, item 14: at 30 columns the message was cut (`终端窗口太小 Terminal too sma…`); it is wrapped.
    func testTooSmallIsReadWhole() {
        var canvas = Canvas(size: Size(width: 30, height: 8))
        TooSmall(minimum: Size(width: 40, height: 10)).render(into: &canvas, area: canvas.area)
        let text = canvas.rows.map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertTrue(text.contains("终端窗口太小"), text.joined(separator: "\n"))
        XCTAssertTrue(text.contains("Terminal too small"), text.joined(separator: "\n"))
        XCTAssertTrue(text.contains("30x8 < 40x10"), text.joined(separator: "\n"))
        XCTAssertFalse(canvas.rows.joined().contains("…"), text.joined(separator: "\n"))
    }

    func testTooSmallNeverCrashes() {
        for (w, h) in [(1, 1), (2, 1), (1, 3), (20, 5), (0, 0), (3, 0)] {
            var canvas = Canvas(width: w, height: h)
            TooSmall(minimum: Size(width: 80, height: 24)).render(into: &canvas, area: canvas.area)
            XCTAssertEqual(canvas.rows.count, h)
        }
        var canvas = Canvas(width: 20, height: 5)
        TooSmall(minimum: Size(width: 80, height: 24)).render(into: &canvas, area: canvas.area)
        XCTAssertEqual(canvas.rows[1], "    终端窗口太小    ")
        XCTAssertEqual(canvas.rows[2], " Terminal too small ")
        XCTAssertEqual(canvas.rows[3], "    20x5 < 80x24    ")
    }

    func testEveryWidgetSurvivesTinyAreas() {
        let widgets: [any Widget] = [
            Table(columns: [Table.Column("名称"), Table.Column("值", width: .fixed(5), alignment: .right)],
                  rows: [Table.Row(["互联网", "1"])], selected: 0),
            ListView(["互联网"], selected: 0),
            TextView(text: "互联网+\n行动"),
            Tabs(titles: ["概览", "省份"], active: 1),
            StatusLine(breadcrumb: ["总览", "省份"], info: "SYNTHETIC", hints: [StatusLine.Hint("q", "退出")]),
            BarChart(bars: [BarChart.Bar("浙江", value: 3)]),
            HeatMap(rowLabels: ["浙江"], columnLabels: ["创业"], values: [[1]], cursor: (row: 0, column: 0)),
            PromptLine(label: "搜索:", text: "互联网"),
            Modal(title: "帮助", lines: ["互联网"]),
        ]
        for widget in widgets {
            for (w, h) in [(0, 0), (1, 1), (2, 1), (1, 2), (3, 3), (20, 5)] {
                var canvas = Canvas(width: w, height: h)
                widget.render(into: &canvas, area: canvas.area)
                for x in 0..<w {
                    for y in 0..<h where canvas.cell(atX: x, y: y)?.isContinuation == true {
                        XCTAssertEqual(canvas.cell(atX: x - 1, y: y)?.width, 2)
                    }
                }
            }
        }
    }
}
