import PolicyModel
import TerminalUI

extension ScreenContext {
    /// A subject's cited findings, then its documents: the body of the province, issuer and area screens.
    func subjectRows(findings: [Finding], documents: [PolicyDocument], heading: (Int) -> Phrase = Phrase.documentsHeading) -> [ScreenContent.Row] {
        findingRows(findings) + documentRows(documents, heading: heading)
    }

    /// A heading with the count, then one row per document; nothing when there are none.
    func documentRows(_ documents: [PolicyDocument], heading: (Int) -> Phrase) -> [ScreenContent.Row] {
        guard !documents.isEmpty else { return [] }
        return [.init(cells: [self[heading(documents.count)]], kind: .heading)] + documents.map(documentRow)
    }

    /// The 11 areas in one line: short names of those covered, dots for the others.
    func areaCoverageLine(_ covered: [String], unknown: [String] = []) -> String {
        taxonomy.areas.map { covered.contains($0.id) ? name($0.shortName) : unknown.contains($0.id) ? "?" : "·" }.joined(separator: " ")
    }

    func missing(_ id: String) -> ScreenContent {
        ScreenContent(header: [.init(self[.notFoundPrefix] + id, style: Theme.vague)])
    }
}

/// Eight-level block glyphs for a tiny per-year chart inside a table cell.
enum Sparkline {
    static let glyphs = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func glyph(_ value: Int, max: Int) -> String {
        guard max > 0, value > 0 else { return value == 0 ? "·" : " " }
        let level = Swift.max(1, Int((Double(value) / Double(max) * 8).rounded()))
        return glyphs[Swift.min(8, level)]
    }

    /// One glyph per value, scaled to the largest.
    static func line(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        return values.map { glyph($0, max: top) }.joined()
    }
}

