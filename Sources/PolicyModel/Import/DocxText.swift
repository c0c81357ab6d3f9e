import Foundation
import ZIPFoundation

/// The text of a Word .docx file: the paragraphs (`<w:p>`) of `word/document.xml`, one line each, from
/// their `<w:t>` runs, with `<w:tab/>` as a tab and `<w:br/>`/`<w:cr/>` as a line break. Deleted text
/// (`w:delText`), field codes and the fallback copy of text boxes (`mc:Fallback`) are not text. Lines are
/// trimmed and empty ones dropped, as for HTML.
public enum DocxText {
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, in both languages.
        public var text: LocalizedText
        public var message: String { text.en }

        init(_ zh: String, _ en: String) { text = LocalizedText(zh: zh, en: en) }
    }

    /// Extracts the text of the .docx in `data`; `maxXMLSize` bounds the unpacked document.xml (zip bombs).
    public static func extract(_ data: Data, maxXMLSize: Int) -> Result<String, Failure> {
        if let problem = ZipLayout.problem(in: [UInt8](data)) {
            return .failure(Failure("不是有效的 .docx（\(problem)）", "not a valid .docx (\(problem))"))
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
        guard let text = String(validating: [UInt8](xml), as: UTF8.self) else {
            return .failure(Failure("word/document.xml 不是 UTF-8", "word/document.xml is not UTF-8"))
        }
        return .success(paragraphs(inDocumentXML: text).joined(separator: "\n"))
    }

    /// The non-empty, trimmed lines of a WordprocessingML body.
    public static func paragraphs(inDocumentXML xml: String) -> [String] {
        let s = Array(xml.unicodeScalars)
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var inText = false
        var runDepth = 0
        var fallbackDepth = 0
        var i = 0

        func endLine() {
            let line = String(current).trimmingWhitespace()
            if !line.isEmpty { lines.append(line) }
            current = String.UnicodeScalarView()
        }

        while i < s.count {
            if s[i] != "<" {
                if inText && fallbackDepth == 0 {
                    // Collect up to the next tag and decode its character references at once.
                    var j = i
                    while j < s.count, s[j] != "<" { j += 1 }
                    let raw = String(String.UnicodeScalarView(s[i..<j]))
                    current.append(contentsOf: HTMLEntities.decode(raw).unicodeScalars)
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
            case ("w:p", false) where selfClosing: endLine()
            case ("w:p", true): endLine()
            case ("w:r", false) where !selfClosing: runDepth += 1
            case ("w:r", true): runDepth = max(0, runDepth - 1)
            case ("w:t", false): inText = !selfClosing
            case ("w:t", true): inText = false
            case ("w:tab", false) where runDepth > 0: current.append("\t")
            case ("w:br", false) where runDepth > 0, ("w:cr", false) where runDepth > 0: endLine()
            default: break
            }
        }
        endLine()
        return lines
    }
}
