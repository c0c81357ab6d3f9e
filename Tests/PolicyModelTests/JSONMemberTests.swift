import Foundation
import XCTest
@testable import PolicyModel

/// Foundation's decoder took the first of a repeated member (Python and jq the last) and skipped a misspelled
/// one, both without a word: a corpus marked synthetic twice, `true` then `false`, was SYNTHETIC to ipap and not
/// to the analyst's scripts; a document's `numbr` left its number unknown. A repeated member refuses its file as
/// malformed JSON does; an unknown one is a problem at its line and column, the file still read.
final class JSONMemberTests: XCTestCase {
    var fixture: CorpusFixture!

    override func setUpWithError() throws {
        let made = try CorpusFixture()
        addTeardownBlock { made.remove() }
        fixture = made
    }

    private let plainDocument = """
        {"schema": 1, "id": "d1", "title": "t", "issuers": ["state-council"], "level": "national",
         "source": {"seen": {"where": "not-seen", "fields": [], "url": null}}}
        """

    private func load(deferTexts: Bool = false) -> CorpusLoader.Result {
        CorpusLoader(taxonomyDirectory: fixture.taxonomy).load(fixture.corpus, displayPath: "corpus", deferTexts: deferTexts)
    }

    func testARepeatedMemberOfCorpusJSONStopsTheCorpusFromLoading() throws {
        try fixture.write("corpus/corpus.json", #"{"schema":1,"name":"dup","synthetic":true,"citations":[],"synthetic":false}"#)
        try FileManager.default.removeItem(at: fixture.corpus.appendingPathComponent("findings.json"))
        let result = load()
        XCTAssertNil(result.corpus)
        XCTAssertEqual(result.problems.map(\.description), [
            "corpus/corpus.json:1:58: member 'synthetic' is repeated (the first at 1:26); programs differ on which value counts: keep one",
        ])
    }

    func testADocumentWithARepeatedMemberIsNotLoaded() throws {
        try fixture.writeDocument(id: "d1", plainDocument.replacingOccurrences(of: #""level": "national","#,
                                                                               with: "\"level\": \"national\",\n \"level\": \"ministerial\","))
        // Read straight from the bytes, and by Foundation's decoder (a first frame's load leaves texts unread).
        for deferTexts in [false, true] {
            let result = load(deferTexts: deferTexts)
            XCTAssertEqual(result.problems.map(\.description), [
                "corpus/documents/d1.json:2:2: member 'level' is repeated (the first at 1:71); programs differ on which value counts: keep one",
            ], "deferTexts \(deferTexts)")
            XCTAssertEqual(result.corpus?.documents.map(\.id).sorted(), ["gf-2015-40", "sc-2015-1"])
            XCTAssertEqual(result.documentsNotLoaded, ["corpus/documents/d1.json"])
        }
    }

    func testARepeatedMemberInsideAnObjectIsFound() throws {
        try fixture.writeDocument(id: "d1", """
            {"schema": 1, "id": "d1", "title": "t", "issuers": ["state-council"], "level": "national",
             "source": {"verified": true, "verified": false}}
            """)
        XCTAssertEqual(load().problems.map(\.description), [
            "corpus/documents/d1.json:2:31: member 'source.verified' is repeated (the first at 2:13); programs differ on which value counts: keep one",
        ])
    }

    func testARepeatedTaxonomyMemberStopsTheCorpusFromLoading() throws {
        try fixture.write("taxonomy/problems.json", """
            {"schema": 1, "families": [], "families": []}
            """)
        let result = load()
        XCTAssertNil(result.corpus)
        XCTAssertEqual(result.problems.map(\.message).filter { $0.contains("repeated") },
                       ["member 'families' is repeated (the first at 1:15); programs differ on which value counts: keep one"])
    }

    func testUnknownMembersOfADocumentAreProblemsAndTheDocumentLoads() throws {
        try fixture.writeDocument(id: "d1", """
            {"schema": 1, "id": "d1", "title": "t", "numbr": "国发〔2015〕1号", "issuers": ["state-council"],
             "level": "national", "basedon": ["gf-2015-40"], "comment": "mine",
             "source": {"seen": {"where": "not-seen", "fields": [], "URL": null}, "urll": "http://x"}}
            """)
        for deferTexts in [false, true] {
            let result = load(deferTexts: deferTexts)
            XCTAssertEqual(result.problems.map(\.description), [
                "corpus/documents/d1.json:1:41: unknown field 'numbr'; did you mean 'number'?",
                "corpus/documents/d1.json:2:23: unknown field 'basedon'; did you mean 'basedOn'?",
                "corpus/documents/d1.json:2:50: unknown field 'comment'; ipap does not read its value",
                "corpus/documents/d1.json:3:57: unknown field 'source.seen.URL'; did you mean 'url'?",
                "corpus/documents/d1.json:3:71: unknown field 'source.urll'; did you mean 'url'?",
            ], "deferTexts \(deferTexts)")
            XCTAssertEqual(result.corpus?.documents.map(\.id).sorted(), ["d1", "gf-2015-40", "sc-2015-1"])
        }
    }

    func testAnUnknownMemberOfCorpusJSONIsAProblemAndTheCorpusLoads() throws {
        try fixture.write("corpus/corpus.json", """
            {"schema": 1, "name": "n", "synthetc": true, "citations": [{"id": "review-2020", "text": "A review", "DOI": null}]}
            """)
        let result = load()
        XCTAssertNotNil(result.corpus)
        XCTAssertEqual(result.problems.map(\.description), [
            "corpus/corpus.json:1:28: unknown field 'synthetc'; did you mean 'synthetic'?",
            "corpus/corpus.json:1:102: unknown field 'citations[0].DOI'; did you mean 'doi'?",
        ])
    }

    /// The quick pass over the bytes meets any input in the fuzzer: nesting deeper than the located parser reads
    /// is "not sure", not a stack overrun.
    func testTheQuickPassStopsAtTheLocatedParsersDepth() {
        XCTAssertFalse(DirectJSONReader.membersFollow(.anyMembers, in: Data(repeating: UInt8(ascii: "["), count: 200_000)))
        XCTAssertTrue(DirectJSONReader.membersFollow(.anyMembers, in: Data((String(repeating: "[", count: 100) + String(repeating: "]", count: 100)).utf8)))
    }

    /// A string is passed over eight bytes at a time: an escaped quote or backslash at any offset of the steps
    /// does not end it (the member-like text after it is no member).
    func testEscapesInsideAStringAtEveryOffsetDoNotEndIt() throws {
        for shift in 0..<9 {
            let text = String(repeating: "中", count: shift) + String(repeating: "a", count: shift) + #"\\\" \"numbr\": 1, \\"#
            let json = #"{"schema": 1, "id": "d1", "title": "t", "issuers": [], "level": "national", "text": ""# + text + #"", "source": {"verified": false}}"#
            XCTAssertNotNil(try? JSONDecoder().decode(PolicyDocument.self, from: Data(json.utf8)), json)
            XCTAssertTrue(DirectJSONReader.membersFollow(.document, in: Data(json.utf8)), json)
        }
    }

    /// Every member ipap writes is one it reads: a document with every field set, as the import writes it.
    func testWhatIpapWritesHasOnlyKnownMembers() throws {
        var document = PolicyDocument(id: "d1", title: "t", number: "国发〔2015〕1号", issuers: ["state-council"], issuerText: "国务院",
                                      level: .municipal, region: "370000", locality: Locality(zh: "青岛市", code: "370200"),
                                      dateWritten: PolicyDate("2015-01-01"), datePublished: PolicyDate("2015-01-02"),
                                      kind: .notice, basedOn: ["gf-2015-40"], actionAreas: AreaCoding(ids: ["ai"], coding: .manual),
                                      source: DocumentSource(url: "http://www.gov.cn/a", seen: Provenance(place: .officialSite, fields: [.title], url: "http://www.gov.cn/a"),
                                                             origin: "import"),
                                      note: "n", synthetic: true, text: "正文", extra: ["k": "v"])
        document.source.fetched = FetchedText(url: "http://www.gov.cn/a", at: "2026-01-01T00:00:00Z", place: .officialSite)
        XCTAssertTrue(DirectJSONReader.membersFollow(.document, in: try ImportWriter.encode(document)))
        let info = CorpusInfo(name: "n", description: "d", synthetic: true, citations: [Citation(id: "c", text: "t", doi: "10.1/x", url: "http://x")])
        XCTAssertTrue(DirectJSONReader.membersFollow(.corpusInfo, in: try ImportWriter.encode(info)))
    }
}
