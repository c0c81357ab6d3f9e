import Foundation
import XCTest
@testable import PolicyModel

/// The effective state of the review: undo, overrides, filters, tags; coder agreement; session state.
final class ReviewStoreTests: XCTestCase {
    private var clock = 1_740_816_000.0

    /// An entry at the next millisecond-distinct time.
    private func at<T>(_ make: (Date) -> T) -> T {
        clock += 1
        return make(Date(timeIntervalSince1970: clock))
    }

    private func entry(_ author: String, _ kind: ReviewKind, _ target: ReviewTarget, tags: [String]? = nil, note: String? = nil,
                       override: ReviewOverride? = nil, undoes: String? = nil) -> ReviewEntry {
        at { ReviewEntry(time: $0, author: author, kind: kind, target: target, tags: tags, note: note, override: override, undoes: undoes) }
    }

    private func store(_ entries: [ReviewEntry]) -> ReviewStore {
        ReviewStore(entries: entries.enumerated().map { ReviewStore.Located(entry: $1, file: "reviews/\($1.author).jsonl", line: $0 + 1) })
    }

    private func tool(_ author: String, _ document: String, _ clause: Int, _ value: String) -> ReviewEntry {
        entry(author, .override, .document(document, clause: clause), override: ReviewOverride(field: .policyTool, value: value))
    }

    func testUndoRemovesAnEntryAndUndoingTheUndoRestoresIt() {
        let tag = entry("alice", .tag, .document("d1"), tags: ["copied"])
        let note = entry("alice", .note, .document("d1"), note: "看这里")
        let undo = at { _ in ReviewEntry.undo(note, author: "alice") }
        var s = store([tag, note, undo])
        XCTAssertEqual(s.active.map(\.id), [tag.id], "the note is undone; the undo itself is not content")
        XCTAssertEqual(s.undone, [note.id])
        XCTAssertEqual(s.lastUndoable(by: "alice")?.id, tag.id, "the next u undoes the tag")
        XCTAssertEqual(s.entries(ReviewFilter(includeRetracted: true)).map(\.id), [undo.id, note.id, tag.id])

        let redo = at { _ in ReviewEntry.undo(undo, author: "alice") }
        s = store([tag, note, undo, redo])
        XCTAssertEqual(s.active.map(\.id), [note.id, tag.id])

        let foreign = at { _ in ReviewEntry.undo(tag, author: "bob") }
        s = store([tag, foreign])
        XCTAssertEqual(s.active.map(\.id), [tag.id], "nobody undoes another analyst's entry")
    }

    func testTheLatestOverrideWinsAndUndoneOverridesDoNotCount() {
        let a1 = tool("alice", "d1", 4, "supply-talent")
        let b1 = tool("bob", "d1", 4, "environment-tax")
        let a2 = tool("alice", "d1", 4, "demand-procurement")
        let area = entry("bob", .override, .document("d1", clause: 4), override: ReviewOverride(field: .actionArea, value: "finance"))
        var s = store([a1, b1, a2, area])
        let key = ReviewStore.OverrideKey(document: "d1", clause: 4, field: .policyTool)
        XCTAssertEqual(s.overrides[key]?.id, a2.id, "latest of any analyst")
        XCTAssertEqual(s.overrides[ReviewStore.OverrideKey(document: "d1", clause: 4, field: .actionArea)]?.override?.value, "finance")
        XCTAssertEqual(s.overrides(by: "bob")[key]?.id, b1.id)
        let undo = at { _ in ReviewEntry.undo(a2, author: "alice") }
        s = store([a1, b1, a2, area, undo])
        XCTAssertEqual(s.overrides[key]?.id, b1.id, "with alice's latest undone, bob's is the latest")
        XCTAssertEqual(s.overrides(by: "alice")[key]?.id, a1.id)
    }

