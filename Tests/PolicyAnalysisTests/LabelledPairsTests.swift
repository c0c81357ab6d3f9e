import XCTest
@testable import PolicyAnalysis

/// Scores the reuse detector on the hand-written labelled pairs (LabelledPairs.swift), per category.
final class LabelledPairsTests: XCTestCase {
    /// The labels themselves: enough pairs, sensible metadata, passages of the stated sizes, found exactly
    /// once, and maximal (the text just before and after a passage differs between source and target, so
    /// an exact detector cannot rightly extend it).
    func testLabelledDataIsWellFormed() throws {
        let pairs = LabelledPairs.all
        XCTAssertGreaterThanOrEqual(pairs.count, 36)
        XCTAssertEqual(Set(pairs.map(\.id)).count, pairs.count, "pair ids are unique")
        for category in LabelledCategory.allCases {
            XCTAssertGreaterThanOrEqual(pairs.filter { $0.category == category }.count, 6, "\(category)")
        }
        XCTAssertTrue((8...12).contains(LabelledPairs.fillers.count))
        let documents = LabelledPairs.corpus()
        XCTAssertEqual(Set(documents.map(\.id)).count, documents.count, "document ids are unique")

        func cjk(_ text: String) -> Int { text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count }
        func content(_ text: String) -> Int { text.unicodeScalars.filter(LabelledPairsReport.isContent).count }
        func checkMetadata(_ d: LabelledDocument, _ what: String) {
            let parts = d.date.split(separator: "-")
            XCTAssertTrue(parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2, "\(what): date \(d.date)")
            XCTAssertEqual(d.region == nil, d.level.isCentral, "\(what): region code for local documents only")
            if let region = d.region {
                XCTAssertTrue(region.count == 6 && region.allSatisfy(\.isNumber), "\(what): region \(region)")
            }
            XCTAssertFalse(d.issuer.isEmpty, what)
        }
        for pair in pairs {
            for (d, side) in [(pair.source, "source"), (pair.target, "target")] {
                checkMetadata(d, "\(pair.id) \(side)")
                XCTAssertTrue((300...1500).contains(cjk(d.text)), "\(pair.id) \(side): \(cjk(d.text)) Chinese characters")
            }
            XCTAssertLessThan(pair.source.date, pair.target.date, "\(pair.id): the source is the earlier document")
            switch pair.category {
            case .verbatim:
                XCTAssertEqual(pair.expected.count, 1, pair.id)
                for p in pair.expected {
                    XCTAssertFalse(p.edited, pair.id)
                    XCTAssertTrue((40...200).contains(content(p.target)), "\(pair.id): \(content(p.target)) characters")
                }
            case .edited:
                XCTAssertEqual(pair.expected.count, 1, pair.id)
                XCTAssertTrue(pair.expected.allSatisfy(\.edited), pair.id)
            case .sentence:
                XCTAssertEqual(pair.expected.count, 1, pair.id)
                for p in pair.expected {
                    XCTAssertFalse(p.edited, pair.id)
                    XCTAssertTrue((25...40).contains(content(p.target)), "\(pair.id): \(content(p.target)) characters")
                }
            case .formulaOnly, .unrelated:
                XCTAssertTrue(pair.expected.isEmpty, pair.id)
            case .multiple:
                XCTAssertGreaterThanOrEqual(pair.expected.count, 2, pair.id)
                XCTAssertTrue(pair.expected.contains { $0.edited } && pair.expected.contains { !$0.edited }, pair.id)
            }
            for (n, passage) in pair.expected.enumerated() {
                let what = "\(pair.id) passage \(n + 1)"
                let s = try LabelledPairsReport.locate(passage.source, in: pair.source.text, what: what + " source")
                let t = try LabelledPairsReport.locate(passage.target, in: pair.target.text, what: what + " target")
                let source = Array(pair.source.text.unicodeScalars), target = Array(pair.target.text.unicodeScalars)
                XCTAssertTrue(differs(source, before: s.start, target, before: t.start), "\(what): same character just before")
                XCTAssertTrue(differs(source, after: s.end, target, after: t.end), "\(what): same character just after")
            }
        }
        for filler in LabelledPairs.fillers {
            checkMetadata(filler, "filler")
            XCTAssertTrue((150...1500).contains(cjk(filler.text)), "filler: \(cjk(filler.text)) Chinese characters")
        }
        // Each formula is frequent: in more than a fifth of all documents, fillers included.
        for formula in LabelledPairs.formulae {
            let holders = documents.filter { $0.text.contains(formula) }.count
            XCTAssertGreaterThan(holders * 5, documents.count, "\(formula): in \(holders) of \(documents.count) documents")
        }
        // Formula pairs do share formulae.
        for pair in pairs where pair.category == .formulaOnly {
            let shared = LabelledPairs.formulae.filter { pair.source.text.contains($0) && pair.target.text.contains($0) }
            XCTAssertGreaterThanOrEqual(shared.count, 2, "\(pair.id) shares \(shared)")
        }
    }

    /// Recall and precision per category on one corpus run; the table is printed for the docs.
    func testDetectorScoresPerCategory() throws {
        let report = try LabelledPairsReport.make()
        print("Labelled pairs, ReuseDetector with default parameters:")
        print(report.table)
        for note in report.notes { print("  " + note) }
        if !report.fillerPairs.isEmpty { print("  pairs with a filler (not scored): \(report.fillerPairs)") }
        for x in report.figures {
            XCTAssertGreaterThanOrEqual(x.recall, 0.97, "\(x.category.rawValue): recall")
            XCTAssertGreaterThanOrEqual(x.precision, 0.97, "\(x.category.rawValue): precision")
        }
    }

    /// The content character before `a` in `x` differs from the one before `b` in `y` (or a text starts).
    private func differs(_ x: [Unicode.Scalar], before a: Int, _ y: [Unicode.Scalar], before b: Int) -> Bool {
        let p = x[..<a].last(where: LabelledPairsReport.isContent), q = y[..<b].last(where: LabelledPairsReport.isContent)
        return p == nil || q == nil || p != q
    }

    private func differs(_ x: [Unicode.Scalar], after a: Int, _ y: [Unicode.Scalar], after b: Int) -> Bool {
        let p = x[a...].first(where: LabelledPairsReport.isContent), q = y[b...].first(where: LabelledPairsReport.isContent)
        return p == nil || q == nil || p != q
    }
}
