import Foundation
@testable import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import ipap

/// `ipap show` on a terminal: a long value wrapped back to the first column as the terminal wrapped it
/// ("、电子商务、便捷交通…" under the labels); it wraps under itself. In a pipe, one line per field as before.
final class ShowReportTests: XCTestCase {
    private func demo() throws -> Corpus { try BundledCorpus.load("demo") }

    func testLongValuesWrapUnderThemselves() throws {
        let corpus = try demo()
        let d = try XCTUnwrap(corpus.documents.first { $0.level == .provincial })
        let allAreas = corpus.taxonomy.areas.map(\.id)
        for language in [Language.chinese, .english] {
            let piped = Report(corpus: corpus, language: language).document(d, textAreas: allAreas)
            // Brackets as the language writes them: "普惠金融、高效物流 (按标题机器编码)" mixed the two.
            XCTAssertTrue(piped.contains(language == .chinese ? "（按标题机器编码）" : " (machine-coded from the title)"), piped)
            let label = language == .chinese ? "全文领域" : "Areas in text"
            let line = try XCTUnwrap(piped.components(separatedBy: "\n").first { $0.contains(label) })
            let valueColumn = try XCTUnwrap(line.range(of: corpus.taxonomy.areas[0].name.text(in: language))).lowerBound
            let indent = DisplayWidth.of(String(line[..<valueColumn]))
            let lines = Report(corpus: corpus, language: language, width: 60).document(d, textAreas: allAreas).components(separatedBy: "\n")
            for l in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(l), 60, l) }
            // The indicators' section too, with an analysis (long pair lines) and without (the line saying how to store one).
            let stored = DocumentAnalysisShown(summary: DocumentSummary(DocumentIndicators(id: d.id, length: 10, contentLength: 10)),
                                               pairs: [ReusePairSummary(source: "demo-00000", target: d.id, relation: .vertical, targetShare: 0.5,
                                                                        sourceShare: 0.1, copies: 12, formulae: 0)])
            for analysis in [nil, stored] {
                for l in Report(corpus: corpus, language: language, width: 60).document(d, analysis: analysis).components(separatedBy: "\n") {
                    XCTAssertLessThanOrEqual(DisplayWidth.of(l), 60, l)
                }
            }
            let first = try XCTUnwrap(lines.firstIndex { $0.contains(label) })
            XCTAssertTrue(lines[first + 1].hasPrefix(String(repeating: " ", count: indent)) && lines[first + 1].dropFirst(indent).first != " ",
                          "continued under the value: \(lines[first + 1])")
            // Nothing lost: the wrapped value read back is the value.
            var joined = String(lines[first].dropFirst(String(line[..<valueColumn]).count))
            for l in lines[(first + 1)...] {
                guard l.hasPrefix(String(repeating: " ", count: indent)) else { break }
                joined += (language == .english ? " " : "") + l.trimmingCharacters(in: .whitespaces)
            }
            XCTAssertEqual(joined, String(line[valueColumn...]))
        }
    }

    /// The catalogue's English notes are data, printed as written; in Chinese they are marked as the catalogue's
    /// ('标题说明  title inferred' and '说明  excerpt shows …' read as the program's own words).
    func testTheCataloguesEnglishNotesAreMarkedInChinese() throws {
        let corpus = try BundledCorpus.load("catalog")
        let d = try XCTUnwrap(corpus.document("61-gov-undated-3a6af2"))
        let zh = Report(corpus: corpus, language: .chinese).document(d).components(separatedBy: "\n")
        XCTAssertTrue(zh.contains("  标题说明  编目注：title inferred"), zh.joined(separator: "\n"))
        XCTAssertTrue(zh.contains { $0.hasPrefix("  说明      编目注：excerpt shows body") }, zh.joined(separator: "\n"))
        let en = Report(corpus: corpus, language: .english).document(d).components(separatedBy: "\n")
        XCTAssertTrue(en.contains { $0.hasPrefix("  Title note ") && $0.hasSuffix(" title inferred") && !$0.contains("编目注") }, en.joined(separator: "\n"))
    }

    /// `ipap show 2` (a problem of the review) on an 80-column terminal: its statements ran past the width and the
    /// terminal wrapped them back to the first column; each now continues under its own text, nothing lost.
    func testAProblemWrapsUnderItsOwnText() throws {
        let corpus = try demo()
        let problem = try XCTUnwrap(ProblemText.resolve("2", in: corpus.taxonomy.problems))
        let plain = ProblemText.plain(problem, findings: corpus.findings)
        let lines = Report(corpus: corpus, language: .chinese, width: 80).wrapped(plain).components(separatedBy: "\n")
        XCTAssertGreaterThan(lines.count, plain.components(separatedBy: "\n").count)
        for l in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(l), 80, l) }
        let cause = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("  1. ") })
        XCTAssertTrue(lines[cause + 1].hasPrefix("     ") && lines[cause + 1].dropFirst(5).first != " ", lines[cause + 1])
        // Read back without the breaks, the text is the text.
        let squeezed = { (s: String) in s.filter { !$0.isWhitespace } }
        XCTAssertEqual(squeezed(lines.joined()), squeezed(plain))
        XCTAssertEqual(Report(corpus: corpus, language: .chinese).wrapped(plain), plain)
    }

    /// `ipap show 2` at 80 columns had a row '  ，与中央文件同样笼统，地区之间差异不明显。' under '…（横向同质化）': no
    /// wrapped row of it starts with a closing mark or ends with an opening one, in any width from 40 to 100.
    func testAProblemWrapsWithoutARowStartingWithAClosingMark() throws {
        let corpus = try demo()
        let problem = try XCTUnwrap(ProblemText.resolve("2", in: corpus.taxonomy.problems))
        let plain = ProblemText.plain(problem, findings: corpus.findings)
        let at80 = Report(corpus: corpus, language: .chinese, width: 80).wrapped(plain).components(separatedBy: "\n")
        XCTAssertTrue(at80.contains("  化），与中央文件同样笼统，地区之间差异不明显。"), at80.joined(separator: "\n"))
        for width in 40...100 {
            let lines = Report(corpus: corpus, language: .chinese, width: width).wrapped(plain).components(separatedBy: "\n")
            for (k, line) in lines.enumerated() {
                let text = line.drop { $0 == " " }
                if let first = text.first, k > 0, !plain.contains("\n" + line) {
                    XCTAssertFalse(TextView.noLineStart.contains(first), "width \(width): \(line)")
                }
                if let last = text.last { XCTAssertFalse(TextView.noLineEnd.contains(last), "width \(width): \(line)") }
            }
        }
    }

    /// `ipap show` cut a long web address across lines ('  Source        http://cippe.com.cn/cn/news/exponews/2016/'
    /// over '                0224/3879.html' at 60 columns), which broke copying it: it is printed whole after
    /// its label, or on a line of its own within a text, and the terminal wraps it.
    func testAWebAddressIsPrintedWholeWithItsLabel() throws {
        let corpus = try BundledCorpus.load("catalog")
        let d = try XCTUnwrap(corpus.document("11-zf-2016-4"))
        let address = "http://cippe.com.cn/cn/news/exponews/2016/0224/3879.html"
        XCTAssertEqual(d.source.url, address)
        let lines = Report(corpus: corpus, language: .english, width: 60).document(d).components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("  Source        " + address), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("  Seen at       " + address), lines.joined(separator: "\n"))
        // Within a text: the words before it wrap as before, the address has a line, the words after continue, a full stop
        // after it kept on its line.
        let text = "  1. 详见国务院网站发布的 http://www.gov.cn/zhengce/content/2016-01/27/content_5036467.htm。其后各地陆续转发"
        XCTAssertEqual(Report(corpus: corpus, language: .chinese, width: 40).wrapped(text).components(separatedBy: "\n"),
                       ["  1. 详见国务院网站发布的",
                        "     http://www.gov.cn/zhengce/content/2016-01/27/content_5036467.htm。",
                        "     其后各地陆续转发"])
    }

    /// `ipap show` of an imported document said its metadata came "from a metadata dataset or a citation"; the
    /// demo corpus was made by `ipap import`, and says so, in both languages, as the dashboard's document page does.
    func testAnImportedDocumentSaysItsMetadataCameFromTheManifest() throws {
        let corpus = try demo()
        let d = try XCTUnwrap(corpus.document("demo-00003"))
        XCTAssertEqual(d.source.origin, "import")
        let en = Report(corpus: corpus, language: .english).document(d)
        XCTAssertTrue(en.contains("  Seen          title, number, date not seen on a copy of the document (from the import's manifest)"), en)
        let zh = Report(corpus: corpus, language: .chinese).document(d)
        XCTAssertTrue(zh.contains("标题、文号、日期均未见于文件副本（来自导入清单）"), zh)
        XCTAssertFalse((en + zh).contains("metadata dataset") || (en + zh).contains("元数据集"))
    }

    /// `ipap show gf-2015-40` listed the documents implementing it as 'date  number  title' with two spaces
    /// between, so each title began where its date and number happened to end ('2015-09-23  赣府发〔2015〕43号  关于…',
    /// '2016 (from number)  京政发〔2016〕4号  北京市…', 'date unknown  52-gov-undated-baa4ca  贵州省…'): the dates and
    /// numbers stand in columns, and every title starts at the same column.
    func testTheDocumentsOfASectionStandInColumns() throws {
        let corpus = try BundledCorpus.load("catalog")
        let d = try XCTUnwrap(corpus.document("gf-2015-40"))
        for language in [Language.chinese, .english] {
            let lines = Report(corpus: corpus, language: language).document(d).components(separatedBy: "\n")
            let heading = try XCTUnwrap(lines.firstIndex { $0.hasPrefix(language == .chinese ? "落实本文件的文件" : "Implemented by") })
            let listed = lines[(heading + 1)...].prefix { $0.hasPrefix("  ") }
            XCTAssertGreaterThan(listed.count, 10)
            let implementations = corpus.implementations(of: d.id).sorted(by: PolicyDocument.inDateOrder)
            XCTAssertEqual(listed.count, implementations.count)
            let titleColumns = Set(zip(listed, implementations).map { line, doc in
                DisplayWidth.of(String(line[..<(line.range(of: doc.title)?.lowerBound ?? line.endIndex)]))
            })
            XCTAssertEqual(titleColumns.count, 1, "\(language): \(titleColumns)\n" + listed.joined(separator: "\n"))
        }
    }
}

