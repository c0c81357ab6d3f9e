import Foundation
import XCTest
import ZIPFoundation
@testable import PolicyModel

/// The pieces of an import on their own: CSV, encodings, line endings, HTML and .docx text.
final class ImportTextTests: XCTestCase {
    func testManifestWithCJKTitlesQuotedCommasNewlinesAndAnExtraColumn() throws {
        let csv = "\u{FEFF}id,title,file,备注\r\n"
            + "gf-2015-40,\"国务院关于积极推进“互联网+”行动的指导意见\",a.txt,\"一, 二\"\r\n"
            + "x-1,\"两行\r\n标题，带\"\"引号\"\"\",b.txt,\r\n"
            + "\r\n"
        let out = ManifestReader(displayPath: "m.csv").read(Data(csv.utf8))
        XCTAssertEqual(out.problems, [])
        XCTAssertEqual(out.entries.count, 2)
        XCTAssertEqual(out.entries[0].value(.title), "国务院关于积极推进“互联网+”行动的指导意见")
        XCTAssertEqual(out.entries[0].extra, ["备注": "一, 二"])
        XCTAssertEqual(out.entries[1].value(.title), "两行\r\n标题，带\"引号\"")
        XCTAssertEqual(out.entries[1].extra, [:], "empty cells are unknown, not kept")
        XCTAssertEqual(out.entries[1].line, 3)
        // The file cell of the row after the quoted line break sits on line 4.
        XCTAssertEqual(out.entries[1].position(.file), SourcePosition(line: 4, column: 13))
    }

    func testManifestShapeProblemsAreLocated() {
        let out = ManifestReader(displayPath: "m.csv").read(Data("id,title\na,\"open\nb,c\n".utf8))
        XCTAssertEqual(out.problems.map(\.description), ["m.csv:2:3: a quoted field is never closed; line 3 after it was read into it and not checked"])
        let short = ManifestReader(displayPath: "m.csv").read(Data("id,title\na\n".utf8))
        XCTAssertEqual(short.problems.map(\.description), ["m.csv:2:1: the row has 1 fields, the header 2"])
        let gbk = ManifestReader(displayPath: "m.csv").read(Data([0x69, 0x64, 0x0A, 0xBB, 0xA5]))
        XCTAssertTrue(gbk.problems.first?.description.hasPrefix("m.csv:2:1: the manifest is not UTF-8") ?? false)
    }

    func testUTF8AndGB18030AreDecoded() throws {
        let utf8 = try TextDecoder.decode(Data("互联网+".utf8)).get()
        XCTAssertEqual(utf8.text, "互联网+")
        XCTAssertEqual(utf8.encoding, .utf8)
        // "互联网" in GB18030, then a four-byte sequence (U+00A5 is 81 30 84 36) and a line break.
        let gb = try TextDecoder.decode(Data([0xBB, 0xA5, 0xC1, 0xAA, 0xCD, 0xF8, 0x81, 0x30, 0x84, 0x36, 0x0D, 0x0A])).get()
        XCTAssertEqual(gb.text, "互联网\u{00A5}\n")
        XCTAssertEqual(gb.encoding, .gb18030)
    }

