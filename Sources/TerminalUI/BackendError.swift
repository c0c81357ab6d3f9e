/// Why a backend could not start.
public enum BackendError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No UTF-8 locale could be selected; CJK text would be garbled.
    case noUTF8Locale
    /// The terminal could not be opened (unknown TERM, output not a terminal description).
    case cannotOpenTerminal(String)
    /// The terminal cannot move the cursor (TERM=dumb): every frame would be drawn onto one line.
    case noCursorAddressing(String)
    case alreadyStarted

    public var description: String {
        switch self {
        case .noUTF8Locale: return "no UTF-8 locale is available (tried the environment and C.UTF-8)"
        case .cannotOpenTerminal(let term): return "cannot open terminal of type '\(term)'"
        case .noCursorAddressing(let term):
            return "terminal type '\(term)' cannot move the cursor, which the dashboard needs; set TERM to your terminal (e.g. xterm-256color), or use ipap list, show or stats"
        case .alreadyStarted: return "the backend is already started"
        }
    }
}
