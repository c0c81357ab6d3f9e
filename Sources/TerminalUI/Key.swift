/// A key press, decoded before any screen sees it, so screens match on names rather than codes.
public enum Key: Sendable, Hashable {
    /// A printable character, including CJK input and space.
    case char(Character)
    /// Ctrl plus a letter or one of @ [ \ ] ^ _, lower-case: Ctrl-A is `.ctrl("a")`.
    /// Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M arrive as backspace, tab and enter instead.
    case ctrl(Character)
    /// F1 is `.function(1)`.
    case function(Int)
    case up, down, left, right
    case enter, escape, backspace, tab, backTab
    case pageUp, pageDown, home, end, delete, insert
    /// The terminal changed size; the backend's `size` is already updated.
    case resize
    case mouseWheelUp, mouseWheelDown
}