/// The provinces: documents, main document, response lag, area coverage, findings (and text indicators).
struct ProvincesScreen: FiltersRows {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        c.columns = [
            .init(title: context[.provinceColumn], width: context.zh ? 8 : 14),
            .init(title: context[.region], width: context.zh ? 4 : 9),
            .init(title: context[.docsColumn], width: 5, alignment: .right),
            .init(title: context[.mainDoc], width: 12),
            .init(title: context[.lag], width: Self.lagWidth, alignment: .right),
            .init(title: context[.areasColumn], width: 5, alignment: .right),
            .init(title: context[.coverage], width: 11, exportedTitles: context.coverageExportTitles),
            .init(title: context[.findingsColumn], width: 8, alignment: .right),
        ]
        let extra = context.indicatorColumns(includeCentre: true)
        // With text indicators, where not every column fits, the coverage marks and dates give way to them.
        let compact = extra.map { ScreenContent.width(of: c.columns + $0.columns) > context.width } ?? false
        if compact { c.columns = [c.columns[0], c.columns[2], c.columns[4]] }
        // Where the coverage marks stand (none when compact), for a view's export to write an area a column.
        let coverageIndex = c.columns.firstIndex { $0.title == context[.coverage] }
        c.columns += extra?.columns ?? []
        // Wide screens: the main implementing document itself (number and title) takes what is left.
        let wide = context.width >= 150
        if wide { c.columns.append(.init(title: context[.mainImplementingDocument], width: nil)) }
        // '-' where the corpus cites no finding at all: 0 for every province read as the review saying nothing about
        // them (a corpus without findings.json). The legend beside the table says what the column counts.
        let citesFindings = !context.corpus.findings.isEmpty
        if !compact {
            c.panel = context.coverageLegend(beside: c.columns)
            if !c.panel.isEmpty { c.panel.append(.init(context[citesFindings ? .findingsColumnIs : .findingsColumnNone], style: .bold)) }
        }
        // A lag counted to a publication date (no written date known) marked as the indicator's ranking and the
        // timeline mark it, the other lags a blank after them so that the figures still line up ('210†' over
        // '197 '); what the mark means in the footer, which moves no row (beside the table where the legend is).
        let profiles = context.taxonomy.divisions.map { context.profile($0) }
        let anyToPublication = profiles.contains(where: \.responseLagToPublication)
        if anyToPublication { c.footer = [.init(context[.lagToPublicationNote], style: .dim)] }
        // The '?' of a lag without days (a document dated by year only, or undated), said as † is.
        if profiles.contains(where: { context.lagCell($0.responseLag) == ScreenContext.lagWithoutDays }) {
            c.footer.append(.init(context[.lagUnknownNote], style: .dim))
        }
        // A province without a main implementation document whose lag is counted from an earlier provincial document
        // (Sichuan's 川办发〔2015〕55号): its date stood under "main document" with nothing saying it is not one.
        let isEarlier = { (p: ProvinceProfile) in p.mainDocument == nil && p.firstResponse != nil }
        if profiles.contains(where: isEarlier) { c.footer.append(.init(context[.earlierDocumentNote], style: .dim)) }
        func lagCell(_ p: ProvinceProfile) -> String {
            let cell = context.lagCell(p.responseLag)
            if p.responseLagToPublication { return cell + MetadataIndicator.toPublicationMark }
            return anyToPublication && DisplayWidth.of(cell) < Self.lagWidth ? cell + " " : cell
        }
        c.rows = profiles.map { p in
            let d = p.division
            let covered = p.areaCoverage.areas
            var cells = [context.name(d.displayName), context.name(d.region.name), String(p.documents.count),
                         p.firstResponse.map { context.lagDateCell($0) + (isEarlier(p) ? Self.earlierDocumentMark : "") } ?? "-", lagCell(p),
                         covered.map { String($0.count) } ?? "?", covered.map { context.areaMarks($0) } ?? context[.unknown], citesFindings ? String(p.findings.count) : "-"]
            var keys: [SortKey] = [context.nameSortKey(cells[0], latin: d.sortSpelling), .number(Double(MacroRegion.allCases.firstIndex(of: d.region) ?? 0)), .number(Double(p.documents.count)),
                                   p.firstResponse?.lagDate.map { .number(Double($0.dayNumber)) } ?? .missing,
                                   p.responseLagDays.map { .number(Double($0)) } ?? .missing,
                                   covered.map { .number(Double($0.count)) } ?? .missing,
                                   covered.map { .number(Double($0.count)) } ?? .missing,
                                   citesFindings ? .number(Double(p.findings.count)) : .missing]
            if compact {
                cells = [cells[0], cells[2], cells[4]]
                keys = [keys[0], keys[2], keys[4]]
            }
            var row = ScreenContent.Row(cells: cells, sortKeys: keys, target: .province(d.code))
            if let coverageIndex { row.exportedCells[coverageIndex] = context.coverageExportCells(covered) }
            extra?.append(p.documents, to: &row)
            if wide {
                row.cells.append(p.firstResponse.map { ($0.number ?? $0.id) + "  " + $0.title } ?? "-")
                row.sortKeys.append(p.firstResponse.map { .text($0.number ?? $0.id) } ?? .missing)
            }
            return row
        }
        return c
    }

    static let lagWidth = 6
    /// After the date of a document that is not a main implementation document (`Label.earlierDocumentNote`).
    static let earlierDocumentMark = "‡"
}

/// One province: its profile, findings and documents.
struct ProvinceScreen: Screen {
    let context: ScreenContext
    let code: String

    func content() -> ScreenContent {
        guard let d = context.taxonomy.division(code) else { return context.missing(code) }
        let p = context.profile(d)
        var c = ScreenContent()
        let main: String
        if let f = p.firstResponse {
            main = "\(f.dateLabel(context.language))  \(f.number ?? f.id)"
        } else {
            main = p.documents.isEmpty ? context[.noDocumentOfThisProvince]
                : context[.noneInTheCorpusImplementing]
        }
        c.header = [
            .init("\(d.zh)  \(d.en)  \(d.code)  \(d.short)  \(context.name(d.region.name))", style: .bold),
            .init(context[.documentsPrefix] + "\(p.documents.count)   "
                  + (p.mainDocument != nil || p.firstResponse == nil ? context[.mainDocument] : context[.earlierDocument])
                  + main),
            .init(context[.responseLag] + context.name(p.responseLagLine)),
            .init(context[.areaCoverage] + context.name(p.areaCoverage.label(of: context.taxonomy.areas.count))
                  + (p.areaCoverage.areas.map { "  " + context.areaCoverageLine($0) } ?? "")),
            .init(context[.areasInTitles] + context.name(p.titleAreasCount)
                  + (p.titleAreas.isEmpty ? "" : "  " + context.areaCoverageLine(p.titleAreas)), style: .dim),
        ]
        c.columns = context.documentColumns()
        c.showsColumnTitles = false
        // Its indicators first (what its row in the list showed), then the analysts' entries about it.
        c.rows = context.groupIndicatorRows(.province(code), documents: p.documents, includeCentre: true)
            + context.reviewRows(about: ReviewSubject(kind: .province, id: code))
            + context.subjectRows(findings: p.findings, documents: p.documents)
        return c
    }
}

