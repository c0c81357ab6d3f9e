import Foundation
import XCTest
@testable import PolicyModel

/// docs/data-format.md: files ipap writes have 2-space indentation, keys in the documented order, arrays of
/// plain values on one line, and a trailing newline, as the bundled catalogue has. Imported documents had
/// `"key" : value`, sorted keys and empty arrays over three lines.
final class WrittenLayoutTests: XCTestCase {
    func testADocumentIsWrittenInTheDocumentedLayout() throws {
        let document = PolicyDocument(id: "d1", title: "t", number: "国发〔2015〕1号", issuers: ["state-council", "nhc"], level: .national,
                                      kind: .notice, actionAreas: AreaCoding(ids: [], coding: .manual),
                                      source: DocumentSource(url: "http://www.gov.cn/a", seen: Provenance(place: .officialSite, fields: [.title], url: "http://www.gov.cn/a"), origin: "import"),
                                      text: "第一段\n第二段", extra: ["zeta": "1", "alpha": "2", "mid": "3"])
        XCTAssertEqual(String(decoding: try ImportWriter.encode(document), as: UTF8.self), #"""
            {
              "schema": 1,
              "id": "d1",
              "title": "t",
              "number": "国发〔2015〕1号",
              "issuers": ["state-council", "nhc"],
              "issuerText": null,
              "level": "national",
              "region": null,
              "locality": null,
              "dateWritten": null,
              "datePublished": null,
              "kind": "notice",
              "basedOn": [],
              "actionAreas": {
                "ids": [],
                "coding": "manual"
              },
              "source": {
                "url": "http://www.gov.cn/a",
                "seen": {
                  "where": "official-site",
                  "fields": ["title"],
                  "url": "http://www.gov.cn/a"
                },
                "origin": "import"
              },
              "note": null,
              "synthetic": false,
              "text": "第一段\n第二段",
              "extra": {
                "alpha": "2",
                "mid": "3",
                "zeta": "1"
              }
            }

            """#)
    }

    func testCorpusJSONIsWrittenInTheDocumentedLayout() throws {
        let info = CorpusInfo(name: "n", synthetic: true, citations: [Citation(id: "c", text: "t", doi: nil, url: "http://x/y")])
        XCTAssertEqual(String(decoding: try ImportWriter.encode(info), as: UTF8.self), #"""
            {
              "schema": 1,
              "name": "n",
              "synthetic": true,
              "citations": [
                {
                  "id": "c",
                  "text": "t",
                  "url": "http://x/y"
                }
              ]
            }

            """#)
    }
}
