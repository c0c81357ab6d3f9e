import Foundation
import XCTest
@testable import PolicyAnalysis

/// The stored analysis in parts (`AnalysisStore`): what is read back equals what was computed, a document's
/// part holds its indicators and its pairs, and the single file of earlier versions is still read.
final class AnalysisStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-store-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func analysed(seed: UInt64 = 3, documents: Int = 14) -> AnalysisResult {
        let demo = DemoCorpusGenerator(seed: seed, documents: documents, length: 1500).generate()
        var result = PolicyAnalyzer().analyze(demo.documents)
        result.inputs = AnalysisInputs(documents: demo.documents, parameters: result.parameters)
        return result
    }

    private struct NoGeneration: Error {}

    /// The current generation; the test fails (throws) when none opens.
    private func generation(_ store: AnalysisStore) throws -> StoredAnalysis {
        guard case .generation(let stored)? = store.open() else { throw NoGeneration() }
        return stored
    }

    func testTheStoredPartsReadBackAsTheComputedResultByteForByte() throws {
        let result = analysed()
        XCTAssertFalse(result.reuse.isEmpty, "the demo corpus has copying")
        let store = AnalysisStore(folder: folder)
        try store.write(result, filesStamp: "stamp")
        let stored = try generation(store)
        XCTAssertEqual(stored.summary, AnalysisSummary(result: result, filesStamp: "stamp", parts: stored.summary.parts))
        XCTAssertEqual(stored.partsRead, [], "opening reads the corpus-level file only")
        XCTAssertEqual(try stored.fullResult().jsonData(), try result.jsonData())
        XCTAssertEqual(try stored.fullResult().jsonData(pretty: true), try result.jsonData(pretty: true))
    }

    func testADocumentsPartHoldsItsIndicatorsAndEveryPairItTakesPartIn() throws {
        let result = analysed()
        let store = AnalysisStore(folder: folder)
        try store.write(result, filesStamp: nil)
        let stored = try generation(store)
        let busiest = try XCTUnwrap(Dictionary(grouping: result.reuse.flatMap { [$0.source, $0.target] }, by: { $0 })
            .max { $0.value.count < $1.value.count }?.key)
        let part = try XCTUnwrap(stored.part(busiest))
        XCTAssertEqual(stored.partsRead, [busiest])
        let expected = try XCTUnwrap(result.document(busiest))
        let encoder = SortedJSONEncoder()
        XCTAssertEqual(try encoder.encode(part.indicators), try encoder.encode(expected))
        XCTAssertEqual(part.reuse, result.reuse.filter { $0.source == busiest || $0.target == busiest })
        XCTAssertNil(stored.part("no-such-document"))
    }

    func testTheSingleFileOfEarlierVersionsIsReadAndReplacedByTheNextWrite() throws {
        let result = analysed()
        let store = AnalysisStore(folder: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try result.jsonData().write(to: store.singleFileURL)
        guard case .singleFile(let old)? = store.open() else { return XCTFail("the single file was not read") }
        XCTAssertEqual(try old.jsonData(), try result.jsonData())
        try store.write(old, filesStamp: nil)
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.singleFileURL.path), "replaced by the generation")
        XCTAssertEqual(try generation(store).fullResult().jsonData(), try result.jsonData())
    }

    func testANewGenerationReplacesTheOldWhichAnOpenSessionStillReads() throws {
        let first = analysed(seed: 3), second = analysed(seed: 5)
        let store = AnalysisStore(folder: folder)
        try store.write(first, filesStamp: nil)
        let session = try generation(store)
        try store.write(second, filesStamp: nil)
        let generations = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("g-") }
        XCTAssertEqual(generations.count, 1, "the old generation is removed: \(generations)")
        XCTAssertEqual(try generation(store).summary.inputs, second.inputs)
        // The session opened before keeps reading its own (removed) generation through its open file.
        let id = try XCTUnwrap(first.documents.last?.id)
        XCTAssertEqual(session.part(id)?.indicators.id, id)
        XCTAssertEqual(try session.fullResult().jsonData(), try first.jsonData())
    }

    /// A writer killed after its commit point, before it removed the generation it replaced, leaves two; an
    /// up-to-date analysis is never written again, so the restamp that finds it current removes the other
    /// (`analyze --write` left both: AnalysisStoreCommandLineTests' SIGKILL rounds failed once in CI).
    func testAGenerationLeftBehindByAKilledWriterIsRemovedByTheNextRestamp() throws {
        let result = analysed()
        let store = AnalysisStore(folder: folder)
        try store.write(result, filesStamp: nil)
        let replaced = folder.appendingPathComponent("g-1-replaced")
        try FileManager.default.createDirectory(at: replaced, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: replaced.appendingPathComponent("summary.json"))
        try store.restamp("stamp", inputs: try XCTUnwrap(result.inputs))
        XCTAssertFalse(FileManager.default.fileExists(atPath: replaced.path))
        XCTAssertEqual(try generation(store).summary.filesStamp, "stamp")
    }

    func testAGenerationLeftHalfWrittenIsNeverReadAndIsRemovedByTheNextWrite() throws {
        let result = analysed()
        let store = AnalysisStore(folder: folder)
        try store.write(result, filesStamp: nil)
        // What a writer killed before its commit point leaves: a generation folder `current` does not name.
        let orphan = folder.appendingPathComponent("g-1-dead")
        try FileManager.default.createDirectory(at: orphan, withIntermediateDirectories: true)
        try Data("{\"schema\": 1".utf8).write(to: orphan.appendingPathComponent("summary.json"))
        XCTAssertEqual(try generation(store).summary.inputs, result.inputs)
        try store.write(result, filesStamp: nil)
        XCTAssertFalse(FileManager.default.fileExists(atPath: orphan.path))
    }

    func testNumberColumnsReadBackExactlyAndMalformedOnesAreRefused() throws {
        var columns = NumberColumns()
        columns.set("a.doubles", [0, 0.1, 1.0 / 3, -2.5, 1e-7, 123_456_789.125, 1e21])
        columns.set("b.ints", [0, -1, 42, Int(Int32.max)])
        columns.set("c.bools", [true, false])
        columns.set("d.empty", [Int]())
        let read = try NumberColumns(parsing: try columns.encoded())
        XCTAssertEqual(read, columns)
        XCTAssertEqual(try read.ints("b.ints"), [0, -1, 42, Int(Int32.max)])
        XCTAssertEqual(try read.bools("c.bools"), [true, false])
        XCTAssertThrowsError(try read.ints("a.doubles"), "0.1 is not a whole number")
        XCTAssertThrowsError(try read.doubles("b.ints", count: 3), "a column of another length")
        XCTAssertThrowsError(try read.doubles("missing"))
        for bad in ["", "{", "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":[1]} x", "{\"a\":[nan]}", "{\"a\":[1],\"a\":[2]}", "[1]"] {
            XCTAssertThrowsError(try NumberColumns(parsing: Data(bad.utf8)), bad)
        }
        XCTAssertEqual(try NumberColumns(parsing: Data(" { \"x\" : [ 1 , 2.5 ] } ".utf8)).doubles("x"), [1, 2.5])
    }

    /// Fractions are read from their bytes (`cnt_parse_double`), not through a String: every finite double, as
    /// the encoder writes it, must come back bit for bit, as Swift's parser reads it, whatever the locale.
    func testNumberColumnsFractionsComeBackBitForBit() throws {
        // Seeded, so that a failure is drawn again by the next run (the system generator never drew the same twice).
        let seed: UInt64 = 20_150_704
        var generator = SplitMix64(seed: seed)
        var values: [Double] = [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1 + 0.2, 1.0 / 7, -1e-7, 4.35e22]
        for _ in 0..<20_000 {
            let bits = generator.next() as UInt64
            let any = Double(bitPattern: bits)
            values.append(any.isFinite ? any : Double.random(in: 0...1, using: &generator))
            values.append(Double(Int.random(in: 0...1_000_000, using: &generator)) / Double(Int.random(in: 1...999_983, using: &generator)))
        }
        var columns = NumberColumns()
        columns.set("shares", values)
        let encoded = try columns.encoded()
        let previous = String(cString: setlocale(LC_NUMERIC, nil))
        defer { setlocale(LC_NUMERIC, previous) }
        for locale in ["C", "de_DE.UTF-8", "fr_FR.UTF-8", "zh_CN.UTF-8"] {
            setlocale(LC_NUMERIC, locale)
            let read = try NumberColumns(parsing: encoded).doubles("shares")
            XCTAssertEqual(read.count, values.count, locale)
            for (i, (a, b)) in zip(read, values).enumerated() where a.bitPattern != b.bitPattern {
                // The value drawn, exactly (its bits) and where (its index, the seed), and what came back.
                XCTFail("value \(i) of seed \(seed), \(b) (bits 0x\(String(b.bitPattern, radix: 16))), read as \(a) "
                        + "(bits 0x\(String(a.bitPattern, radix: 16))) in locale \(locale)")
                break
            }
        }
        // As Swift's parser reads them: the forms it takes and the ones it refuses.
        for text in ["1.", ".5", "1e5", "1E+5", "-0", "1e-400", "00.5"] {
            let parsed = try? NumberColumns(parsing: Data("{\"x\":[\(text)]}".utf8)).doubles("x").first
            XCTAssertEqual(parsed?.bitPattern, Double(text)?.bitPattern, text)
        }
        for bad in ["1e999", "--1", "1e", "+", "1.2.3"] {
            XCTAssertThrowsError(try NumberColumns(parsing: Data("{\"x\":[\(bad)]}".utf8)), bad)
        }
    }

    func testASummaryOfAnotherSchemaIsRefusedAsSuchWhetherOrNotItsLayoutFits() throws {
        let files = try AnalysisSummary(result: analysed(), filesStamp: nil, parts: []).files()
        let text = String(decoding: files.summaryJSON, as: UTF8.self)
        XCTAssertNoThrow(try AnalysisSummary(summaryJSON: files.summaryJSON, columnsJSON: files.columnsJSON))
        let later = AnalysisSummary.currentSchema + 1
        let fitting = Data(text.replacingOccurrences(of: "\"schema\":\(AnalysisSummary.currentSchema)", with: "\"schema\":\(later)").utf8)
        XCTAssertNotEqual(fitting, files.summaryJSON)
        for summary in [fitting, Data("{\"schema\":\(later)}".utf8)] {
            XCTAssertThrowsError(try AnalysisSummary(summaryJSON: summary, columnsJSON: files.columnsJSON)) { error in
                XCTAssertEqual((error as? AnalysisSummary.UnknownSchema)?.schema, later)
            }
        }
        XCTAssertThrowsError(try AnalysisSummary(summaryJSON: Data("{\"schema\":1}".utf8), columnsJSON: files.columnsJSON)) { error in
            XCTAssertNil(error as? AnalysisSummary.UnknownSchema, "the current schema with a layout that does not fit")
        }
    }

    /// Schema 1's two files for what `files` writes in schema 2: the lists put back in `summary.json` (each
    /// document's action areas and governance topics, each aggregate's documents), their cells and tables
    /// removed. Typed throughout: a general JSON reader would round numbers.
    private func schemaOne(_ files: (summaryJSON: Data, columnsJSON: Data)) throws -> (summaryJSON: Data, columnsJSON: Data) {
        var header = try JSONDecoder().decode(AnalysisSummary.Header.self, from: files.summaryJSON)
        let numbers = try NumberColumns(parsing: files.columnsJSON)
        var removed = Set<String>()
        let ids = header.documents.id
        func lists(_ prefix: String, names: [String]) throws -> [[String]] {
            var out = Array(repeating: [String](), count: ids.count)
            for (d, name) in zip(try numbers.ints(prefix + ".document"), try numbers.ints(prefix + ".name")) { out[d].append(names[name]) }
            removed.formUnion([prefix + ".document", prefix + ".name"])
            return out
        }
        header.documents.actionAreas = try lists("actionArea", names: try XCTUnwrap(header.documents.actionAreaNames))
        header.documents.governanceTopics = try lists("governanceTopic", names: try XCTUnwrap(header.documents.governanceTopicNames))
            .map { $0.compactMap(GovernanceTopic.init(rawValue:)) }
        let families: [(String, WritableKeyPath<CorpusIndicators, [String: AggregateIndicators]>)] = [
            ("byArea", \.byArea), ("byIssuer", \.byIssuer), ("byLevel", \.byLevel), ("byRegion", \.byRegion), ("byYear", \.byYear)]
        for (family, path) in families {
            let groups = try XCTUnwrap(header.documents.memberGroups?[family])
            for (g, d) in zip(try numbers.ints(family + ".member.group"), try numbers.ints(family + ".member.document")) {
                header.indicators[keyPath: path][groups[g]]?.documents.append(ids[d])
            }
            removed.formUnion([family + ".member.group", family + ".member.document"])
        }
        header.documents.actionAreaNames = nil
        header.documents.governanceTopicNames = nil
        header.documents.memberGroups = nil
        header.schema = 1
        var columns = NumberColumns()
        for (name, values) in numbers.columns where !removed.contains(name) { columns.set(name, values) }
        return (try SortedJSONEncoder().encode(header), try columns.encoded())
    }

    func testASummaryOfSchemaOneIsReadAsTheSameSummaryAndRestampedIntoSchemaTwo() throws {
        let result = analysed()
        let store = AnalysisStore(folder: folder)
        let dir = try store.write(result, filesStamp: "old")
        let written = try generation(store).summary
        XCTAssertTrue(written.documents.contains { !$0.actionAreas.isEmpty && !$0.governanceTopics.isEmpty })
        XCTAssertTrue(written.indicators.byArea.values.contains { !$0.documents.isEmpty })
        let files = try written.files()
        let old = try schemaOne(files)
        XCTAssertFalse(String(decoding: old.summaryJSON, as: UTF8.self).contains("memberGroups"))
        var read = try AnalysisSummary(summaryJSON: old.summaryJSON, columnsJSON: old.columnsJSON)
        XCTAssertEqual(read.schema, 1)
        read.schema = AnalysisSummary.currentSchema
        XCTAssertEqual(read, written)
        XCTAssertEqual(try read.files().summaryJSON, files.summaryJSON, "written back in schema 2, byte for byte")

        // A restamp killed between its two writes leaves schema 1's summary beside schema 2's columns: read as
        // the same summary.
        var between = try AnalysisSummary(summaryJSON: old.summaryJSON, columnsJSON: files.columnsJSON)
        between.schema = AnalysisSummary.currentSchema
        XCTAssertEqual(between, written)

        // A generation of schema 1 restamped: both files in schema 2, the same summary with the new stamp.
        try old.summaryJSON.write(to: dir.appendingPathComponent("summary.json"))
        try old.columnsJSON.write(to: dir.appendingPathComponent("columns.json"))
        XCTAssertEqual(try generation(store).summary.schema, 1)
        try store.restamp("new", inputs: try XCTUnwrap(result.inputs))
        let restamped = try generation(store).summary
        XCTAssertEqual(restamped.schema, AnalysisSummary.currentSchema)
        XCTAssertEqual(restamped.filesStamp, "new")
        var expected = written
        expected.filesStamp = "new"
        XCTAssertEqual(restamped, expected)
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("columns.json")), files.columnsJSON)
    }

    func testASummaryOfAnUnknownSchemaIsReportedWithTheSchemasThisVersionReads() throws {
        let store = AnalysisStore(folder: folder)
        let dir = try store.write(analysed(), filesStamp: nil)
        XCTAssertNil(store.unknownSchema(), "schema 2, as written")
        let later = AnalysisSummary.currentSchema + 1
        try Data("{\"schema\":\(later)}".utf8).write(to: dir.appendingPathComponent("summary.json"))
        let unknown = try XCTUnwrap(store.unknownSchema())
        XCTAssertEqual(unknown.schema, later)
        XCTAssertEqual(unknown.reads, [1, 2])
        XCTAssertEqual(unknown.writes, 2)
        let error = CorpusAnalysis.UnsupportedSchema(path: unknown.path, schema: unknown.schema, reads: unknown.reads, writes: unknown.writes)
        XCTAssertTrue(error.description(in: .english).contains("schema \(later), which this ipap does not know (it reads schema 1 and 2 and writes 2)"),
                      error.description(in: .english))
        XCTAssertTrue(error.description(in: .chinese).contains("它读版本 1、2，写版本 2"), error.description(in: .chinese))
        // Schema 1 is read: not unknown.
        try Data("{\"schema\":1}".utf8).write(to: dir.appendingPathComponent("summary.json"))
        XCTAssertNil(store.unknownSchema())
    }

    func testASummaryReadAheadIsTakenOnlyWhileItsGenerationIsCurrent() throws {
        let first = analysed(seed: 3), second = analysed(seed: 5)
        let store = AnalysisStore(folder: folder)
        try store.write(first, filesStamp: nil)
        store.startOpening()
        XCTAssertEqual(try generation(store).summary.inputs, first.inputs, "the summary read ahead")
        // Read ahead, then a new generation written: the next open reads the new one.
        store.startOpening()
        try store.write(second, filesStamp: nil)
        XCTAssertEqual(try generation(store).summary.inputs, second.inputs)
        XCTAssertEqual(try generation(store).summary.inputs, second.inputs, "an open without a read ahead")
    }
}