    /// Big5, Shift-JIS and Latin-1 are well-formed GB18030 byte for byte; read as GBK they became nonsense
    /// hanzi and private-use characters, imported with exit 0. Policy text in GBK is still read.
    func testTextInAnotherEncodingIsRefusedNotReadAsGBK() throws {
        let samples: [(String, [UInt8])] = [
            ("Big5 第一條 為推進互聯網行動計畫，各機關應加強協調。", [
                0xB2, 0xC4, 0xA4, 0x40, 0xB1, 0xF8, 0x20, 0xAC, 0xB0, 0xB1, 0xC0, 0xB6, 0x69, 0xA4, 0xAC, 0xC1, 0x70,
                0xBA, 0xF4, 0xA6, 0xE6, 0xB0, 0xCA, 0xAD, 0x70, 0xB5, 0x65, 0xA1, 0x41, 0xA6, 0x55, 0xBE, 0xF7, 0xC3,
                0xF6, 0xC0, 0xB3, 0xA5, 0x5B, 0xB1, 0x6A, 0xA8, 0xF3, 0xBD, 0xD5, 0xA1, 0x43]),
            ("Shift-JIS 第一条 インターネット政策の推進について定める。", [
                0x91, 0xE6, 0x88, 0xEA, 0x8F, 0xF0, 0x20, 0x83, 0x43, 0x83, 0x93, 0x83, 0x5E, 0x81, 0x5B, 0x83, 0x6C,
                0x83, 0x62, 0x83, 0x67, 0x90, 0xAD, 0x8D, 0xF4, 0x82, 0xCC, 0x90, 0x84, 0x90, 0x69, 0x82, 0xC9, 0x82,
                0xC2, 0x82, 0xA2, 0x82, 0xC4, 0x92, 0xE8, 0x82, 0xDF, 0x82, 0xE9, 0x81, 0x42]),
            ("Latin-1 Artículo 1 - política de datos públicos.", [
                0x41, 0x72, 0x74, 0xED, 0x63, 0x75, 0x6C, 0x6F, 0x20, 0x31, 0x20, 0x2D, 0x20, 0x70, 0x6F, 0x6C, 0xED,
                0x74, 0x69, 0x63, 0x61, 0x20, 0x64, 0x65, 0x20, 0x64, 0x61, 0x74, 0x6F, 0x73, 0x20, 0x70, 0xFA, 0x62,
                0x6C, 0x69, 0x63, 0x6F, 0x73, 0x2E]),
        ]
        for (name, bytes) in samples {
            XCTAssertNil(TextDecoder.firstInvalidGB18030(bytes), "\(name) is well-formed GB18030: only the new rule refuses it")
            guard case .failure(let f) = TextDecoder.decode(Data(bytes)) else { return XCTFail("\(name) was read as GBK") }
            XCTAssertTrue(f.message.contains("does not read as GB18030 (GBK) Chinese"), f.message)
            XCTAssertTrue(f.message.contains("save it as UTF-8"), f.message)
            XCTAssertEqual(f.line, 1)
        }
        // 第一条 为推进“互联网+”行动，各部门应加强协调配合。 in GBK, with a rare hanzi of GBK's extension (堃, 88D2) in it.
        let gbk: [UInt8] = [
            0xB5, 0xDA, 0xD2, 0xBB, 0xCC, 0xF5, 0x20, 0xCE, 0xAA, 0xCD, 0xC6, 0xBD, 0xF8, 0xA1, 0xB0, 0xBB, 0xA5, 0xC1,
            0xAA, 0xCD, 0xF8, 0x2B, 0xA1, 0xB1, 0xD0, 0xD0, 0xB6, 0xAF, 0xA3, 0xAC, 0xB8, 0xF7, 0xB2, 0xBF, 0xC3, 0xC5,
            0xD3, 0xA6, 0xBC, 0xD3, 0xC7, 0xBF, 0xD0, 0xAD, 0xB5, 0xF7, 0xC5, 0xE4, 0xBA, 0xCF, 0x88, 0xD2, 0xA1, 0xA3]
        let read = try TextDecoder.decode(Data(gbk)).get()
        XCTAssertEqual(read.encoding, .gb18030)
        XCTAssertEqual(read.text, "第一条 为推进“互联网+”行动，各部门应加强协调配合堃。")
    }

    func testInvalidBytesAreRefusedWithOffsetAndLine() {
        guard case .failure(let f) = TextDecoder.decode(Data([0x61, 0x0A, 0x62, 0xFF, 0x63])) else {
            return XCTFail("0xFF is neither UTF-8 nor GB18030")
        }
        XCTAssertEqual(f.byteOffset, 3)
        XCTAssertEqual(f.line, 2)
        XCTAssertEqual(f.column, 2)
        guard case .failure(let nul) = TextDecoder.decode(Data([0x61, 0x00, 0x62])) else { return XCTFail("NUL is binary") }
        XCTAssertEqual(nul.byteOffset, 1)
    }

