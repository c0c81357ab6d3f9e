/// An enum a data file names by its raw value (a document's `level`, `kind`, …). A value that names none of its
/// cases is said with the choices, in both languages: "'provincal' is not a level: national, ministerial,
/// provincial or municipal", where the decoder said "Cannot initialize Level from invalid String value provincal".
public protocol NamedChoice: RawRepresentable, CaseIterable, Decodable where RawValue == String {
    /// What a value of the enum is, as a message names it ("级别", "level").
    static var choiceName: LocalizedText { get }
}

extension NamedChoice {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let error = NotAChoice(value: raw, choiceName: Self.choiceName, choices: Self.allCases.map(\.rawValue))
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.text.en, underlyingError: error))
        }
        self = value
    }
}