/// The issuers: central ministries and provincial governments with their documents.
struct IssuersScreen: FiltersRows {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        let years = CountTable.yearSpan(context.corpus.documents.lazy.filter(\.isCentral).compactMap(\.year))
        let profiles = context.taxonomy.issuers.filter { $0.level.isCentral }.map {
            IssuerProfile(issuer: $0, corpus: context.corpus, textAreas: context.analysis?.textAreas)
        }
        c.columns = [
            .init(title: context[.issuerColumn], width: context.zh ? Self.shortestChineseName : 8),
            .init(title: context[.levelColumn], width: context.zh ? 4 : 11),
            .init(title: context[.docsColumn], width: 5, alignment: .right),
            .init(title: context[.areasColumn], width: 5, alignment: .right),
            .init(title: context[.coverage], width: 11, exportedTitles: context.coverageExportTitles),
            // A file is read by other tools: a view's export writes the counts the glyphs stand for, a column a year.
            .init(title: context[.perYear], width: max(8, (years?.count ?? 0) + 1),
                  exportedTitles: years.map { $0.map { context[.perYear] + context[.colon] + String($0) } }),
        ]
        let perYearIndex = c.columns.count - 1, coverageIndex = perYearIndex - 1
        let extra = context.indicatorColumns(includeCentre: false)
        c.columns += extra?.columns ?? []
        // In English the whole name follows the abbreviation (NDRC); under 150 columns it gives way to the
        // indicators, on a wide screen it follows them. In Chinese the first column is the name: whole where the
        // line has room (国家质量监督检验检疫总局, 24 columns), cut (国家发展和改革…) beside the indicators at 80
        // columns; a name column after it said each name twice.
        let namesAfter = !context.zh && (extra == nil || context.width >= 150)
        if namesAfter { c.columns.append(.init(title: context[.name], width: nil)) }
        if context.zh {
            let widest = profiles.map { DisplayWidth.of($0.issuer.zh) }.max() ?? 0
            // The line less the other columns, and one column for the review marks.
            let room = context.width - 1 - (ScreenContent.width(of: c.columns) - Self.shortestChineseName)
            c.columns[0].width = max(Self.shortestChineseName, min(widest, room))
        }
        c.panel = context.coverageLegend(beside: c.columns)
        // At any width (the legend panel needs 120 columns), what "7+4?" says.
        if profiles.contains(where: { !$0.areasUnknown.isEmpty }) {
            c.header = [.init(context[.knownPlusUnknown], style: .dim)]
        }
        c.rows = profiles.map { p in
            let s = p.issuer
            let perYear = years.map { CountTable.everyYear(p.documentsPerYear, in: $0).map(\.count) }
            let spark = perYear.map(Sparkline.line) ?? ""
            // An issuer with no document in the corpus covers areas unknown, not none (as a province's coverage is).
            let known = !p.documents.isEmpty
            var cells = [context.zh ? s.zh : s.abbreviation, context.name(s.level.name), String(p.documents.count),
                         known ? context.countCell(p.areasTouched.count, unknown: p.areasUnknown.count) : "?",
                         known ? context.areaMarks(p.areasTouched, unknown: p.areasUnknown) : context[.unknown], spark]
            let areasKey: SortKey = known ? .number(Double(p.areasTouched.count)) : .missing
            // Levels in their order (national first), as the documents' level column sorts.
            var keys: [SortKey] = [context.nameSortKey(cells[0]), .number(Double(Level.allCases.firstIndex(of: s.level) ?? 0)), .number(Double(p.documents.count)),
                                   areasKey, areasKey, .number(Double(p.documents.count))]
            var row = ScreenContent.Row(cells: cells, sortKeys: keys, target: .issuer(s.id))
            if let perYear { row.exportedCells[perYearIndex] = perYear.map(String.init) }
            row.exportedCells[coverageIndex] = context.coverageExportCells(known ? p.areasTouched : nil, unknown: p.areasUnknown)
            extra?.append(p.documents, to: &row)
            if namesAfter {
                row.cells.append(s.en)
                row.sortKeys.append(context.nameSortKey(s.en))
            }
            return row
        }
        return c
    }

    /// The Chinese name column's width where the line has no more room: 国家发展和改革… (8 characters and the ellipsis).
    static let shortestChineseName = 16
}

