import TerminalUI

/// Makes text safe for a terminal line by line: line breaks stay, every other control becomes visible.
enum TextSafety {
    static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Sanitizer.sanitize(String($0)) }
            .joined(separator: "\n")
    }
}
