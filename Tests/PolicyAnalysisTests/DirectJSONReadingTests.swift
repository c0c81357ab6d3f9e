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
}
