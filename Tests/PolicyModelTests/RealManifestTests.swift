import Foundation
import XCTest
import ZIPFoundation
@testable import PolicyModel

/// Manifests as analysts keep them (issue 13): issuers as a policy database exports them, in English and
/// Chinese, several to a cell, unknown ones among them; and the same list as an Excel workbook.
final class RealManifestTests: XCTestCase {
    static let bundledTaxonomy = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../data/taxonomy").standardizedFileURL

    static let header = ["id", "title", "issuer", "date_published", "file"]
    /// Rows of the list; line n + 2 of manifest.csv, row n + 2 of the sheet.
    static let rows: [[String]] = [
        ["forest-1", "关于加快林业信息化的指导意见", "State Forestry Administration", "2016-03-01", "t.txt"],
        ["qd-1", "青岛市“互联网+”行动计划", "Qingdao Municipal People's Government", "2016-11-01", "t.txt"],
        ["sd-1", "山东省大数据发展行动方案", "Shandong Provincial Big Data Bureau", "2019-05-06", "t.txt"],
        ["joint-en", "关于智能制造的通知", "Ministry of Industry and Information Technology, Ministry of Science and Technology, Ministry of Finance", "2017-01-02", "t.txt"],
        ["joint-zh", "关于工业互联网的通知", "工业和信息化部、科技部和财政部", "2017-02-03", "t.txt"],
        ["joint-and", "关于教育信息化的通知", "National Development and Reform Commission, Ministry of Commerce, and People's Bank of China", "2017-03-04", "t.txt"],
        ["cbrc-1", "关于银行业互联网金融的通知", "China Banking Regulatory Commission", "2016-04-05", "t.txt"],
        ["cbrc-2", "关于网络借贷的通知", "China Banking Regulatory Commission; Ministry of Industry and Information Technology", "2016-08-17", "t.txt"],
        ["post-1", "关于快递业的意见", "国家邮政局和商务部", "2017-05-06", "t.txt"],
        ["ls-1", "崂山区“互联网+”实施方案", "青岛市崂山区人民政府", "2017-06-07", "t.txt"],
    ]