/// One issuer: its profile, findings and documents.
struct IssuerScreen: Screen {
    let context: ScreenContext
    let id: String

    func content() -> ScreenContent {
        guard let s = context.taxonomy.issuer(id) else { return context.missing(id) }
        let p = IssuerProfile(issuer: s, corpus: context.corpus, textAreas: context.analysis?.textAreas)
        var c = ScreenContent()
        c.header = [
            .init("\(s.zh)  \(s.en)  \(s.abbreviation)", style: .bold),
            .init(context[.numberPrefixes] + (s.numberPrefixes.isEmpty ? "-" : s.numberPrefixes.joined(separator: " "))
                  + (s.aliases.isEmpty ? "" : context[.also] + s.aliases.joined(separator: context[.listSeparator]))),
            .init(context[.areasTouched] + (p.documents.isEmpty ? "?/\(context.taxonomy.areas.count)  " + context[.noDocumentInCorpus]
                : "\(p.areasTouched.count)/\(context.taxonomy.areas.count)  " + context.areaCoverageLine(p.areasTouched, unknown: p.areasUnknown))),
        ]
        if !p.areasUnknown.isEmpty {
            c.header.append(.init(context[.areasUnknownUncoded(areas: p.areasUnknown.count, documents: p.uncodedComprehensive.count)], style: .dim))
        }
        if let former = s.formerNames, !former.isEmpty {
            c.header.insert(.init(context[.namedBefore] + former.map { context.name($0.name) + context[.until("\($0.until)")] }
                .joined(separator: "  "), style: .dim), at: 2)
        }
        c.chart = context.perYearChart(p.documents)
        c.columns = context.documentColumns()
        c.showsColumnTitles = false
        // Its indicators first (what its row in the list showed), then the analysts' entries about it.
        c.rows = context.groupIndicatorRows(.issuer(id), documents: p.documents, includeCentre: !s.level.isCentral)
            + context.reviewRows(about: ReviewSubject(kind: .issuer, id: id))
            + context.subjectRows(findings: p.findings, documents: p.documents)
        return c
    }
}

/// The eleven action areas of the guiding opinion.
struct AreasScreen: FiltersRows {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        c.columns = [
            .init(title: "#", width: 2, alignment: .right),
            // The longest English name (Entrepreneurship and innovation) is 31 letters.
            .init(title: context[.actionAreaColumn], width: context.zh ? 8 : 31),
            .init(title: context[.docsColumn], width: 5, alignment: .right),
            .init(title: context[.centralIssuersColumn], width: context.zh ? 8 : 15, alignment: .right),
            .init(title: context[.provincesColumn], width: 9, alignment: .right),
            .init(title: context[.issuersAtTheCentre], width: nil, itemSeparator: context[.listSeparator]),
        ]
        let extra = context.indicatorColumns(includeCentre: true)
        // Under 120 columns the issuer counts give way to the text indicators.
        let compact = extra != nil && context.width < 120
        if compact {
            c.columns = [c.columns[0], .init(title: c.columns[1].title, width: context.zh ? 8 : 20), c.columns[2]]
        } else if extra != nil, context.width < 160 {
            c.columns.removeLast()
        }
        c.columns += extra?.columns ?? []
        // Central issuers and provinces as the area's page counts them (titles, and the text of documents whose
        // title names no area); those with such a document not coded from its text, and provinces without a main
        // implementation document, are unknown ("+m?"), never absent.
        let profiles = context.areaProfiles()
        c.header = (compact ? [] : [.init(context[.areaKnownPlusUnknown], style: .dim)]) + [.init(context[.areaDocumentsAre], style: .dim)]
        // Documents not coded from their text may be in any area: '+m?', never a 0 that is not known (at 10,000
        // documents, while the analysis loaded, every area read 0). Said at any width: the legend above is not.
        if profiles.contains(where: { $0.documentsUnknown > 0 }) {
            c.header.append(.init(context[.areaDocumentsUnknown], style: .dim))
        }
        // As wide as '0+1234?' needs.
        let documentCells = profiles.map { context.countCell($0.documentCount, unknown: $0.documentsUnknown) }
        c.columns[2].width = max(5, documentCells.map(DisplayWidth.of).max() ?? 0)
        c.rows = profiles.map { p in
            let a = p.area
            let names = p.centralIssuers.compactMap { context.taxonomy.issuer($0) }.map(context.issuerName)
            // The area page's two lists: documents whose titles name it, and those coded to it from their text.
            let documents = p.documents + p.documentsByText
            var cells = [String(a.order), context.name(a.name), context.countCell(documents.count, unknown: p.documentsUnknown),
                         context.countCell(p.centralIssuers.count, unknown: p.centralIssuersUnknown.count),
                         context.countCell(p.provinces.count, unknown: p.provincesUnknown.count), names.joined(separator: context[.listSeparator])]
            var keys: [SortKey] = [.number(Double(a.order)), context.nameSortKey(cells[1]), .number(Double(documents.count)),
                                   .number(Double(p.centralIssuers.count)), .number(Double(p.provinces.count)), .text(names.joined())]
            if extra != nil {
                if compact {
                    cells = Array(cells.prefix(3))
                    keys = Array(keys.prefix(3))
                } else if context.width < 160 {
                    cells.removeLast()
                    keys.removeLast()
                }
            }
            var row = ScreenContent.Row(cells: cells, sortKeys: keys, target: .area(a.id))
            extra?.append(documents, to: &row)
            return row
        }
        return c
    }
}

