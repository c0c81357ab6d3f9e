/// The five problem families of the 2020 review, with their causes, recommendations and indicators.
public struct ProblemCatalog: Codable, Sendable, Hashable {
    public var citation: String?
    public var families: [ProblemFamily]

    public var allIndicators: [IndicatorDefinition] { families.flatMap(\.indicators) }

    public func family(containing indicatorID: String) -> ProblemFamily? {
        families.first { $0.indicators.contains { $0.id == indicatorID } }
    }
}

public struct ProblemFamily: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var order: Int
    public var zh: String
    public var en: String
    // With section locators: the problem screen, `ipap show` and the export cite each statement.
    public var definition: LocatedText
    public var causes: [LocatedText]
    public var recommendations: [LocatedText]
    public var indicators: [IndicatorDefinition]

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}

public struct IndicatorDefinition: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var zh: String
    public var en: String
    public var measures: LocalizedText
    public var highMeans: LocalizedText
    /// count, share (0..1), days or flag.
    public var unit: String
    /// True when only document texts can give it; metadata suffices otherwise.
    public var needsText: Bool

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}
