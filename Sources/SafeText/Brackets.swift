/// The brackets of ipap's texts, defined once: the interface's cut (`TerminalUI.DisplayWidth.truncate`) closes
/// them, and a quote (`QuoteStart`) says where it starts inside one.
public enum Brackets {
    /// Openers and their closers: full-width and ASCII. ’ is also an apostrophe ("analyst’s"): a cut takes ‘’ for
    /// a bracket only when the text holds both halves, one on either side of the cut (`DisplayWidth`).
    public static let closing: [Character: Character] = [
        "(": ")", "[": "]", "（": "）", "〔": "〕", "【": "】", "《": "》", "〈": "〉", "「": "」", "『": "』", "“": "”", "‘": "’",
    ]
}
