import Foundation
import SafeText

/// The text of an HTML page saved from a government site, and the metadata of its header table.
///
/// A small tolerant parser, not a browser: it builds an element tree (closing `p`, `li`, `td`, `tr` that
/// pages leave open), takes the main content container when the page has one (`#UCAP-CONTENT`,
/// `.pages_content`, `#zoom`, `.TRS_Editor`, `.article`, `<article>`), else `<body>`, drops script, style,
/// navigation and other chrome, turns block elements and `<br>` into line breaks, collapses white space as
/// a browser would, decodes entities and drops empty lines. The gov.cn header table (cells labelled
/// 发文机关, 发文字号, 成文日期, 发布日期, 标题, 索引号, 主题分类) is read from the whole page.
public struct HTMLText: Sendable {
    /// The extracted text: one line per block, no empty lines.
    public var text: String
    /// Header-table values by their label with spaces and the colon removed (发文机关, 标题, ...).
    public var header: [String: String]
    /// Where each header value's cell starts in the page (line and column in characters): problems with a value
    /// are reported there.
    public var headerPositions: [String: SourcePosition]
    /// `<meta name="ArticleTitle">`, else `<title>` up to the site name: a fallback for 标题.
    public var pageTitle: String?
    /// Where the element `pageTitle` comes from starts.
    public var pageTitlePosition: SourcePosition?
    /// The first character reference in what is read from the page (its text, a header-table value, the
    /// `ArticleTitle` or `<title>` its title is taken from) that stands for a control a text may not hold
    /// (`TextDecoder.isRefusedControl`, `&#27;`): the import refuses the page as it refuses the raw byte, and
    /// `ipap fetch` stores nothing of the page (its text, nor the number or dates of its header).
    public var refusedControl: RefusedControl?

    /// A reference to a control character, with where it is written in the page.
    public struct RefusedControl: Sendable, Equatable {
        public var control: Unicode.Scalar
        /// The reference as written (`&#27;`); empty for the control written as itself (a .docx's XML).
        public var written: String
        /// Line and column (1-based, in characters) of its `&` (of the control, written as itself).
        public var position: SourcePosition

        public init(control: Unicode.Scalar, written: String, position: SourcePosition) {
            self.control = control
            self.written = written
            self.position = position
        }

        /// Why the page's text is refused, worded alike by the import and the fetch (each says where).
        public var reason: LocalizedText {
            let name = ControlCharacters.name(control)
            let (zh, en) = written.isEmpty ? ("", "") : ("（写作 \(written)）", " (written \(written))")
            return LocalizedText(zh: "控制字符 \(name)\(zh)：正文不能含控制字符",
                                 en: "the control character \(name)\(en): a text may not hold control characters")
        }
    }

    /// Labels read from the header table.
    public static let headerLabels: Set<String> = ["发文机关", "发文字号", "成文日期", "发布日期", "标题", "索引号", "主题分类"]

    public init(html: String) {
        let scalars = Array(html.unicodeScalars)
        let tree = Tree(parsing: scalars)
        let root = tree.mainContainer() ?? tree.first(named: "body") ?? 0
        var lines = LineBuilder()
        tree.render(root, into: &lines, dropping: Self.dropped)
        text = lines.finish().joined(separator: "\n")
        let table = tree.headerTable()
        header = table.mapValues(\.value)
        headerPositions = table.mapValues { Self.position(of: $0.start, in: scalars) }
        let title = tree.pageTitle()
        pageTitle = title?.text
        pageTitlePosition = title.map { Self.position(of: $0.start, in: scalars) }
        // The header's values and the title reach a document's title and number as the text reaches its text.
        let found = ([lines.refusedReference, title?.refused] + table.values.map(\.refused)).compactMap { $0 }
        refusedControl = found.min { $0.offset < $1.offset }.map { found in
            RefusedControl(control: found.control, written: found.written, position: Self.position(of: found.offset, in: scalars))
        }
    }

