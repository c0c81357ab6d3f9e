import Foundation
import XCTest
@testable import PolicyModel

/// The document schema requires `source.seen.url`, null when nothing was seen: the encoder left it out.
final class WrittenProvenanceTests: XCTestCase {
    func testSeenAlwaysCarriesItsURL() throws {
        let document = PolicyDocument(id: "d1", title: "t", level: .national, source: DocumentSource(origin: "import"))
        let written = try XCTUnwrap(JSONSerialization.jsonObject(with: try ImportWriter.encode(document)) as? [String: Any])
        let seen = try XCTUnwrap((written["source"] as? [String: Any])?["seen"] as? [String: Any])
        XCTAssertEqual(Set(seen.keys), ["where", "fields", "url"])
        XCTAssertTrue(seen["url"] is NSNull)
    }
}
