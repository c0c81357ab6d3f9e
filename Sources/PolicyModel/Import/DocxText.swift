import Foundation
import ZIPFoundation

/// The text of a Word .docx file: the paragraphs (`<w:p>`) of `word/document.xml`, one line each, from
/// their `<w:t>` runs, with `<w:tab/>` as a tab and `<w:br/>`/`<w:cr/>` as a line break. Deleted text
/// (`w:delText`), field codes and the fallback copy of text boxes (`mc:Fallback`) are not text. Lines are
/// trimmed and empty ones dropped, as for HTML. A control a text may not hold (`TextDecoder.isRefusedControl`),
/// raw or as a reference (`&#27;`), refuses the file as it refuses an HTML page.
public enum DocxText {
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, in both languages.
        public var text: LocalizedText
        public var message: String { text.en }
        /// Where in word/document.xml the problem is (line and column, in characters), for one found inside it;
        /// nil for one of the whole file (not a ZIP archive, too large).
        public var position: SourcePosition?
        /// For a refused control: the control, and where it is written in word/document.xml (line and column).
        public var refusedControl: HTMLText.RefusedControl?
        /// For a refused control: the paragraph (`<w:p>`) of word/document.xml it is in, counted from 1 in the
        /// order of the file, empty ones included, as Word shows them one after the other.
        public var paragraph: Int?

        init(_ zh: String, _ en: String, at position: SourcePosition? = nil) {
            text = LocalizedText(zh: zh, en: en)
            self.position = position
        }

