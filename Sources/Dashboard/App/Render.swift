import PolicyModel
import TerminalUI

extension Dashboard {
    public static let minimumSize = Layout.minimumSize

    /// Draws the state into a canvas: tabs, header, chart, table, status line, prompt.
    public static func render(_ state: AppState, into canvas: inout Canvas) {
        let content = Sorting.apply(Layout.content(state), view: state.view)
        let layout = Layout(state: state, content: content)
        let builder = ScreenBuilder(corpus: state.corpus, language: state.language, width: state.size.width, filter: state.filter)

        var tabs = Tabs(titles: Route.tabs.map { builder.label(for: $0) }, active: state.stack.first?.tabIndex ?? 0)
        let fullWidth = tabs.titles.indices.map { DisplayWidth.of(tabs.label($0)) }.reduce(0, +)
            + (tabs.titles.count - 1) * DisplayWidth.of(tabs.separator)
        if fullWidth > layout.tabs.width {
            tabs.titles = Route.tabs.map { builder.shortLabel(for: $0) }
        }
        tabs.render(into: &canvas, area: layout.tabs)
        if state.corpus.isSynthetic {
            let mark = state.language == .chinese ? " 合成 SYNTHETIC " : " SYNTHETIC "
            let w = DisplayWidth.of(mark)
            if layout.tabs.width > w + 20 {
                _ = canvas.put(mark, x: layout.tabs.maxX - w, y: layout.tabs.y, style: Theme.synthetic)
            }
        }

        for (i, line) in Layout.headerLines(content, width: state.size.width).prefix(layout.header.height).enumerated() {
            _ = canvas.put(line.text, x: layout.header.x + 1, y: layout.header.y + i, style: line.style, maxWidth: layout.header.width - 1)
        }

        if let chart = content.chart, !layout.chart.isEmpty {
            renderChart(chart, compact: layout.compactChart, into: &canvas, area: layout.chart)
        }

        renderTable(content, state: state, into: &canvas, area: layout.table)

        let position = content.rows.isEmpty ? "0/0" : "\(min(state.view.selected + 1, content.rows.count))/\(content.rows.count)"
        var info = [state.corpus.isSynthetic ? "SYNTHETIC" : nil, DisplayWidth.truncate(state.corpus.name, to: 24), position]
            .compactMap { $0 }.joined(separator: " · ")
        if let message = state.message { info = message + "  " + info }
        StatusLine(breadcrumb: state.stack.map { builder.label(for: $0) }, info: info, hints: hints(state, content))
            .render(into: &canvas, area: layout.status)

        if let prompt = state.prompt, let area = layout.prompt {
            let label: String
            switch prompt.kind {
            case .search: label = "/"
            case .palette: label = ":"
            case .filter: label = state.language == .chinese ? "筛选 " : "filter "
            }
            PromptLine(label: label, text: prompt.text).render(into: &canvas, area: area)
            if prompt.kind == .palette, let first = Palette.candidates(prompt.text, state: state).first {
                let preview = "  → " + first.label
                let used = DisplayWidth.of(label + prompt.text) + 1
                if used + DisplayWidth.of(preview) < area.width {
                    _ = canvas.put(preview, x: area.x + used, y: area.y, style: .dim)
                }
            }
        }
    }

    static func hints(_ state: AppState, _ content: ScreenContent) -> [StatusLine.Hint] {
        let zh = state.language == .chinese
        var hints: [StatusLine.Hint] = []
        if content.rows.contains(where: { $0.target != nil }) { hints.append(.init("⏎", zh ? "打开" : "open")) }
        if state.stack.count > 1 { hints.append(.init("Esc", zh ? "返回" : "back")) }
        hints.append(.init("/", zh ? "搜索" : "search"))
        if Sorting.isSortable(content) { hints.append(.init("s", zh ? "排序" : "sort")) }
        if state.route == .documents { hints.append(.init("f", zh ? "筛选" : "filter")) }
        hints += [.init(":", zh ? "转到" : "go"), .init("?", zh ? "帮助" : "help"), .init("q", zh ? "退出" : "quit")]
        return hints
    }

    static func renderChart(_ chart: ScreenContent.Chart, compact: Bool, into canvas: inout Canvas, area: Rect) {
        if compact {
            let maxValue = chart.bars.map(\.value).max() ?? 0
            let spark = chart.bars.map { Sparkline.glyph($0.value, max: maxValue) }.joined()
            let first = chart.bars.first?.label ?? "", last = chart.bars.last?.label ?? ""
            let line = "\(chart.title)  \(first) \(spark) \(last)  max \(maxValue)"
            _ = canvas.put(line, x: area.x + 1, y: area.y, style: Theme.chart, maxWidth: area.width - 1)
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
        let rows = content.rows.map { row -> Table.Row in
            switch row.kind {
            case .item:
                let hit = search.map { Search.matches(row, $0) } ?? false
                return Table.Row(row.cells, style: hit ? Theme.match : .plain)
            case .heading, .text:
                return Table.Row([])
            }
        }
        let sort = state.view.sortColumn.map { (column: $0, ascending: state.view.ascending) }
        let table = Table(columns: columns.map { Table.Column($0.title, width: $0.width.map { .fixed($0) } ?? .flexible, alignment: $0.alignment) },
                          rows: rows, selected: content.rows.isEmpty ? nil : state.view.selected, offset: state.view.offset, sort: sort,
                          emptyText: state.language == .chinese ? "（无）" : "(none)")
        table.render(into: &canvas, area: area)
        // Headings and text lines span the whole width: drawn over the table's empty cells.
        let offset = table.effectiveOffset(in: area)
        for index in offset..<min(content.rows.count, offset + table.visibleRowCount(in: area)) {
            let row = content.rows[index]
            guard row.kind != .item else { continue }
            let y = area.y + 1 + index - offset
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            var style: Style = row.kind == .heading ? Theme.heading : .plain
            if let search, row.kind == .text, Search.matches(row, search) { style = Theme.match }
            if index == state.view.selected { style = style.merged(with: .reverse) }
            canvas.fill(line, style: style)
            _ = canvas.put(row.cells.first ?? "", x: area.x + (row.kind == .heading ? 0 : 1), y: y, style: style, maxWidth: area.width - 1)
        }
    }
}

/// The few styles the dashboard uses, in one place, so that colour and monochrome stay consistent.
enum Theme {
    static let heading = Style(foreground: .cyan, bold: true)
    static let match = Style(foreground: .yellow, bold: true)
    static let chart = Style(foreground: .cyan)
    static let synthetic = Style(foreground: .black, background: .magenta, bold: true)
}
