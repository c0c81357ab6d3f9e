/// A provincial-level division with its GB/T 2260 code.
public struct Division: Codable, Sendable, Hashable, Identifiable {
    public var code: String
    public var zh: String
    public var en: String
    /// Pinyin a syllable at a time with tone numbers (nei4 meng3 gu3, xi1 zang4): how Chinese names sort, as a
    /// dictionary orders them (syllable by syllable, then tone: 山东 山西 陕西 上海), where the English name (Inner
    /// Mongolia, Tibet) would misplace them. Optional: a corpus's own divisions.json written before it still loads.
    public var pinyin: String?
    /// The name without its 省 / 市 / 自治区 suffix, as analysts say it (河北, 内蒙古).
    public var name: String
    /// The one-character abbreviation (冀, 沪).
    public var short: String
    public var region: MacroRegion

    public var id: String { code }
    public var displayName: LocalizedText { LocalizedText(zh: name, en: en) }
    /// The Latin spelling Chinese names sort by: the pinyin, else the English name.
    public var sortSpelling: String { pinyin ?? en }
}

/// The four-way economic division of the National Bureau of Statistics.
public enum MacroRegion: String, Codable, Sendable, CaseIterable {
    case east, central, west, northeast

    public var name: LocalizedText {
        switch self {
        case .east: LocalizedText(zh: "东部", en: "East")
        case .central: LocalizedText(zh: "中部", en: "Central")
        case .west: LocalizedText(zh: "西部", en: "West")
        case .northeast: LocalizedText(zh: "东北", en: "Northeast")
        }
    }
}

/// A prefecture-level division (city, autonomous prefecture, prefecture or league) with its GB/T 2260 code and
/// the division it lies in: what an issuer named after it (青岛市人民政府, 延边朝鲜族自治州人民政府) maps to.
public struct LocalDivision: Codable, Sendable, Hashable {
    public var code: String
    public var zh: String
    public var en: String
    /// Code of the provincial-level division.
    public var province: String
    /// An autonomous prefecture's place name without its peoples and 自治州 (延边 for 延边朝鲜族自治州), which the
    /// full name does not tell by itself; nil for a city, whose short name is its name without 市.
    public var name: String?

    /// The name without its 市 suffix or its peoples, as pages write it in front of a body (青岛, 延边).
    public var shortName: String { name ?? (zh.hasSuffix("市") ? String(zh.dropLast()) : zh) }

    /// The shorter names a body's name may start with: the short name, and an autonomous prefecture's with 州
    /// (延边州人民政府 is how its own documents write it).
    public var shortNames: [String] {
        var names = shortName == zh ? [] : [shortName]
        if name != nil, zh.hasSuffix("自治州") { names.insert(shortName + "州", at: 0) }
        return names
    }
}
