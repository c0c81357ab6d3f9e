import Dashboard
import PolicyAnalysis
import PolicyModel
import TerminalUI

/// The plain-text reports of `ipap show`: labelled fields, then lists, in the interface language.
struct Report {
    let corpus: Corpus
    let language: Language
    /// The terminal's width: long values wrap under themselves (a hanging indent), not back to the first
    /// column as the terminal wraps them. Nil (a pipe or file): one line each.
    var width: Int? = nil

    private var zh: Bool { language == .chinese }
    private var taxonomy: Taxonomy { corpus.taxonomy }

    /// `textAreas`: the areas its text is coded to, from a stored analysis (nil: none stored); `analysis`: the
    /// document's indicators and reuse pairs from it (nil: none stored, said so).
    /// `outdated`: an analysis is stored, but not for the corpus's files as they are now (no `analysis` then).
    func document(_ d: PolicyDocument, textAreas: [String]? = nil, analysis: DocumentAnalysisShown? = nil,
                  outdated: Bool = false) -> String {
        var fields: [(String, String)] = [
            (zh ? "编号" : "ID", d.id),
            (zh ? "文号" : "Number", d.number ?? unknown),
            (zh ? "发文机关" : "Issuers", taxonomy.issuerNames(of: d, in: language).joined(separator: "、").ifEmpty(d.issuerText ?? unknown)),
            (zh ? "级别" : "Level", d.level.name.text(in: language)),
        ]
        if let region = d.region {
            let name = taxonomy.division(region).map { zh ? $0.zh : $0.en } ?? region
            fields.append((zh ? "地区" : "Region", d.locality.map { "\(name) \($0.zh)" } ?? name))
        }
        fields += [
            // The number's year when no written date is known, as the dashboard says it (a publication date is not one).
            (zh ? "成文日期" : "Written", d.dateWritten?.description ?? d.numberYear.map { zh ? "\($0)（据文号）" : "\($0) (from number)" } ?? unknown),
            (zh ? "发布日期" : "Published", d.datePublished?.description ?? unknown),
            (zh ? "类型" : "Kind", d.kind.name.text(in: language)),
            (zh ? "行动领域" : "Action areas", areaNames(d.actionAreas.ids) + (zh ? "（\(codingName(d.actionAreas.coding))）" : " (\(codingName(d.actionAreas.coding)))")),
        ]
        if let textAreas {
            fields.append((zh ? "全文领域" : "Areas in text", areaNames(taxonomy.areas.map(\.id).filter(textAreas.contains))
                + (zh ? "（全文条款与小标题编码）" : " (coding of the text's clauses and headings)")))
        }
        fields += [
            (zh ? "来源" : "Source", d.source.url ?? unknown),
            (zh ? "核实" : "Seen", d.source.seenLabel.text(in: language)),
        ]
        if let v = d.source.seen.url { fields.append((zh ? "核实出处" : "Seen at", v)) }
        // The catalogue's notes as written; an English one marked as the catalogue's in Chinese ('编目注：…').
        if let note = d.extra["titleNote"] { fields.insert((zh ? "标题说明" : "Title note", CatalogueNote(note).inline(in: language)), at: 1) }
        if let note = d.note { fields.append((zh ? "说明" : "Note", CatalogueNote(note).inline(in: language))) }
        if d.synthetic { fields.append((zh ? "合成" : "Synthetic", zh ? "是（生成的示例文本）" : "yes (generated text)")) }
        // The text read from its file when the corpus was loaded without texts.
        let length = d.hasText ? corpus.text(of: d)?.unicodeScalars.count ?? 0 : 0
        fields.append((zh ? "全文" : "Text", d.hasText ? (zh ? "有（\(length) 字）" : "yes (\(length) characters)") : (zh ? "无（仅元数据）" : "none (metadata only)")))
        if let fetched = d.source.fetched {
            fields.append((zh ? "正文出处" : "Text from", fetched.label.text(in: language)))
        }
        // Issuer names the taxonomy did not know stay as the source wrote them: show the whole cell.
        if let written = d.issuerText, !d.issuers.isEmpty,
           IssuerText.split(written, in: taxonomy).contains(where: { IssuerText.resolve($0, in: taxonomy)?.issuer == nil }) {
            fields.insert((zh ? "机关原文" : "Issuers as written", written), at: 3)
        }
        var out = hanging(d.title, indent: 0) + [""] + aligned(fields)
        let bases = d.basedOn.compactMap(corpus.document)
        out += documentSection(zh ? "依据的文件" : "Implements", bases)
        out += documentSection(zh ? "落实本文件的文件" : "Implemented by", corpus.implementations(of: d.id))
        out += section(zh ? "文献结论" : "Cited findings", corpus.findings(about: .document, d.id).map(findingLines).flatMap { $0 })
        if d.hasText { out += indicatorLines(d, analysis, outdated: outdated) }
        return out.joined(separator: "\n")
    }