    func testLineEndingsBecomeLFAndNothingElseChanges() throws {
        let text = try TextDecoder.decode(Data("一、总则\r\n（一）目标\r第三行\n\u{3000}\u{3000}缩进\r\n".utf8)).get().text
        XCTAssertEqual(text, "一、总则\n（一）目标\n第三行\n\u{3000}\u{3000}缩进\n")
        // Offsets (Unicode scalars) into the stored text are those of the text with one scalar per line break.
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[5..<11])), "（一）目标\n")
        XCTAssertEqual(TextDecoder.normalizeLineEndings("a\r\r\nb"), "a\n\nb")
    }

    func testDatesInThreeSpellings() {
        XCTAssertEqual(DateText.parse("2015-07-04")?.description, "2015-07-04")
        XCTAssertEqual(DateText.parse("2015/7/4")?.description, "2015-07-04")
        XCTAssertEqual(DateText.parse("2015年7月4日")?.description, "2015-07-04")
        XCTAssertNil(DateText.parse("2015-02-30"))
        XCTAssertNil(DateText.parse("7/4/2015"))
        XCTAssertNil(DateText.parse("2015-07/04"))
    }

    func testHTMLBodyAndHeaderTable() {
        let page = HTMLText(html: Self.govPage)
        XCTAssertEqual(page.header["发文机关"], "国务院")
        XCTAssertEqual(page.header["发文字号"], "国发〔2015〕40号")
        XCTAssertEqual(page.header["成文日期"], "2015年07月01日")
        XCTAssertEqual(page.header["标题"], "国务院关于积极推进“互联网+”行动的指导意见")
        XCTAssertEqual(page.header["索引号"], "000014349/2015-00106")
        // The content container only: no header table, navigation or script in the text.
        XCTAssertEqual(page.text, "各省、自治区、直辖市人民政府：\n一、总体思路\n“互联网+”是把<互联网>的创新成果\n与经济社会各领域深度融合。")
        XCTAssertFalse(page.text.contains("不要"))
    }

    /// A table row of simple cells is one line, its cells apart and an empty one kept, so that a table of targets
    /// keeps its columns (before, "普及率 % 80 预期性": no cell boundary and the blank base year gone); a cell made of
    /// paragraphs still breaks the row into lines, and a page laid out in one cell keeps its lines.
    func testHTMLTableRowsKeepTheirCells() {
        let rows = "<table><tr><th>指标名称</th><th>单位</th><th>2015年</th><th>2018年</th></tr>"
            + "<tr><td> 网络零售额 </td><td>亿元</td><td>7611</td><td>12000</td></tr>"
            + "<tr><td>普及率</td><td>%</td><td></td><td>80</td></tr>"
            + "<tr><td>两化融合指数</td><td>&nbsp;</td><td>75</td><td></td></tr>"
            + "<tr><td></td><td></td></tr></table>"
        let page = HTMLText(html: "<html><body><div>主要指标如下：</div>" + rows + "<p>二、重点任务</p></body></html>")
        XCTAssertEqual(page.text, "主要指标如下：\n指标名称 | 单位 | 2015年 | 2018年\n网络零售额 | 亿元 | 7611 | 12000\n普及率 | % |  | 80\n两化融合指数 |  | 75 |\n二、重点任务")
        let paragraphs = HTMLText(html: "<html><body><table><tr><td><p>第一段。</p><p>第二段。</p></td></tr>"
            + "<tr><td><p>指标</p></td><td><p>数值</p></td></tr></table></body></html>")
        XCTAssertEqual(paragraphs.text, "第一段。\n第二段。\n指标\n数值")
    }

    func testHTMLWithoutContainerUsesBodyAndDropsChrome() {
        let page = HTMLText(html: "<html><head><title>标题甲_中国政府网</title></head><body><nav>首页</nav><script>x()</script><div>正文<br/>第二行</div><p>第三行<p>第四行</body></html>")
        XCTAssertEqual(page.text, "正文\n第二行\n第三行\n第四行")
        XCTAssertEqual(page.pageTitle, "标题甲")
    }

    func testDocxParagraphsTabsAndBreaks() throws {
        let data = try Self.docx(paragraphs: ["一、总体要求", "（一）<w:tab/>指导思想<w:br/>第二行"])
        let text = try DocxText.extract(data, maxXMLSize: 1 << 20).get()
        XCTAssertEqual(text, "一、总体要求\n（一）\t指导思想\n第二行\n互联网&amp")
        guard case .failure = DocxText.extract(Data("not a zip".utf8), maxXMLSize: 1 << 20) else { return XCTFail("not a docx") }
    }

    /// A table row of two or more cells is one line, its cells apart and an empty one kept (before, each cell was a
    /// line and an empty one was dropped, so a blank base year moved the target under the wrong year); a row of one
    /// cell, a box framing text, keeps its paragraphs as lines.
    func testDocxTableRowsKeepTheirCells() throws {
        func cell(_ paragraphs: String...) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"1000\"/></w:tcPr>" + paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined() + "</w:tc>"
        }
        func row(_ cells: String...) -> String { "<w:tr>" + cells.joined() + "</w:tr>" }
        let table = "<w:tbl>" + row(cell("指标名称"), cell("2015年"), cell("2018年"))
            + row(cell("移动宽带用户普及率"), cell(), cell("80")) + row(cell("序号1"), cell("建设数据平台。", "2017年底前完成。"), cell("省政务办"))
            + "</w:tbl><w:tbl>" + row(cell("专栏1 重点工程", "（一）智慧物流工程。")) + "</w:tbl>"
        let text = try DocxText.extract(try Self.docx(paragraphs: ["正文"], table: table), maxXMLSize: 1 << 20).get()
        XCTAssertEqual(text, "指标名称 | 2015年 | 2018年\n移动宽带用户普及率 |  | 80\n序号1 | 建设数据平台。 2017年底前完成。 | 省政务办\n专栏1 重点工程\n（一）智慧物流工程。\n正文\n互联网&amp")
    }

    /// Offsets past the end used to trap inside ZIPFoundation's in-memory reader (SIGILL, issue 14 #1).
    func testDocxWithOffsetsPastTheEndIsRefusedNotACrash() throws {
        let good = [UInt8](try Self.docx(paragraphs: ["正文"]))
        guard let eocd = (0...(good.count - 22)).reversed().first(where: { good[$0] == 0x50 && good[$0 + 1] == 0x4B && good[$0 + 2] == 5 && good[$0 + 3] == 6 }) else {
            return XCTFail("no end record in the fixture")
        }
        func patched(_ offset: Int, _ value: UInt32) -> Data {
            var bytes = good
            for k in 0..<4 { bytes[offset + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
            return Data(bytes)
        }
        let directory = Int(good[eocd + 16]) | Int(good[eocd + 17]) << 8 | Int(good[eocd + 18]) << 16 | Int(good[eocd + 19]) << 24
        let cases = [
            patched(eocd + 16, UInt32(good.count + 4096)),       // central directory past the end
            patched(directory + 42, UInt32(good.count + 100)),   // first local header past the end
            patched(eocd + 16, 0xFFFF_FF00),
        ]
        // Found by tools/fuzz.sh: a stored entry with a data descriptor whose uncompressed size points past the end.
        let fuzzed = Data(base64Encoded: "UEsDBBQAAABhADG2gV0xODAzMAAAAFQAAAARAAAAd29yZC9kb2N1bWVudC54bWyzKbdKyU8uzU3NK7EuKbdKyk+pBNEFIKIIRJThPV+z5smOhmfrttrog7ggsghMFoBJiOiC24wAUEsBAhQjFAC6AAAAAAAAAIqydz43AAAAVAAACREAAAAAAAAAAAAAAIABAAAAAHdvcmQvZG9jdW1lbnQueG1sUEsFBgAAAAABAAEAPwAAAGYAAAAAAA==")
        for data in cases + [try XCTUnwrap(fuzzed)] {
            guard case .failure(let f) = DocxText.extract(data, maxXMLSize: 1 << 20) else { return XCTFail("accepted a damaged archive") }
            XCTAssertTrue(f.message.hasPrefix("not a valid .docx ("), f.message)
        }
    }

    /// 27,500 nested elements overflowed the stack of the recursive renderer (SIGSEGV, issue 14 #2).
    func testDeeplyNestedHTMLIsExtractedWithoutRecursion() {
        let depth = 200_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<table><tr><td>发文机关：</td><td>国务院</td></tr></table>正文"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = HTMLText(html: html)
        XCTAssertEqual(page.text, "发文机关： | 国务院\n正文")  // a row's cells apart
        XCTAssertEqual(page.header["发文机关"], "国务院")
    }

    func testTitleKinds() {
        XCTAssertEqual(TitleKind.kind(of: "国务院关于积极推进“互联网+”行动的指导意见"), .guidingOpinion)
        XCTAssertEqual(TitleKind.kind(of: "关于印发《河北省“互联网+”行动计划（2015—2018年）》的通知"), .actionPlan)
        XCTAssertEqual(TitleKind.kind(of: "四川省人民政府关于加快发展电子商务的实施意见"), .implementationOpinion)
        XCTAssertEqual(TitleKind.kind(of: "关于开展试点工作的通知"), .notice)
        XCTAssertEqual(TitleKind.kind(of: "某某工作方案"), .implementationPlan)
        XCTAssertEqual(TitleKind.kind(of: "关于某事的批复"), .other)
    }

    // MARK: - Fixtures

    static let govPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>国务院关于积极推进“互联网+”行动的指导意见_政府信息公开专栏</title>
        <script type="text/javascript">document.write("<p>不要</p>");</script><style>p { color: red }</style></head>
        <body><div class="header"><nav><a href="/">首页</a> | <a>政策</a></nav></div>
        <table class="bd1"><tbody>
        <tr><td><b>索&nbsp;引&nbsp;号：</b></td><td>000014349/2015-00106</td><td><b>主题分类：</b></td><td>综合政务</td></tr>
        <tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2015年07月01日</td></tr>
        <tr><td><b>标　　题：</b></td><td colspan="3">国务院关于积极推进“互联网+”行动的指导意见</td></tr>
        <tr><td><b>发文字号：</b></td><td>国发〔2015〕40号</td><td><b>发布日期：</b></td><td>2015年07月04日</td></tr>
        </tbody></table>
        <div class="pages_content" id="UCAP-CONTENT">
        <p>各省、自治区、直辖市人民政府：</p>
        <p>&#12288;&#12288;<strong>一、总体思路</strong></p>
        <p>　　&ldquo;互联网+&rdquo;是把&lt;互联网&gt;的创新成果<br>与经济社会各领域深度融合。<script>var s = "</p>不要";</script></p>
        </div>
        <div class="footer">版权所有</div></body></html>
        """

    /// A minimal .docx: word/document.xml with one paragraph per string (run content as given), plus one
    /// text-box paragraph whose fallback copy must not be read twice.
    /// `bytes` turns word/document.xml's text into its bytes (to write one that is not UTF-8).
    static func docx(paragraphs: [String], table: String = "", bytes: (String) -> [UInt8] = { Array($0.utf8) }) throws -> Data {
        let body = table + paragraphs.map { "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr><w:r><w:t xml:space=\"preserve\">" + $0.replacingOccurrences(of: "<w:tab/>", with: "</w:t><w:tab/><w:t>").replacingOccurrences(of: "<w:br/>", with: "</w:t><w:br/><w:t>") + "</w:t></w:r></w:p>" }
            .joined()
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:p/><w:p><w:r><mc:AlternateContent><mc:Choice><w:t>互联网&amp;amp</w:t></mc:Choice><mc:Fallback><w:t>互联网&amp;amp</w:t></mc:Fallback></mc:AlternateContent></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del></w:p></w:body></w:document>
            """
        let archive = try Archive(data: Data(), accessMode: .create)
        let bytes = Data(bytes(xml))
        try archive.addEntry(with: "[Content_Types].xml", type: .file, uncompressedSize: Int64(5), compressionMethod: .deflate) { position, size in
            Data("<x/>\n".utf8).subdata(in: Int(position)..<Int(position) + size)
        }
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The word/document.xml of the .docx at `url`, as its bytes.
    static func documentXML(of url: URL) throws -> [UInt8] {
        let archive = try Archive(url: url, accessMode: .read)
        guard let entry = archive["word/document.xml"] else { throw CocoaError(.fileReadNoSuchFile) }
        var xml: [UInt8] = []
        _ = try archive.extract(entry) { xml += $0 }
        return xml
    }
}
