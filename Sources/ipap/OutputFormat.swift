import ArgumentParser
import Foundation
import SafeText

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = JSONEscaping.escapingControls(try encoder.encode(value))
        return String(decoding: data, as: UTF8.self)
    }
}