    /// A document's indicators and reuse pairs as a stored analysis holds them (QA pass 50: `show` said "everything
    /// known" and gave none of them). Unknown is "-" with its reason, as on the document's page.
    private func indicatorLines(_ d: PolicyDocument, _ analysis: DocumentAnalysisShown?, outdated: Bool) -> [String] {
        let title = zh ? "指标（已存分析）" : "Indicators (stored analysis)"
        guard let analysis else {
            // QA pass 51: an analysis stored before an import read "no analysis stored".
            let missing = outdated
                ? (zh ? "已存的分析不是按语料文件的现状记下的（之后有改动或被复制）：运行 ipap analyze --write（或打开看板）会核对并更新"
                      : "the stored analysis was not recorded for the corpus's files as they are now (changed or copied since): ipap analyze --write (or opening the dashboard) checks and updates it")
                : (zh ? "未存分析：运行 ipap analyze --write（或打开看板）后可见"
                      : "no analysis stored: ipap analyze --write (or opening the dashboard) stores one")
            return ["", title] + hanging("  " + missing, indent: 2)
        }
        let s = analysis.summary
        // As the dashboard prints shares: a share above 0 never reads 0%, the tool classes' add up to 100%.
        func pct(_ v: Double?) -> String { v.map(SharePercent.text) ?? "-" }
        func count(_ n: Int) -> String { s.measureCount == 0 ? "-" : "\(n)/\(s.measureCount)" }
        let centre: String
        if d.isCentral {
            centre = zh ? "-（中央文件：不适用）" : "- (a central document: not applicable)"
        } else if s.copiedFromCentre == nil {
            centre = zh ? "-（语料中没有更早的、有正文的中央文件）" : "- (no earlier central document with text)"
        } else {
            let mark = { (identical: Bool) in identical ? (zh ? "，九成以上出自同一份中央文件" : ", ≥ 90% from one central document") : "" }
            centre = pct(s.copiedFromCentre) + (zh ? "（目标 \(pct(s.copiedFromCentreGoals))\(mark(s.identicalGoals))；行动 \(pct(s.copiedFromCentreActions))\(mark(s.identicalActions))）"
                                                  : " (goals \(pct(s.copiedFromCentreGoals))\(mark(s.identicalGoals)); actions \(pct(s.copiedFromCentreActions))\(mark(s.identicalActions)))")
        }
        let nearest = s.nearestProvince.map { (taxonomy.division($0.region).map { zh ? $0.zh : $0.en } ?? $0.region) + " " + pct($0.share) } ?? "-"
        let measures = s.measureCount == 0 ? (zh ? "-（未识别出措施）" : "- (none recognised)")
            : (zh ? "\(s.measureCount)，空泛 \(s.vagueMeasures)（\(pct(Double(s.vagueMeasures) / Double(s.measureCount)))）"
                  : "\(s.measureCount), vague \(s.vagueMeasures) (\(pct(Double(s.vagueMeasures) / Double(s.measureCount))))")
        let evaluation = "\(s.evaluationClauses)" + (s.evaluationClauses == 0 ? "" : zh
            ? "（\(s.evaluationNamesIndicators ? "含" : "无")指标，\(s.evaluationHasSchedule ? "含" : "无")时间安排）"
            : " (\(s.evaluationNamesIndicators ? "with" : "no") indicators, \(s.evaluationHasSchedule ? "with" : "no") schedule)")
        let classes = ["supply", "environment", "demand"]
        let shares = classes.map { DocumentIndicators.toolShare($0, of: s.toolShares) }
        let tools = shares.contains(nil) ? "-" : zip(classes, SharePercent.texts(ofParts: shares.map { $0 ?? 0 })).map { cls, share in
            (Labels.toolClassLetter(cls)?.text(in: language) ?? cls) + " " + share
        }.joined(separator: "  ")
        var fields: [(String, String)] = [
            (zh ? "照搬中央" : "Copied from centre", centre),
            (zh ? "最相似省份" : "Nearest province", nearest),
            (zh ? "独特" : "Own text", pct(s.distinctiveness)),
            (zh ? "措施" : "Measures", measures),
            (zh ? "量化目标" : "Quantified", count(s.quantifiedMeasures)),
            (zh ? "责任单位" : "Responsible unit", count(s.measuresWithResponsible)),
            (zh ? "完成时限" : "Deadline", count(s.measuresWithDeadline)),
            (zh ? "资金安排" : "Money", count(s.measuresWithMoney)),
            (zh ? "资金投入条款" : "Commits funds", s.financialSupport ? (zh ? "有" : "yes") : (zh ? "无" : "no")),
            (zh ? "评估条款" : "Evaluation", evaluation),
            (zh ? "治理议题" : "Governance", "\(s.governanceTopics.count)/\(GovernanceTopic.allCases.count)"),
            (zh ? "政策工具" : "Policy tools", tools),
        ]
        // The reuse pairs, the largest share of this document first.
        let mine = { (p: ReusePairSummary) in p.target == d.id ? p.targetShare : p.sourceShare }
        for p in analysis.pairs.sorted(by: { mine($0) != mine($1) ? mine($0) > mine($1) : $0.source < $1.source }) {
            let other = p.target == d.id ? p.source : p.target
            let arrow = p.target == d.id ? "← " : (zh ? "→ 被用于 " : "→ used by ")
            fields.append((p.relation.label.text(in: language), arrow + other + "  " + pct(mine(p))
                           + (zh ? "（\(p.copies) 段）" : " (" + EnglishCount.of(p.copies, "passage") + ")")))
        }
        return ["", title] + aligned(fields)
    }

