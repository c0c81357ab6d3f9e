import Foundation
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// Defects an analyst met on a tour of the real catalogue, each asserted on the small fixture corpus (documents
/// in 2015, 2016 and 2018; the provincial general offices' in 2015 and 2018) at 80x24 and 200x60.
final class AnalystTourTests: XCTestCase {
    private static let sizes = [(80, 24), (200, 60)]
    private var corpus: Corpus!

    override func setUpWithError() throws {
        corpus = try DashboardFixture.corpus()
    }

    /// The dashboard on `stack` (its last route shown) after `keys`.
    private func screen(_ stack: [Route], _ keys: [Key] = [], _ size: (Int, Int), _ language: Language = .chinese) throws -> (TestBackend, AppState) {
        var backend = TestBackend(width: size.0, height: size.1)
        backend.feed(keys)
        var initial = AppState(corpus: corpus, language: language, size: Size(width: size.0, height: size.1))
        initial.stack = stack
        let final = try Dashboard.run(backend: &backend, initial: initial)
        return try BackgroundSettling.settled((backend, final))
    }

    private func text(_ b: TestBackend) -> String {
        "\n" + b.rows.enumerated().map { String(format: "%02d|", $0.offset) + $0.element }.joined(separator: "\n")
    }

    /// An issuer's per-year bars left out the years without documents, so the later bars stood a year early
    /// (`2015 █▇▃▃▁▁▂▁ 2023`: 8 bars for 9 years). Every year from the first to the last has its bar, an empty
    /// one "·" as on the Issuers tab; so do the overview's chart and the timeline's years.
    func testPerYearBarsKeepTheYearsWithoutDocuments() throws {
        let filled = CountTable.everyYear([(year: 2015, count: 2), (year: 2018, count: 1)])
        XCTAssertEqual(filled.map(\.year), [2015, 2016, 2017, 2018])
        XCTAssertEqual(filled.map(\.count), [2, 0, 0, 1])
        XCTAssertEqual(CountTable.everyYear([(year: 2016, count: 3)], in: 2015...2017).map(\.count), [0, 3, 0])

        for (stack, counts) in [([Route.issuers, .issuer("provincial-general-office")], " 1 0 0 1"), ([.overview], " 2 1 0 1")] {
            for size in Self.sizes {
                let (b, state) = try screen(stack, [], size)
                let bars = ["2015", "2016", "2017", "2018"].compactMap { y in b.rows.first { $0.hasPrefix(" " + y + " ") } }
                XCTAssertEqual(bars.map { " " + ($0.split(separator: " ").last ?? "") }.joined(), counts, text(b))
                // Where the chart has no room for its bars (the real catalogue's General Office at 80x24), one
                // sparkline: a glyph per year, "·" for none.
                let chart = try XCTUnwrap(Layout.content(state).chart)
                var canvas = Canvas(width: 80, height: 1)
                Dashboard.renderChart(chart, compact: true, language: .chinese, into: &canvas, area: canvas.area)
                XCTAssertTrue(canvas.row(0).contains(stack == [.overview] ? "2015 █▄·▄ 2018" : "2015 █··█ 2018"), canvas.row(0))
            }
        }
        let (timeline, _) = try screen([.timeline], [], (80, 24))
        XCTAssertTrue(timeline.rows.contains { $0.hasPrefix(" 2017     0") }, text(timeline))
        // By month (`v`) too: every month from the first to the last has its row.
        XCTAssertEqual(TimelineScreen.everyMonth(from: "2015-11", to: "2016-02"), ["2015-11", "2015-12", "2016-01", "2016-02"])
        XCTAssertEqual(TimelineScreen.everyMonth(from: nil, to: "2016-02"), [])
        let (_, byMonth) = try screen([.timeline], [.char("v")], (80, 24))
        let months = Layout.content(byMonth).rows.compactMap { row -> String? in
            guard let cell = row.cells.first, cell.range(of: #"^\d{4}-\d\d "#, options: .regularExpression) != nil else { return nil }
            return String(cell.prefix(7))
        }
        XCTAssertGreaterThan(months.count, 12, "\(months)")
        XCTAssertEqual(months, TimelineScreen.everyMonth(from: months.first, to: months.last), "no month left out")
    }

    /// The provinces' response lags cut their labels and values to 24-32 columns at any width
    /// (`山东（鲁政发〔2016〕14…`, `no main implementation …`). They take the room the line has.
    func testResponseLagLabelsUseTheWidth() throws {
        for language in [Language.chinese, .english] {
            for size in Self.sizes {
                let (b, state) = try screen([.timeline], [.char("G")], size, language)
                let ranks = MetadataIndicator.responseLag.ranking(ScreenContext(state: state))
                for row in b.rows { XCTAssertLessThanOrEqual(DisplayWidth.of(row), size.0, row) }
                guard size.0 == 200 else { continue }
                for rank in ranks {
                    XCTAssertTrue(b.rows.contains { $0.contains(rank.label + " ") && $0.contains(rank.display) },
                                  "\(rank.label) \(rank.display) whole" + text(b))
                }
            }
        }
    }

    /// Sorting the Provinces tab by its name column kept the region-code order (Beijing, Tianjin, Hebei); the
    /// Issuers tab sorted by id (NFGA among the Fs) and the Areas tab by id. Names sort as shown; in Chinese a
    /// province by its pinyin (the taxonomy's `pinyin`).
    func testNameColumnsSortByTheNameShown() throws {
        for language in [Language.english, .chinese] {
            for (tab, stack) in [("provinces", Route.provinces), ("issuers", .issuers), ("areas", .areas)] {
                let (_, state) = try screen([stack], [.char("s")] + (stack == .areas ? [.char("s")] : []), (80, 24), language)
                let shown = ShownContent(Layout.content(state), view: state.view)
                let column = stack == .areas ? 1 : 0
                let names = shown.content.rows.map { $0.cells[column] }
                let keys: [String] = names.map { name in
                    guard language == .chinese, stack == .provinces else { return name.lowercased() }
                    return corpus.taxonomy.divisions.first { $0.name == name }?.sortSpelling.lowercased() ?? name
                }
                XCTAssertEqual(keys, keys.sorted(), "\(tab) in \(language): \(names)")
            }
        }
        let (b, _) = try screen([.provinces], [.char("s")], (80, 24), .english)
        XCTAssertTrue(b.rows[2].hasPrefix("Anhui"), text(b))
        let (zh, _) = try screen([.provinces], [.char("s")], (80, 24), .chinese)
        XCTAssertTrue(zh.rows[2].hasPrefix("安徽"), text(zh))
    }

    /// In Chinese, 内蒙古 sorted under I (Inner Mongolia) and 西藏 under T (Tibet): the English names stood in for
    /// pinyin. They sort by their pinyin (nei4 meng3 gu3, xi1 zang4) as a dictionary orders them; English is unchanged.
    func testProvinceNamesSortByPinyinInChinese() throws {
        func names(_ language: Language) throws -> [String] {
            // Tall enough for all 31 provinces on one screen, below the header and column titles.
            let (b, _) = try screen([.provinces], [.char("s")], (100, 40), language)
            return b.rows.dropFirst(2).prefix(31).map { String($0.split(separator: " ").first ?? "") }
        }
        let zh = try names(.chinese)
        XCTAssertEqual(Array(zh[14...20]), ["吉林", "江苏", "江西", "辽宁", "内蒙古", "宁夏", "青海"], "ji before jiang: \(zh)")
        XCTAssertEqual(Array(zh[26...30]), ["天津", "西藏", "新疆", "云南", "浙江"], "xi before xin: \(zh)")
        XCTAssertEqual(Array(zh[21...24]), ["山东", "山西", "陕西", "上海"], "syllable by syllable, then tone: shan1 dong1, shan1 xi1, shan3 xi1, shang4 hai3")
        let en = try names(.english)
        XCTAssertEqual(Array(en[13...15]), ["Hunan", "Inner", "Jiangsu"], "\(en)")
        XCTAssertEqual(Array(en[25...28]), ["Sichuan", "Tianjin", "Tibet", "Xinjiang"], "\(en)")
    }

    /// An indicator ranking cut its values at 14 columns ("no main imple…") beside an empty subject column: the
    /// values read whole where the line has room.
    func testARankingsValuesReadWhole() throws {
        for (size, language) in [((80, 24), Language.english), ((120, 40), .english), ((80, 24), .chinese)] {
            let (_, state) = try screen([.indicators, .indicator(.metadata(.responseLag))], [], size, language)
            let shown = Sorting.apply(Layout.content(state), view: state.view)
            let values = shown.rows.filter { $0.kind == .item }.compactMap(\.cells.last)
            XCTAssertTrue(values.contains(language == .english ? "no main implementation document" : "无主要实施文件"), "\(values)")
            let (b, _) = try screen([.indicators, .indicator(.metadata(.responseLag))], [.char("G")], size, language)
            for value in Set(values) where b.rows.contains(where: { $0.contains(String(value.prefix(6))) }) {
                XCTAssertTrue(b.rows.contains { $0.hasSuffix(value) || $0.contains(value + " ") }, "\(value) whole at \(size)" + text(b))
            }
        }
    }

    /// The export prompt's label, cut at 80 columns, ran into the pre-filled file name
    /// (`view FI…markdown ipap-report.md`). A cut label keeps its ending, so label and value stay apart, and
    /// its brackets paired: cut inside them, it lost its closing bracket ("导出（markdown|csv|json 文件名；view 文件…：").
    func testACutPromptLabelKeepsItsEndingAndItsBracketsPaired() throws {
        for (language, expected) in [(Language.english, "export (markdown|csv|json FILE; …): "), (.chinese, "导出（markdown|csv|json 文件名；…）：")] {
            let (b, _) = try screen([.documents], [.char("e")], (80, 24), language)
            let prompt = b.rows.last ?? ""
            let value = try XCTUnwrap(prompt.range(of: "markdown ipap-report.md"), text(b))
            let label = prompt[..<value.lowerBound]
            XCTAssertEqual(String(label), expected, "\(language): \(prompt)")
        }
        XCTAssertEqual(Dashboard.fitted("a long label without an ending, cut", in: 40), "a long label witho… ")
        XCTAssertLessThanOrEqual(DisplayWidth.of(Dashboard.fitted("导出（很长很长很长很长很长很长很长的说明）：", in: 40)), 20)
        XCTAssertTrue(Dashboard.fitted("导出（很长很长很长很长很长很长很长的说明）：", in: 40).hasSuffix("…）："))
        // Brackets inside brackets close innermost first, and the cut fits its columns with them.
        let nested = Dashboard.cut("评价 国发〔2015〕40号（一份很长很长的〔附件〕说明文字）", to: 30)
        XCTAssertTrue(nested.hasSuffix("…）"), nested)
        XCTAssertLessThanOrEqual(DisplayWidth.of(nested), 30, nested)
        // (Not '〔20…〕': a cut goes before a number it would end in, and so here before its bracket.)
        XCTAssertEqual(Dashboard.cut("标签（国发〔2015〕40号）", to: 19), "标签（国发…）")
        XCTAssertEqual(Dashboard.fitted("short: ", in: 80), "short: ")
        // What to type stays whole and the subject gives way (the rating prompt at 120 columns showed
        // "rate … · Guangdong (a agree / …:", its choices cut; at 80 columns, in both languages, until a label
        // whose answer is a letter was let take all but 20 columns).
        let rating = "rate Share copied from the centre · Guangdong (a agree / d disagree / u unsure + note): "
        XCTAssertEqual(Dashboard.fitted(rating, in: 120, leaving: 20), rating)
        let cut = Dashboard.fitted(rating, in: 80, leaving: 20)
        XCTAssertTrue(cut.hasPrefix("rate Share") && cut.hasSuffix("… (a agree / d disagree / u unsure + note): "), cut)
        XCTAssertLessThanOrEqual(DisplayWidth.of(cut), 60, cut)
        let zhRating = "评价 照搬中央比例 · 广东省中部某市（a 同意 / d 不同意 / u 不确定 + 备注）："
        XCTAssertEqual(Dashboard.fitted(zhRating, in: 120, leaving: 20), zhRating)
        let zh = Dashboard.fitted(zhRating, in: 80, leaving: 20)
        XCTAssertTrue(zh.hasPrefix("评价 照搬") && zh.hasSuffix("…（a 同意 / d 不同意 / u 不确定 + 备注）："), zh)
        XCTAssertLessThanOrEqual(DisplayWidth.of(zh), 60, zh)
    }

    /// Rating a ranking's row that is no reviewable thing (a year of "Documents per year", an area here) rates the indicator
    /// as a whole; the prompt named it twice ("评价 年度发文量 · 年度发文量") and, at 80 columns, cut its choices.
    func testTheRatingPromptNamesTheIndicatorOnceAndShowsItsChoices() throws {
        let keys: [Key] = [.char("j"), .char("j"), .char("j"), .enter, .char("r")]
        for language in [Language.english, .chinese] {
            let choices = language == .chinese ? "（a 同意 / d 不同意 / u 不确定 + 备注）：" : " (a agree / d disagree / u unsure + note):"
            let name = language == .chinese ? "各行动领域的发文机关数" : "Issuers per action area"
            let (wide, _) = try screen([.indicators], keys, (200, 24), language)
            let whole = wide.rows.last ?? ""
            XCTAssertTrue(whole.contains(name + choices), "\(language): \(whole)")
            XCTAssertEqual(whole.components(separatedBy: name).count, 2, "named once: \(whole)")
            let (narrow, _) = try screen([.indicators], keys, (80, 24), language)
            XCTAssertTrue((narrow.rows.last ?? "").contains(choices), "\(language): \(narrow.rows.last ?? "")")
        }
    }
}
