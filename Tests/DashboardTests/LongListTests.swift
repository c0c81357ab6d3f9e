import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A list far longer than the screen (the documents of a large corpus): only the rows on screen are drawn, they
/// are the right ones whatever the sort and scroll, and moving the cursor does not sort the list again.
final class LongListTests: XCTestCase {
    private static let count = 300

    /// Documents with distinct titles (长列表文件第0001号…) and dates in no order, so that sorting moves them.
    private static func corpus() throws -> Corpus {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-long-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        try encoder.encode(CorpusInfo(name: "长列表", synthetic: true)).write(to: dir.appendingPathComponent("corpus.json"))
        var generator = SeededGenerator(seed: 7)
        for i in 0..<count {
            let day = Int.random(in: 0..<2_000, using: &generator)
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: Date(timeIntervalSince1970: 1_420_070_400)) ?? Date()
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: date)
            let written = String(format: "%04d-%02d-%02d", parts.year ?? 2015, parts.month ?? 1, parts.day ?? 1)
            let d = PolicyDocument(id: "long-\(i)", title: String(format: "长列表文件第%04d号", i), issuers: ["state-council"],
                                   level: .national, datePublished: PolicyDate(written), source: DocumentSource())
            try encoder.encode(d).write(to: dir.appendingPathComponent("documents/long-\(i).json"))
        }
        let result = CorpusLoader(taxonomyDirectory: DashboardFixture.taxonomy).load(dir)
        guard let corpus = result.corpus, result.problems.isEmpty else { throw CorpusProblems(problems: result.problems) }
        return corpus
    }

    /// The titles on screen, top to bottom, with the line each stands on.
    private func titles(on backend: TestBackend) -> [(title: String, line: Int)] {
        backend.rows.enumerated().compactMap { line, text in
            guard let range = text.range(of: #"长列表文件第\d{4}号"#, options: .regularExpression) else { return nil }
            return (String(text[range]), line)
        }
    }

    func testTheRowsOnScreenAreTheShownRowsAroundTheCursorWhateverTheSortAndScroll() throws {
        let corpus = try Self.corpus()
        var generator = SeededGenerator(seed: 11)
        let moves: [Key] = [.char("j"), .char("k"), .pageDown, .pageUp, .char("G"), .char("g")]
        for round in 0..<8 {
            var keys: [Key] = [.char("5")] + Array(repeating: .char("s"), count: round % 3)
            if round % 4 == 3 { keys.append(.char("S")) }
            for _ in 0..<Int.random(in: 1..<40, using: &generator) {
                keys.append(moves[Int.random(in: 0..<moves.count, using: &generator)])
            }
            let size = round % 2 == 0 ? Size(width: 80, height: 24) : Size(width: 200, height: 60)
            let (backend, state) = try DashboardFixture.run(corpus, width: size.width, height: size.height, keys: keys)
            let shown = Layout.shown(state).content
            let expected = shown.rows.map { row -> String in
                row.cells.first { $0.hasPrefix("长列表文件") } ?? ""
            }
            let seen = titles(on: backend)
            let visible = Layout(state: state, content: shown).tableRows
            XCTAssertEqual(seen.count, min(visible, Self.count), "round \(round): \(DemoFixture.screen(backend))")
            XCTAssertEqual(seen.map(\.title), Array(expected[state.view.offset..<(state.view.offset + seen.count)]),
                           "round \(round), keys \(keys)")
            let selected = try XCTUnwrap(seen.first { $0.title == expected[state.view.selected] }, "round \(round): the cursor's row is on screen")
            XCTAssertEqual(backend.style(atX: 2, y: selected.line)?.reverse, true, "round \(round): the cursor's row is reversed")
            for other in seen where other.line != selected.line {
                XCTAssertNotEqual(backend.style(atX: 2, y: other.line)?.reverse, true, "round \(round): only the cursor's row is reversed")
            }
            XCTAssertTrue(backend.rows.last?.contains("\(state.view.selected + 1)/\(Self.count)") ?? false, backend.rows.last ?? "")
        }
    }

    func testMovingTheCursorOnASortedListDoesNotSortAgain() throws {
        let corpus = try Self.corpus()
        var backend = TestBackend(width: 80, height: 24)
        backend.feed([.char("5"), .char("s")])  // sorted by date
        let initial = AppState(corpus: corpus, language: .chinese, size: Size(width: 80, height: 24))
        var state = try Dashboard.run(backend: &backend, initial: initial)
        let builds = state.shownCache.builds
        for _ in 0..<25 {
            state = Dashboard.update(state, action: .down)
            var canvas = Canvas(size: state.size)
            Dashboard.render(state, into: &canvas)
        }
        XCTAssertEqual(state.view.selected, 25)
        XCTAssertEqual(state.shownCache.builds, builds, "moving the cursor built the shown rows again")
        state = Dashboard.update(state, action: .reverseSort)
        _ = Layout.shown(state)
        XCTAssertEqual(state.shownCache.builds, builds + 1, "a new sort builds the shown rows once")
    }

    /// `ShownContent.step` and `selectableCount` (binary searches) against a walk over the rows.
    func testStepsAndPositionsAnswerAsAWalkOverTheRows() {
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<500 {
            var content = ScreenContent()
            let kinds: [ScreenContent.Row.Kind] = [.item, .item, .item, .heading, .note, .text]
            content.rows = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in
                ScreenContent.Row(cells: ["x"], kind: kinds[Int.random(in: 0..<kinds.count, using: &generator)])
            }
            let shown = ShownContent(content, view: ViewState())
            let selectable = content.rows.indices.filter { content.rows[$0].isSelectable }
            for current in -1...(content.rows.count + 1) {
                XCTAssertEqual(shown.selectableCount(through: current), selectable.filter { $0 <= current }.count)
                for delta in [-7, -1, 0, 1, 7] {
                    var expected = 0
                    if !selectable.isEmpty {
                        let position = selectable.firstIndex { $0 >= current } ?? selectable.count - 1
                        expected = selectable[min(max(position + delta, 0), selectable.count - 1)]
                    }
                    XCTAssertEqual(shown.step(from: current, by: delta), expected, "rows \(content.rows.map(\.kind)), at \(current) by \(delta)")
                }
            }
        }
    }
}

/// SplitMix64: the same sequence for a seed on every run, so that a failing round can be replayed.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