/// One action area: its issuers, findings and documents.
struct AreaScreen: Screen {
    let context: ScreenContext
    let id: String

    func content() -> ScreenContent {
        guard let a = context.taxonomy.area(id) else { return context.missing(id) }
        let p = AreaProfile(area: a, corpus: context.corpus, textAreas: context.analysis?.textAreas)
        var c = ScreenContent()
        let issuerNames = p.centralIssuers.compactMap { context.taxonomy.issuer($0) }.map(context.issuerName)
        let provinceNames = p.provinces.filter { context.taxonomy.division($0) != nil }.map(context.provinceName)
        c.header = [
            .init("\(a.order). \(a.zh)  \(a.en)", style: .bold),
            .init(context[.centralIssuersPrefix] + "\(p.centralIssuers.count): " + (issuerNames.isEmpty ? "-" : issuerNames.joined(separator: context[.listSeparator]))),
        ]
        if !p.centralIssuersUnknown.isEmpty {
            let unknown = p.centralIssuersUnknown.compactMap { context.taxonomy.issuer($0) }.map(context.issuerName)
            c.header.append(.init(context[.centralIssuersUnknownPrefix] + "\(unknown.count): " + unknown.joined(separator: context[.listSeparator]), style: .dim))
        }
        c.header += [
            .init(context[.provincesKnownToCoverIt] + "\(p.provinces.count): " + (provinceNames.isEmpty ? "-" : provinceNames.joined(separator: context[.listSeparator]))),
            .init(context[.provincesUnknownPrefix] + " \(p.provincesUnknown.count)", style: .dim),
            .init(context[.keywords] + a.keywords.joined(separator: "、"), style: .dim),
        ]
        c.columns = context.documentColumns()
        c.showsColumnTitles = false
        // Its indicators first (what its row in the list showed), then the analysts' entries about it.
        c.rows = context.groupIndicatorRows(.area(id), documents: p.documents + p.documentsByText, includeCentre: true)
            + context.reviewRows(about: ReviewSubject(kind: .area, id: id))
            + context.subjectRows(findings: p.findings, documents: p.documents, heading: Phrase.documentsByTitleHeading)
            // The documents behind the issuers and provinces counted from a text, which no title shows.
            + context.documentRows(p.documentsByText, heading: Phrase.documentsByTextHeading)
        // The '+m?' of the Areas tab's 文件: documents that may be in the area, unknown until their text is coded.
        if p.documentsUnknown > 0 {
            c.rows.append(.init(cells: [context[.documentsNotCoded(p.documentsUnknown)]], kind: .note))
        }
        return c
    }
}
