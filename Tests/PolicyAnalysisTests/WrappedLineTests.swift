import XCTest
@testable import PolicyAnalysis

/// Text extracted from a PDF keeps the page's line breaks, every 30 to 40 characters, wherever a line ends.
/// A copy wrapped at another width than its source must still be a copy: the wraps end no clause.
final class WrappedLineTests: XCTestCase {
    /// Clauses longer than a line: wrapped at two widths, no clause keeps the same ends in both texts.
    static let passage = "推动互联网与农业生产经营深度融合并建设一批智慧农场和数字牧场以及现代农业示范园区，"
        + "到2020年全省农业物联网应用面积达到五十万亩并培育农村电子商务示范县二十个以上，"
        + "支持龙头企业建设覆盖生产加工流通全程的农产品质量追溯平台和冷链物流信息系统。"

    /// Every line of `text` broken after `width` characters, as a PDF page breaks them.
    static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var out = "", count = 0
            for c in line {
                if count == width { out += "\n"; count = 0 }
                out.append(c)
                count += 1
            }
            return out
        }.joined(separator: "\n")
    }

    /// `text` with a space between every two neighbouring ideographs, as a PDF set with letter spacing gives it.
    static func letterSpaced(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for c in text {
            if let p = previous, isIdeograph(p), isIdeograph(c) { out += " " }
            out.append(c)
            previous = c
        }
        return out
    }

    static func isIdeograph(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { NormalizedText.isIdeograph($0.value) } ?? false
    }

    func corpus(widths: (source: Int, target: Int)) -> [AnalysisDocument] {
        let provinces = BoilerplateRuleTests.provinces
        return (0..<12).map { i in
            var text = "一、总体要求\n" + BoilerplateRuleTests.filler(UInt64(900 + i), 400) + "\n"
            if i == 0 || i == 11 { text += Self.passage + "\n" }
            text += BoilerplateRuleTests.filler(UInt64(950 + i), 400)
            let width = i == 0 ? widths.source : i == 11 ? widths.target : 36
            return AnalysisDocument(id: "p\(i)", level: .provincial, regionCode: provinces[i], issuerIds: ["provincial-government"],
                                    date: "2017-\(String(format: "%02d", i + 1))-01", text: Self.wrapped(text, width: width))
        }
    }

    func testCopyWrappedAtAnotherWidthIsFoundWhole() throws {
        for widths in [(29, 31), (33, 37), (40, 1000)] {
            let docs = corpus(widths: widths)
            let result = PolicyAnalyzer().analyze(docs)
            let pair = try XCTUnwrap(result.reuse.first { $0.source == "p0" && $0.target == "p11" }, "\(widths): the copy is not reported")
            let copied = pair.passages.filter { !$0.formula }.map { $0.target.substring(of: docs[11].text) }.joined()
            let content = { (s: String) in String(s.unicodeScalars.filter { !NormalizedText.isSkippedInContent($0.value) }) }
            XCTAssertTrue(content(copied).contains(content(Self.passage)), "\(widths): \(copied)")
        }
    }

    /// A copy whose target the page broke inside Latin words ("RF⏎⏎— 3 —⏎⏎ID", "5G⏎网络"), at every width from
    /// 24 to 40, is found whole: the alignment runs on across the break although a clause piece ends there
    /// (only a break between two ideographs or digits is a wrap; making Latin letters wrap too changed no
    /// plant of six generators, docs/indicators.md).
    func testCopyWrappedInsideLatinWordsIsFoundWhole() throws {
        let passage = "鼓励电信运营商利用RFID技术发展政务服务远程化诊疗模式，加快推进5G网络建设和IPv6规模部署，"
            + "统筹智慧养老领域B2C应用并培育一批O2O生活服务平台，"
        var broken = 0
        for width in 24...40 {
            var docs = corpus(widths: (1000, width))
            for i in [0, 11] {
                docs[i].text = docs[i].text.replacingOccurrences(of: Self.wrapped(Self.passage, width: i == 0 ? 1000 : width),
                                                                 with: Self.wrapped(passage + Self.passage, width: i == 0 ? 1000 : width))
            }
            // Page numbers every eight lines and after each line that ends in a Latin letter (a page ends there).
            var paged: [String] = [], page = 1
            for (i, line) in docs[11].text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                paged.append(String(line))
                if i % 8 == 7 || (line.last?.isASCII == true && line.last?.isLetter == true) {
                    if line.last?.isLetter == true && line.last?.isASCII == true { broken += 1 }
                    paged += ["", "— \(page) —", ""]
                    page += 1
                }
            }
            docs[11].text = paged.joined(separator: "\n")
            let result = PolicyAnalyzer().analyze(docs)
            let pair = try XCTUnwrap(result.reuse.first { $0.source == "p0" && $0.target == "p11" }, "\(width): the copy is not reported")
            // The page numbers are no content of the analysis (page furniture).
            let copied = pair.passages.filter { !$0.formula }.map {
                $0.target.substring(of: docs[11].text).replacingOccurrences(of: "— [0-9]+ —", with: "", options: .regularExpression)
            }
            let content = { (s: String) in String(s.unicodeScalars.filter { !NormalizedText.isSkippedInContent($0.value) }) }
            XCTAssertTrue(copied.contains { content($0).contains(content(passage + Self.passage)) }, "\(width): \(copied)")
        }
        XCTAssertGreaterThan(broken, 3)
    }

    func testCopyWrappedAndLetterSpacedIsFoundWhole() throws {
        // The copy's document set with letter spacing and wrapped at 30 (the spaces come after the wrapping:
        // a line keeps its 30 characters).
        var docs = corpus(widths: (34, 30))
        docs[11].text = Self.letterSpaced(docs[11].text)
        let result = PolicyAnalyzer().analyze(docs)
        let pair = try XCTUnwrap(result.reuse.first { $0.source == "p0" && $0.target == "p11" }, "the copy is not reported")
        let copied = pair.passages.filter { !$0.formula }.map { $0.target.substring(of: docs[11].text) }.joined()
        let content = { (s: String) in String(s.unicodeScalars.filter { !NormalizedText.isSkippedInContent($0.value) }) }
        XCTAssertTrue(content(copied).contains(content(Self.passage)), copied)
    }

    func testTheTextIndicatorsReadLetterSpacedTextAsItsWords() {
        // Letter-spaced, wrapped or not: the same clauses, measures and keywords as the text set close.
        let body = "二、重点任务\n" + Self.passage + "由省农业农村厅牵头，省商务厅配合，2018年底前完成，省财政安排专项资金五千万元予以支持。"
            + Self.passage + "\n三、保障措施\n将智慧农业示范园区建设纳入省级农业专项资金支持范围。" + Self.passage
            + "\n第十七条　本意见自2015年10月17日起施行。"
            + "\n四、发展目标\n到2020年，全省农业物联网应用面积达到五十万亩并培育农村电子商务示范县二十个以上\n"
            + "指标名称 | 2018年 | 2022年\n农村电子商务交易额（亿元） | 681 | 838\n农业物联网应用面积（万亩） | 30 | 50\n"
        let extractor = TextIndicatorExtractor()
        let plain = extractor.extract(id: "a", text: body)
        for text in [Self.letterSpaced(body), Self.letterSpaced(Self.wrapped(body, width: 30))] {
            let spaced = extractor.extract(id: "a", text: text)
            XCTAssertEqual(spaced.clauseCount, plain.clauseCount, text)
            XCTAssertEqual(spaced.measures.count, plain.measures.count, text)
            XCTAssertEqual(spaced.vagueMeasures, plain.vagueMeasures, text)
            XCTAssertEqual(spaced.financialEvidence.count, plain.financialEvidence.count, text)
            XCTAssertEqual(spaced.sections.map(\.title), plain.sections.map(\.title), text)
            XCTAssertEqual(spaced.sections.map(\.role), plain.sections.map(\.role), text)
            XCTAssertEqual(spaced.goalClauses, plain.goalClauses, text)
        }
    }

    func testATableRowStillEndsItsClause() {
        // In wrapped text, a row spaced into cells still ends with its line, however long: the header row too.
        let text = ContentText(contentOf: Self.wrapped(Self.passage + Self.passage, width: 30)
                               + "\n指标名称 | 2017年 | 2020年\n移动宽带用户普及率（%） | 70 | 90")
        let afterHeader = text.scalars.firstIndex(of: UInt16(("移" as Unicode.Scalar).value)) ?? 0
        XCTAssertTrue(text.isClauseBoundary(afterHeader))
    }

    func testWrappedTextEndsItsClausesWhereTheUnwrappedOneDoes() {
        // A heading line, then running text wrapped at 30: the same clauses as with a line per paragraph.
        let body = Self.passage + Self.passage
        let wrapped = ContentText(contentOf: "一、总体要求\n" + Self.wrapped(body, width: 30))
        let unwrapped = ContentText(contentOf: "一、总体要求\n" + body)
        XCTAssertEqual(wrapped.scalars, unwrapped.scalars)
        let boundaries = { (t: ContentText) in (1..<t.count).filter { t.isClauseBoundary($0) } }
        XCTAssertEqual(boundaries(wrapped), boundaries(unwrapped))
        XCTAssertTrue(wrapped.isClauseBoundary(5), "the heading 一、总体要求 ends its clause")
    }

    func testALongTitleLineInUnwrappedTextStillEndsItsClause() {
        // A line per paragraph: a long title without punctuation is no wrap.
        let text = ContentText(contentOf: "长沙市推进环境监测与互联网深度融合三年行动实施方案\n为全面贯彻落实国务院关于积极推进互联网加行动的指导意见，结合本市实际，制定本方案。\n")
        XCTAssertTrue(text.isClauseBoundary(text.scalars.firstIndex(of: UInt16(("为" as Unicode.Scalar).value)) ?? 0))
    }

    func testTheTextIndicatorsReadOnAcrossWraps() {
        // The same measures, clause for clause, whether the text keeps a line per paragraph or was wrapped.
        let body = "二、重点任务\n" + Self.passage + "由省农业农村厅牵头，省商务厅配合，2018年底前完成，省财政安排专项资金五千万元予以支持。" + Self.passage
        let extractor = TextIndicatorExtractor()
        let plain = extractor.extract(id: "a", text: body)
        for width in [29, 33, 38] {
            let wrapped = extractor.extract(id: "a", text: Self.wrapped(body, width: width))
            XCTAssertEqual(wrapped.clauseCount, plain.clauseCount, "width \(width)")
            XCTAssertEqual(wrapped.measures.count, plain.measures.count, "width \(width)")
            XCTAssertEqual(wrapped.vagueMeasures, plain.vagueMeasures, "width \(width)")
            XCTAssertEqual(wrapped.financialSupport, plain.financialSupport, "width \(width)")
        }
    }

    func testTheTextIndicatorsReadOnAcrossWrapsNextToPunctuation() {
        // Every width from 20 to 45: the wraps fall before and after commas, enumeration commas and brackets.
        // And list items whose first sentence is their title (read on across the wraps, as it is unwrapped).
        let body = "二、重点任务\n" + Self.passage + "（省农业农村厅牵头，省商务厅、省财政厅配合）"
            + "由省农业农村厅牵头，省商务厅配合，2018年底前完成，省财政安排专项资金五千万元予以支持。" + Self.passage
            + "\n1. 探索可穿戴设备在农产品加工领域的示范应用，由省农业农村厅牵头组织实施。" + Self.passage
            + "\n2. 每年安排专项资金两亿元支持农村电子商务示范县建设，培育一批龙头企业。" + Self.passage
            + "将智慧农业示范园区建设纳入省级农业专项资金支持范围，到2020年建成示范园区二十个。"
            // A paragraph ending in a responsibility note, not in 。, and then a heading: still a heading.
            + "（省农业农村厅牵头，省商务厅、省财政厅配合，2018年9月底前完成）\n第四条　发展目标。" + Self.passage
        let extractor = TextIndicatorExtractor()
        let plain = extractor.extract(id: "a", text: body)
        for width in 20...45 {
            let wrapped = extractor.extract(id: "a", text: Self.wrapped(body, width: width))
            XCTAssertEqual(wrapped.sections.map(\.title), plain.sections.map(\.title), "width \(width)")
            XCTAssertEqual(wrapped.clauseCount, plain.clauseCount, "width \(width)")
            XCTAssertEqual(wrapped.measures.count, plain.measures.count, "width \(width)")
            XCTAssertEqual(wrapped.vagueMeasures, plain.vagueMeasures, "width \(width)")
            XCTAssertEqual(wrapped.financialSupport, plain.financialSupport, "width \(width)")
            // Keywords too: "专项资金支持\n范围" is still the keyword.
            XCTAssertEqual(wrapped.financialEvidence.count, plain.financialEvidence.count, "width \(width)")
            XCTAssertEqual(wrapped.quantifiedDatedGoals.count, plain.quantifiedDatedGoals.count, "width \(width)")
        }
    }

    func testATitleDoesNotReadOnIntoTheDocumentNumber() {
        // A title as long as a line, then the document number under it, then wrapped text: three clauses
        // before the text, as with a line per paragraph.
        let head = "内蒙古自治区人民政府办公厅关于推进互联网加医疗健康的实施意见\n内蒙古政办发〔2017〕92号\n"
        let body = "二、重点任务\n" + Self.passage + Self.passage
        let plain = SectionParser.parse(head + body).clauses.map { $0.span.substring(of: head + body) }
        let text = head + Self.wrapped(body, width: 30)
        let wrapped = SectionParser.parse(text).clauses.map { $0.span.substring(of: text) }
        XCTAssertEqual(wrapped.count, plain.count, "\(wrapped)")
        XCTAssertEqual(wrapped.first, "内蒙古自治区人民政府办公厅关于推进互联网加医疗健康的实施意见")
        for (line, isNumber) in [("国发〔2015〕40号", true), ("  内蒙古政办发〔2017〕92号 ", true), ("到2020年建成示范园区二十个", false),
                                 ("依据《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）", false)] {
            let folded = NormalizedText(line, mode: .fold).scalars
            XCTAssertEqual(NormalizedText.isDocumentNumber(folded, 0..<folded.count), isNumber, line)
        }
    }

    func testWrappedTextStillEndsItsSentencesAndListsAtLineEnds() {
        // A line ending in 。 or ： ends its clause, wrapped text or not.
        let text = Self.wrapped("二、重点任务\n" + Self.passage + Self.passage, width: 30) + "\n主要任务如下：\n"
            + Self.wrapped(Self.passage, width: 30)
        let clauses = SectionParser.parse(text).clauses.map { $0.span.substring(of: text) }
        XCTAssertTrue(clauses.contains("主要任务如下："), "\(clauses)")
    }

    /// PDF extraction leaves headings set with letter spacing: "第 二 章 　 重 点 任 务".
    func testALetterSpacedHeadingIsReadAsTheHeading() {
        let task = "推动互联网与农业生产经营深度融合，由省农业农村厅牵头，省财政安排专项资金五千万元予以支持。"
        for (spaced, close) in [("第 二 章 　 重 点 任 务", "第二章　重点任务"), ("第二章  重  点  任  务", "第二章　重点任务"),
                                ("二、 重 点 任 务", "二、重点任务"), ("一 、 总 体 要 求", "一、总体要求")] {
            let a = SectionParser.parse(spaced + "\n" + task + "\n"), b = SectionParser.parse(close + "\n" + task + "\n")
            XCTAssertEqual(a.sections.map(\.title), b.sections.map(\.title), spaced)
            XCTAssertEqual(a.sections.map(\.role), b.sections.map(\.role), spaced)
            XCTAssertEqual(a.sections.map(\.kind), b.sections.map(\.kind), spaced)
            XCTAssertEqual(a.clauses.map(\.role), b.clauses.map(\.role), spaced)
        }
        XCTAssertEqual(SectionParser.parse("第 二 章 　 重 点 任 务\n" + task).sections.last?.role, .actions)
        // Not letter spacing: one space after a marker, a table row spaced into cells, a sentence with a space.
        for line in ["第一条　目的依据。加强中药材种植综合服务站与产业联盟的互联互通", "指标名称 | 2018年 | 2022年",
                     "到 2020 年，全省建成 5G 基站 3 万个", "二、 重点任务"] {
            let folded = NormalizedText(line, mode: .fold).scalars
            XCTAssertNil(LetterSpacedLine(folded, 0..<folded.count), line)
        }
    }

    /// A copy that runs across a page break of the target's PDF (a page number and the running header between
    /// two lines of the copied passage) is one passage, word for word: the furniture is no content.
    func testCopyAcrossPageFurnitureIsOneVerbatimPassage() throws {
        for (width, at) in [(30, 3), (36, 2), (33, 1)] {
            var docs = corpus(widths: (1000, width))
            var lines = docs[11].text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let start = try XCTUnwrap(lines.firstIndex { !$0.isEmpty && Self.passage.hasPrefix($0) }, "the passage's first line")
            for (page, line) in [(3, start + at), (1, 6)] { lines.insert(contentsOf: ["— \(page) —", "某某省人民政府办公厅"], at: line) }
            lines.insert(contentsOf: ["— 2 —", "某某省人民政府办公厅"], at: lines.count - 5)
            docs[11].text = lines.joined(separator: "\n")
            let result = PolicyAnalyzer().analyze(docs)
            let pair = try XCTUnwrap(result.reuse.first { $0.source == "p0" && $0.target == "p11" }, "width \(width): the copy is not reported")
            let copies = pair.passages.filter { !$0.formula && $0.target.substring(of: docs[11].text).contains("— 3 —") }
            XCTAssertEqual(copies.count, 1, "width \(width): \(pair.passages.map { $0.target.substring(of: docs[11].text) })")
            let copy = try XCTUnwrap(copies.first)
            XCTAssertFalse(copy.edited, "width \(width): \(copy.target.substring(of: docs[11].text))")
            let content = { (s: String) in String(s.unicodeScalars.filter { !NormalizedText.isSkippedInContent($0.value) }) }
            XCTAssertTrue(content(copy.source.substring(of: docs[0].text)).contains(content(Self.passage)), "width \(width)")
        }
    }

    /// A provincial opinion in articles, a line per paragraph.
    static let articles = "某政发〔2016〕12号\n某某省人民政府关于推进“互联网+”现代农业行动加快农业现代化的实施意见\n"
        + "各市人民政府，省政府各部门：\n" + passage + "现提出如下实施意见。\n"
        + "第一章　总则\n第一条　制定依据。" + passage + "\n第二条　基本原则。" + passage + "\n"
        + "第二章　重点任务\n第三条　发展智慧农业。" + passage + "由省农业农村厅牵头，省商务厅配合，2018年底前完成，"
        + "省财政安排专项资金五千万元予以支持。" + passage + "\n第四条　完善农村电商。" + passage + "\n"
        + "第三章　保障措施\n第五条　加强组织领导。" + passage + "\n第二十一条　省商务厅负责交通运输的统筹规划和综合协调工作。" + passage + "\n"

    /// `text` as pdftotext gives a PDF of it back (seen on PDFs set with reportlab, 28 characters a line and
    /// "— N —" page numbers): lines wrapped at `width`; a heading's marker on a line of its own, a blank line,
    /// then its title and text (the wide space between them split the line into two blocks); a blank line
    /// after an article's first line too; every `page` lines the page number as "—N—" between blank lines,
    /// then a form feed before the next page's running header, and a blank line.
    /// With `columns`, a chapter heading right above an article is read as two columns, as pdftotext did with
    /// them: the two markers, then the chapter's title, then the article's text ("第二章⏎第三条⏎⏎重点任务⏎⏎发展…").
    static func pdftotextStyle(_ text: String, width: Int, page: Int, columns: Bool = false) -> String {
        var out: [String] = [], number = 1
        func add(_ line: String) {
            out.append(line)
            if out.count % page == 0 {
                number += 1
                out += ["", "—\(number - 1)—", "", "\u{0C}某某省人民政府关于推进“互联网+”现代", ""]
            }
        }
        let paragraphs = text.split(separator: "\n").map(String.init)
        var heldTitle: String?  // a chapter's title, read after the next article's marker
        for (p, paragraph) in paragraphs.enumerated() {
            var body = paragraph
            if let space = paragraph.firstIndex(of: "　") {
                let marker = String(paragraph[..<space]), rest = String(paragraph[paragraph.index(after: space)...])
                if columns && marker.hasSuffix("章") && p + 1 < paragraphs.count && paragraphs[p + 1].contains("条　") {
                    add(marker)
                    heldTitle = rest
                    continue
                }
                add(marker)
                add("")
                if let title = heldTitle {
                    add(title)
                    add("")
                    heldTitle = nil
                }
                body = rest
            }
            // After a marker, the first line is what the marker left of a full line.
            var lines = wrapped(body, width: width).split(separator: "\n").map(String.init)
            if body != paragraph {
                let first = width - (paragraph.count - body.count)
                lines = [String(body.prefix(first))] + wrapped(String(body.dropFirst(first)), width: width).split(separator: "\n").map(String.init)
            }
            for (i, line) in lines.enumerated() {
                add(line)
                if i == 0 && body != paragraph { add("") }
            }
        }
        return out.joined(separator: "\n") + "\n\u{0C}"
    }

    func testTheTextIndicatorsReadPdftotextOutputAsTheText() {
        let extractor = TextIndicatorExtractor()
        let plain = extractor.extract(id: "a", text: Self.articles)
        XCTAssertEqual(plain.sections.map(\.title).filter { !$0.isEmpty }.count, 9)
        for (width, page, columns) in [(28, 22, false), (28, 9, false), (31, 13, false), (24, 17, false), (28, 22, true), (30, 15, true)] {
            let text = Self.pdftotextStyle(Self.articles, width: width, page: page, columns: columns)
            if columns { XCTAssertTrue(text.contains("第二章\n第三条\n\n重点任务\n"), text) }
            let pdf = extractor.extract(id: "a", text: text)
            XCTAssertEqual(pdf.sections.map(\.title), plain.sections.map(\.title), "\(width) \(page)")
            XCTAssertEqual(pdf.sections.map(\.role), plain.sections.map(\.role), "\(width) \(page)")
            XCTAssertEqual(pdf.clauseCount, plain.clauseCount, "\(width) \(page): \(text)")
            XCTAssertEqual(pdf.measures.count, plain.measures.count, "\(width) \(page)")
            XCTAssertEqual(pdf.vagueMeasures, plain.vagueMeasures, "\(width) \(page)")
            XCTAssertEqual(pdf.financialEvidence.count, plain.financialEvidence.count, "\(width) \(page)")
        }
    }

    func testCopyInPdftotextOutputIsOneVerbatimPassage() throws {
        // The whole document copied word for word, the copy imported from a PDF: one passage, not edited
        // (blank lines, markers set apart, page numbers and running headers are no edit).
        for (width, page) in [(28, 22), (28, 9), (31, 13)] {
            var docs = corpus(widths: (1000, 1000))
            docs[0].text = Self.articles
            docs[11].text = Self.pdftotextStyle(Self.articles, width: width, page: page)
            let result = PolicyAnalyzer().analyze(docs)
            let pair = try XCTUnwrap(result.reuse.first { $0.source == "p0" && $0.target == "p11" }, "\(width) \(page): no pair")
            let copies = pair.passages.filter { !$0.formula }
            XCTAssertEqual(copies.count, 1, "\(width) \(page)")
            XCTAssertEqual(copies.map(\.edited), [false], "\(width) \(page)")
            let content = { (s: String) in String(s.unicodeScalars.filter { !NormalizedText.isSkippedInContent($0.value) }) }
            let copied = content(try XCTUnwrap(copies.first).source.substring(of: docs[0].text))
            XCTAssertEqual(copied, content(Self.articles), "\(width) \(page)")
        }
    }

    /// A number alone on its line is a page number only in a sequence of three or more, a page's lines apart:
    /// a table's cells or a list's figures broken out of their rows are text.
    func testALoneNumberIsAPageNumberOnlyInItsSequence() {
        let lines = Self.wrapped(String(repeating: Self.passage, count: 20), width: 28).split(separator: "\n").map(String.init)
        var paged: [String] = [], numbered: [Int] = []
        for (i, line) in lines.enumerated() {
            paged.append(line)
            if (i + 1) % 10 == 0 {
                paged += ["", "\((i + 1) / 10)", ""]
                numbered.append(paged.count - 2)
            }
        }
        XCTAssertGreaterThanOrEqual(numbered.count, 3)
        let layout = LineLayout(NormalizedText(paged.joined(separator: "\n"), mode: .fold).scalars)
        XCTAssertTrue(layout.isWrapped)
        XCTAssertEqual(layout.furniture, numbered)
        // A target table extracted a cell per line (row numbers a few lines apart, a year), and lone figures
        // further on, one of them next in count after the last row number: all text. Two numbers in
        // sequence a page apart are not enough.
        var table = lines
        table.insert(contentsOf: ["序号", "指标名称", "1", "网民数量（万人）", "35", "42", "2", "宽带用户", "2020", "60"], at: 6)
        table.insert("3", at: 28)
        table.insert("7", at: 40)
        let text = table.joined(separator: "\n")
        let folded = NormalizedText(text, mode: .fold)
        XCTAssertTrue(LineLayout(folded.scalars).isWrapped)
        XCTAssertEqual(LineLayout(folded.scalars).furniture, [], text)
        let digits = { (t: NormalizedText) in t.scalars.filter { $0 >= 0x30 && $0 <= 0x39 }.count }
        XCTAssertEqual(digits(folded.unwrapped()), digits(folded))
    }

    /// Single-line articles, as pdftotext reads them: a column of their markers, then their lines, the last
    /// one's first line set apart from the rest ("第二条⏎第三条⏎第四条⏎⏎任何单位…数据。⏎本办法…⏎着力推进…新业⏎⏎态新模式…"),
    /// and a chapter's marker below an article's. Each article and chapter keeps its own title and text.
    func testAColumnOfArticleMarkersGivesEachItsLine() {
        let first = "第一条　制定依据。" + Self.passage + Self.passage
        let short = ["第二条　任何单位和个人不得擅自向第三方提供共享数据。", "第三条　本办法所称数据是指行政机关产生的信息。"]
        let last = "第四条　着力推进跨境电子商务领域新技术新业态新模式的发展和应用。" + Self.passage + Self.passage
        // And a chapter opening right after a single-line article: "第五条⏎第二章⏎⏎清理…。⏎⏎附则".
        let plain = "第一章　总则\n" + first + "\n" + short.joined(separator: "\n") + "\n" + last
            + "\n第五条　清理和修订不适应发展的规章制度。\n第二章　附则\n第六条　本办法自2016年1月1日起施行。"
        let body = { (article: String) in String(article.drop { $0 != "　" }.dropFirst()) }
        let marker = { (article: String) in String(article.prefix { $0 != "　" }) }
        func apart(_ article: String) -> String {
            // What the marker left of the first line, a blank line, the rest wrapped at 28.
            let text = body(article), head = 28 - marker(article).count - 1
            return String(text.prefix(head)) + "\n\n" + Self.wrapped(String(text.dropFirst(head)), width: 28)
        }
        let extracted = ["第一章", "", "总则", "", "第一条", "", apart(first), "第二条", "第三条", "第四条", ""]
            .joined(separator: "\n") + "\n" + short.map(body).joined(separator: "\n") + "\n" + apart(last)
            + "\n第五条\n第二章\n\n清理和修订不适应发展的规章制度。\n\n附则\n\n第六条\n\n本办法自2016年1月1日起施行。"
        XCTAssertTrue(NormalizedText.isWrapped(NormalizedText(extracted, mode: .fold).scalars), extracted)
        let extractor = TextIndicatorExtractor()
        let a = extractor.extract(id: "a", text: plain), b = extractor.extract(id: "b", text: extracted)
        XCTAssertEqual(b.sections.map(\.title), a.sections.map(\.title), extracted)
        XCTAssertEqual(b.sections.map(\.role), a.sections.map(\.role))
        XCTAssertEqual(b.sections.map(\.depth), a.sections.map(\.depth))
        XCTAssertEqual(b.clauseCount, a.clauseCount)
        XCTAssertEqual(b.measures.count, a.measures.count)
        // The second article's section holds its own line.
        let second = try? XCTUnwrap(b.sections.first { $0.title == "本办法所称数据是指行政机关产生的信息" })
        XCTAssertEqual(second.map { String($0.span.substring(of: extracted).suffix(5)) }, "的信息。\n", extracted)
    }

    /// A target table that pdftotext gave back a cell per line, between blank lines: each row is one clause,
    /// as its line with bars between the cells is.
    func testATableExtractedACellPerLineReadsAsItsRows() {
        // Two forms: figures only, and the standard target table with its unit and attribute columns.
        let tables = [[["指标名称", "2017年", "2020年"], ["网络零售额（亿元）", "144", "273"], ["宽带用户普及率", "62.5%", "80%"],
                       ["规模以上企业上云数（家）", "1,003", "2,500"]],
                      [["指标", "单位", "2015年", "2020年", "属性"], ["农产品网络零售额", "亿元", "660", "917", "约束性"],
                       ["互联网普及率", "％", "48", "64", "预期性"], ["智慧旅游景区", "个", "12", "30", "预期性"]]]
        let before = "二、发展目标\n" + Self.passage + "到2020年，全省互联网与经济社会融合发展的主要指标如下。\n"
        let after = "三、重点任务\n" + Self.passage + "由省农业农村厅牵头，2018年底前完成。\n"
        let plain = before + tables.flatMap { $0 }.map { $0.joined(separator: " | ") }.joined(separator: "\n") + "\n" + after
        let extracted = Self.wrapped(before, width: 28) + "\n" + tables.flatMap { $0 }.flatMap { $0 }.joined(separator: "\n\n")
            + "\n\n" + Self.wrapped(after, width: 28)
        XCTAssertTrue(NormalizedText.isWrapped(NormalizedText(extracted, mode: .fold).scalars))
        let extractor = TextIndicatorExtractor()
        let a = extractor.extract(id: "a", text: plain), b = extractor.extract(id: "b", text: extracted)
        XCTAssertEqual(b.clauseCount, a.clauseCount, extracted)
        XCTAssertEqual(b.goalClauses, a.goalClauses)
        XCTAssertEqual(b.measures.count, a.measures.count)
        XCTAssertEqual(b.quantifiedDatedGoals.count, a.quantifiedDatedGoals.count)
    }

    /// Page numbers and the running header after them, where a page ended inside a sentence.
    func testTheTextIndicatorsReadOnAcrossPageFurniture() {
        let body = "二、重点任务\n" + Self.passage + "由省农业农村厅牵头，省商务厅配合，2018年底前完成，省财政安排专项资金五千万元予以支持。"
            + Self.passage + Self.passage
        let extractor = TextIndicatorExtractor()
        let plain = extractor.extract(id: "a", text: body)
        for width in [29, 33, 38] {
            var lines = Self.wrapped(body, width: width).split(separator: "\n").map(String.init)
            for (page, at) in [(2, 9), (1, 4)] { lines.insert(contentsOf: ["— \(page) —", "某某省人民政府办公厅"], at: at) }
            let text = lines.joined(separator: "\n")
            let wrapped = extractor.extract(id: "a", text: text)
            XCTAssertEqual(wrapped.clauseCount, plain.clauseCount, "width \(width): \(text)")
            XCTAssertEqual(wrapped.measures.count, plain.measures.count, "width \(width)")
            XCTAssertEqual(wrapped.vagueMeasures, plain.vagueMeasures, "width \(width)")
        }
        for line in ["— 3 —", "-12-", "第 3 页", "3/12", " 7 "] {
            XCTAssertTrue(PageFurniture.isPageNumber(ArraySlice(NormalizedText(line, mode: .fold).scalars)), line)
        }
        for line in ["2019年", "— 附件 —", "12345", "3. 探索"] {
            XCTAssertFalse(PageFurniture.isPageNumber(ArraySlice(NormalizedText(line, mode: .fold).scalars)), line)
        }
    }
}
