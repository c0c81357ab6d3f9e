import Foundation
import PolicyModel
import XCTest

/// A corpus of the repository's `data/` (`catalog` or `demo`), loaded as the commands load it.
enum BundledCorpus {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load(_ name: String) throws -> Corpus {
        let loader = CorpusLoader(taxonomyDirectory: repository.appendingPathComponent("data/taxonomy"))
        return try XCTUnwrap(loader.load(repository.appendingPathComponent("data/" + name)).corpus)
    }
}