    func province(_ p: ProvinceProfile) -> String {
        let d = p.division
        var fields: [(String, String)] = [
            (zh ? "代码" : "Code", d.code),
            (zh ? "简称" : "Short name", d.short),
            (zh ? "英文名" : "English", d.en),
            (zh ? "地区" : "Region", d.region.name.text(in: language)),
            (zh ? "文件数" : "Documents", "\(p.documents.count)"),
        ]
        if let first = p.firstResponse {
            let label = p.mainDocument != nil ? (zh ? "主要实施文件" : "Main document") : (zh ? "早于指导意见的文件" : "Earlier document")
            fields.append((label, "\(first.dateLabel(language))  \(first.number ?? first.id)  \(first.title)"))
        } else {
            fields.append((zh ? "主要实施文件" : "Main document", p.documents.isEmpty
                ? (zh ? "目录中尚无该省文件" : "no document of this province in the corpus yet")
                : (zh ? "目录中尚无该省落实指导意见的主要实施文件（有其他文件 \(p.documents.count) 份）"
                      : "none in the corpus implementing the guiding opinion (\(EnglishCount.of(p.documents.count, "other document")))")))
        }
        fields.append((zh ? "响应时滞" : "Response lag", p.responseLagLine.text(in: language)))
        fields.append((zh ? "领域覆盖" : "Area coverage", p.areaCoverage.label(of: taxonomy.areas.count).text(in: language)
                       + (p.areaCoverage.areas.map { " " + areaNames($0) } ?? "")))
        fields.append((zh ? "标题所涉领域" : "Areas in titles", p.titleAreasCount.text(in: language)
                       + (p.titleAreas.isEmpty ? "" : " " + areaNames(p.titleAreas))))
        var out = ["\(d.zh) \(d.en)", ""] + aligned(fields)
        out += documentSection(zh ? "文件" : "Documents", p.documents)
        out += section(zh ? "文献结论" : "Cited findings", p.findings.flatMap(findingLines))
        return out.joined(separator: "\n")
    }

    func issuer(_ p: IssuerProfile) -> String {
        let s = p.issuer
        var fields: [(String, String)] = [
            (zh ? "编号" : "ID", s.id),
            (zh ? "英文名" : "English", s.en),
            (zh ? "简称" : "Abbreviation", s.abbreviation),
            (zh ? "级别" : "Level", s.level.name.text(in: language)),
            (zh ? "文号前缀" : "Number prefixes", s.numberPrefixes.joined(separator: " ").ifEmpty("-")),
            (zh ? "文件数" : "Documents", "\(p.documents.count)"),
            (zh ? "逐年文件" : "Per year", perYear(p)),
            (zh ? "涉及领域" : "Areas touched", areaNames(p.areasTouched)),
        ]
        if !p.areasUnknown.isEmpty {
            fields.append((zh ? "未知的领域" : "Areas unknown", areaNames(p.areasUnknown)
                + (zh ? "（\(p.uncodedComprehensive.count) 份综合文件未按全文编码）" : " (\(p.uncodedComprehensive.count) comprehensive document\(p.uncodedComprehensive.count == 1 ? "" : "s") not coded from the text)")))
        }
        if !s.aliases.isEmpty { fields.insert((zh ? "曾用名/别名" : "Also known as", s.aliases.joined(separator: "、")), at: 2) }
        if let former = s.formerNames, !former.isEmpty {
            fields.insert((zh ? "改名前" : "Named before", former.map { $0.name.text(in: language) + (zh ? "（至 \($0.until)）" : " (until \($0.until))") }
                .joined(separator: zh ? "、" : ", ")), at: 2)
        }
        var out = ["\(s.zh) \(s.en)", ""] + aligned(fields)
        out += documentSection(zh ? "文件" : "Documents", p.documents)
        out += section(zh ? "文献结论" : "Cited findings", p.findings.flatMap(findingLines))
        return out.joined(separator: "\n")
    }