    func testFiltersTagsAndNewestFirst() {
        let e1 = entry("alice", .tag, .document("d1"), tags: ["copied", "goals"])
        let e2 = entry("bob", .tag, ReviewTarget(kind: .province, id: "130000"), tags: ["copied"])
        let e3 = entry("bob", .note, .document("d1", span: (3, 9)), note: "两行\n笔记")
        let s = store([e2, e1, e3])
        XCTAssertEqual(s.active.map(\.id), [e3.id, e2.id, e1.id])
        XCTAssertEqual(s.entries(ReviewFilter(author: "bob")).map(\.id), [e3.id, e2.id])
        XCTAssertEqual(s.entries(ReviewFilter(tag: "copied")).map(\.id), [e2.id, e1.id])
        XCTAssertEqual(s.entries(ReviewFilter(target: "d1")).map(\.id), [e3.id, e1.id])
        XCTAssertEqual(s.entries(ReviewFilter(kind: .note)).map(\.id), [e3.id])
        XCTAssertEqual(s.allTags, ["copied", "goals"])
        XCTAssertEqual(s.tags(on: ReviewSubject(kind: .document, id: "d1")), ["copied", "goals"])
        XCTAssertEqual(s.notes(on: ReviewSubject(kind: .document, id: "d1")).map(\.id), [e3.id])
        XCTAssertEqual(s.reviewedSubjects, [ReviewSubject(kind: .document, id: "d1"), ReviewSubject(kind: .province, id: "130000")])
        XCTAssertEqual(s.authors, ["alice", "bob"])
    }

    /// Ten clauses coded by alice (A) and bob (B); classes S supply, E environment, D demand, O other.
    ///
    ///     clause  1  2  3  4  5  6  7  8  9  10
    ///     A       S  S  S  E  E  E  D  D  O  S
    ///     B       S  S  E  E  E  D  D  D  O  S
    ///
    /// Overall: agreements at 1,2,4,5,7,8,9,10 = 8, po = 8/10 = 0.8.
    /// Marginals A: S4 E3 D2 O1; B: S3 E3 D3 O1. pe = (4*3 + 3*3 + 2*3 + 1*1)/100 = 28/100 = 0.28.
    /// kappa = (0.8 - 0.28) / (1 - 0.28) = 0.52 / 0.72 = 0.7222...
    /// Supply vs rest: A S at {1,2,3,10}, B S at {1,2,10}: disagree only at 3, po = 0.9;
    ///   pe = 0.4*0.3 + 0.6*0.7 = 0.12 + 0.42 = 0.54; kappa = 0.36 / 0.46 = 0.7826...
    /// Environment: A {4,5,6}, B {3,4,5}: disagree at 3 and 6, po = 0.8;
    ///   pe = 0.3*0.3 + 0.7*0.7 = 0.58; kappa = 0.22 / 0.42 = 0.5238...
    /// Demand: A {7,8}, B {6,7,8}: disagree at 6, po = 0.9; pe = 0.2*0.3 + 0.8*0.7 = 0.62; kappa = 0.28 / 0.38 = 0.7368...
    /// Other: A {9}, B {9}: po = 1; pe = 0.1*0.1 + 0.9*0.9 = 0.82; kappa = 0.18 / 0.18 = 1.
    /// Disagreements: clause 3 (S/E), clause 6 (E/D), and clause 2 (same class, different tool).
    func testCohensKappaAgainstTheHandComputedExample() throws {
        let a = ["supply-talent", "supply-talent", "supply-funding", "environment-tax", "environment-tax", "environment-standards",
                 "demand-procurement", "demand-procurement", "other-application", "supply-infrastructure"]
        let b = ["supply-talent", "supply-funding", "environment-tax", "environment-tax", "environment-tax", "demand-procurement",
                 "demand-procurement", "demand-procurement", "other-application", "supply-infrastructure"]
        var entries: [ReviewEntry] = []
        // Earlier codes that a later one replaces, and an undone one: they must not count.
        entries.append(tool("alice", "doc", 1, "demand-procurement"))
        let undone = tool("bob", "doc", 7, "supply-talent")
        for i in 0..<10 {
            entries.append(tool("alice", "doc", i + 1, a[i]))
            entries.append(tool("bob", "doc", i + 1, b[i]))
        }
        entries.append(undone)
        entries.append(at { _ in ReviewEntry.undo(undone, author: "bob") })
        entries.append(tool("alice", "doc", 11, "supply-talent"))  // coded by one analyst only
        entries.append(tool("carol", "other-doc", 1, "supply-talent"))  // no clause in common with anyone
        let s = store(entries)
        let agreement = try XCTUnwrap(CoderAgreement.compute(s, coderA: "alice", coderB: "bob", scheme: Self.scheme))
        XCTAssertEqual(agreement.overall.units, 10)
        XCTAssertEqual(agreement.overall.agreements, 8)
        XCTAssertEqual(agreement.overall.observed, 0.8, accuracy: 1e-12)
        XCTAssertEqual(agreement.overall.expected, 0.28, accuracy: 1e-12)
        XCTAssertEqual(agreement.overall.kappa ?? .nan, 0.52 / 0.72, accuracy: 1e-12)
        let perClass = Dictionary(uniqueKeysWithValues: agreement.perClass.map { ($0.toolClass ?? "", $0.kappa ?? .nan) })
        XCTAssertEqual(perClass["supply"] ?? .nan, 0.36 / 0.46, accuracy: 1e-12)
        XCTAssertEqual(perClass["environment"] ?? .nan, 0.22 / 0.42, accuracy: 1e-12)
        XCTAssertEqual(perClass["demand"] ?? .nan, 0.28 / 0.38, accuracy: 1e-12)
        XCTAssertEqual(perClass["other"] ?? .nan, 1, accuracy: 1e-12)
        XCTAssertEqual(agreement.disagreements.map(\.unit.clause), [2, 3, 6])
        XCTAssertEqual(agreement.disagreements.map(\.sameClass), [true, false, false])
        XCTAssertEqual(CoderAgreement.all(s, scheme: Self.scheme).map { "\($0.coderA)/\($0.coderB)" }, ["alice/bob"])
    }