    func makeSource(workbook: Bool) throws -> ImportFixture {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        if workbook {
            try f.write("manifest.xlsx", try Self.xlsx(header: Self.header, rows: Self.rows))
        } else {
            let csv = ([Self.header] + Self.rows).map { $0.map { "\"\($0)\"" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
            try f.write("manifest.csv", csv)
        }
        return f
    }

    func importer(_ f: ImportFixture, strict: Bool = false) -> CorpusImporter {
        CorpusImporter(source: f.source, destination: f.destination, sourceDisplay: "src", destinationDisplay: "out",
                       strict: strict, taxonomyDirectory: Self.bundledTaxonomy)
    }

    func testUnknownAndJointIssuersImportWithOneWarningPerUnknownName() throws {
        let f = try makeSource(workbook: false)
        let plan = try importer(f).plan().get()
        XCTAssertEqual(plan.warnings.map(\.description), [
            "src/manifest.csv:8:26: warning: unknown issuer 'China Banking Regulatory Commission' kept as written, 2 times (manifest lines 8, 9); add it to taxonomy/issuers.json or use --strict to refuse it",
            "src/manifest.csv:10:21: warning: unknown issuer '国家邮政局' kept as written, 1 time (manifest line 10); add it to taxonomy/issuers.json or use --strict to refuse it",
        ])
        let documents = Dictionary(uniqueKeysWithValues: plan.documents.map { ($0.id, $0) })
        func check(_ id: String, issuers: [String], level: Level, region: String?, locality: String? = nil,
                   file: StaticString = #filePath, line: UInt = #line) {
            guard let d = documents[id] else { return XCTFail("no \(id)", file: file, line: line) }
            XCTAssertEqual(d.issuers, issuers, id, file: file, line: line)
            XCTAssertEqual(d.level, level, id, file: file, line: line)
            XCTAssertEqual(d.region, region, id, file: file, line: line)
            XCTAssertEqual(d.locality?.code, locality, id, file: file, line: line)
            XCTAssertEqual(d.issuerText, Self.rows.first { $0[0] == id }?[2], "the cell is kept as written", file: file, line: line)
        }
        check("forest-1", issuers: ["forestry"], level: .ministerial, region: nil)
        check("qd-1", issuers: ["municipal-government"], level: .municipal, region: "370000", locality: "370200")
        check("sd-1", issuers: ["provincial-department"], level: .provincial, region: "370000")
        check("joint-en", issuers: ["miit", "most", "mof"], level: .ministerial, region: nil)
        check("joint-zh", issuers: ["miit", "most", "mof"], level: .ministerial, region: nil)
        check("joint-and", issuers: ["ndrc", "mofcom", "pboc"], level: .ministerial, region: nil)
        check("cbrc-1", issuers: [], level: .ministerial, region: nil)
        check("cbrc-2", issuers: ["miit"], level: .ministerial, region: nil)
        check("post-1", issuers: ["mofcom"], level: .ministerial, region: nil)
        check("ls-1", issuers: ["municipal-government"], level: .municipal, region: "370000", locality: "370200")
    }

    func testStrictTurnsUnknownIssuersIntoErrorsAtTheirCells() throws {
        let f = try makeSource(workbook: false)
        guard case .failure(let failure) = importer(f, strict: true).plan() else { return XCTFail("--strict must refuse") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.csv:8:26: unknown issuer 'China Banking Regulatory Commission' (not an id, code, name or former name in issuers.json)",
            "src/manifest.csv:9:22: unknown issuer 'China Banking Regulatory Commission' (not an id, code, name or former name in issuers.json)",
            "src/manifest.csv:10:21: unknown issuer '国家邮政局' (not an id, code, name or former name in issuers.json)",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.destination.path))
    }

    func testAWorkbookImportsTheSameCorpusAsItsCSVTwin() throws {
        let csv = try makeSource(workbook: false)
        let xlsx = try makeSource(workbook: true)
        let csvPlan = try importer(csv).plan().get()
        let xlsxPlan = try importer(xlsx).plan().get()
        XCTAssertEqual(xlsxPlan.documents, csvPlan.documents)
        XCTAssertEqual(xlsxPlan.documents.count, Self.rows.count)
        // Warnings name the sheet's row and column (C = 3), as for the CSV's line and column.
        XCTAssertEqual(xlsxPlan.warnings.first?.description.hasPrefix("src/manifest.xlsx:8:3: warning: unknown issuer 'China Banking Regulatory Commission'"), true,
                       xlsxPlan.warnings.first?.description ?? "no warning")
        _ = try importer(csv).commit(csvPlan)
        _ = try importer(xlsx).commit(xlsxPlan)
        for row in Self.rows {
            let name = "documents/\(row[0]).json"
            XCTAssertEqual(try Data(contentsOf: csv.destination.appendingPathComponent(name)),
                           try Data(contentsOf: xlsx.destination.appendingPathComponent(name)), name)
        }
    }

    func testWorkbookProblemsAreLocatedAtRowAndColumn() throws {
        let f = try ImportFixture()
        try f.write("t.txt", "正文")
        try f.write("manifest.xlsx", try Self.xlsx(header: ["id", "title", "level", "date_written", "file"],
                                                   rows: [["ok-1", "标题", "national", "2016-01-01", "t.txt"],
                                                          ["Bad_Id", "标题", "national", "2016-13-01", "t.txt"]]))
        guard case .failure(let failure) = importer(f).plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(failure.problems.map(\.description), [
            "src/manifest.xlsx:3:1: id 'Bad_Id' must match ^[a-z0-9][a-z0-9-]*$ (lower-case ASCII letters, digits and '-')",
            "src/manifest.xlsx:3:4: '2016-13-01' is not a date (YYYY-MM-DD, 2015/7/4 or 2015年7月4日)",
        ])
        try f.write("manifest.xlsx", Data("not a zip".utf8))
        guard case .failure(let broken) = importer(f).plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(broken.problems.map(\.description), ["src/manifest.xlsx:1:1: not a valid .xlsx workbook (too short for a ZIP archive)"])
        // In Chinese wholly (QA pass 51: "不是有效的 .docx（too short for a ZIP archive）").
        XCTAssertEqual(broken.problems.map { $0.description(in: .chinese) }, ["src/manifest.xlsx:1:1: 不是有效的 .xlsx 工作簿（太短，不是 ZIP 压缩包）"])
        try f.write("manifest.csv", "id,title,level,file\n")
        guard case .failure(let both) = importer(f).plan() else { return XCTFail("must be refused") }
        XCTAssertEqual(both.problems.map(\.message), ["both manifest.csv and manifest.xlsx are here; keep the one that is current"])
    }

    func testIssuerNamesSplitOnlyWhereBothSidesAreKnown() throws {
        let (taxonomy, problems) = CorpusLoader(taxonomyDirectory: Self.bundledTaxonomy).loadTaxonomy()
        XCTAssertEqual(problems, [])
        let t = try XCTUnwrap(taxonomy)
        XCTAssertEqual(IssuerText.split("工业和信息化部", in: t), ["工业和信息化部"])
        XCTAssertEqual(IssuerText.split("Ministry of Science and Technology", in: t), ["Ministry of Science and Technology"])
        XCTAssertEqual(IssuerText.split("Ministry of Education and Ministry of Finance", in: t), ["Ministry of Education", "Ministry of Finance"])
        XCTAssertEqual(IssuerText.split("人力资源和社会保障部，民政部", in: t), ["人力资源和社会保障部", "民政部"])
        XCTAssertEqual(IssuerText.split("某某协会和某某学会", in: t), ["某某协会和某某学会"], "unknown names are not cut")
        // Former names (Chinese and English), abbreviations, and places.
        XCTAssertEqual(IssuerText.resolve("Ministry of Environmental Protection", in: t)?.issuer?.id, "mee")
        XCTAssertEqual(IssuerText.resolve("the State Administration for Market Regulation", in: t)?.issuer?.id, "samr")
        XCTAssertEqual(IssuerText.resolve("MIIT", in: t)?.issuer?.id, "miit")
        XCTAssertEqual(IssuerText.resolve("General Office of the Shandong Provincial People's Government", in: t)?.issuer?.id, "provincial-general-office")
        let city = try XCTUnwrap(IssuerText.resolve("青岛市大数据局", in: t))
        XCTAssertNil(city.issuer, "no generic municipal department in the taxonomy")
        XCTAssertEqual(city.locality?.code, "370200")
        XCTAssertEqual(city.division?.code, "370000")
        XCTAssertEqual(city.level, .municipal)
    }

    // MARK: - A workbook, as Excel writes one

    /// A minimal .xlsx: text in shared strings, dates as day numbers (what a date-formatted Excel cell holds).
    static func xlsx(header: [String], rows: [[String]]) throws -> Data {
        var shared: [String] = []
        func sharedIndex(_ s: String) -> Int {
            if let i = shared.firstIndex(of: s) { return i }
            shared.append(s)
            return shared.count - 1
        }
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "'", with: "&apos;")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let origin = try XCTUnwrap(calendar.date(from: DateComponents(year: 1899, month: 12, day: 30)))
        var sheetRows = ""
        for (r, row) in ([header] + rows).enumerated() {
            var cells = ""
            for (c, value) in row.enumerated() {
                let ref = String(UnicodeScalar(UInt8(65 + c))) + "\(r + 1)"
                let parts = value.split(separator: "-").compactMap { Int($0) }
                if r > 0, header[c].hasPrefix("date"), parts.count == 3, parts[1] <= 12,
                   let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) {
                    let serial = calendar.dateComponents([.day], from: origin, to: day).day ?? 0
                    cells += "<c r=\"\(ref)\" s=\"1\"><v>\(serial)</v></c>"
                } else {
                    cells += "<c r=\"\(ref)\" t=\"s\"><v>\(sharedIndex(value))</v></c>"
                }
            }
            sheetRows += "<row r=\"\(r + 1)\">\(cells)</row>"
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"清单\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"other\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId8\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId7\" Target=\"worksheets/list.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>"),
            ("xl/worksheets/list.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheetRows)</sheetData></worksheet>"),
        ]
        let sharedXML = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + shared.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined() + "</sst>"
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts + [("xl/sharedStrings.xml", sharedXML)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}

extension RealManifestTests {
    func testCellReferencesPastTheLastColumnAreRefusedNotAllocated() {
        XCTAssertEqual(SheetCells.column("AB7"), 28)
        XCTAssertEqual(SheetCells.column("XFD1"), 16_384)
        XCTAssertNil(SheetCells.column("XFE1"))
        XCTAssertNil(SheetCells.column(String(repeating: "Z", count: 40) + "1"), "no overflow")
        let sheet = Data("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>id</t></is></c><c><v>1</v></c></row></sheetData></worksheet>".utf8)
        XCTAssertEqual(try? SheetCells.parse(sheet, shared: []).get().first?.fields.map(\.value), ["id", "1"], "cells without r follow one another")
    }
}