    func area(_ p: AreaProfile) -> String {
        let a = p.area
        let fields: [(String, String)] = [
            (zh ? "编号" : "ID", a.id),
            (zh ? "英文名" : "English", a.en),
            (zh ? "标题写明本领域的文件" : "Documents whose titles name it", "\(p.documents.count)"),
            (zh ? "按全文编码归入的文件" : "Documents coded to it from their text", "\(p.documentsByText.count)"),
            (zh ? "中央发文机关" : "Central issuers", "\(p.centralIssuers.count) " + issuerNames(p.centralIssuers)),
            (zh ? "未知的中央发文机关" : "Central issuers unknown", "\(p.centralIssuersUnknown.count) " + issuerNames(p.centralIssuersUnknown)
                + (zh ? "（综合文件未按全文编码）" : " (comprehensive document not coded from its text)")),
            (zh ? "已知涉及的省份" : "Provinces known to cover it", "\(p.provinces.count) "
                + p.provinces.compactMap { taxonomy.division($0)?.displayName.text(in: language) }.joined(separator: zh ? "、" : ", ")),
            (zh ? "未知的省份" : "Provinces unknown", "\(p.provincesUnknown.count)" + (zh ? "（无主要实施文件，或综合文件未按全文编码）" : " (no main implementation document, or a comprehensive one not coded from its text)")),
            (zh ? "关键词" : "Keywords", a.keywords.joined(separator: "、")),
        ]
        var out = ["\(a.zh) \(a.en)", ""] + aligned(fields)
        out += documentSection(zh ? "文件（标题写明本领域）" : "Documents (titles name this area)", p.documents)
        out += documentSection(zh ? "文件（按全文编码，标题未写领域）" : "Documents coded to this area from their text (titles name no area)",
                               p.documentsByText)
        out += section(zh ? "文献结论" : "Cited findings", p.findings.flatMap(findingLines))
        return out.joined(separator: "\n")
    }

    /// A text of indented lines (a problem of the review) wrapped to the width, each line continued under its
    /// own text, after its indent and its number or bullet: the terminal wrapped them back to the first column.
    func wrapped(_ text: String) -> String {
        text.components(separatedBy: "\n").flatMap { line in
            let mark = line.prefixMatch(of: /^ *(\d+\. |• )?/).map { DisplayWidth.of(String($0.output.0)) } ?? 0
            return hanging(line, indent: mark)
        }.joined(separator: "\n")
    }

    // MARK: - Pieces

    private var unknown: String { zh ? "未知" : "unknown" }

    private func codingName(_ c: AreaCoding.Coding) -> String {
        switch c {
        case .machine: zh ? "按标题机器编码" : "machine-coded from the title"
        case .manual: zh ? "人工编码" : "coded by hand"
        }
    }

    /// "无" / "none" without an area, as the province's areas in titles say it ("0（无）"): '-' reads as unknown.
    private func areaNames(_ ids: [String]) -> String {
        ids.compactMap { taxonomy.area($0)?.name.text(in: language) }.joined(separator: zh ? "、" : ", ").ifEmpty(zh ? "无" : "none")
    }

    private func issuerNames(_ ids: [String]) -> String {
        ids.compactMap { taxonomy.issuer($0)?.name.text(in: language) }.joined(separator: zh ? "、" : ", ").ifEmpty("-")
    }

    /// The documents of each year, then those of no known year: without them the years summed to less than the
    /// documents counted above ("文件数 3", "2015: 1  2016: 1").
    private func perYear(_ p: IssuerProfile) -> String {
        var parts = p.documentsPerYear.map { "\($0.year): \($0.count)" }
        let undated = p.documents.count - p.documentsPerYear.reduce(0) { $0 + $1.count }
        if undated > 0 { parts.append((zh ? "日期未知: " : "date unknown: ") + "\(undated)") }
        return parts.joined(separator: "  ").ifEmpty("-")
    }

