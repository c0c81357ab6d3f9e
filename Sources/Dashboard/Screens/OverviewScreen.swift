import PolicyModel
import TerminalUI

/// The corpus at a glance: documents by year and level, the provinces, issuers and areas, the review's
/// findings and the worst metadata indicators, each row opening what it counts.
struct OverviewScreen: Screen {
    let context: ScreenContext

    func content() -> ScreenContent {
        var c = ScreenContent()
        let docs = context.corpus.documents
        let levels = CountTable.byLevel(docs).filter { $0.count > 0 }
            .map { "\(context.name($0.level.name)) \($0.count)" }.joined(separator: "  ")
        // Counted in place: a filtered copy of 10,000 documents per count was most of the overview's time.
        var regions = Set<String>(), official = 0, copies = 0, withText = 0
        for i in docs.indices {
            if let region = docs[i].region { regions.insert(region) }
            if docs[i].source.seen.isSeen { if docs[i].source.seen.place == .officialSite { official += 1 } else { copies += 1 } }
            if docs[i].hasText { withText += 1 }
        }
        let provincesWithDocs = regions.count
        c.header = [
            .init(context.corpus.name + (context.corpus.isSynthetic ? context[.syntheticCorpusMark] : ""), style: .bold),
            .init(context[.overviewSummary(documents: docs.count, levels: levels, provinces: provincesWithDocs, divisions: context.taxonomy.divisions.count,
                                      official: official, copies: copies, withText: withText)]
                  // Within the review's scope (`w`) every count here is the scope's: say which, and what the corpus holds.
                  + (context.inputs.scope.isAll ? "" : context[.inScope(context.scopeStatement, corpus: context.corpusCount)]),
                  keepsItemsWhole: true),
        ]
        c.chart = context.perYearChart(docs)
        c.columns = [.init(title: context[.item], width: nil), .init(title: context[.value], width: 14, alignment: .right)]

        var rows: [ScreenContent.Row] = []
        rows.append(.init(cells: [context[.worstIndicators]], kind: .heading))
        for (id, rank) in worstIndicators() {
            rows.append(.init(cells: [rank.label, rank.value], target: .indicator(id)))
        }
        rows.append(.init(cells: [context[.provincesWithMostDocuments]], kind: .heading))
        let provinceCounts = context.taxonomy.divisions.map { d in (d, context.corpus.count(inRegion: d.code)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.code < $1.0.code }
        for (d, n) in provinceCounts.prefix(5) {
            rows.append(.init(cells: [context.name(d.displayName), String(n)], target: .province(d.code)))
        }
        let none = provinceCounts.filter { $0.1 == 0 }.count
        if none > 0 {
            rows.append(.init(cells: [context[.provincesWithoutADocument], String(none)], target: .indicator(.metadata(.responseLag))))
        }
        rows.append(.init(cells: [context[.centralIssuersWithMostDocuments]], kind: .heading))
        let issuerCounts = context.taxonomy.issuers.filter { $0.level.isCentral }
            .map { s in (s, context.corpus.count(byIssuer: s.id)) }
            .filter { $0.1 > 0 }
            .sorted { $0.1 > $1.1 }
        for (s, n) in issuerCounts.prefix(5) {
            rows.append(.init(cells: [context.name(s.name), String(n)], target: .issuer(s.id)))
        }
        // What the Areas tab and an area's page count: titles naming the area, and documents whose titles name
        // none coded to it from their text (titles alone read 0 for every area of a corpus of comprehensive plans).
        rows.append(.init(cells: [context[.actionAreasHeading]], kind: .heading))
        let areas = context.areaProfiles()
        // Documents not coded from their text may be in any area: '+m?', as the Areas tab says it.
        if areas.contains(where: { $0.documentsUnknown > 0 }) {
            rows.append(.init(cells: [context[.areaDocumentsUnknown]], kind: .note))
        }
        for p in areas {
            rows.append(.init(cells: [context.name(p.area.name), context.countCell(p.documentCount, unknown: p.documentsUnknown)], target: .area(p.area.id)))
        }
        let corpusFindings = context.corpus.findings
        if !corpusFindings.isEmpty {
            rows.append(.init(cells: [context[.citedFindings(corpusFindings.count)]], kind: .heading))
            for f in corpusFindings {
                rows.append(.init(cells: ["• " + context.name(f.text), f.citation.locator.map { SectionLocator.text($0, in: context.language) } ?? ""], target: context.findingTarget(f) ?? .indicators))
            }
        }
        c.rows = rows
        return c
    }

    /// The top row of each metadata indicator, and of the key text indicators when texts are analysed,
    /// phrased as a headline.
    func worstIndicators() -> [(IndicatorID, (label: String, value: String))] {
        let textIDs: [TextIndicatorKind] = context.analysis == nil ? []
            : [.copiedFromCentre, .nearestProvince, .vagueMeasures, .evaluationIndicators, .centralOverlap]
        var out: [(IndicatorID, (label: String, value: String))] = textIDs.compactMap { id in
            guard let top = context.worstOf(id) else { return nil }
            return (.text(id), (context.label(for: .indicator(.text(id))) + context[.colon] + top.label, top.value))
        }
        out += MetadataIndicator.allCases.compactMap { indicator in
            let title = context.name(indicator.definition(context.taxonomy)?.name ?? LocalizedText(zh: indicator.rawValue, en: indicator.rawValue))
            // Nothing known to rank is said as such, not left out.
            guard let top = indicator.worst(context) else { return (.metadata(indicator), (title + context[.colon] + context[.unknown], "-")) }
            // The worst of the known only is said so: 11 provinces without a document may have longer lags. Beside the
            // indicator's name, in place of a second bracket after the subject's ('Action-area coverage: Liaoning (from
            // titles) +4 tied (least of…)' was cut at 80 columns): the line's heading says it is the worst.
            let known = top.knownSubjects.flatMap { indicator.worstOfKnown($0) == nil ? nil : context[.knownFor($0)] } ?? ""
            return (.metadata(indicator), (title + known + context[.colon] + top.label, top.display))
        }
        return out
    }
}
