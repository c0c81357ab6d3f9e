/// A note a corpus holds about a document in its cataloguer's words (`note`, and `extra.titleNote`, a remark
/// taken out of the title such as "title inferred"): data, shown as written and never translated. The bundled
/// catalogue's notes are English; on a Chinese screen such a note is marked as the catalogue's, so that it does
/// not read as the program's own text between Chinese labels (the catalogue's Shaanxi opinion was listed as
/// '…行动的实施意见 [title inferred]', its page said '标题说明：title inferred').
public struct CatalogueNote: Sendable, Hashable {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    /// Written in English: more Latin letters than Chinese characters ('1月30日,国务院下发' inside an English
    /// note leaves it English).
    public var isEnglish: Bool {
        let latin = text.unicodeScalars.filter { $0.properties.isAlphabetic && $0.value < 0x250 }.count
        let cjk = text.unicodeScalars.filter { $0.value >= 0x3400 }.count
        return latin > cjk
    }

    /// Whether a screen in `language` marks the note as the catalogue's: an English note on a Chinese screen.
    public func isMarked(in language: Language) -> Bool {
        language == .chinese && isEnglish
    }

    /// The note inside a line of other text (after a title), marked where `isMarked`: '编目注：title inferred'.
    public func inline(in language: Language) -> String {
        isMarked(in: language) ? "编目注：" + text : text
    }
}
