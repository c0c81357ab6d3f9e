import Foundation
import XCTest
@testable import PolicyAnalysis

/// The analysis counts the reuse search in its progress: three steps a document (normalised, passages found,
/// indicators made). With two, the search between them uncounted, the dashboard read '48/96 steps, 0 s left'
/// from the end of normalising to the end of the search, most of the run.
final class AnalysisProgressTests: XCTestCase {
    func testTheReuseSearchIsCountedInTheProgress() throws {
        let (_, analysis, _) = try DemoCorpusFixture.analysed()
        let documents = analysis.inputs.count
        let reports = Reports()
        _ = PolicyAnalyzer(parameters: analysis.parameters).analyze(analysis.inputs, progress: { reports.add($0, $1) })
        let seen = reports.all
        XCTAssertEqual(Set(seen.map(\.total)), [3 * documents])
        // Every step is counted once: the count reaches 3n, each value reported once (a block of the search's
        // targets advances it by the block's size), in whatever order the threads report them.
        XCTAssertEqual(seen.map(\.done).max(), 3 * documents)
        XCTAssertEqual(Set(seen.map(\.done)).count, seen.count)
    }

    private final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [(done: Int, total: Int)] = []
        func add(_ done: Int, _ total: Int) { lock.withLock { list.append((done, total)) } }
        var all: [(done: Int, total: Int)] { lock.withLock { list } }
    }
}
