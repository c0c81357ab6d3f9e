import PolicyModel
import TerminalUI

extension String {
    /// Pads with spaces to a display width (CJK counts two).
    func padding(toDisplayWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}

/// Documents per year (or month, `v`) by level with the guiding opinion marked, then the provinces' response lags.
struct TimelineScreen: SwitchesViews {
    let context: ScreenContext
    let variant: Int

    func content() -> ScreenContent {
        var c = ScreenContent()
        let byMonth = variant % 2 == 1
        let origin = context.corpus.guidingOpinion
        let glyphs: [Level: String] = [.national: "█", .ministerial: "▓", .provincial: "▒", .municipal: "░"]
        let styles: [Level: Style] = [.national: Style(foreground: .red), .ministerial: Style(foreground: .yellow),
                                      .provincial: Style(foreground: .cyan), .municipal: Style(foreground: .green)]
        var legend = ""
        var legendSpans: [ScreenContent.StyledRange] = []
        for level in Level.allCases {
            let start = legend.count
            legend += (glyphs[level] ?? "") + context.name(level.name)
            legendSpans.append(.init(range: start..<legend.count, style: styles[level] ?? .plain))
            legend += "  "
        }
        // ★ only where the guiding opinion is in the corpus: a legend for a mark never drawn misleads.
        let marker = origin.map { context[.guidingOpinion] + context[.openParen] + ($0.number ?? $0.id) + context[.closeParen] + context[.vYearMonth] }
            ?? context[.vYearMonth].trimmingCharacters(in: .whitespaces)
        c.header = [.init(context[.issuanceTimeline] + (byMonth ? context[.byMonth] : context[.byYear]), style: .bold)]
        // The marker on a line of its own when the line would be cut (English at 80 columns).
        let oneLine = DisplayWidth.of(legend + marker) <= context.rowWidth() - 2
        // The legend is read, not chosen: the cursor starts on the first year.
        var legendRow = ScreenContent.Row(cells: [oneLine ? legend + marker : legend], kind: .note)
        legendRow.spans = legendSpans
        c.rows.append(legendRow)
        if !oneLine { c.rows.append(.init(cells: [marker.trimmingCharacters(in: .whitespaces)], kind: .note)) }

        func key(_ d: PolicyDate) -> String { byMonth ? String(d.description.prefix(7)) : String(d.year) }
        var counts: [String: [Level: Int]] = [:]
        var yearOnly = 0
        for d in context.corpus.documents {
            // By year, a year known only from the number counts (as in `stats`); by month it cannot.
            if let date = d.date {
                counts[key(date), default: [:]][d.level, default: 0] += 1
            } else if let year = d.year {
                if byMonth { yearOnly += 1 } else { counts[String(year), default: [:]][d.level, default: 0] += 1 }
            }
        }
        let maxTotal = counts.values.map { $0.values.reduce(0, +) }.max() ?? 0
        let barWidth = max(10, min(60, context.rowWidth() - 30))
        // Each year (or month) from the first to the last has its row, one without documents too (a gap shows).
        let periods = byMonth ? Self.everyMonth(from: counts.keys.min(), to: counts.keys.max())
            : CountTable.yearSpan(counts.keys.compactMap { Int($0) })?.map(String.init) ?? []
        for period in periods {
            let perLevel = counts[period] ?? [:]
            let total = perLevel.values.reduce(0, +)
            var bar = ""
            var spans: [ScreenContent.StyledRange] = []
            let prefix = period.padding(toDisplayWidth: 8)
            for level in Level.allCases {
                let n = perLevel[level] ?? 0
                guard n > 0 else { continue }
                let cells = max(1, Int((Double(n) / Double(max(1, maxTotal)) * Double(barWidth)).rounded()))
                let start = prefix.count + bar.count
                bar += String(repeating: glyphs[level] ?? "█", count: cells)
                spans.append(.init(range: start..<(prefix.count + bar.count), style: styles[level] ?? .plain))
            }
            let marked = origin?.date.map { key($0) == period } ?? false
            let text = prefix + bar + " \(total)" + (marked ? "  ★ " + (origin?.date?.description ?? "") : "")
            var row = ScreenContent.Row(cells: [text], kind: .text)
            row.spans = spans
            // A month's row opens that month's documents ("2015-09"), a year's that year's.
            row.target = .documentSet(DocumentFilter(year: Int(period.prefix(4)), month: byMonth ? Int(period.dropFirst(5)) : nil))
            c.rows.append(row)
        }
        if yearOnly > 0 { c.rows.append(.init(cells: [context[.yearOnlyCount(yearOnly)]], kind: .text)) }
        let undated = context.corpus.documents.filter { $0.year == nil }.count
        if undated > 0 { c.rows.append(.init(cells: [context[.undatedCount(undated)]], kind: .text)) }
        // Within a scope of days its undated documents are out of it, and said so (the line above went with them).
        let note = context.scopeDateNote
        if !note.isEmpty { c.rows.append(.init(cells: [context[.inScopeDates(note)]], kind: .text)) }

        c.rows += context.textRows(context[.provincesResponseLagDaysFrom], kind: .heading)
        // Bars scaled to the room the line has left (they were cut at a fixed 15 days a cell: all alike at 80 columns).
        let ranks = MetadataIndicator.responseLag.ranking(context)
        // In the header, as the indicator's ranking says it: seen wherever the lags are scrolled to (a footnote below
        // 31 rows is not), and a view's export writes it.
        if ranks.contains(where: \.toPublication) { c.header.append(.init(context[.lagToPublicationNote], style: .dim)) }
        // Label and value as wide as their longest, where the line has room beside a bar of 10; on a narrow
        // screen the label gives way first (to 12 columns), then the value (to 8), each cut with an ellipsis.
        // The value right-aligned, as in the indicator's ranking, so that the days line up ('1370 天' over ' 933 天').
        let line = context.rowWidth() - 3, shortestBar = 10
        var labelWidth = ranks.map { DisplayWidth.of($0.label) }.max() ?? 0
        var displayWidth = ranks.map { DisplayWidth.of($0.display) }.max() ?? 0
        labelWidth = min(labelWidth, max(12, line - displayWidth - 2 - shortestBar))
        displayWidth = min(displayWidth, max(8, line - labelWidth - 2 - shortestBar))
        let room = max(5, min(60, line - labelWidth - 1 - displayWidth - 1))
        let longest = ranks.compactMap(\.value).max() ?? 0
        for rank in ranks {
            let bar = rank.value.map { String(repeating: "▇", count: longest > 0 ? max(1, Int(($0 / longest * Double(room)).rounded())) : 0) } ?? ""
            let label = DisplayWidth.pad(rank.label, to: labelWidth)
            c.rows.append(.init(cells: [label + " " + DisplayWidth.pad(rank.display, to: displayWidth, alignment: .right) + " " + bar], target: rank.target, kind: .text))
        }
        return c
    }

    /// "YYYY-MM" for every month from `first` to `last` (both "YYYY-MM"), none when either is missing.
    static func everyMonth(from first: String?, to last: String?) -> [String] {
        func parts(_ key: String?) -> (Int, Int)? {
            guard let key, let y = Int(key.prefix(4)), let m = Int(key.dropFirst(5).prefix(2)) else { return nil }
            return (y, m)
        }
        guard let (y0, m0) = parts(first), let (y1, m1) = parts(last) else { return [] }
        return (y0 * 12 + m0 - 1 ... max(y0 * 12 + m0 - 1, y1 * 12 + m1 - 1)).map {
            String(format: "%04d-%02d", $0 / 12, $0 % 12 + 1)
        }
    }
}
