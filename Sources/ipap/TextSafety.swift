import TerminalUI

/// Makes text safe for a terminal line by line: line breaks stay, every other control becomes visible.
enum TextSafety {
    static func clean(_ text: String) -> String {
        Sanitizer.sanitizeLines(text)
    }
}
