import Foundation
import SafeText
import XCTest
@testable import PolicyAnalysis
import PolicyModel

/// A stored analysis's parts read directly (`DirectJSONReadable`) must give the values `JSONDecoder` gives,
/// and anything a direct reader does not read must be refused, so that the decoder reads it instead.
final class DirectJSONReadingTests: XCTestCase {
    /// Every document's part of the demo analysis, with the documents and pairs made to reach every branch
    /// (`DirectJSONWritingTests.result`: escaped ids, every optional set and unset, empty lists), plus one part
    /// whose strings need escapes of every kind.
    private func parts() throws -> [DocumentAnalysisPart] {
        let result = try DirectJSONWritingTests.result.get()
        var odd = result.documents[result.documents.count - 1]
        odd.id = "bidi \u{202E}tfel\u{202C} 𠀀 ext-B, \u{2028} line, \u{FEFF} mark"
        odd.nearestProvince = NearestProvince(region: "𠮷\u{0}", document: "\\\"/", share: 1.0 / 7)
        return DocumentAnalysisPart.parts(of: result)
            + [DocumentAnalysisPart(indicators: odd, reuse: Array(result.reuse.suffix(2)))]
    }

    func testEveryPartReadsAsTheDecoderReadsIt() throws {
        let parts = try parts()
        XCTAssertGreaterThan(parts.count, 10)
        for pretty in [false, true] {
            for coding in [false, true] {
                var encoder = SortedJSONEncoder(pretty: pretty, parallelThreshold: .max)
                encoder.userInfo[DocumentIndicators.includeCodingKey] = coding
                for part in parts {
                    // As stored (controls and bidi marks escaped, `AnalysisStore`) and as encoded.
                    let encoded = try encoder.encode(part)
                    for data in [JSONEscaping.escapingControls(encoded), encoded] {
                        let decoded = try JSONDecoder().decode(DocumentAnalysisPart.self, from: data)
                        let direct = try DirectJSONReader.read(DocumentAnalysisPart.self, from: data)
                        XCTAssertEqual(direct, decoded, "\(part.indicators.id), pretty \(pretty), coding \(coding)")
                        XCTAssertEqual(direct.indicators.coding.isEmpty, !coding || part.indicators.coding.isEmpty)
                    }
                }
            }
        }
    }

    /// What ipap does not write is left to the decoder: unknown and missing keys, numbers in another form,
    /// an escaped key, text after the value, a lone surrogate.
    func testWhatIpapDoesNotWriteIsRefused() throws {
        let pair = #"{"edited":true,"source":[1,2],"target":[3,4]}"#
        XCTAssertEqual(try DirectJSONReader.read(ReusePassage.self, from: Data(pair.utf8)),
                       ReusePassage(source: TextSpan(1, 2), target: TextSpan(3, 4), edited: true))
        let refused = [
            #"{"edited":true,"source":[1,2],"target":[3,4],"extra":0}"#,
            #"{"edited":true,"source":[1,2]}"#,
            #"{"edited":true,"source":[1.0,2],"target":[3,4]}"#,
            #"{"edited":true,"source":[1,2],"target":[3,4e0]}"#,
            #"{"edited":true,"source":[01,2],"target":[3,4]}"#,
            #"{"edit\u0065d":true,"source":[1,2],"target":[3,4]}"#,
            #"{"edited":true,"source":[1,2],"target":[3,4]} x"#,
            #"{"edited":1,"source":[1,2],"target":[3,4]}"#,
            #"{"edited":true,"source":[1,2,3],"target":[3,4]}"#,
        ]
        for text in refused {
            XCTAssertThrowsError(try DirectJSONReader.read(ReusePassage.self, from: Data(text.utf8)), text)
        }
        let nearest = #"{"document":"a\ud800b","region":"r","share":0.5}"#
        XCTAssertThrowsError(try DirectJSONReader.read(NearestProvince.self, from: Data(nearest.utf8)))
        // The decoder reads the unknown key; a stored part with one is read that way (`StoredAnalysis`).
        XCTAssertNoThrow(try JSONDecoder().decode(ReusePassage.self, from: Data(refused[0].utf8)))
    }

    /// The stored summary's header (`summary.json`), read directly but for its parameters and indicators: as the
    /// decoder reads it, in the current layout and in schema 1's (the lists of names in the text columns).
    func testTheSummaryHeaderReadsAsTheDecoderReadsIt() throws {
        let result = try DirectJSONWritingTests.result.get()
        let summary = AnalysisSummary(result: result, filesStamp: "stamp \u{202E}", parts: Array(0...result.documents.count))
        let stored = try summary.files().summaryJSON
        let decoded = try JSONDecoder().decode(AnalysisSummary.Header.self, from: stored)
        XCTAssertEqual(try DirectJSONReader.read(AnalysisSummary.Header.self, from: stored), decoded)
        XCTAssertNotNil(decoded.documents.actionAreaNames)
        var old = decoded
        old.schema = 1
        old.documents.actionAreaNames = nil
        old.documents.governanceTopicNames = nil
        old.documents.memberGroups = nil
        old.documents.actionAreas = decoded.documents.id.indices.map { $0 % 3 == 0 ? [] : ["e-commerce", "逗号,与\"引号\""] }
        old.documents.governanceTopics = decoded.documents.id.indices.map { _ in Array(GovernanceTopic.allCases.prefix(2)) }
        old.inputs = nil
        for pretty in [false, true] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted] : [.sortedKeys]
            let data = try encoder.encode(old)
            XCTAssertEqual(try DirectJSONReader.read(AnalysisSummary.Header.self, from: data), old, "pretty \(pretty)")
        }
        // Left to the decoder: an unknown key, a required one missing.
        var text = String(decoding: stored, as: UTF8.self)
        text.insert(contentsOf: #""future":[1,{"a":null}],"#, at: text.index(after: text.startIndex))
        XCTAssertThrowsError(try DirectJSONReader.read(AnalysisSummary.Header.self, from: Data(text.utf8)))
        XCTAssertEqual(try JSONDecoder().decode(AnalysisSummary.Header.self, from: Data(text.utf8)), decoded)
        let missing = String(decoding: stored, as: UTF8.self).replacingOccurrences(of: #","schema":2"#, with: "")
        XCTAssertNotEqual(missing, String(decoding: stored, as: UTF8.self))
        XCTAssertThrowsError(try DirectJSONReader.read(AnalysisSummary.Header.self, from: Data(missing.utf8)))
    }
}
