import Foundation
import PolicyModel

/// `coverage.json` of a catalogue: per province, its main 2015-2016 Internet Plus implementation document
/// or a placeholder saying it was not found, with the searches tried. Optional: corpora without it have none.
public struct CatalogueCoverage: Codable, Sendable, Hashable {
    public var schema: Int
    public var provinces: [Province]

    public struct Province: Codable, Sendable, Hashable {
        /// Division code (130000).
        public var code: String
        public var status: Status
        /// The main document's id in the catalogue, when found.
        public var document: String?
        /// What was seen and where (official site, repost, news report).
        public var seen: String?
        /// Searches tried where nothing was found.
        public var searches: [String]
    }

    public enum Status: String, Codable, Sendable {
        case found
        case notFound = "not-found"
    }

    public func province(_ code: String) -> Province? { provinces.first { $0.code == code } }

    /// A coverage file that cannot be read or decoded: what is wrong, at its line and column.
    public struct Unreadable: BilingualError {
        public var problem: Problem

        public func description(in language: Language) -> String {
            Problem(file: problem.file, position: problem.position,
                    LocalizedText(zh: "不是覆盖情况文件", en: "not a coverage file").then(problem.text)).description(in: language)
        }
    }

    /// The coverage file of a corpus directory, or nil when it has none; a file that is there but cannot be
    /// decoded is an error, not silently no coverage.
    public static func load(from corpusDirectory: URL) throws -> CatalogueCoverage? {
        let url = corpusDirectory.appendingPathComponent("coverage.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        switch LocatedJSON.decode(CatalogueCoverage.self, from: url, displayPath: url.path) {
        case .success(let coverage): return coverage
        case .failure(let problem): throw Unreadable(problem: problem)
        }
    }
}
