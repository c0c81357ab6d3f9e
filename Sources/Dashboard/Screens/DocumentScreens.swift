import PolicyModel
import TerminalUI

/// The document list (filterable) and one document: metadata, relations, findings, text.
extension ScreenBuilder {
    func documentList(title: String, filter: DocumentFilter, showFilter: Bool) -> ScreenContent {
        var c = ScreenContent()
        let docs = filter.apply(to: corpus.documents)
        if showFilter {
            c.header = [.init(t("筛选：", "Filter: ") + describe(filter) + "   " + t("\(docs.count)/\(corpus.documents.count) 份", "\(docs.count) of \(corpus.documents.count)")
                              + t("   （f 筛选，F 清除）", "   (f filter, F clear)"), style: .dim)]
        } else {
            c.header = [.init(describe(filter) + "   " + t("\(docs.count) 份文件", "\(docs.count) documents"), style: .dim)]
        }
        c.columns = documentColumns()
        c.rows = docs.map(documentRow)
        return c
    }

    func document(_ id: String) -> ScreenContent {
        guard let d = corpus.document(id) else { return missing(id) }
        var c = ScreenContent()
        let issuers = taxonomy.issuerNames(of: d, in: language)
        let region = d.region.flatMap { taxonomy.division($0) }.map { $0.zh + (d.locality.map { " " + $0.zh } ?? "") }
        let seen = t("核实：", "Seen: ") + name(d.source.seen.label)
        c.header = [.init(d.title, style: .bold),
                    .init([d.number ?? t("无文号", "no number"), name(d.level.name), region, issuers.joined(separator: "、")]
                        .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "  "))]
        let areas = d.actionAreas.ids.compactMap { taxonomy.area($0) }.map { name($0.name) }
        let unknown = t("未知", "unknown")
        c.rows.append(.init(cells: [t("文件信息", "Metadata")], kind: .heading))
        if let note = d.extra["titleNote"] {
            c.rows += textRows(t("标题说明：", "Title note: ") + note, indent: "  ")
        }
        c.rows += textRows(t("成文 ", "Written ") + (d.dateWritten?.description ?? d.year.map { t("\($0)（据文号）", "\($0) (from number)") } ?? unknown)
                           + t("　发布 ", "   Published ") + (d.datePublished?.description ?? unknown)
                           + t("　类型 ", "   Kind ") + name(d.kind.name) + "   " + d.id)
        c.rows += textRows(seen, indent: "  ")
        c.rows += textRows(t("行动领域：", "Action areas: ") + (areas.isEmpty ? "-" : areas.joined(separator: zh ? "、" : ", "))
                           + (d.actionAreas.coding == .machine ? t("（按标题机器编码）", " (machine-coded from the title)") : t("（人工编码）", " (coded by hand)")), indent: "  ")
        c.rows += textRows(t("来源：", "Source: ") + (d.source.url ?? "-"), indent: "  ")
        if let v = d.source.seen.url, v != d.source.url {
            c.rows += textRows(t("核实出处：", "Seen at: ") + v, indent: "  ")
        }
        if d.synthetic {
            c.rows += textRows(t("合成示例文本，非真实文件", "SYNTHETIC: generated text, not a real document"))
        }
        c.columns = documentColumns()
        c.showsColumnTitles = false
        let bases = d.basedOn.compactMap(corpus.document)
        if !bases.isEmpty {
            c.rows.append(.init(cells: [t("依据（本文件落实）（\(bases.count)）", "Implements (\(bases.count))")], kind: .heading))
            c.rows += bases.map(documentRow)
        }
        let children = corpus.implementations(of: d.id)
        if !children.isEmpty {
            c.rows.append(.init(cells: [t("落实本文件的文件（\(children.count)）", "Implemented by (\(children.count))")], kind: .heading))
            c.rows += children.map(documentRow)
        }
        c.rows += findingRows(corpus.findings(about: .document, d.id))
        if let note = d.note, !note.isEmpty {
            c.rows.append(.init(cells: [t("说明", "Note")], kind: .heading))
            c.rows += textRows(note, indent: "  ")
        }
        if let analysis, let indicators = analysis.indicators(d.id), let text = d.text, !text.isEmpty {
            c.panel = indicatorPanel(indicators)
            c.rows += reuseRows(d.id, analysis: analysis)
            c.rows.append(.init(cells: [t("全文（] [ 跳到下一个/上一个发现）", "Text (] [ jump to the next / previous finding)")], kind: .heading))
            c.rows.append(textLegend())
            // At wide sizes the indicators stand in a side panel, so the text wraps in what is left.
            let textWidth = width >= Layout.panelMinimumWidth ? width - Layout.panelWidth : width
            c.rows += analysedTextRows(d, text: text, indicators: indicators, analysis: analysis, width: textWidth)
            return c
        }
        c.rows.append(.init(cells: [t("全文", "Text")], kind: .heading))
        if let text = d.text, !text.isEmpty {
            c.rows += TextLines.rows(text, width: width - 1, overlays: [])
        } else if d.textDeferred {
            c.rows.append(.init(cells: [t("正文载入中（与文本分析一同在后台读取）…", "Text loading (read in the background with the analysis)…")],
                                kind: .note))
        } else {
            c.rows.append(.init(cells: [t("本语料没有该文件的全文（仅元数据）；可用 ipap import 导入。",
                                          "This corpus has no text for this document (metadata only); analysts can add texts with ipap import.")],
                                kind: .text))
        }
        return c
    }

}
