import Foundation
import PolicyModel
import XCTest
@testable import PolicyAnalysis

/// The report's tool matrix is made from each document's clause digest (the clauses are let go as each
/// document is coded); it must be the matrix counted clause by clause over every document's clauses. The
/// reuse table's quotes are cut during the coding; they must be those of the texts.
final class ToolMatrixTests: XCTestCase {
    func testMatrixFromDigestsIsTheMatrixCountedClauseByClause() throws {
        let (corpus, analysis, result) = try DemoCorpusFixture.analysed()
        // Hand codes in three documents, the first of them late in id order: a cell's example must become the
        // first hand-coded clause, whichever document comes first.
        let ids = result.documents.map(\.id).sorted()
        var entries: [ReviewStore.Located] = []
        for (n, id) in [ids[ids.count - 2], ids[1], ids[4]].enumerated() {
            for (field, value) in [(ReviewOverride.Field.policyTool, "supply-talent"), (.actionArea, "agriculture")] {
                let entry = ReviewEntry(author: "wang", kind: .override, target: .document(id, clause: 2 + n),
                                        override: ReviewOverride(field: field, value: value))
                entries.append(ReviewStore.Located(entry: entry, file: "reviews/wang.jsonl", line: entries.count + 1))
            }
        }
        let reviews = ReviewStore(entries: entries)
        let report = ExportReport(corpus: corpus, analysis: (result, .computed), reviews: reviews, language: .english)
        let matrix = try XCTUnwrap(report.tables.first { $0.id == "tool-matrix" })

        // The matrix as counted before digests: every clause of every document, in document order.
        let coding = ReviewedCoding(scheme: CodingScheme(taxonomy: corpus.taxonomy), store: reviews)
        let texts = Dictionary(uniqueKeysWithValues: analysis.inputs.map { ($0.id, $0.text) })
        let (applied, clauses) = coding.apply(to: result, documents: analysis.inputs, text: { texts[$0] }) { id, clauses in (id, clauses) }
        // Each hand-coded document's tool x area counts are its clauses' (the export kept the machine's).
        for (id, list) in clauses where list.contains(where: \.isManual) {
            let document = try XCTUnwrap(applied.documents.first { $0.id == id })
            XCTAssertEqual(document.toolAreaCounts, ToolAreaCounts.counts(list), id)
            XCTAssertNotEqual(document.toolAreaCounts, result.documents.first { $0.id == id }?.toolAreaCounts, id)
        }
        struct Cell: Equatable { var clauses = 0, manual = 0; var example: String? }
        var expected: [String: Cell] = [:]
        for (id, list) in clauses.sorted(by: { $0.0 < $1.0 }) {
            let level = try XCTUnwrap(corpus.document(id)).level.rawValue
            for clause in list where !clause.toolClasses.isEmpty {
                for scope in ["all", level] {
                    for cls in clause.toolClasses {
                        for area in clause.actionAreas.isEmpty ? ["none"] : clause.actionAreas {
                            var cell = expected["\(scope)|\(cls)|\(area)"] ?? Cell()
                            cell.clauses += 1
                            if clause.isManual { cell.manual += 1 }
                            if cell.example == nil || (clause.isManual && cell.manual == 1) {
                                cell.example = "\(id)@\(clause.span.start)-\(clause.span.end)"
                            }
                            expected["\(scope)|\(cls)|\(area)"] = cell
                        }
                    }
                }
            }
        }
        var seen: [String: Cell] = [:]
        for row in matrix.rows {
            guard case .integer(let count) = row.values["clauses"], count > 0, case .integer(let manual) = row.values["manual"] else { continue }
            let key = ["scope", "toolClass", "area"].map { row.values[$0]?.text ?? "" }.joined(separator: "|")
            let example = row.evidence.flatMap { e in e.span.map { "\(e.document)@\($0.start)-\($0.end)" } }
            seen[key] = Cell(clauses: count, manual: manual, example: example)
        }
        XCTAssertEqual(seen, expected)
        XCTAssertGreaterThan(expected.values.filter { $0.manual > 0 }.count, 2, "hand-coded cells")

        // The reuse table's quotes, cut while the texts were read for the coding, are the quotes of the texts.
        let reuse = try XCTUnwrap(report.tables.first { $0.id == "reuse" })
        XCTAssertGreaterThan(reuse.rows.count, 10)
        for row in reuse.rows {
            let evidence = try XCTUnwrap(row.evidence)
            let text = try XCTUnwrap(corpus.document(evidence.document)?.text)
            XCTAssertEqual(evidence.quote, evidence.span.map { ExportReport.quote(text, span: $0) }, evidence.document)
        }
    }
}
