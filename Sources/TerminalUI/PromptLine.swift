/// A one-line input: a label ("/", ":", "搜索: ") then the text, with the cursor shown as a
/// reversed cell (the terminal cursor stays hidden). Scrolls horizontally to keep the cursor
/// in view; a wide character is never split.
public struct PromptLine: Widget, Sendable {
    public var label: String
    public var text: String
    /// Cursor position in `Character`s of `text`.
    public var cursor: Int
    public var style: Style
    public var labelStyle: Style
    public var cursorStyle: Style

    public init(label: String, text: String, cursor: Int? = nil, style: Style = .plain,
                labelStyle: Style = .bold, cursorStyle: Style = .reverse) {
        self.label = label
        self.text = text
        self.cursor = cursor ?? text.count
        self.style = style
        self.labelStyle = labelStyle
        self.cursorStyle = cursorStyle
    }

    public init(label: String, editor: LineEditor) {
        self.init(label: label, text: editor.text, cursor: editor.cursor)
    }

    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        canvas.fill(line, style: style)
        let labelWidth = canvas.put(label, x: line.x, y: line.y, style: labelStyle, maxWidth: line.width)
        let fieldX = line.x + labelWidth
        let fieldWidth = line.maxX - fieldX
        guard fieldWidth > 0 else { return }
        let chars = Array(text)
        let position = min(max(0, cursor), chars.count)
        let widths = chars.map { max(1, DisplayWidth.of($0)) }
        let cursorWidth = position < chars.count ? widths[position] : 1
        // First visible character: as far left as possible while the cursor still fits.
        var first = 0
        var span = widths[0..<position].reduce(0, +) + cursorWidth
        while first < position && span > fieldWidth {
            span -= widths[first]
            first += 1
        }
        var x = fieldX
        for index in first..<chars.count {
            let charStyle = index == position ? style.merged(with: cursorStyle) : style
            let advanced = canvas.put(String(chars[index]), x: x, y: line.y, style: charStyle, maxWidth: line.maxX - x)
            if advanced == 0 { break }
            x += advanced
        }
        if position == chars.count && x < line.maxX {
            canvas.put(" ", x: x, y: line.y, style: style.merged(with: cursorStyle), maxWidth: 1)
        }
    }
}
