import Foundation
import Glibc
import XCTest
@testable import PolicyModel

/// Journals on a shared server (issue 14 #7, #8): nobody's entries are shown under another's name, and a team
/// folder stays writable for the team whatever the first writer's umask.
final class JournalOwnershipTests: XCTestCase {
    private var corpus: URL!
    private var me: String { ReviewAuthor.current() }

    override func setUpWithError() throws {
        corpus = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-ownership-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: corpus)
    }

    private func mode(_ url: URL) -> mode_t {
        var info = stat()
        XCTAssertEqual(stat(url.path, &info), 0)
        return info.st_mode & 0o7777
    }

    /// Journals were 0664 in the team setup, so a colleague could append entries read as the owner's.
    func testJournalsAreOnlyTheirOwnersToWriteEvenWithAGroupUmask() throws {
        let old = umask(0o002)
        defer { umask(old) }
        let j = ReviewJournal(corpusDirectory: corpus)
        try j.append(.note("x", on: .document("a"), author: me))
        XCTAssertEqual(mode(j.url), 0o644)
        // One created group-writable by an earlier version is closed on its owner's next write, and reported until then.
        chmod(j.url.path, 0o664)
        XCTAssertTrue(ReviewStore.load(corpus, displayPath: "C", attribution: .byOwner).problems.map(\.description)
            .contains("C/reviews/\(me).jsonl:1:1: writable by others (mode 664): its entries may not all be its owner's; "
                      + "the owner's next ipap write makes it 644 (or: chmod 644)"))
        try j.append(.note("y", on: .document("a"), author: me))
        XCTAssertEqual(mode(j.url), 0o644)
        XCTAssertEqual(ReviewStore.load(corpus, attribution: .byOwner).problems, [])
    }

    /// A journal named after a colleague but owned by someone else is foreign, whoever wrote its lines.
    func testAJournalIsAttributedByItsOwnerNotItsName() throws {
        let dir = ReviewJournal.reviewsDirectory(of: corpus)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let line = try ReviewEntry.note("看似同事所写", on: .document("a"), author: "colleague").journalLine()
        try line.write(to: dir.appendingPathComponent("colleague.jsonl"))
        let store = ReviewStore.load(corpus, displayPath: "C", attribution: .byOwner)
        XCTAssertEqual(store.active, [], "not shown as the colleague's")
        XCTAssertEqual(store.problems.map(\.description), ["C/reviews/colleague.jsonl:1:1: foreign journal: the file belongs to "
            + "\(ReviewJournal.accountName(geteuid())), not to 'colleague'; its entries are not shown (only an analyst's own account writes their journal)"])
        // The fallback name of an analyst locked out of theirs must carry the owner's uid.
        try line.write(to: dir.appendingPathComponent("colleague+uid\(geteuid() + 1).jsonl"))
        XCTAssertEqual(ReviewStore.load(corpus, attribution: .byOwner).problems.count, 2)
    }

    /// With umask 022 the first writer made reviews/ drwxr-sr-x and locked the team out (#8).
    func testTheReviewsFolderOfATeamCorpusIsGroupWritableSetgidAndStickyWhateverTheUmask() throws {
        chmod(corpus.path, 0o2775)
        let old = umask(0o022)
        defer { umask(old) }
        try ReviewJournal(corpusDirectory: corpus).append(.note("x", on: .document("a"), author: me))
        XCTAssertEqual(mode(ReviewJournal.reviewsDirectory(of: corpus)), 0o3775)
    }

    func testACreateRefusalNamesTheFolderAndTheFix() throws {
        let dir = ReviewJournal.reviewsDirectory(of: corpus)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        chmod(dir.path, 0o2755)
        let message = ReviewJournal.cannotCreate(in: dir.path).en
        XCTAssertTrue(message.hasPrefix("cannot create your journal: the reviews folder (mode 2755, owner "), message)
        XCTAssertTrue(message.contains("is not writable by you; its owner or an administrator can fix it with: chmod g+w,g+s,+t \(dir.path)"), message)
    }
}
