import Foundation
import PolicyAnalysis
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
        try corpus(titles: (0..<count).map { String(format: "长列表文件第%04d号", $0) })
    }

    /// A document per title, in this order, dated at random.
    private static func corpus(titles: [String]) throws -> Corpus {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-long-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        try encoder.encode(CorpusInfo(name: "长列表", synthetic: true)).write(to: dir.appendingPathComponent("corpus.json"))
        var generator = SeededGenerator(seed: 7)
        for (i, title) in titles.enumerated() {
            let day = Int.random(in: 0..<2_000, using: &generator)
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: Date(timeIntervalSince1970: 1_420_070_400)) ?? Date()
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: date)
            let written = String(format: "%04d-%02d-%02d", parts.year ?? 2015, parts.month ?? 1, parts.day ?? 1)
            let d = PolicyDocument(id: String(format: "long-%04d", i), title: title, issuers: ["state-council"],
                                   level: .national, datePublished: PolicyDate(written), source: DocumentSource())
            try encoder.encode(d).write(to: dir.appendingPathComponent("documents/\(d.id).json"))
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

extension LongListTests {
    /// `:` on a long corpus: the document whose title is exactly what is typed comes first, however many earlier
    /// documents hold the typed characters in order (the palette took the first 20 documents that matched at all).
    func testThePaletteOffersTheExactDocumentBeforeEarlierLooserMatches() throws {
        let titles = (0..<60).map { "数据共享交换平台建设方案第\($0)批" } + ["数据平台"]
        let corpus = try Self.corpus(titles: titles)
        let (backend, state) = try DashboardFixture.run(corpus, width: 120, height: 40, keys: [.char(":")] + [Key].type("数据平台"))
        let candidates = Palette.candidates("数据平台", state: state)
        XCTAssertEqual(candidates.first?.route, .document("long-0060"), DemoFixture.screen(backend))
        XCTAssertEqual(candidates.filter { if case .document = $0.route { return true } else { return false } }.count, Palette.documentLimit)
        XCTAssertTrue(backend.rows.contains { $0.contains("[文件] long-0060  数据平台") }, DemoFixture.screen(backend))
        let (_, opened) = try DashboardFixture.run(corpus, width: 120, height: 40, keys: [.char(":")] + [Key].type("数据平台") + [.enter])
        XCTAssertEqual(opened.route, .document("long-0060"))
    }

    /// The palette's names are lowercased without making strings: the same scalars as `String.lowercased()`,
    /// for ASCII, accented Latin, Greek, Cyrillic, fullwidth forms (then width-folded), CJK and what lies between.
    func testPreparedNamesAreLowercasedAsStringsAre() {
        var generator = SeededGenerator(seed: 5)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xC0...0x24F, 0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1FFF,
                                             0x2100...0x218F, 0x3000...0x303F, 0x3400...0x9FFF, 0xFF00...0xFFEF, 0x10400...0x1044F]
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<24, using: &generator) {
                let range = ranges[Int.random(in: 0..<ranges.count, using: &generator)]
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { text.append(scalar) }
            }
            let string = String(text)
            // ... then full-width ASCII and the ideographic space folded as search folds them (`PaletteWidthFoldingTests`).
            let expected = string.lowercased().unicodeScalars.map { s in
                (0xFF01...0xFF5E).contains(s.value) || s.value == 0x3000 ? TextSearch.folded(s).value : s.value
            }
            XCTAssertEqual(Palette.name(string), expected, string.debugDescription)
        }
    }

    /// The palette's list is drawn at every frame and read by ↑ ↓ and Enter: built once per text typed, from
    /// document names prepared once.
    func testThePaletteBuildsItsCandidatesOncePerTextTyped() throws {
        let corpus = try Self.corpus()
        let keys: [Key] = [.char(":")] + [Key].type("长列表") + [.down, .down, .up]
        let (_, state) = try DashboardFixture.run(corpus, width: 80, height: 24, keys: keys)
        XCTAssertEqual(state.paletteNames.builds, 1, "the document names were prepared again")
        XCTAssertEqual(state.paletteCandidates.builds, 4, "one list per text typed (the empty prompt, 长, 长列, 长列表)")
        XCTAssertEqual(state.prompt?.choice, 1)
    }

    /// The names are prepared in the background with the tabs once the analysis is ready, so the first key
    /// after `:` does not prepare them.
    func testTheBackgroundPrefetchPreparesThePalettesNames() throws {
        let state = AppState(corpus: try Self.corpus(), language: .chinese, size: Size(width: 80, height: 24))
        Dashboard.prefetchTabs(state)
        let deadline = Date().addingTimeInterval(60)
        while state.paletteNames.builds == 0, Date() < deadline { usleep(2_000) }
        XCTAssertEqual(state.paletteNames.builds, 1, "the prefetch prepared the names")
        var typed = state
        typed = Dashboard.step(typed, .key(.char(":")))
        typed = Dashboard.step(typed, .key(.char("长")))
        typed = Dashboard.step(typed, .key(.char("列")))
        XCTAssertEqual(typed.paletteNames.builds, 1, "the palette used the prepared names")
        XCTAssertTrue(Palette.candidates("长列", state: typed).contains { $0.route.tabIndex == nil }, "documents offered")
    }
}

extension LongListTests {
    /// Full-text search quotes each hit from the text's scalars (one array per document, not a walk from the
    /// text's start per hit): the quoted characters are those of the span in the text, past its end included.
    func testAQuoteHoldsTheSpansCharactersOfTheText() throws {
        let state = AppState(corpus: try DashboardFixture.corpus(), language: .chinese, size: Size(width: 200, height: 60))
        let context = ScreenContext(state: state)
        var generator = SeededGenerator(seed: 9)
        for _ in 0..<300 {
            let text = String((0..<Int.random(in: 0..<200, using: &generator)).map { _ in
                ["数", "据", "\n", "a", "，", "😀", "互"].randomElement(using: &generator) ?? "x"
            })
            let start = Int.random(in: 0..<220, using: &generator)
            let span = TextSpan(start, start + Int.random(in: 0..<60, using: &generator))
            // The span's characters found by walking the text's scalars (what the quote showed before).
            let scalars = text.unicodeScalars
            let from = scalars.index(scalars.startIndex, offsetBy: min(span.start, scalars.count))
            let to = scalars.index(scalars.startIndex, offsetBy: min(span.end, scalars.count))
            let quoted = String(String.UnicodeScalarView(scalars[from..<to])).replacingOccurrences(of: "\n", with: " ")
            let expected = ["    [\(span.start)–\(span.end)] 「" + quoted + "」"]
            XCTAssertEqual(context.quoteRow(Array(text.unicodeScalars), span: span, document: "d").cells, expected)
            XCTAssertEqual(context.quoteRow(text, span: span, document: "d").cells, expected)
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
