/// Horizontal placement of text inside a wider field.
public enum Alignment: Sendable, Equatable {
    case left
    case right
    case center
}
