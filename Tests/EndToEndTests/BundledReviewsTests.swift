import Foundation
import XCTest

/// The bundled corpora ship in the checkout (and in an install's share/ipap, which analysts cannot write):
/// `ipap browse --demo` wrote the analyst's journal into `data/demo/reviews/`, leaving the checkout changed and
/// mixing the demo journals of everyone running it from one checkout. An analyst's reviews of a bundled corpus are
/// their own, in their state directory (`$XDG_STATE_HOME/ipap/reviews/`, as the session file); a corpus of one's
/// own keeps its `reviews/`.
final class BundledReviewsTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-bundled-reviews-\(UUID().uuidString)")
        let fm = FileManager.default
        // A data directory as the checkout's: the taxonomy and the demo corpus (its documents).
        try fm.createDirectory(at: root.appendingPathComponent("data/demo"), withIntermediateDirectories: true)
        let data = ProcessRunner.repository.appendingPathComponent("data")
        try fm.copyItem(at: data.appendingPathComponent("taxonomy"), to: root.appendingPathComponent("data/taxonomy"))
        for name in ["corpus.json", "documents"] {
            try fm.copyItem(at: data.appendingPathComponent("demo/" + name), to: root.appendingPathComponent("data/demo/" + name))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func testReviewsOfTheBundledDemoGoToTheStateDirectory() throws {
        let demo = root.appendingPathComponent("data/demo").path, state = root.appendingPathComponent("state")
        let environment = ["IPAP_DATA": root.appendingPathComponent("data").path, "XDG_STATE_HOME": state.path]
        let added = ProcessRunner.run([ProcessRunner.ipap, "review", "add", "--corpus", demo, "--target", "demo-00000", "--tag", "probe"],
                                      environment: environment)
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: demo + "/reviews"), "the bundled corpus is not written to")
        let folders = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("ipap/reviews").path)
        XCTAssertEqual(folders.count, 1, "\(folders)")
        let journals = try FileManager.default.contentsOfDirectory(atPath: state.appendingPathComponent("ipap/reviews/" + (folders.first ?? "")).path)
        XCTAssertEqual(journals.filter { $0.hasSuffix(".jsonl") }.count, 1, "\(journals)")
        let listed = ProcessRunner.run([ProcessRunner.ipap, "review", "list", "--corpus", demo, "--format", "csv"], environment: environment)
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertTrue(listed.stdout.contains("probe"), listed.stdout)
        // Another analyst's state directory holds none of them.
        let other = ProcessRunner.run([ProcessRunner.ipap, "review", "list", "--corpus", demo, "--format", "csv"],
                                      environment: environment.merging(["XDG_STATE_HOME": root.appendingPathComponent("other").path]) { $1 })
        XCTAssertFalse(other.stdout.contains("probe"), other.stdout)
    }

    /// A copy of the demo is a corpus of one's own: its journals stay in it, for the team to read.
    func testACorpusOfOnesOwnKeepsItsReviews() throws {
        let own = root.appendingPathComponent("own").path
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("data/demo").path, toPath: own)
        let environment = ["IPAP_DATA": root.appendingPathComponent("data").path, "XDG_STATE_HOME": root.appendingPathComponent("state").path]
        let added = ProcessRunner.run([ProcessRunner.ipap, "review", "add", "--corpus", own, "--target", "demo-00000", "--tag", "probe"],
                                      environment: environment)
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: own + "/reviews").filter { $0.hasSuffix(".jsonl") }.count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("state/ipap/reviews").path))
    }
}
