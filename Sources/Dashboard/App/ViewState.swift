/// Where the analyst is within one screen: kept per route, so going back returns to the same row.
public struct ViewState: Sendable, Hashable {
    public var selected = 0
    public var offset = 0
    /// The column cursor of a matrix or heat map.
    public var column = 0
    public var columnOffset = 0
    /// Which matrix a screen with several shows (`v`).
    public var variant = 0
    public var sortColumn: Int?
    public var ascending = true
    /// The last search on this screen, for n / N.
    public var search: String?

    public init() {}
}

/// A one-line input at the bottom of the screen.
public struct Prompt: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case search, palette, filter
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }
}
