import Foundation
import XCTest
@testable import PolicyAnalysis

/// The independent formula-heavy generator: deterministic, honest ground truth (verbatim means verbatim,
/// sources are earlier), every kind of copy present, chance-shared formula sentences really shared.
final class FormulaCorpusGeneratorTests: XCTestCase {
    static let length = 8800
    static let corpus = FormulaCorpusGenerator(seed: 7, documents: 200, length: length).generate()
    static let byId: [String: AnalysisDocument] = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })

    func text(_ id: String, _ span: TextSpan) -> String { span.substring(of: Self.byId[id]!.text) }

    func testSameSeedSameCorpusOtherSeedOtherCorpus() {
        let a = FormulaCorpusGenerator(seed: 11, documents: 60, length: 3000).generate()
        let b = FormulaCorpusGenerator(seed: 11, documents: 60, length: 3000).generate()
        let c = FormulaCorpusGenerator(seed: 12, documents: 60, length: 3000).generate()
        XCTAssertEqual(a.documents, b.documents)
        XCTAssertEqual(a.titles, b.titles)
        XCTAssertEqual(a.planted, b.planted)
        XCTAssertEqual(a.chanceShared, b.chanceShared)
        XCTAssertNotEqual(a.documents.map(\.text), c.documents.map(\.text))
    }

    func testVerbatimPlantsAreVerbatimAndEditedOnesAreNot() {
        let planted = Self.corpus.planted
        XCTAssertFalse(planted.isEmpty)
        for p in planted {
            let source = text(p.sourceId, p.source), target = text(p.targetId, p.target)
            XCTAssertFalse(source.isEmpty)
            if p.edited {
                XCTAssertNotEqual(source, target, "\(p)")
            } else {
                XCTAssertEqual(source, target, "\(p)")
            }
        }
    }

    func testEverySourceIsDatedBeforeItsTarget() {
        for p in Self.corpus.planted {
            let s = Self.byId[p.sourceId]!, t = Self.byId[p.targetId]!
            XCTAssertLessThan(s.date!, t.date!, "\(p.sourceId) -> \(p.targetId)")
            XCTAssertNotEqual(p.sourceId, p.targetId)
        }
    }

    func testAllCategoriesPresentWithTheirSizes() {
        let planted = Self.corpus.planted
        for category in PlantedCategory.allCases {
            XCTAssertTrue(planted.contains { $0.category == category }, "no \(category) plant")
        }
        for p in planted {
            let n = p.source.length
            switch p.category {
            case .sentence?: XCTAssertTrue((25...40).contains(n), "\(p)")
            case nil: XCTFail("plant without category")
            default: XCTAssertTrue((80...160).contains(n), "\(p)")
            }
            if p.category == .clauseInserted || p.category == .clauseDropped {
                XCTAssertLessThanOrEqual(abs(p.target.length - p.source.length), 30)
            }
        }
    }

    func testDirectionsOfCopying() {
        var kinds = Set<String>()
        for p in Self.corpus.planted {
            let s = Self.byId[p.sourceId]!, t = Self.byId[p.targetId]!
            if s.level.isCentral && !t.level.isCentral { kinds.insert("centre->local") }
            if !s.level.isCentral && !t.level.isCentral {
                kinds.insert("local->local")
                XCTAssertNotEqual(s.provinceKey, t.provinceKey)
            }
            if s.level == .ministerial && t.level == .ministerial {
                kinds.insert("ministry->ministry")
                XCTAssertNotEqual(Set(s.issuerIds), Set(t.issuerIds))
            }
        }
        XCTAssertEqual(kinds, ["centre->local", "local->local", "ministry->ministry"])
    }

    func testMassCopiesReachTenToThirtyDocuments() {
        var copies: [String: Set<String>] = [:]
        for p in Self.corpus.planted where p.category == .massCopy {
            copies["\(p.sourceId)\(p.source)", default: []].insert(p.targetId)
            XCTAssertEqual(Self.byId[p.sourceId]!.level, .national)
            XCTAssertFalse(Self.byId[p.targetId]!.level.isCentral)
        }
        XCTAssertFalse(copies.isEmpty)
        for (_, targets) in copies { XCTAssertTrue((10...30).contains(targets.count), "\(targets.count) copies") }
    }

    func testChanceSharedFormulaSentencesOccurBetweenUnrelatedDocuments() {
        let pairs = Self.corpus.chanceShared
        XCTAssertGreaterThan(pairs.count, 10)
        var involved = Set<String>()
        for p in Self.corpus.planted { involved.insert(p.sourceId); involved.insert(p.targetId) }
        for pair in pairs {
            XCTAssertNotEqual(pair.firstId, pair.secondId)
            XCTAssertFalse(involved.contains(pair.firstId))
            XCTAssertFalse(involved.contains(pair.secondId))
            let a = text(pair.firstId, pair.first), b = text(pair.secondId, pair.second)
            XCTAssertEqual(a, b)
            XCTAssertTrue(a.hasSuffix("。"))
            XCTAssertGreaterThanOrEqual(pair.sentences, 1)
        }
        // The same stock sentence with the same noun also recurs in planted documents; it is never a plant
        // by itself: every planted source span is longer than one stock clause.
        XCTAssertTrue(Self.corpus.planted.allSatisfy { $0.source.length >= 25 })
    }

    func testDocumentsLookLikeTheCorpus() {
        let docs = Self.corpus.documents
        XCTAssertEqual(docs.count, 200)
        XCTAssertEqual(Set(docs.map(\.id)).count, 200)
        let codes: Set<String> = ["110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000",
                                  "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000",
                                  "420000", "430000", "440000", "450000", "460000", "500000", "510000", "520000",
                                  "530000", "540000", "610000", "620000", "630000", "640000", "650000"]
        for d in docs {
            XCTAssertTrue(Self.corpus.titles[d.id]!.hasSuffix("（合成示例）"))
            XCTAssertTrue(("2015-07-01"..."2020-06-30").contains(d.date!), d.date!)
            XCTAssertFalse(d.issuerIds.isEmpty)
            if d.level.isCentral { XCTAssertNil(d.regionCode) } else { XCTAssertTrue(codes.contains(d.regionCode!)) }
            let n = d.text.unicodeScalars.count
            XCTAssertTrue(abs(n - Self.length) <= Self.length / 10, "\(d.id): \(n) characters")
        }
        XCTAssertEqual(Set(docs.map(\.level)), Set(DocumentLevel.allCases))
        let all = docs.map(\.text).joined()
        for marker in ["第一条", "一是", "（一）", "指标 | 单位", "一、总体", "三、"] {
            XCTAssertTrue(all.contains(marker), marker)
        }
        let short = FormulaCorpusGenerator(seed: 3, documents: 30, length: 2500).generate()
        for d in short.documents {
            XCTAssertTrue(abs(d.text.unicodeScalars.count - 2500) <= 400, "\(d.text.unicodeScalars.count)")
        }
    }

    func testCategoryIsLeftOutOfTheJSONWhenNil() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = PlantedPassage(sourceId: "a", source: TextSpan(0, 5), targetId: "b", target: TextSpan(1, 6), edited: false)
        XCTAssertEqual(String(decoding: try encoder.encode(plain), as: UTF8.self),
                       #"{"edited":false,"source":[0,5],"sourceId":"a","target":[1,6],"targetId":"b"}"#)
        var tagged = plain
        tagged.category = .formulaHeavy
        let json = try encoder.encode(tagged)
        XCTAssertTrue(String(decoding: json, as: UTF8.self).contains(#""category":"formulaHeavy""#))
        XCTAssertEqual(try JSONDecoder().decode(PlantedPassage.self, from: json), tagged)
        XCTAssertNil(try JSONDecoder().decode(PlantedPassage.self, from: try encoder.encode(plain)).category)
    }
}
