import Foundation
import PolicyModel
import XCTest
@testable import Dashboard

/// The timeline's lags are headed 'to the main implementation document', yet Sichuan's row ('四川（川办发〔2015〕55号）
/// 早于指导意见') came from a provincial document before the guiding opinion, no main implementation document; its
/// page said so only under area coverage. Where the lag comes from such a document, the lag says so.
final class EarlierDocumentLagTests: XCTestCase {
    func testTheTimelineSaysTheDocumentIsNoMainImplementationDocument() throws {
        let catalogue = try DashboardFixture.catalogue()
        for (language, row) in [(Language.chinese, "四川（川办发〔2015〕55号）"), (.english, "Sichuan (川办发〔2015〕55号)")] {
            let (b, _) = try DashboardFixture.run(catalogue, width: 100, height: 70, language: language, keys: [.char("9")])
            let line = try XCTUnwrap(b.rows.first { $0.contains(row) }, b.rows.joined(separator: "\n"))
            XCTAssertTrue(line.contains(language == .chinese ? "早于指导意见（非主要实施文件）" : "before the opinion (not main)"), line)
            // A main implementation document's lag says nothing more.
            let hainan = try XCTUnwrap(b.rows.first { $0.contains(language == .chinese ? "海南（" : "Hainan (") })
            XCTAssertFalse(hainan.contains(language == .chinese ? "非主要" : "not a main"), hainan)
        }
    }

    /// At 80 columns in English the words leave the provinces' documents their numbers ('Sichuan (川办发〔2015〕…)').
    func testTheWordsCutNoDocumentNumberAt80Columns() throws {
        let (b, _) = try DashboardFixture.run(try DashboardFixture.catalogue(), width: 80, height: 70, language: .english, keys: [.char("9")])
        XCTAssertTrue(b.rows.contains { $0.contains("Sichuan (川办发〔2015〕55号)") && $0.contains("before the opinion (not main)") },
                      b.rows.joined(separator: "\n"))
    }

    func testTheProvincePageSaysTheDocumentIsNoMainImplementationDocument() throws {
        let catalogue = try DashboardFixture.catalogue()
        let (b, _) = try DashboardFixture.run(catalogue, width: 100, height: 30, language: .chinese, keys: [.char(":")] + .type("四川") + [.enter])
        XCTAssertTrue(b.rows.contains { $0.contains("响应时滞 早于指导意见（川办发〔2015〕55号，非主要实施文件）") }, b.rows.joined(separator: "\n"))
    }

    /// The Provinces tab put Sichuan's earlier document's date under "main document" with nothing saying it is not one.
    func testTheProvincesTabMarksTheDateOfADocumentThatIsNotMain() throws {
        let catalogue = try DashboardFixture.catalogue()
        for (language, note) in [(Language.chinese, "‡ 非主要实施文件"), (.english, "‡ not a main implementation document")] {
            let (b, _) = try DashboardFixture.run(catalogue, width: 100, height: 45, language: language, keys: [.char("2")])
            let sichuan = try XCTUnwrap(b.rows.first { $0.contains(language == .chinese ? "四川" : "Sichuan") }, b.rows.joined(separator: "\n"))
            XCTAssertTrue(sichuan.contains("2015-06-11‡"), sichuan)
            let guangdong = try XCTUnwrap(b.rows.first { $0.contains(language == .chinese ? "广东" : "Guangdong") })
            XCTAssertFalse(guangdong.contains("‡"), guangdong)
            XCTAssertTrue(b.rows.contains { $0.contains(note) }, b.rows.joined(separator: "\n"))
        }
    }
}
