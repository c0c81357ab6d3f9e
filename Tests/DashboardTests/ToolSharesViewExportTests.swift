import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// `e` then `view FILE.csv|.md` on a list with the Tools column (the supply/environment/demand sparkline: the
/// Provinces, Issuers and Areas tabs once texts are analysed) wrote its glyphs ('▁▄▃') into the file, which other
/// tools read. The file has a column a share in their place, titled by the tool class; the screen keeps its glyphs.
final class ToolSharesViewExportTests: XCTestCase {
    private static let glyphs = CharacterSet(charactersIn: "▁▂▃▄▅▆▇█")

    private func export(_ tab: Route, _ name: String, language: Language) throws -> (file: String, screen: TestBackend) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-view-tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 200, height: 60, language: language)
        state.stack = [tab]
        let path = dir.appendingPathComponent(name).path
        let (b, _) = try DemoFixture.resume(state, keys: [.char("e")] + [Key].type("view " + path) + [.enter])
        return (try String(contentsOfFile: path, encoding: .utf8), b)
    }

    func testTheToolsColumnIsExportedAsItsThreeShares() throws {
        for (format, separator) in [("csv", ","), ("md", " | ")] {
            let (file, screen) = try export(.provinces, "provinces." + format, language: .english)
            XCTAssertNil(file.rangeOfCharacter(from: Self.glyphs), file)
            XCTAssertNotNil(screen.rows.joined().rangeOfCharacter(from: Self.glyphs), "the screen keeps its glyphs")
            let lines = file.components(separatedBy: "\n")
            let titles = try XCTUnwrap(lines.first { $0.contains("Tools: Supply-side") }, file)
                .components(separatedBy: separator).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "| ")) }
            let supply = try XCTUnwrap(titles.firstIndex(of: "Tools: Supply-side"), "\(titles)")
            XCTAssertEqual(Array(titles[supply...].prefix(3)), ["Tools: Supply-side", "Tools: Environment", "Tools: Demand-side"])
            // Guangdong's three shares, whole percentages that add up to about 100.
            let row = try XCTUnwrap(lines.first { $0.hasPrefix("Guangdong") || $0.hasPrefix("| Guangdong") }, file)
                .components(separatedBy: separator).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "| ")) }
            XCTAssertEqual(row.count, titles.count, "\(row)")
            let shares = row[supply...].prefix(3).compactMap { $0.hasSuffix("%") ? Int($0.dropLast()) : nil }
            XCTAssertEqual(shares.count, 3, "\(row)")
            XCTAssertLessThanOrEqual(abs(shares.reduce(0, +) - 100), 2, "\(row)")
        }
    }

    /// The Issuers and Areas tabs too, in both languages: every cell under a tool class's title a share, or '-'
    /// (the Issuers tab's documents-per-year sparkline is another column, not the tools').
    func testEveryListWithTheToolsColumnExportsNumbers() throws {
        for tab in [Route.issuers, .areas] {
            for language in Language.allCases {
                let (file, _) = try export(tab, "list.csv", language: language)
                let lines = file.components(separatedBy: "\n").map { $0.components(separatedBy: ",") }
                let supplyTitle = language == .chinese ? "工具：供给型" : "Tools: Supply-side"
                let titles = try XCTUnwrap(lines.first { $0.contains(supplyTitle) }, "\(tab) \(language): \(file)")
                let supply = try XCTUnwrap(titles.firstIndex(of: supplyTitle))
                // The list's rows: under the titles, up to the empty row before the notes (a cell each, padded).
                let rows = lines.drop { $0 != titles }.dropFirst().prefix { !$0.allSatisfy(\.isEmpty) }.filter { $0.count == titles.count }
                XCTAssertFalse(rows.isEmpty, file)
                for row in rows {
                    for cell in row[supply...].prefix(3) {
                        XCTAssertTrue(cell == "-" || cell.range(of: #"^\d+%$"#, options: .regularExpression) != nil, "\(tab) \(language): \(row)")
                    }
                }
            }
        }
    }
}