    /// A section of documents, one a line: the date and the number (else the id) in columns, so that every title
    /// starts at one column and a long one continues under itself (with two spaces between, each title began
    /// where its date and number happened to end: '2016 (from number)', 'date unknown', numbers of 10 to 24 columns).
    private func documentSection(_ title: String, _ unsorted: [PolicyDocument]) -> [String] {
        guard !unsorted.isEmpty else { return [] }
        let documents = unsorted.sorted(by: PolicyDocument.inDateOrder)
        let dates = documents.map { $0.dateLabel(language) }
        let numbers = documents.map { Sanitizer.sanitize($0.number ?? $0.id) }
        let dateWidth = dates.map(DisplayWidth.of).max() ?? 0
        let numberWidth = numbers.map(DisplayWidth.of).max() ?? 0
        let titleColumn = 2 + dateWidth + 2 + numberWidth + 2
        let indent = (width ?? .max) - titleColumn >= 20 ? titleColumn : 4
        let lines = documents.indices.map { i in
            "  " + padded(dates[i], to: dateWidth) + "  " + padded(numbers[i], to: numberWidth) + "  " + documents[i].titleWithNote(in: language)
        }
        return ["", heading(title, documents.count)] + lines.flatMap { hanging($0, indent: indent) }
    }

    private func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    private func findingLines(_ f: Finding) -> [String] {
        // The work as cited (a reference ending in its own full stop), then where in it, in brackets: joined by a
        // comma it read "131-138.，二，引言".
        var source = corpus.citation(f.citation.source)?.text ?? f.citation.source
        if let locator = f.citation.locator.map({ SectionLocator.text($0, in: language) }) {
            source += zh ? "（\(locator)）" : " (\(locator))"
        }
        return ["• " + f.text.text(in: language), "  " + (zh ? "出处：" : "Source: ") + source]
    }

    private func section(_ title: String, _ lines: [String]) -> [String] {
        guard !lines.isEmpty else { return [] }
        return ["", heading(title, lines.filter { !$0.hasPrefix("  ") }.count)] + lines.flatMap { hanging("  " + $0, indent: 4) }
    }

    /// A section's title with its count, in the language's brackets (the dashboard's "落实本文件的文件（1）").
    private func heading(_ title: String, _ count: Int) -> String {
        zh ? "\(title)（\(count)）" : "\(title) (\(count))"
    }

    private func aligned(_ fields: [(String, String)]) -> [String] {
        let labels = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
        return fields.flatMap { label, value in
            hanging("  " + label + String(repeating: " ", count: labels - DisplayWidth.of(label)) + "  " + value, indent: labels + 4)
        }
    }

    /// `line` wrapped to the width, its continuation lines indented by `indent` columns. A web address is never
    /// cut, which broke copying it: it stays whole after its label, or on a line of its own, for the terminal to
    /// wrap. Every line of a report passes here, through the one sanitiser: a line break in a title or note is
    /// shown as ␊ (it broke the title over two lines), as `ipap list` shows it.
    private func hanging(_ text: String, indent: Int) -> [String] {
        let line = Sanitizer.sanitize(text)
        guard let width, width - indent >= 20, DisplayWidth.of(line) > width else { return [line] }
        // Up to a space or Chinese punctuation, without a full stop or bracket that closes the sentence.
        if let address = line.firstMatch(of: /(?:https?:\/\/|www\.)[^\s（），。；、“”「」]*[^\s（），。；、“”「」.,;:)\]]/) {
            let before = String(line[..<address.range.lowerBound])
            let after = line[address.range.upperBound...]
            // Closing marks right after it stay on its line: no line starts with one.
            let marks = after.prefix { TextView.noLineStart.contains($0) }
            let rest = after.dropFirst(marks.count).drop { $0 == " " }
            let pad = String(repeating: " ", count: indent)
            let head = DisplayWidth.of(before) <= indent
                ? [before + address.output + marks]
                : hanging(String(before.reversed().drop { $0 == " " }.reversed()), indent: indent) + [pad + address.output + marks]
            return rest.isEmpty ? head : head + hanging(pad + rest, indent: indent)
        }
        let first = TextView.wrap(line, width: width)[0]
        let rest = String(line.dropFirst(first.count)).drop { $0 == " " }
        return [first.text] + TextView.wrap(String(rest), width: width - indent).map { String(repeating: " ", count: indent) + $0.text }
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}

/// What `ipap show` prints of one document from a stored analysis: its summary and the reuse pairs it is in.
struct DocumentAnalysisShown {
    let summary: DocumentSummary
    let pairs: [ReusePairSummary]
}
