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
        let share = try XCTUnwrap(summary.copiedFromCentre)
        let part = Int((share * Double(summary.contentLength)).rounded())
        XCTAssertTrue(header.hasSuffix("（\(summary.contentLength) 个内容字符中 \(part) 个）"), header)
        XCTAssertEqual(Double(part) / Double(summary.contentLength), share, accuracy: 1e-9)
        state.stack = [.indicators, .evidence(indicator: .vagueMeasures, subject: .document(d.id))]
        let vague = try XCTUnwrap(Layout.content(state).header.first?.text)
        XCTAssertTrue(vague.hasSuffix("（\(summary.vagueMeasures) / \(summary.measureCount)）"), vague)
    }

    /// A province's copied-from-centre evidence gave the mean over its documents and no document's own share: each
    /// document's row is followed by its share and the content characters it is of.
    func testAGroupsMeanEvidenceGivesEachDocumentsShare() throws {
        let demo = try DemoFixture.shared()
        var state = DemoFixture.initialState(demo, width: 200, height: 60)
        let code = try XCTUnwrap(demo.corpus.taxonomy.divisions.map(\.code).first { code in
            demo.corpus.documents(inRegion: code).filter { !$0.isCentral && demo.analysis.indicators($0.id) != nil }.count > 1
        })
        let docs = demo.corpus.documents(inRegion: code).filter { !$0.isCentral }.compactMap { demo.analysis.indicators($0.id) }
        state.stack = [.indicators, .evidence(indicator: .copiedFromCentre, subject: .province(code))]
        let lines = Layout.content(state).rows.compactMap(\.cells.first).filter { $0.hasPrefix("    本文件：") }
        XCTAssertEqual(lines.count, docs.count, lines.joined(separator: "\n"))
        for d in docs {
            let part = Int((try XCTUnwrap(d.copiedFromCentre) * Double(d.contentLength)).rounded())
            XCTAssertTrue(lines.contains { $0.hasSuffix("（\(d.contentLength) 个内容字符中 \(part) 个）") }, "\(d.id): \(lines)")
        }
    }

    /// A province none of whose documents has a value (no goals section in any) was missing from the provinces'
    /// ranking without a word, while the Provinces tab listed it: it is listed under 无数值 with the reason.
    func testAProvinceWithoutAnyValueIsListedAsSuch() throws {
        let demo = try DemoFixture.shared()
        let code = try XCTUnwrap(demo.corpus.taxonomy.divisions.map(\.code).first { code in
            !demo.corpus.documents(inRegion: code).filter { !$0.isCentral && demo.analysis.indicators($0.id) != nil }.isEmpty
        })
        let ids = Set(demo.corpus.documents(inRegion: code).map(\.id))
        let changed = try DemoFixture.changingSummary { summary in
            for i in summary.documents.indices where ids.contains(summary.documents[i].id) {
                summary.documents[i].copiedFromCentreGoals = nil
            }
        }
        var state = DemoFixture.initialState(changed, width: 200, height: 80)
        state.stack = [.indicators, .indicator(.text(.copiedGoals))]
        let rows = Layout.content(state).rows
        let heading = try XCTUnwrap(rows.firstIndex { $0.cells.first?.hasPrefix("无数值（1 个省份") == true },
                                    rows.compactMap(\.cells.first).joined(separator: "\n"))
        XCTAssertTrue(rows[heading].cells[0].hasSuffix("没有目标章节"), rows[heading].cells[0])
        XCTAssertEqual(rows[heading + 1].target, .province(code))
        XCTAssertFalse(rows[..<heading].contains { $0.target == .evidence(indicator: .copiedGoals, subject: .province(code)) })
    }
}