    func testKappaIsUndefinedWhenBothUseOneCategory() {
        let k = CoderAgreement.kappa([("supply", "supply"), ("supply", "supply")], toolClass: nil)
        XCTAssertEqual(k.observed, 1)
        XCTAssertNil(k.kappa)
    }

    static let scheme: PolicyToolScheme = {
        func tools(_ ids: [String]) -> [PolicyTool] { ids.map { PolicyTool(id: $0, zh: $0, en: $0, keywords: []) } }
        return PolicyToolScheme(classes: [
            PolicyToolClass(id: "supply", zh: "供给型", en: "Supply", isTool: true,
                            tools: tools(["supply-talent", "supply-funding", "supply-infrastructure"])),
            PolicyToolClass(id: "environment", zh: "环境型", en: "Environment", isTool: true,
                            tools: tools(["environment-tax", "environment-standards"])),
            PolicyToolClass(id: "demand", zh: "需求型", en: "Demand", isTool: true, tools: tools(["demand-procurement"])),
            PolicyToolClass(id: "other", zh: "其他", en: "Other", isTool: false, tools: tools(["other-application"])),
        ])
    }()
}

final class ReviewSessionStateTests: XCTestCase {
    struct Position: Codable, Sendable, Equatable {
        var screen: String
        var selection: Int
        var filter: String
    }

    func testSavedStateComesBackAndACorruptFileIsReportedNotDeleted() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let env = ["XDG_STATE_HOME": root.appendingPathComponent("state").path, "HOME": "/nonexistent"]
        let store = SessionStateStore(corpusDirectory: corpus, environment: env)
        XCTAssertTrue(store.url.path.hasPrefix(root.path + "/state/ipap/sessions/"), store.url.path)
        XCTAssertNil(store.load(Position.self).state)
        XCTAssertNil(store.load(Position.self).problem, "no file is no problem")

        let position = Position(screen: "document", selection: 7, filter: "省:河北")
        try store.save(position)
        XCTAssertEqual(SessionStateStore(corpusDirectory: corpus, environment: env).load(Position.self).state, position)

        try Data("{\"schema\": 1, \"corpus\": ".utf8).write(to: store.url)
        let loaded = store.load(Position.self)
        XCTAssertNil(loaded.state)
        XCTAssertTrue(loaded.problem?.description.contains("the saved session is ignored") ?? false)
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.url.path), "a corrupt file is kept")
        try store.save(position)
        XCTAssertEqual(store.load(Position.self).state, position, "the next save replaces it")

        // A session killed in the middle of a save leaves its temporary file; the next save clears it (the
        // writer is gone), not one of a session still saving.
        let directory = store.url.deletingLastPathComponent()
        let gone = directory.appendingPathComponent(".\(store.url.lastPathComponent).tmp-2147483646-1")
        let live = directory.appendingPathComponent(".\(store.url.lastPathComponent).tmp-\(getpid())-1")
        for leftover in [gone, live] { try Data("{".utf8).write(to: leftover) }
        try store.save(position)
        XCTAssertFalse(FileManager.default.fileExists(atPath: gone.path), "a dead writer's temporary is cleared")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live.path), "a live writer's stays")
        try FileManager.default.removeItem(at: live)

        let other = SessionStateStore(corpusDirectory: root, environment: env)
        XCTAssertNotEqual(other.url, store.url, "one file per corpus")
        let home = SessionStateStore(corpusDirectory: corpus, environment: ["HOME": "/home/x"])
        XCTAssertTrue(home.url.path.hasPrefix("/home/x/.local/state/ipap/sessions/"), home.url.path)
    }
}
