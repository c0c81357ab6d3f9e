import PolicyAnalysis
import XCTest
@testable import Dashboard

/// The evidence behind a central document's overlap with other central issuers listed every pair of the document
/// (provinces that copied it first), so that the two pairs its value comes from sat at rows 20 and 29. It lists those
/// pairs only, each with the share of this document's text, largest first, the one giving the value marked.
final class CentralOverlapEvidenceTests: XCTestCase {
    func testTheEvidenceListsTheCentralPairsAndMarksTheValuesOne() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 60)
        let analysis = demo.analysis
        var checked = 0
        for d in demo.corpus.documents where d.isCentral {
            let pairs = analysis.pairs(involving: d.id)
            guard pairs.contains(where: { $0.relation == .central }), pairs.contains(where: { $0.relation != .central }) else { continue }
            state.stack = [.indicators, .evidence(indicator: .centralOverlap, subject: .document(d.id))]
            let content = Layout.content(state)
            let lines = content.rows.filter { $0.kind == .text }.compactMap(\.cells.first)
            let central = pairs.filter { $0.relation == .central }
            XCTAssertEqual(lines.count, central.count, lines.joined(separator: "\n"))
            XCTAssertTrue(lines.allSatisfy { $0.contains("中央部门间") }, lines.joined(separator: "\n"))
            let header = try XCTUnwrap(content.header.first?.text)
            let largest = try XCTUnwrap(central.map { $0.target == d.id ? $0.targetShare : $0.sourceShare }.max())
            // Named as the header names the value (11.8%, not 12%).
            let named = header.components(separatedBy: "  ").last?.components(separatedBy: "（").first ?? ""
            XCTAssertTrue(lines[0].contains("  " + named + "  "), "\(lines[0]) against the header's \(named) (\(largest))")
            XCTAssertTrue(lines[0].hasSuffix("← 即本文件的数值"), lines[0])
            XCTAssertEqual(lines.filter { $0.hasSuffix("← 即本文件的数值") }.count, 1)
            XCTAssertTrue(header.contains("中央文件间重叠"), header)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "a central document with central and other pairs")
    }

    /// A document's copied share is said with the content characters it is of, which round to the share shown.
    func testADocumentsCopiedShareSaysWhatItCounts() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 40)
        let d = try XCTUnwrap(demo.corpus.documents.first { !$0.isCentral && (demo.analysis.indicators($0.id)?.copiedFromCentre ?? 0) > 0 })
        let summary = try XCTUnwrap(demo.analysis.indicators(d.id))
        state.stack = [.indicators, .evidence(indicator: .copiedFromCentre, subject: .document(d.id))]
        let header = try XCTUnwrap(Layout.content(state).header.first?.text)
        let part = Int((summary.copiedFromCentre * Double(summary.contentLength)).rounded())
        XCTAssertTrue(header.hasSuffix("（\(summary.contentLength) 个内容字符中 \(part) 个）"), header)
        XCTAssertEqual(Double(part) / Double(summary.contentLength), summary.copiedFromCentre, accuracy: 1e-9)
        state.stack = [.indicators, .evidence(indicator: .vagueMeasures, subject: .document(d.id))]
        let vague = try XCTUnwrap(Layout.content(state).header.first?.text)
        XCTAssertTrue(vague.hasSuffix("（\(summary.vagueMeasures) / \(summary.measureCount)）"), vague)
    }
}
