import PolicyModel
import TerminalUI

/// One source for every key: the dispatcher, the help screen and docs/keys.md all read this table.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the keys are written in help (`j ↓`).
    public let label: String
    public let action: Action
    public let help: LocalizedText
    public let group: Group

    public enum Group: String, Sendable, CaseIterable {
        case move, navigate, find, review, view, app

        public var name: LocalizedText {
            switch self {
            case .move: LocalizedText(zh: "移动", en: "Move")
            case .navigate: LocalizedText(zh: "浏览", en: "Navigate")
            case .find: LocalizedText(zh: "查找与筛选", en: "Find and filter")
            case .review: LocalizedText(zh: "审阅（写入自己的日志）", en: "Review (written to your own journal)")
            case .view: LocalizedText(zh: "视图", en: "View")
            case .app: LocalizedText(zh: "程序", en: "Application")
            }
        }
    }
}

public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.char("j"), .down, .mouseWheelDown], label: "j ↓", action: .down,
                   help: LocalizedText(zh: "下移一行", en: "Move down one row"), group: .move),
        KeyBinding(keys: [.char("k"), .up, .mouseWheelUp], label: "k ↑", action: .up,
                   help: LocalizedText(zh: "上移一行", en: "Move up one row"), group: .move),
        KeyBinding(keys: [.pageDown, .char(" "), .ctrl("f"), .ctrl("d")], label: "PgDn Space ^F", action: .pageDown,
                   help: LocalizedText(zh: "下翻一页", en: "Page down"), group: .move),
        KeyBinding(keys: [.pageUp, .char("b"), .ctrl("b"), .ctrl("u")], label: "PgUp b ^B", action: .pageUp,
                   help: LocalizedText(zh: "上翻一页", en: "Page up"), group: .move),
        KeyBinding(keys: [.char("g"), .home], label: "g Home", action: .top,
                   help: LocalizedText(zh: "到第一行", en: "Go to the first row"), group: .move),
        KeyBinding(keys: [.char("G"), .end], label: "G End", action: .bottom,
                   help: LocalizedText(zh: "到最后一行", en: "Go to the last row"), group: .move),
        KeyBinding(keys: [.enter], label: "Enter", action: .drill,
                   help: LocalizedText(zh: "打开所选项（深入）；在“… 另有 N 处：Enter 列出”或“…（未摘录）：Enter 摘录”一行上：在原处列出",
                                       en: "Open the selected row or cell (drill down); on a '… N more: Enter lists them' or '… (not quoted): Enter quotes them' row, list them in place"),
                   group: .navigate),
        KeyBinding(keys: [.escape, .backspace], label: "Esc ⌫", action: .back,
                   help: LocalizedText(zh: "返回上一层（沿路径）", en: "Go back along the breadcrumb"), group: .navigate),
        KeyBinding(keys: [.char("l"), .right], label: "l →", action: .right,
                   help: LocalizedText(zh: "深入；在矩阵和热力图中右移", en: "Drill down; in a matrix or heat map, move right"), group: .navigate),
        KeyBinding(keys: [.char("h"), .left], label: "h ←", action: .left,
                   help: LocalizedText(zh: "返回；在矩阵和热力图中左移", en: "Go back; in a matrix or heat map, move left"), group: .navigate),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextTab,
                   help: LocalizedText(zh: "下一个标签页", en: "Next tab"), group: .navigate),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", action: .previousTab,
                   help: LocalizedText(zh: "上一个标签页", en: "Previous tab"), group: .navigate),
        KeyBinding(keys: (0...9).map { .char(Character(String($0))) }, label: "1-9 0", action: .tab(0),
                   help: LocalizedText(zh: "切换标签页：1 总览 2 省份 3 部委 4 领域 5 文件 6 指标 7 相似度 8 政策工具 9 时间线 0 审阅",
                                       en: "Switch tab: 1 overview 2 provinces 3 issuers 4 areas 5 documents 6 indicators 7 similarity 8 policy tools 9 timeline 0 reviews"),
                   group: .navigate),
        KeyBinding(keys: [.char("]")], label: "]", action: .nextFinding,
                   help: LocalizedText(zh: "文件中：下一个发现（复制段落、空泛措施）", en: "In a document: next finding (copied passage, vague measure)"),
                   group: .find),
        KeyBinding(keys: [.char("[")], label: "[", action: .previousFinding,
                   help: LocalizedText(zh: "文件中：上一个发现", en: "In a document: previous finding"), group: .find),
        KeyBinding(keys: [.char("c")], label: "c", action: .compare,
                   help: LocalizedText(zh: "并排对照。文件中：与 m 标记的文件；未标记时，光标在共享段落上则与该段的另一方（来源，或照搬该段的文件），否则与复用最多的文件。列表中：m 标记后与所选文件",
                                       en: "Compare side by side. In a document: with the document marked by m; with none marked, on a shared passage with that passage's other document (its source, or the one that copied it), elsewhere with the document it shares most with. In a list: after m, with the selected document"),
                   group: .navigate),
        KeyBinding(keys: [.char("m")], label: "m", action: .markForCompare,
                   help: LocalizedText(zh: "标记所选文件；再在另一份文件上按 c，两者并排对照", en: "Mark the selected document; c on another then compares the two side by side"),
                   group: .navigate),
        KeyBinding(keys: [.char("y")], label: "y", action: .copyPassage,
                   help: LocalizedText(zh: "文件中：复制光标处的条款（或行）及出处到终端剪贴板（OSC 52）",
                                       en: "In a document: copy the clause (or line) under the cursor with its citation to the terminal's clipboard (OSC 52)"),
                   group: .find),
        KeyBinding(keys: [.char("v")], label: "v", action: .cycleView,
                   help: LocalizedText(zh: "切换视图：政策工具矩阵按领域 / 级别 / 年份；时间线按年 / 月",
                                       en: "Switch the view: the policy tools' matrix by area, level or year; the timeline by year or month"),
                   group: .view),
        KeyBinding(keys: [.char("/")], label: "/", action: .search,
                   help: LocalizedText(zh: "搜索本页：各行（说明行、小标题也在内，光标停在其旁最近的可选行）、正文和页首；文件标签页检索各文件的正文、标题、文号、编号和机关（全角半角不分：＋ 即 +）",
                                       en: "Search this page: its rows (notes and headings too, the cursor stopping on the nearest row beside them it can rest on), text and header; on the Documents tab, the documents' texts, titles, numbers, ids and issuers (full and half width alike: ＋ finds +)"),
                   group: .find),
        KeyBinding(keys: [.char("n")], label: "n", action: .nextMatch,
                   help: LocalizedText(zh: "下一个匹配；对照中：下一段", en: "Next match; in a comparison, the next passage"), group: .find),
        KeyBinding(keys: [.char("N")], label: "N", action: .previousMatch,
                   help: LocalizedText(zh: "上一个匹配；对照中：上一段", en: "Previous match; in a comparison, the previous passage"), group: .find),
        KeyBinding(keys: [.char("f")], label: "f", action: .filter,
                   help: LocalizedText(zh: "筛选：文件页用 级别 省份 机关 领域 年份（如 province:川 year:2016；领域同领域页：标题写明的和按全文编码归入的）；其他列表页按所含词语筛选本页（英文词须在词首：east 不含 Northeast）",
                                       en: "Filter: documents by level province issuer area year (e.g. province:川 year:2016; an area as its page lists it: titles naming it and texts coded to it); other lists by words their rows hold (an English word where a word starts: east finds East, not Northeast)"),
                   group: .find),
        KeyBinding(keys: [.char("F")], label: "F", action: .clearFilter,
                   help: LocalizedText(zh: "清除筛选（本页或文件）", en: "Clear the filter (this list's, or the documents')"), group: .find),
        KeyBinding(keys: [.char(":")], label: ":", action: .palette,
                   help: LocalizedText(zh: "命令面板：转到省份、机关、领域、页面，或文件（编号、文号；标题从输入两个字起）",
                                       en: "Command palette: go to a province, issuer, area, screen, or document (id, number; title from two characters typed)"),
                   group: .find),
        KeyBinding(keys: [.char("s")], label: "s", action: .sort,
                   help: LocalizedText(zh: "按下一列排序", en: "Sort by the next column"), group: .view),
        KeyBinding(keys: [.char("S")], label: "S", action: .reverseSort,
                   help: LocalizedText(zh: "反转排序方向", en: "Reverse the sort order"), group: .view),
        KeyBinding(keys: [.char("t")], label: "t", action: .tag,
                   help: LocalizedText(zh: "给所选对象加标签（Tab 补全已有标签）", en: "Tag the selected thing (Tab completes from tags in use)"),
                   group: .review),
        KeyBinding(keys: [.char("a")], label: "a", action: .annotate,
                   help: LocalizedText(zh: "写批注（可多行：Enter 换行，Ctrl-D 保存）", en: "Annotate (several lines: Enter breaks a line, Ctrl-D saves)"),
                   group: .review),
        KeyBinding(keys: [.char("r")], label: "r", action: .rate,
                   help: LocalizedText(zh: "评价指标：a 同意 / d 不同意 / u 不确定，空格后可加备注；文件页上不在指标行时评价其第一个指标（↑↓ 换）", en: "Rate an indicator: a agree / d disagree / u unsure, a space, then a note; on a document's page off an indicator line, its first indicator (↑↓ another)"),
                   group: .review),
        KeyBinding(keys: [.char("o")], label: "o", action: .overrideCode,
                   help: LocalizedText(zh: "改正条款的机器编码（政策工具或行动领域）；编码后空一格可写理由，记为备注（资金支持 有资金安排）",
                                       en: "Override a clause's machine code (policy tool or action area); a reason may follow the code after a space, kept as its note (supply-funding funds are named)"),
                   group: .review),
        KeyBinding(keys: [.char("u")], label: "u", action: .undo,
                   help: LocalizedText(zh: "撤销本窗口上一条审阅（追加撤销记录；更早的用 ipap review undo）", en: "Undo this window's last review action (appends its reversal; older ones: ipap review undo)"),
                   group: .review),
        KeyBinding(keys: [.char("R")], label: "R", action: .reloadReviews,
                   help: LocalizedText(zh: "立即重读所有审阅日志（也会自动重读）", en: "Re-read every review journal now (also done on change)"),
                   group: .review),
        KeyBinding(keys: [.char("e")], label: "e", action: .export,
                   help: LocalizedText(zh: "导出报告：markdown|csv|json 文件名；view 文件名.csv|.md 导出当前页；文件已存在时再按 Enter 覆盖",
                                       en: "Export a report: markdown|csv|json FILE; or view FILE.csv|.md: this screen as shown; a file that exists: Enter again overwrites it"),
                   group: .review),
        KeyBinding(keys: [.char("x")], label: "x", action: .cancelAnalysis,
                   help: LocalizedText(zh: "停止后台工作：全文检索页上停止检索（列出已找到的），否则取消文本分析（仪表盘照常可用）",
                                       en: "Stop background work: on a text search, the search (what was found is listed); else the text analysis"),
                   group: .view),
        KeyBinding(keys: [.char("w")], label: "w", action: .toggleScope,
                   help: LocalizedText(zh: "切换统计范围：全部文件 / 综述范围（政策文件，不含相关记录，至 2020-06）",
                                       en: "Switch what is counted: every document / the review's scope (policies up to 2020-06, related records left out)"),
                   group: .view),
        KeyBinding(keys: [.char("L")], label: "L", action: .toggleLanguage,
                   help: LocalizedText(zh: "切换界面语言（中文/English）", en: "Switch the interface language (中文/English)"),
                   group: .view),
        KeyBinding(keys: [.char("?"), .function(1)], label: "? F1", action: .help,
                   help: LocalizedText(zh: "帮助：所有按键（可搜索）", en: "Help: every key (searchable)"), group: .app),
        KeyBinding(keys: [.char("q"), .ctrl("c")], label: "q ^C", action: .quit,
                   help: LocalizedText(zh: "退出", en: "Quit"), group: .app),
    ]

    /// Keys of an open prompt, listed for help; they are not dispatched through `bindings`.
    public static let promptKeys: [(label: String, help: LocalizedText)] = [
        ("Enter", LocalizedText(zh: "确认输入；输入有误（未知编码、评价不以 a/d/u 开头、未知筛选键或省份）时输入框保持打开，保留所输内容以便修改",
                                en: "Accept the input; an entry refused (an unknown code, a rating not starting a/d/u, an unknown filter key or province) keeps its prompt open with the text to correct")),
        ("Esc", LocalizedText(zh: "取消输入", en: "Cancel the input")),
        ("⌫", LocalizedText(zh: "删除前一个字符；预填内容整段删除", en: "Delete the previous character; a pre-filled value as a whole")),
        ("← → Home End", LocalizedText(zh: "移动光标（Ctrl-A 行首，Ctrl-E 行尾）", en: "Move the cursor (Ctrl-A start, Ctrl-E end)")),
        ("Ctrl-U", LocalizedText(zh: "删除光标前的全部内容", en: "Delete everything before the cursor")),
        ("Ctrl-W", LocalizedText(zh: "删除光标前的一个词", en: "Delete the word before the cursor")),
        ("Ctrl-K", LocalizedText(zh: "删除光标后的全部内容", en: "Delete everything after the cursor")),
        ("abc", LocalizedText(zh: "预填内容（当前筛选、导出文件名）带下划线：直接输入即替换，移动光标则保留以便修改",
                                                              en: "A pre-filled value (the current filter, the export file) is underlined: typing replaces it, moving the cursor keeps it to edit")),
        ("Tab", LocalizedText(zh: "补全：命令面板所选的候选、已有标签、改码的工具或领域编号或中文名（有多个时补到共同部分并列出）；批注中为空格",
                              en: "Complete: the palette's chosen candidate, a tag in use, an override's tool or area id or Chinese name (several: as far as they agree, listed); in a note, a space")),
        ("↑ ↓", LocalizedText(zh: "命令面板中：选择候选（各类一并列出）；改码或给条款加标签时：换到前一条 / 后一条条款（一行可含几条，提示引出条款开头）；在文件页评价时：换侧栏的上一个 / 下一个指标",
                              en: "In the palette: choose a candidate (every kind is listed); in an override or a clause's tags: the clause before / after (a row can hold several; the prompt quotes the clause's first words); rating on a document's page: the panel's indicator before / after")),
        ("Ctrl-D", LocalizedText(zh: "批注中：保存（Enter 换行）", en: "In a note: save (Enter breaks the line)")),
    ]

    /// Marks the dashboard puts at a row's end, listed for help with the keys.
    public static let marks: [(label: String, help: LocalizedText)] = [
        ("✎", LocalizedText(zh: "该行所指之物本身有审阅记录（任一分析员，未撤销）：文件、省份、机关、领域有标签、批注或评价；文件（省份）自己页面上的指标行，仅当该指标对它有评价",
                            en: "This row's own item has a review entry in effect (by any analyst): a document, province, issuer or area tagged, annotated or rated; on a document's (a province's) own page, an indicator's line only where that indicator is rated for it")),
    ]

    private static let table: [Key: Action] = {
        var map: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys {
                if case .tab = binding.action, case .char(let c) = key, let n = c.wholeNumberValue {
                    map[key] = .tab(n == 0 ? 9 : n - 1)
                } else {
                    map[key] = binding.action
                }
            }
        }
        map[.resize] = .resize
        return map
    }()

    public static func action(for key: Key) -> Action? { table[key] }

    /// The key reference as Markdown: docs/keys.md is this text, and a test keeps the two the same.
    public static func markdown() -> String {
        var lines = ["# Keys", "", "Generated from `Sources/Dashboard/Keys/KeyMap.swift`, which the help screen (`?`) shows too.", ""]
        for group in KeyBinding.Group.allCases {
            lines += ["## \(group.name.en) · \(group.name.zh)", "", "| keys | what it does | 说明 |", "|---|---|---|"]
            for b in bindings where b.group == group {
                lines.append("| `\(b.label)` | \(b.help.en) | \(b.help.zh) |")
            }
            lines.append("")
        }
        lines += ["## In a prompt (`/`, `:`, `f`) · 输入框", "", "| keys | what it does | 说明 |", "|---|---|---|"]
        for k in promptKeys { lines.append("| `\(k.label)` | \(k.help.en) | \(k.help.zh) |") }
        lines += ["", "## Marks at a row's end · 行尾标记", "", "| mark | what it means | 说明 |", "|---|---|---|"]
        for k in marks { lines.append("| `\(k.label)` | \(k.help.en) | \(k.help.zh) |") }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
