import PolicyAnalysis
import PolicyModel
import XCTest
@testable import Dashboard

/// The nearest other province's share is the same either way, but which province copied is not: a QA pass found
/// Hebei ranked worst for horizontal homogenization because Henan had copied it, with nothing saying so. Since
/// analysis version 59 the analysis says which way the text went, and the document and province pages say it.
final class NearestDirectionTests: XCTestCase {
    func testTheAnalysisSaysWhichWayTheSharedTextWent() throws {
        let result = try DemoFixture.shared().analysis.result
        let withNearest = result.documents.compactMap { d in d.nearestProvince.map { (d.id, $0) } }
        XCTAssertFalse(withNearest.isEmpty)
        for (id, n) in withNearest {
            let direction = try XCTUnwrap(n.direction, id)
            let took = result.reuse.contains { $0.source == n.document && $0.target == id }
            let gave = result.reuse.contains { $0.source == id && $0.target == n.document }
            XCTAssertEqual(direction, took ? (gave ? .both : .copiedFrom) : .copiedBy, id)
        }
    }

    func testTheDocumentPanelSaysWhoCopied() throws {
        let demo = try DemoFixture.shared()
        for language in [Language.chinese, .english] {
            let context = ScreenContext(state: DemoFixture.initialState(demo, width: 200, height: 60, language: language))
            var seen: Set<NearestProvince.Direction> = []
            for d in demo.corpus.documents {
                guard let i = demo.analysis.details(d.id), let n = i.nearestProvince, let direction = n.direction else { continue }
                let line = try XCTUnwrap(context.indicatorPanel(i, of: d.id).map(\.text).first { $0.hasPrefix(context[.nearestProvince]) }, d.id)
                let name = context.provinceName(n.region)
                let words: String = switch (direction, language) {
                case (.copiedFrom, .chinese): "（照搬自\(name)）"
                case (.copiedBy, .chinese): "（\(name)照搬本文件）"
                case (.both, .chinese): "（与\(name)互有照搬）"
                case (.copiedFrom, _): " (copied from \(name))"
                case (.copiedBy, _): " (\(name) copied it)"
                case (.both, _): " (copied both ways with \(name))"
                }
                XCTAssertTrue(line.hasSuffix(words), "\(d.id): \(line)")
                seen.insert(direction)
            }
            XCTAssertTrue(seen.isSuperset(of: [.copiedFrom, .copiedBy]), "\(seen)")
        }
    }
}