/// `ipap show 国发〔2015〕40号` listed a document dated by its number's year alone after every full date: under
/// "Implemented by", `2016 (from number) 京政发〔2016〕4号` came after 2017-04-28 (QA pass 48). A year-only date
/// sorts with its year, after that year's full dates, as list, stats and the timeline count it.
final class ShowDateOrderTests: XCTestCase {
    func testAYearOnlyDateSortsWithItsYear() throws {
        let corpus = try BundledCorpus.load("catalog")
        let d = try XCTUnwrap(corpus.resolveDocument("国发〔2015〕40号"))
        let implementing = corpus.implementations(of: d.id)
        XCTAssertTrue(implementing.contains { $0.yearFromNumber }, "the catalogue has a year-only implementation")
        let lines = Report(corpus: corpus, language: .english).document(d).components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Implemented by (") })
        let section = lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
        let years = section.compactMap { Int($0.trimmingCharacters(in: .whitespaces).prefix(4)) }
        XCTAssertEqual(years.count, implementing.filter { $0.year != nil }.count, section.joined(separator: "\n"))
        XCTAssertEqual(section.count, implementing.count)
        XCTAssertTrue(section.suffix(implementing.count - years.count).allSatisfy { $0.hasPrefix("  date unknown") }, "no date last")
        XCTAssertEqual(years, years.sorted(), section.joined(separator: "\n"))
        let beijing = try XCTUnwrap(section.firstIndex { $0.contains("京政发〔2016〕4号") })
        XCTAssertTrue(section[beijing].contains("2016 (from number)"), section[beijing])
        XCTAssertFalse(section[beijing...].contains { $0.contains("2016-") }, "after the full dates of 2016: \(section.joined(separator: "\n"))")
    }
}
