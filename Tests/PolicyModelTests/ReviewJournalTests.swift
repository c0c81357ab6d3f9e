import Foundation
import Glibc
import XCTest
@testable import PolicyModel

/// The journal's append path and the loader: one line per entry, torn and corrupt lines reported and
/// skipped with nothing after them lost, another account's journal refused.
final class ReviewJournalTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: corpus)
    }

    private var me: String { ReviewAuthor.current() }

    private func journal(_ author: String) throws -> ReviewJournal {
        try ReviewJournal(corpusDirectory: corpus, authorOverride: author)
    }

    private func journalText(_ author: String) throws -> String {
        try String(contentsOf: ReviewJournal.reviewsDirectory(of: corpus).appendingPathComponent("\(author).jsonl"), encoding: .utf8)
    }

    func testEntriesRoundTripOneLineEach() throws {
        let j = ReviewJournal(corpusDirectory: corpus)
        let note = "第一行：目标照搬国发〔2015〕40号。\n第二行 \"quoted\" \\ back\tslash"
        let entries: [ReviewEntry] = [
            .tag(["copied-goals", "待核实"], on: .document("gf-2015-40", span: (120, 168)), author: me),
            .note(note, on: ReviewTarget(kind: .province, id: "130000"), author: me),
            .rating(ReviewRating(.disagree, indicator: "response-lag"), on: ReviewTarget(kind: .issuer, id: "miit"), author: me,
                    note: "lag counted from the wrong date"),
            .override(ReviewOverride(field: .policyTool, value: "supply-talent", previous: ["environment-standards"]),
                      on: .document("gf-2015-40", clause: 3), author: me),
        ]
        for e in entries { try j.append(e) }
        let text = try journalText(me)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, entries.count + 1, "one line per entry and a final newline:\n\(text)")
        XCTAssertEqual(lines.last, "")
        let first = entries[0]
        XCTAssertEqual(String(lines[0]), "{\"author\":\"\(me)\",\"id\":\"\(first.id)\",\"kind\":\"tag\",\"schema\":1,"
                       + "\"tags\":[\"copied-goals\",\"待核实\"],\"target\":{\"id\":\"gf-2015-40\",\"kind\":\"document\",\"span\":[120,168]},"
                       + "\"time\":\"\(first.time)\"}")
        XCTAssertTrue(lines[1].contains("\\n第二行"), "line breaks are escaped: \(lines[1])")

        let store = ReviewStore.load(corpus)
        XCTAssertEqual(store.problems, [])
        XCTAssertEqual(Set(store.active), Set(entries))
        XCTAssertEqual(store.active.first { $0.kind == .note }?.note, note)
        XCTAssertEqual(store.all.map(\.line).sorted(), [1, 2, 3, 4])
        for e in entries {
            XCTAssertNotNil(ReviewTime.parse(e.time), e.time)
            XCTAssertTrue(e.id.contains("-\(me)-"), e.id)
        }
    }

    func testTimeFormatIsUTCWithMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_740_816_550.123)  // 2025-03-01T08:09:10.123Z
        XCTAssertEqual(ReviewTime.format(date), "2025-03-01T08:09:10.123Z")
        XCTAssertEqual(ReviewTime.parse("2025-03-01T08:09:10.123Z")?.timeIntervalSince1970 ?? 0, 1_740_816_550.123, accuracy: 0.0005)
        XCTAssertNil(ReviewTime.parse("2025-03-01 08:09:10"))
    }

    func testTornAndCorruptLinesAreReportedAndSkippedAndNothingAfterIsLost() throws {
        let j = ReviewJournal(corpusDirectory: corpus)
        let first = ReviewEntry.note("一", on: .document("a"), author: me)
        try j.append(first)
        let url = j.url
        // A corrupt whole line, then a torn write (no newline) as a crash leaves it.
        let handle = try FileHandle(forWritingTo: url)
        handle.seekToEndOfFile()
        handle.write(Data("{\"schema\":1,\"id\":\"x\" garbage\n".utf8))
        handle.write(Data("{\"schema\":1,\"id\":\"20250301T0809".utf8))
        handle.closeFile()
        let second = ReviewEntry.note("二", on: .document("a"), author: me)
        try j.append(second)  // starts on a fresh line: the torn fragment stays alone
        let third = ReviewEntry.tag(["t"], on: .document("b"), author: me)
        try j.append(third)

        let store = ReviewStore.load(corpus, displayPath: "CORPUS", attribution: .byName)
        XCTAssertEqual(Set(store.active.map(\.id)), [first.id, second.id, third.id])
        XCTAssertEqual(store.problems.map(\.description), [
            "CORPUS/reviews/\(me).jsonl:2:1: not a valid review entry (torn or corrupt line): malformed JSON; skipped (the journal's owner can move it aside with ipap review repair)",
            "CORPUS/reviews/\(me).jsonl:3:1: not a valid review entry (torn or corrupt line): malformed JSON; skipped (the journal's owner can move it aside with ipap review repair)",
        ])
        XCTAssertEqual(store.location(of: third.id)?.line, 5)
    }

    func testAnUnterminatedLastLineIsReported() throws {
        let data = Data("{\"schema\":1,\"id\":\"x\"".utf8)
        let (entries, problems) = ReviewStore.parse(data, file: "j.jsonl", author: "alice")
        XCTAssertEqual(entries, [])
        XCTAssertEqual(problems.map(\.description), ["j.jsonl:1:1: incomplete last line (a write in progress or interrupted); skipped"])
    }

    func testEntriesInAnotherAnalystsNameAndDuplicatesAreSkipped() throws {
        let bob = ReviewEntry.note("forged", on: .document("a"), author: "bob")
        let alice = ReviewEntry.note("mine", on: .document("a"), author: "alice")
        var data = try bob.journalLine()
        data += try alice.journalLine()
        data += try alice.journalLine()
        let (entries, problems) = ReviewStore.parse(data, file: "alice.jsonl", author: "alice")
        XCTAssertEqual(entries.map(\.entry), [alice])
        XCTAssertEqual(problems.map(\.position.line), [1, 3])
        XCTAssertTrue(problems[0].message.contains("entry by 'bob' in alice's journal"), problems[0].message)
        XCTAssertTrue(problems[1].message.contains("duplicate"), problems[1].message)
    }

    func testInvalidEntriesAreRefusedBeforeWriting() throws {
        let j = ReviewJournal(corpusDirectory: corpus)
        XCTAssertThrowsError(try j.append(.tag([], on: .document("a"), author: me)))
        XCTAssertThrowsError(try j.append(.note("x", on: .document("a"), author: "somebody-else")))
        XCTAssertThrowsError(try j.append(.override(ReviewOverride(field: .policyTool, value: "supply-talent"),
                                                     on: .document("a"), author: me)), "an override needs a clause")
        XCTAssertFalse(FileManager.default.fileExists(atPath: j.url.path))
    }

    func testAuthorOverrideNeedsAValidName() {
        XCTAssertThrowsError(try ReviewJournal(corpusDirectory: corpus, authorOverride: "../etc/passwd"))
    }

    func testAJournalOwnedByAnotherAccountIsLeftAloneAndReadAsForeign() throws {
        guard geteuid() == 0 else { throw XCTSkip("needs root to give a file to another uid") }
        let j = ReviewJournal(corpusDirectory: corpus)
        try j.append(.note("before", on: .document("a"), author: me))
        let primary = j.url
        XCTAssertEqual(chown(primary.path, 65534, 65534), 0)
        let before = try Data(contentsOf: primary)
        try j.append(.note("after", on: .document("a"), author: me))
        XCTAssertEqual(j.url.lastPathComponent, "\(me)+uid\(geteuid()).jsonl", "a journal of my own beside it")
        XCTAssertEqual(try Data(contentsOf: primary), before, "nothing was written to the other account's file")
        let store = ReviewStore.load(corpus, displayPath: "C", attribution: .byOwner)
        XCTAssertEqual(store.active.map(\.note), ["after"], "the foreign file's entries are not shown as mine")
        XCTAssertEqual(store.problems.map(\.description), ["C/reviews/\(me).jsonl:1:1: foreign journal: the file belongs to "
            + "\(ReviewJournal.accountName(65534)), not to '\(me)'; its entries are not shown (only an analyst's own account writes their journal)"])
    }

    func testASymbolicLinkIsNotFollowed() throws {
        let j = ReviewJournal(corpusDirectory: corpus)
        let victim = corpus.appendingPathComponent("victim.txt")
        try Data("keep\n".utf8).write(to: victim)
        try FileManager.default.createDirectory(at: ReviewJournal.reviewsDirectory(of: corpus), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: j.url.path, withDestinationPath: victim.path)
        XCTAssertThrowsError(try j.append(.note("x", on: .document("a"), author: me))) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "keep\n")
    }

    func testNewReviewsDirectoryIsSetgidAndFilesFollowTheUmask() throws {
        let old = umask(0o027)
        defer { umask(old) }
        let j = ReviewJournal(corpusDirectory: corpus)
        try j.append(.note("x", on: .document("a"), author: me))
        var info = stat()
        XCTAssertEqual(stat(ReviewJournal.reviewsDirectory(of: corpus).path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o3750, String(info.st_mode & 0o7777, radix: 8))
        XCTAssertEqual(stat(j.url.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o640, String(info.st_mode & 0o7777, radix: 8))
    }

    func testAnExistingReviewsDirectoryIsNotChanged() throws {
        let dir = ReviewJournal.reviewsDirectory(of: corpus)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        chmod(dir.path, 0o755)
        try ReviewJournal(corpusDirectory: corpus).append(.note("x", on: .document("a"), author: me))
        var info = stat()
        XCTAssertEqual(stat(dir.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o7777, 0o755)
    }

    func testStampChangesWhenAJournalGrows() throws {
        let j = ReviewJournal(corpusDirectory: corpus)
        XCTAssertEqual(ReviewStore.stamp(of: corpus), .empty)
        try j.append(.note("x", on: .document("a"), author: me))
        let store = ReviewStore.load(corpus, attribution: .byName)
        XCTAssertEqual(store.stamp, ReviewStore.stamp(of: corpus))
        try j.append(.note("y", on: .document("a"), author: me))
        XCTAssertNotEqual(store.stamp, ReviewStore.stamp(of: corpus))
        try journal("zoe").append(.note("z", on: .document("a"), author: "zoe"))
        XCTAssertEqual(ReviewStore.stamp(of: corpus).files.count, 2)
    }
}
