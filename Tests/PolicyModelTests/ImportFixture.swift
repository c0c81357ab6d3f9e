import Foundation
@testable import PolicyModel

/// An import source directory built in a temporary directory, next to a small corpus with its own taxonomy.
struct ImportFixture {
    let corpusFixture: CorpusFixture
    let source: URL
    let destination: URL

    init() throws {
        corpusFixture = try CorpusFixture()
        source = corpusFixture.root.appendingPathComponent("src")
        destination = corpusFixture.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
    }

    /// The fixture's existing corpus (two documents: gf-2015-40, sc-2015-1).
    var existingCorpus: URL { corpusFixture.corpus }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = source.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func importer(into directory: URL? = nil, replace: Bool = false, synthetic: Bool = false, strict: Bool = false,
                  maxFileSize: Int = 1 << 20, today: PolicyDate? = nil) -> CorpusImporter {
        CorpusImporter(source: source, destination: directory ?? destination, sourceDisplay: "src",
                       destinationDisplay: "out", synthetic: synthetic, replace: replace, strict: strict, maxFileSize: maxFileSize,
                       taxonomyDirectory: corpusFixture.taxonomy, today: today)
    }

    /// Every path under `directory` with its bytes, to show that a refused import changed nothing.
    static func snapshot(_ directory: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return out }
        for case let url as URL in walker {
            let relative = String(url.path.dropFirst(directory.path.count))
            out[relative] = (try? Data(contentsOf: url)) ?? Data()
        }
        return out
    }

    func load(_ directory: URL) -> CorpusLoader.Result {
        CorpusLoader(taxonomyDirectory: corpusFixture.taxonomy).load(directory)
    }
}
