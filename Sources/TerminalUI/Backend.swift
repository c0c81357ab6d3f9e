/// Where frames go and keys come from. `NcursesBackend` talks to a real terminal,
/// `TestBackend` keeps everything in memory for tests.
public protocol Backend {
    /// The current screen size; updated when `readKey` returns `.resize`.
    var size: Size { get }
    /// What colours the screen can show (widgets may pick glyphs over colour when `.none`).
    var colorSupport: ColorSupport { get }
    /// True once the program should end without asking the app: a termination signal
    /// (SIGINT, SIGTERM, SIGHUP) arrived or input is gone.
    var terminationRequested: Bool { get }

    mutating func start() throws
    /// Restores the terminal. Safe to call more than once.
    mutating func stop()
    /// Shows `canvas`; cells outside the screen are ignored.
    mutating func draw(_ canvas: Canvas)
    /// The next key, or nil after `timeoutMilliseconds` (negative: wait indefinitely).
    mutating func readKey(timeoutMilliseconds: Int) -> Key?
}
