import XCTest
@testable import PolicyModel

/// Whether a document lies before a cut-off, from its date or, when it has none, the year in its number: a year
/// settles it only when the whole year lies on one side (京政发〔2016〕4号 is before 2019-04-30; a 2019 number
/// against 2019-04-30 stays unknown).
final class DatePlacementTests: XCTestCase {
    static func document(number: String?, date: String? = nil, extra: [String: String] = [:]) -> PolicyDocument {
        PolicyDocument(id: "d", title: "关于积极推进“互联网+”行动的实施意见", number: number, issuers: ["provincial-government"],
                       level: .provincial, region: "110000", datePublished: date.flatMap(PolicyDate.init), kind: .implementationOpinion,
                       extra: extra)
    }

    let april2019 = PolicyDate(year: 2019, month: 4, day: 30)

    func testAYearFromTheNumberSettlesACutOffOnlyWhenTheWholeYearLiesOnOneSide() {
        XCTAssertEqual(Self.document(number: "京政发〔2016〕4号").placement(until: april2019), DatePlacement(inside: true, byNumberYear: true))
        XCTAssertEqual(Self.document(number: "京政发〔2019〕4号").placement(until: april2019), .unknown)
        XCTAssertEqual(Self.document(number: "京政发〔2020〕4号").placement(until: april2019), DatePlacement(inside: false, byNumberYear: true))
        XCTAssertEqual(Self.document(number: nil).placement(until: april2019), .unknown)
        // A date wins over the number's year, either way.
        XCTAssertEqual(Self.document(number: "京政发〔2016〕4号", date: "2019-05-02").placement(until: april2019),
                       DatePlacement(inside: false, byNumberYear: false))
        // A start too: 2016 lies wholly in 2015-07-01..2016-12-31, 2015 straddles its start.
        let start = PolicyDate(year: 2015, month: 7, day: 1), end = PolicyDate(year: 2016, month: 12, day: 31)
        XCTAssertEqual(Self.document(number: "京政发〔2016〕4号").placement(from: start, until: end), DatePlacement(inside: true, byNumberYear: true))
        XCTAssertEqual(Self.document(number: "京政发〔2015〕4号").placement(from: start, until: end), .unknown)
        XCTAssertEqual(Self.document(number: "京政发〔2014〕4号").placement(from: start, until: end), DatePlacement(inside: false, byNumberYear: true))
    }

    func testTheReviewScopeLeavesOutRelatedRecordsAndSaysSo() {
        let related = Self.document(number: nil, date: "2016-01-01", extra: ["scope": "related"])
        XCTAssertFalse(CorpusScope.review.contains(related))
        XCTAssertTrue(CorpusScope.review.contains(Self.document(number: nil, date: "2016-01-01")))
        XCTAssertTrue(CorpusScope.all.contains(related))
        XCTAssertEqual(CorpusScope.review.label.en, "scope: policy (related records left out), up to 2020-06-30")
        XCTAssertEqual(CorpusScope.review.between(PolicyDate(year: 2015, month: 7, day: 1), and: april2019).label.en,
                       "scope: policy (related records left out), 2015-07-01 to 2019-04-30")
    }

    func testTheDayAfter() {
        XCTAssertEqual(PolicyDate(year: 2016, month: 2, day: 29)?.nextDay, PolicyDate(year: 2016, month: 3, day: 1))
        XCTAssertEqual(PolicyDate(year: 2015, month: 12, day: 31)?.nextDay, PolicyDate(year: 2016, month: 1, day: 1))
        XCTAssertEqual(PolicyDate(year: 2015, month: 7, day: 4)?.nextDay, PolicyDate(year: 2015, month: 7, day: 5))
    }
}
