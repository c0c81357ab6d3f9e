import Foundation
import PolicyModel
import SafeText
import XCTest
@testable import PolicyAnalysis

/// The types that write their own JSON (`DirectJSONWritable`) must write exactly what `JSONEncoder` writes
/// for their `encode(to:)`, with sorted keys, compact and pretty, with and without per-clause coding.
final class DirectJSONWritingTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The committed demo corpus (data/demo), analysed, plus documents and pairs made to reach every branch.
    static let result: Result<AnalysisResult, Error> = Result {
        let loaded = CorpusLoader(taxonomyDirectory: repository.appendingPathComponent("data/taxonomy"))
            .load(repository.appendingPathComponent("data/demo"))
        guard let corpus = loaded.corpus else { throw CorpusProblems(problems: loaded.problems) }
        let analysis = CorpusAnalysis(corpus: corpus)
        var result = PolicyAnalyzer(parameters: analysis.parameters, keepsClauseCoding: true).analyze(analysis.inputs)
        result.inputs = AnalysisInputs(documents: analysis.inputs, parameters: analysis.parameters)
        result.documents += edgeDocuments(from: result.documents[0])
        result.reuse += edgePairs(from: result.reuse[0])
        return result
    }

    /// One document with every optional unset and every list empty, one with everything set, both with ids
    /// that need escaping.
    private static func edgeDocuments(from sample: DocumentIndicators) -> [DocumentIndicators] {
        var bare = DocumentIndicators(id: "odd \"quoted\" \\ / \u{1}\t\n\u{1f}\u{7f} 中文", length: 0, contentLength: 0)
        bare.distinctiveness = 0
        var full = sample
        full.id = "full\u{0}\u{8}\u{c}\r"
        full.copiedFromCentre = 1.0 / 3
        full.copiedFromCentreGoals = 1e-7
        full.copiedFromCentreActions = 1e22
        full.identicalGoals = true
        full.identicalGoalsSource = "goals \"source\""
        full.identicalActions = true
        full.identicalActionsSource = "actions/source"
        full.nearestProvince = NearestProvince(region: "33\u{2028}0000", document: "doc\\id", share: 0.5)
        full.sections = [
            Section(index: 0, depth: 1, kind: nil, title: "", heading: nil, span: TextSpan(0, 0), role: .preamble, parent: nil),
            Section(index: 1, depth: 2, kind: .parenArabic, title: "（1）\"标题\"", heading: TextSpan(3, 9),
                    span: TextSpan(3, 40), role: .measures, parent: 0),
        ]
        full.measures = [
            MeasureAssessment(clause: TextSpan(1, 2), role: .actions, quantified: [], responsible: [], deadline: [], money: []),
            MeasureAssessment(clause: TextSpan(3, 4), role: .measures, quantified: [TextSpan(3, 4)], responsible: [TextSpan(5, 6)],
                              deadline: [TextSpan(7, 8)], money: [TextSpan(9, 10), TextSpan(11, 12)]),
        ]
        full.evaluation = [EvaluationClause(clause: TextSpan(1, 2), terms: [], indicators: [], schedule: [TextSpan(0, 1)])]
        full.governance = [.data: [], .legal: [TextSpan(4, 5)], .intellectualProperty: [TextSpan(1, 2)],
                           .newBusiness: [TextSpan(6, 7)], .standards: []]
        full.toolCounts = ["b": 1, "B": 2, "a10": 3, "a9": 4, "_": 5]
        full.toolShares = ["x": 0, "y": -0.0, "z": 0.1]
        full.toolAreaCounts = ["empty": [:], "t": ["none": 2, "ai": 1]]
        full.coding.append(ClauseCoding(clause: TextSpan(1, 2), role: .other, actionAreas: [], tools: ["t\"1"],
                                        toolClasses: [], evidence: []))
        full.goalOrientation = .mission
        return [bare, full]
    }

    private static func edgePairs(from sample: ReusePair) -> [ReusePair] {
        var empty = sample
        empty.source = "a\"b"
        empty.passages = []
        var edited = sample
        edited.target = "c\u{1}d"
        edited.relation = .central
        edited.targetShare = 2.5e-8
        edited.passages = [ReusePassage(source: TextSpan(0, 3), target: TextSpan(5, 8), edited: true)]
        return [empty, edited]
    }

    private func foundation(pretty: Bool, coding: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.userInfo[DocumentIndicators.includeCodingKey] = coding
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Equal bytes; else where they first differ, with some context (the whole output is megabytes).
    private func assertSameBytes(_ actual: some Sequence<UInt8>, _ expected: Data, _ message: String,
                                 file: StaticString = #filePath, line: UInt = #line) {
        let a = Array(actual), e = Array(expected)
        guard a != e else { return }
        let at = zip(a, e).prefix { $0 == $1 }.count
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self)
        }
        XCTFail("\(message): differ at byte \(at) of \(a.count) (expected \(e.count))\nwritten:  \(around(a))\nexpected: \(around(e))",
                file: file, line: line)
    }

    func testDemoCorpusCoversTheBranches() throws {
        let result = try Self.result.get()
        XCTAssertTrue(result.documents.contains { $0.nearestProvince != nil })
        XCTAssertTrue(result.documents.contains { $0.nearestProvince == nil })
        XCTAssertTrue(result.documents.contains { $0.copiedFromCentreGoals == nil })
        XCTAssertTrue(result.documents.contains { $0.identicalGoalsSource != nil })
        XCTAssertTrue(result.documents.contains { !$0.coding.isEmpty })
        XCTAssertTrue(result.documents.flatMap(\.measures).contains { $0.isVague })
        XCTAssertTrue(result.documents.flatMap(\.measures).contains { !$0.isVague })
        XCTAssertTrue(result.documents.flatMap(\.sections).contains { $0.parent == nil })
        XCTAssertTrue(result.documents.flatMap(\.sections).contains { $0.parent != nil })
    }

    /// Integers digit by digit, as `String(v)` spells them, at every length and sign (offsets, counts).
    func testIntegersAreWrittenAsTheirDecimalDigits() {
        var values: [Int64] = [0, 9, 10, 99, 100, 101, 1_000, 65_535, Int64.max, Int64.min, Int64.min + 1]
        var power: Int64 = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power, -(power + 1)]
        }
        values += (-12...12).map(Int64.init)
        for v in values {
            var writer = JSONByteWriter<[UInt8]>(pretty: false, bytes: [])
            writer.writeInteger(v)
            XCTAssertEqual(String(decoding: writer.bytes, as: UTF8.self), String(v))
        }
    }

    /// Each document and pair written on its own, at several depths, against JSONEncoder.
    func testEachValueWritesWhatJSONEncoderWrites() throws {
        let result = try Self.result.get()
        for pretty in [true, false] {
            for coding in [false, true] {
                let encoder = foundation(pretty: pretty, coding: coding)
                for document in result.documents {
                    var writer = DirectJSONWriter(pretty: pretty, depth: 0, includeCoding: coding)
                    try document.writeJSON(to: &writer)
                    assertSameBytes(writer.bytes, try encoder.encode(document), "\(document.id) pretty \(pretty) coding \(coding)")
                }
                for pair in result.reuse {
                    var writer = DirectJSONWriter(pretty: pretty, depth: 0, includeCoding: coding)
                    try pair.writeJSON(to: &writer)
                    assertSameBytes(writer.bytes, try encoder.encode(pair), "\(pair.source) -> \(pair.target) pretty \(pretty)")
                }
            }
        }
    }

    /// The whole result, through `jsonData` (small arrays written directly) and with every array large enough
    /// to be written in parallel, element by element.
    func testAnalysisJSONIsJSONEncodersBytes() throws {
        let result = try Self.result.get()
        for pretty in [true, false] {
            for coding in [false, true] {
                let expected = try foundation(pretty: pretty, coding: coding).encode(result)
                // jsonData also escapes the controls JSONEncoder leaves raw (C1, bidi and other format characters).
                assertSameBytes(try result.jsonData(pretty: pretty, includeCoding: coding), JSONEscaping.escapingControls(expected),
                                "pretty \(pretty), coding \(coding)")
                let parallel = try SortedJSONEncoder(pretty: pretty, userInfo: [DocumentIndicators.includeCodingKey: coding],
                                                     parallelThreshold: 2).encode(result)
                assertSameBytes(parallel, expected, "parallel, pretty \(pretty), coding \(coding)")
            }
        }
    }

    /// The report `ipap export` writes (rows, values and evidence written directly): JSONEncoder's bytes, with
    /// the controls escaped; with a clause coded by hand, so that the tool matrix has a manual cell, and coded
    /// otherwise by a second analyst, so that the agreement and disagreement tables have rows.
    func testReportJSONIsJSONEncodersBytes() throws {
        let result = try Self.result.get()
        let loaded = CorpusLoader(taxonomyDirectory: Self.repository.appendingPathComponent("data/taxonomy"))
            .load(Self.repository.appendingPathComponent("data/demo"))
        let corpus = try XCTUnwrap(loaded.corpus)
        let document = try XCTUnwrap(result.documents.first { $0.clauseCount > 2 })
        let entries = [("wang", "supply-funding"), ("li", "environment-tax")].enumerated().map { n, code in
            let entry = ReviewEntry(author: code.0, kind: .override, target: .document(document.id, clause: 1),
                                    override: ReviewOverride(field: .policyTool, value: code.1))
            return ReviewStore.Located(entry: entry, file: "reviews/\(code.0).jsonl", line: n + 1)
        }
        let reviews = ReviewStore(entries: entries)
        let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: reviews, language: .chinese,
                                  now: Date(timeIntervalSince1970: 1_700_000_000))
        let matrix = try XCTUnwrap(report.tables.first { $0.id == "tool-matrix" })
        XCTAssertTrue(matrix.rows.contains { $0.values["manual"] == .integer(1) })
        // Each tool and class beside its id, in the report's language (coder A is li, first in name order).
        let disagreement = try XCTUnwrap(report.tables.first { $0.id == "disagreements" }?.rows.first)
        XCTAssertEqual(["toolA", "toolAName", "toolB", "toolBName", "classA", "classAName", "classB", "classBName"].map { disagreement.values[$0] },
                       ["environment-tax", "税收优惠", "supply-funding", "资金支持", "environment", "环境型", "supply", "供给型"].map { .text($0) })
        let agreement = try XCTUnwrap(report.tables.first { $0.id == "agreement" })
        XCTAssertEqual(agreement.rows.map { $0.values["toolClassName"] }, ["总体", "供给型", "环境型", "需求型", "其他（非工具）"].map { .text($0) })
        XCTAssertTrue(report.tables.flatMap(\.rows).contains { $0.evidence?.quote != nil })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var expected = JSONEscaping.escapingControls(try encoder.encode(report))
        expected.append(0x0A)
        assertSameBytes(try report.jsonData(), expected, "report")
        // Streamed: a table of 64 rows or more is rendered in parallel and handed on in parts, not held whole.
        let largest = try XCTUnwrap(report.tables.map(\.rows.count).max())
        XCTAssertGreaterThanOrEqual(largest, 64, "no table large enough to be streamed")
        var pieces = 0
        try report.writeJSON { _ in pieces += 1 }
        XCTAssertGreaterThan(pieces, 2, "the report came in one piece")
    }

    /// Streamed (`writeJSON`, and the encoder in parts of a few elements): the pieces, each escaped on its
    /// own, are the bytes of `jsonData`.
    func testStreamedJSONIsTheWholeJSONInPieces() throws {
        let result = try Self.result.get()
        for pretty in [true, false] {
            for coding in [false, true] {
                let whole = try result.jsonData(pretty: pretty, includeCoding: coding)
                let streamed = Pieces()
                try result.writeJSON(pretty: pretty, includeCoding: coding) { streamed.append($0) }
                assertSameBytes(streamed.bytes, whole, "writeJSON, pretty \(pretty), coding \(coding)")
                var pieces: [[UInt8]] = []
                try SortedJSONEncoder(pretty: pretty, userInfo: [DocumentIndicators.includeCodingKey: coding],
                                      parallelThreshold: 2, partSize: 3).encode(result) { pieces.append($0) }
                // One piece per three documents, per three pairs, and the rest: the arrays were written in parts.
                XCTAssertGreaterThan(pieces.count, result.documents.count / 3 + result.reuse.count / 3)
                let escaped = pieces.flatMap { $0.withUnsafeBufferPointer(JSONEscaping.escapedControls) ?? $0 }
                assertSameBytes(escaped, whole, "in parts of 3, pretty \(pretty), coding \(coding)")
            }
        }
    }

    /// What `writeJSON` hands to its sink, from the sink's thread.
    private final class Pieces: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [UInt8] = []
        func append(_ piece: [UInt8]) { lock.withLock { all += piece } }
        var bytes: [UInt8] { lock.withLock { all } }
    }

    /// An error of the sink stops the writing and is the error of `writeJSON`.
    func testAnErrorOfTheSinkIsThrown() throws {
        struct Full: Error {}
        let result = try Self.result.get()
        XCTAssertThrowsError(try result.writeJSON { _ in throw Full() }) { XCTAssertTrue($0 is Full) }
    }

    func testNonFiniteNumbersAreRefusedAsJSONEncoderRefusesThem() throws {
        var result = try Self.result.get()
        result.documents[0].distinctiveness = .nan
        XCTAssertThrowsError(try foundation(pretty: false, coding: false).encode(result))
        XCTAssertThrowsError(try result.jsonData())
        XCTAssertThrowsError(try SortedJSONEncoder(parallelThreshold: 2).encode(result))
        XCTAssertThrowsError(try result.writeJSON { _ in })
    }
}