        init(_ refused: HTMLText.RefusedControl, paragraph: Int) {
            text = LocalizedText(zh: "\(refused.reason.zh)（word/document.xml 第 \(paragraph) 段）；请删除",
                                 en: "\(refused.reason.en) (paragraph \(paragraph) of word/document.xml); remove it")
            refusedControl = refused
            position = refused.position
            self.paragraph = paragraph
        }
    }

    /// Extracts the text of the .docx in `data`; `maxXMLSize` bounds the unpacked document.xml (zip bombs).
    public static func extract(_ data: Data, maxXMLSize: Int) -> Result<String, Failure> {
        if let problem = ZipLayout.problem(in: [UInt8](data)) {
            return .failure(Failure("不是有效的 .docx（\(problem.zh)）", "not a valid .docx (\(problem.en))"))
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            return .failure(Failure("不是 .docx 文件（不是 ZIP 压缩包）", "not a .docx file (not a ZIP archive)"))
        }
        guard let entry = archive["word/document.xml"] else {
            return .failure(Failure("不是 .docx 文件（其中没有 word/document.xml）", "not a .docx file (no word/document.xml inside)"))
        }
        guard entry.uncompressedSize <= UInt64(maxXMLSize) else {
            return .failure(Failure("word/document.xml 解压后 \(entry.uncompressedSize) 字节，超过上限 \(maxXMLSize)", "word/document.xml unpacks to \(entry.uncompressedSize) bytes, over the limit of \(maxXMLSize)"))
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                xml.append(chunk)
            }
        } catch {
            return .failure(Failure("word/document.xml 无法解压：\(error)", "word/document.xml cannot be unpacked: \(error)"))
        }
        guard xml.count <= maxXMLSize else {
            return .failure(Failure("word/document.xml 超过 \(maxXMLSize) 字节的上限", "word/document.xml is over the limit of \(maxXMLSize) bytes"))
        }
        let bytes = [UInt8](xml)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // At the first bad byte, as a .txt file's is (its column counted in bytes: the bytes are not characters).
            let bad = TextDecoder.failure(at: TextDecoder.firstInvalidUTF8(bytes), in: bytes,
                                          "word/document.xml 不是 UTF-8", "word/document.xml is not UTF-8")
            return .failure(Failure(bad.text.zh, bad.text.en, at: SourcePosition(line: bad.line, column: bad.column)))
        }
        let read = read(documentXML: text)
        if let refused = read.refused { return .failure(Failure(refused.control, paragraph: refused.paragraph)) }
        return .success(read.lines.joined(separator: "\n"))
    }

    /// The non-empty, trimmed lines of a WordprocessingML body.
    public static func paragraphs(inDocumentXML xml: String) -> [String] {
        read(documentXML: xml).lines
    }

    /// The lines of a WordprocessingML body, and the first control in its text that a text may not hold.
    static func read(documentXML xml: String) -> (lines: [String], refused: (control: HTMLText.RefusedControl, paragraph: Int)?) {
        let s = Array(xml.unicodeScalars)
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var inText = false
        var runDepth = 0
        var fallbackDepth = 0
        var paragraph = 0
        var refused: (control: HTMLText.RefusedControl, paragraph: Int)?
        var i = 0

        // Tables: a row of two or more cells is one line, its cells apart with " | " and an empty one kept, so that a
        // table of targets or of task assignments keeps its columns ("网络零售额 | 亿元 | 7611 | 12000", "1 | 建设…平台 |
        // 省政务办"); a cell's paragraphs are joined by a space, a nested table's cells go into its cell. A row of one
        // cell (a box framing text) keeps its paragraphs as lines.
        var tableDepth = 0
        var cellParagraphs: [String] = []
        var rowCells: [[String]] = []

        func endLine() {
            let line = String(current).trimmingWhitespace()
            current = String.UnicodeScalarView()
            if tableDepth > 0 {
                if !line.isEmpty { cellParagraphs.append(line) }
            } else if !line.isEmpty {
                lines.append(line)
            }
        }

        func endCell() {
            endLine()
            guard tableDepth == 1 else { return }
            rowCells.append(cellParagraphs)
            cellParagraphs = []
        }

        func endRow() {
            guard tableDepth == 1 else { return }
            if rowCells.count == 1 {
                lines += rowCells[0]
            } else if rowCells.contains(where: { !$0.isEmpty }) {
                lines.append(rowCells.map { $0.joined(separator: " ") }.joined(separator: " | ").trimmingWhitespace())
            }
            rowCells = []
        }

        while i < s.count {
            if s[i] != "<" {
                if inText && fallbackDepth == 0 {
                    // Collect up to the next tag and decode its character references at once.
                    var j = i
                    while j < s.count, s[j] != "<" { j += 1 }
                    let raw = String(String.UnicodeScalarView(s[i..<j]))
                    current.append(contentsOf: HTMLEntities.decode(raw).unicodeScalars)
                    if refused == nil {
                        // Written as itself (XML forbids C0 ones, not C1) or as a reference, whichever comes first.
                        let itself = s[i..<j].firstIndex(where: TextDecoder.isRefusedControl).map { (control: s[$0], written: "", offset: $0) }
                        let reference = HTMLEntities.firstRefusedControl(in: raw).map { (control: $0.control, written: $0.reference.written, offset: i + $0.reference.offset) }
                        if let first = [itself, reference].compactMap({ $0 }).min(by: { $0.offset < $1.offset }) {
                            refused = (HTMLText.RefusedControl(control: first.control, written: first.written,
                                                               position: HTMLText.position(of: first.offset, in: s)), max(paragraph, 1))
                        }
                    }
                    i = j
                } else {
                    i += 1
                }
                continue
            }
            guard let close = s[i...].firstIndex(of: ">") else { break }
            let tag = String(String.UnicodeScalarView(s[(i + 1)..<close]))
            i = close + 1
            if tag.hasPrefix("?") || tag.hasPrefix("!") { continue }
            let isEnd = tag.hasPrefix("/")
            let selfClosing = tag.hasSuffix("/")
            let name = (isEnd ? tag.dropFirst() : Substring(tag)).prefix { $0 != " " && $0 != "/" && $0 != "\t" && $0 != "\n" && $0 != "\r" }
            switch (name, isEnd) {
            case ("mc:Fallback", false) where !selfClosing: fallbackDepth += 1
            case ("mc:Fallback", true): fallbackDepth = max(0, fallbackDepth - 1)
            case _ where fallbackDepth > 0: break
            case ("w:p", false) where selfClosing:
                paragraph += 1
                endLine()
            case ("w:p", false): paragraph += 1
            case ("w:p", true): endLine()
            case ("w:r", false) where !selfClosing: runDepth += 1
            case ("w:r", true): runDepth = max(0, runDepth - 1)
            case ("w:t", false): inText = !selfClosing
            case ("w:t", true): inText = false
            case ("w:tbl", false) where !selfClosing: tableDepth += 1
            case ("w:tbl", true):
                // A row left open by a damaged table is still written.
                if tableDepth == 1 { endCell(); if !rowCells.isEmpty { endRow() } }
                tableDepth = max(0, tableDepth - 1)
            case ("w:tc", true): endCell()
            case ("w:tr", true): endRow()
            case ("w:tab", false) where runDepth > 0: current.append("\t")
            case ("w:br", false) where runDepth > 0, ("w:cr", false) where runDepth > 0: endLine()
            default: break
            }
        }
        endLine()
        return (lines, refused)
    }
}