    /// The line and column (1-based, counted in characters) of the scalar at `offset`.
    static func position(of offset: Int, in scalars: [Unicode.Scalar]) -> SourcePosition {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, scalars.count) where scalars[i] == "\n" {
            line += 1
            lineStart = i + 1
        }
        return SourcePosition(line: line, column: offset - lineStart + 1)
    }

    /// Elements whose content is never document text.
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "head", "nav", "header", "footer",
                                       "aside", "iframe", "svg", "select", "button", "object", "form", "map"]
    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                    "param", "source", "track", "wbr"]
    static let blocks: Set<String> = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
                                      "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
                                      "blockquote", "pre", "hr", "center", "caption", "figure", "figcaption",
                                      "address", "body", "html", "title"]
    /// Start tags that close an open element of the group, unless a container (`stopsAt`) comes first.
    static let impliedEnds: [String: (closes: Set<String>, stopsAt: Set<String>)] = [
        "li": (["li"], ["ul", "ol"]), "td": (["td", "th"], ["tr", "table"]), "th": (["td", "th"], ["tr", "table"]),
        "tr": (["tr", "td", "th"], ["table", "tbody", "thead", "tfoot"]), "option": (["option"], ["select"]),
        "dt": (["dt", "dd"], ["dl"]), "dd": (["dt", "dd"], ["dl"]),
    ]
    /// Elements whose content is kept verbatim (no tags inside, no white-space collapsing for script/style).
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp"]

    // MARK: - Tree

    struct Element {
        var name: String
        var attributes: [String: String]
        /// Offset of its `<` in the page.
        var start = 0
        var children: [Item] = []
        /// By attribute, the first reference in its value that stands for a refused control.
        var refusedInAttributes: [String: FoundReference] = [:]
    }

    /// A reference that stands for a refused control, with the page offset of its `&`.
    struct FoundReference {
        var control: Unicode.Scalar
        var written: String
        var offset: Int

        /// The first such reference in `raw`, text as written that starts at page offset `start`.
        init?(in raw: String, at start: Int) {
            guard let (reference, control) = HTMLEntities.firstRefusedControl(in: raw) else { return nil }
            self.control = control
            written = reference.written
            offset = start + reference.offset
        }
    }

    enum Item {
        /// Text as written, with the offset of its first scalar in the page.
        case text(String, start: Int)
        case element(Int)
    }

    struct Tree {
        var elements: [Element] = [Element(name: "#root", attributes: [:])]

        init(parsing s: [Unicode.Scalar]) {
            var stack: [Int] = [0]
            var i = 0
            var text = String.UnicodeScalarView()
            var textStart = 0

            func flushText() {
                if !text.isEmpty, let top = stack.last {
                    elements[top].children.append(.text(String(text), start: textStart))
                    text = String.UnicodeScalarView()
                }
            }
            func open(_ name: String, _ attributes: [String: String], refused: [String: FoundReference], at start: Int) -> Int {
                closeImplied(by: name)
                let index = elements.count
                elements.append(Element(name: name, attributes: attributes, start: start, refusedInAttributes: refused))
                if let top = stack.last { elements[top].children.append(.element(index)) }
                return index
            }
            // Pages leave p, li, td, tr and option open; a new one (or a block for p) closes the old.
            func closeImplied(by name: String) {
                if let rule = HTMLText.impliedEnds[name] {
                    if let at = stack.lastIndex(where: { rule.closes.contains(elements[$0].name) || rule.stopsAt.contains(elements[$0].name) }),
                       at > 0, rule.closes.contains(elements[stack[at]].name) {
                        stack.removeSubrange(at...)
                    }
                } else if HTMLText.blocks.contains(name) || name == "p", let last = stack.last, elements[last].name == "p" {
                    stack.removeLast()
                }
            }
            func close(_ name: String) {
                if let at = stack.lastIndex(where: { elements[$0].name == name }), at > 0 {
                    stack.removeSubrange(at...)
                }
            }

            while i < s.count {
                let c = s[i]
                guard c == "<", i + 1 < s.count else {
                    if text.isEmpty { textStart = i }
                    text.append(c)
                    i += 1
                    continue
                }
                let next = s[i + 1]
                if next == "!" || next == "?" {
                    flushText()
                    if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
                        i = Self.find(["-", "-", ">"], in: s, from: i + 4).map { $0 + 3 } ?? s.count
                    } else {
                        i = Self.find([">"], in: s, from: i + 2).map { $0 + 1 } ?? s.count
                    }
                    continue
                }
                let isEnd = next == "/"
                let nameStart = isEnd ? i + 2 : i + 1
                guard nameStart < s.count, s[nameStart].properties.isAlphabetic, s[nameStart].isASCII else {
                    if text.isEmpty { textStart = i }
                    text.append(c)
                    i += 1
                    continue
                }
                flushText()
                let tagStart = i
                var j = nameStart
                var name = ""
                while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == "-" || s[j] == ":" {
                    name.unicodeScalars.append(s[j])
                    j += 1
                }
                name = name.lowercased()
                let (attributes, refused, selfClosing, after) = Self.attributes(in: s, from: j)
                i = after
                if isEnd {
                    close(name)
                    continue
                }
                let index = open(name, attributes, refused: refused, at: tagStart)
                if HTMLText.void.contains(name) || selfClosing { continue }
                if HTMLText.rawText.contains(name) {
                    let end = Self.findEndTag(name, in: s, from: i)
                    let content = String(String.UnicodeScalarView(s[i..<end]))
                    if !content.isEmpty { elements[index].children.append(.text(content, start: i)) }
                    i = Self.find([">"], in: s, from: end).map { $0 + 1 } ?? s.count
                    continue
                }
                stack.append(index)
            }
            flushText()
        }

        static func find(_ pattern: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int) -> Int? {
            guard !pattern.isEmpty, s.count >= pattern.count else { return nil }
            var i = start
            while i + pattern.count <= s.count {
                if s[i] == pattern[0], Array(s[i..<i + pattern.count]) == pattern { return i }
                i += 1
            }
            return nil
        }

        /// Index of `</name` (any case) at or after `start`, else the end.
        static func findEndTag(_ name: String, in s: [Unicode.Scalar], from start: Int) -> Int {
            let target = Array(name.unicodeScalars)
            var i = start
            while i + 2 + target.count <= s.count {
                if s[i] == "<", s[i + 1] == "/" {
                    let candidate = String(String.UnicodeScalarView(s[(i + 2)..<(i + 2 + target.count)])).lowercased()
                    if candidate == name { return i }
                }
                i += 1
            }
            return s.count
        }

        /// Attributes of a tag starting at `start` (just after its name), the references to refused controls in
        /// their values, whether it ends with `/>`, and the index after its `>`.
        static func attributes(in s: [Unicode.Scalar], from start: Int) -> ([String: String], [String: FoundReference], Bool, Int) {
            var attributes: [String: String] = [:]
            var refused: [String: FoundReference] = [:]
            var i = start
            var selfClosing = false
            func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
            while i < s.count {
                let c = s[i]
                if c == ">" { return (attributes, refused, selfClosing, i + 1) }
                if isSpace(c) { i += 1; continue }
                if c == "/" { selfClosing = true; i += 1; continue }
                selfClosing = false
                var name = ""
                while i < s.count, !isSpace(s[i]), s[i] != "=", s[i] != ">", s[i] != "/" || name.isEmpty {
                    name.unicodeScalars.append(s[i])
                    i += 1
                }
                while i < s.count, isSpace(s[i]) { i += 1 }
                var value = ""
                var valueStart = i
                if i < s.count, s[i] == "=" {
                    i += 1
                    while i < s.count, isSpace(s[i]) { i += 1 }
                    valueStart = i
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]
                        i += 1
                        valueStart = i
                        while i < s.count, s[i] != quote { value.unicodeScalars.append(s[i]); i += 1 }
                        i += 1
                    } else {
                        while i < s.count, !isSpace(s[i]), s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                    }
                }
                if !name.isEmpty {
                    attributes[name.lowercased()] = HTMLEntities.decode(value)
                    refused[name.lowercased()] = FoundReference(in: value, at: valueStart)
                }
            }
            return (attributes, refused, selfClosing, s.count)
        }

        // MARK: Queries

        func first(named name: String) -> Int? {
            elements.indices.first { elements[$0].name == name }
        }

        /// The content container of common government page templates, most specific first.
        func mainContainer() -> Int? {
            func classes(_ e: Element) -> [String] { (e.attributes["class"] ?? "").split(separator: " ").map(String.init) }
            let tests: [(Element) -> Bool] = [
                { $0.attributes["id"] == "UCAP-CONTENT" },
                { classes($0).contains("pages_content") },
                { $0.attributes["id"]?.lowercased() == "zoom" },
                { classes($0).contains { $0 == "TRS_Editor" || $0 == "TRS_UEDITOR" } },
                { classes($0).contains("article") || $0.name == "article" },
            ]
            for test in tests {
                if let index = elements.indices.first(where: { $0 > 0 && test(elements[$0]) }) { return index }
            }
            return nil
        }

        /// Renders without recursion: pages nested tens of thousands of elements deep must not overflow the stack.
        func render(_ index: Int, into lines: inout LineBuilder, dropping dropped: Set<String>) {
            enum Step {
                case open(Int)
                case text(String, start: Int, parent: Int)
                case close
            }
            var steps: [Step] = [.open(index)]
            while let step = steps.popLast() {
                switch step {
                case .close:
                    lines.breakLine()
                case .text(let t, let start, let parent):
                    let name = elements[parent].name
                    if name == "script" || name == "style" { continue }
                    let pre = name == "pre"
                    lines.append(HTMLEntities.decode(pre ? t : LineBuilder.collapse(t)), preformatted: pre)
                    // Raw control bytes were refused before; a reference is written as text, so found in `t`.
                    if lines.refusedReference == nil { lines.refusedReference = FoundReference(in: t, at: start) }
                case .open(let i):
                    let element = elements[i]
                    if dropped.contains(element.name) { continue }
                    let isBlock = HTMLText.blocks.contains(element.name)
                    if isBlock || element.name == "br" { lines.breakLine() }
                    if element.name == "td" || element.name == "th" { lines.appendSeparator() }
                    if isBlock { steps.append(.close) }
                    for child in element.children.reversed() {
                        switch child {
                        case .text(let t, let start): steps.append(.text(t, start: start, parent: i))
                        case .element(let j): steps.append(.open(j))
                        }
                    }
                }
            }
        }

        /// The text of an element on one line, and the first reference in it that stands for a refused control.
        func flatText(_ index: Int) -> (text: String, refused: FoundReference?) {
            var lines = LineBuilder()
            render(index, into: &lines, dropping: HTMLText.dropped.subtracting(["header", "form"]))
            return (lines.finish().joined(separator: " "), lines.refusedReference)
        }

        /// Label/value pairs of table cells: a labelled cell followed by its value cell, or 标签：值 in one cell.
        func headerTable() -> [String: (value: String, start: Int, refused: FoundReference?)] {
            // Only innermost cells: layout tables put whole pages inside one outer cell.
            let cellIndices = elements.indices.filter { isCell($0) && !containsCell($0) }
            let flat = cellIndices.map(flatText)
            let cells = flat.map(\.text)
            var out: [String: (value: String, start: Int, refused: FoundReference?)] = [:]
            func label(_ text: String) -> String {
                var t = String(text.filter { !$0.isWhitespace })
                while let last = t.last, last == "：" || last == ":" { t.removeLast() }
                return t
            }
            for (k, cell) in cells.enumerated() {
                let l = label(cell)
                if HTMLText.headerLabels.contains(l) {
                    if out[l] == nil, k + 1 < cells.count, !HTMLText.headerLabels.contains(label(cells[k + 1])) {
                        let v = cells[k + 1].trimmingWhitespace()
                        if !v.isEmpty { out[l] = (v, elements[cellIndices[k + 1]].start, flat[k + 1].refused) }
                    }
                    continue
                }
                // 发文机关：国务院 in one cell.
                if let colon = cell.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                    let l2 = label(String(cell[..<colon]))
                    let v = String(cell[cell.index(after: colon)...]).trimmingWhitespace()
                    if HTMLText.headerLabels.contains(l2), out[l2] == nil, !v.isEmpty, v.count < 300 { out[l2] = (v, elements[cellIndices[k]].start, flat[k].refused) }
                }
            }
            return out
        }

        func isCell(_ index: Int) -> Bool { elements[index].name == "td" || elements[index].name == "th" }

        func containsCell(_ index: Int) -> Bool {
            var pending = [index]
            while let next = pending.popLast() {
                for case .element(let i) in elements[next].children {
                    if isCell(i) { return true }
                    pending.append(i)
                }
            }
            return false
        }

        /// The page's title, the offset of the element it is read from and the first reference in what it is read
        /// from that stands for a refused control.
        func pageTitle() -> (text: String, start: Int, refused: FoundReference?)? {
            for e in elements where e.name == "meta" && e.attributes["name"]?.lowercased() == "articletitle" {
                if let c = e.attributes["content"]?.trimmingWhitespace(), !c.isEmpty { return (c, e.start, e.refusedInAttributes["content"]) }
            }
            guard let index = first(named: "title") else { return nil }
            let (whole, refused) = flatText(index)
            var t = whole
            // 国务院关于…的指导意见_政府信息公开专栏 / …-中国政府网: keep the document's own title.
            if let cut = t.firstIndex(where: { $0 == "_" || $0 == "|" }) { t = String(t[..<cut]) }
            t = t.trimmingWhitespace()
            return t.isEmpty ? nil : (t, elements[index].start, refused)
        }
    }

    // MARK: - Lines

    struct LineBuilder {
        private var lines: [String] = []
        private var current = ""
        /// The current line's table cells before the one being read (`current`), and how many cells it has
        /// opened: a row of simple cells is one line, its cells apart (`breakLine`).
        private var cells: [String] = []
        private var cellsOpened = 0
        /// The first reference appended that stands for a refused control, with the page offset of its `&`.
        var refusedReference: FoundReference?

        /// HTML white space (not U+3000 or no-break space) collapsed to one space, as a browser shows it.
        static func collapse(_ text: String) -> String {
            var out = String.UnicodeScalarView()
            var space = false
            for c in text.unicodeScalars {
                if c == " " || c == "\n" || c == "\r" || c == "\t" || c == "\u{0C}" {
                    space = true
                } else {
                    if space { out.append(" ") }
                    space = false
                    out.append(c)
                }
            }
            if space { out.append(" ") }
            return String(out)
        }

        mutating func append(_ text: String, preformatted: Bool) {
            guard preformatted else {
                current += text
                return
            }
            let parts = TextDecoder.normalizeLineEndings(text).split(separator: "\n", omittingEmptySubsequences: false)
            for (k, part) in parts.enumerated() {
                if k > 0 { breakLine() }
                current += part
            }
        }

        /// At a table cell's start: the cells of a row stay apart, an empty one included, so that a table of
        /// targets keeps its columns ("网络零售额 | 亿元 | 7611 | 12000", "普及率 | % |  | 80"). A cell holding blocks
        /// (paragraphs) breaks the row into lines, as before.
        mutating func appendSeparator() {
            if cellsOpened > 0 {
                cells.append(current)
                current = ""
            }
            cellsOpened += 1
        }

        mutating func breakLine() {
            let line: String
            if cells.isEmpty {
                line = Self.cleaned(current)
            } else {
                let row = (cells + [current]).map(Self.cleaned)
                line = row.allSatisfy(\.isEmpty) ? "" : row.joined(separator: " | ").trimmingWhitespace()
            }
            if !line.isEmpty { lines.append(line) }
            current = ""
            cells = []
            cellsOpened = 0
        }

        /// No-break spaces become plain spaces; runs of spaces one; U+3000 indentation trimmed at the ends.
        private static func cleaned(_ text: String) -> String {
            collapse(text.replacingOccurrences(of: "\u{00A0}", with: " ")).trimmingWhitespace()
        }

        mutating func finish() -> [String] {
            breakLine()
            return lines
        }
    }
}
