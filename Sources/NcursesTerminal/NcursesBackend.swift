import CNcursesw
import Foundation
import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real terminal through wide-character ncurses. Only this target (NcursesTerminal) touches ncurses:
/// TerminalUI, and so the Dashboard, build and test without it.
///
/// Drawing copies the whole Canvas into ncurses' virtual screen each frame; `doupdate`
/// then sends only what changed. Colour pairs are allocated on demand and cached.
public final class NcursesBackend: Backend {
    public struct Options: Sendable {
        /// terminfo name; nil uses $TERM.
        public var terminalType: String?
        public var outputFileDescriptor: Int32
        public var inputFileDescriptor: Int32
        /// Forces the screen size (tests drawing into a file); nil asks the terminal.
        public var size: Size?
        /// Overrides the NO_COLOR environment variable (tests); nil reads it.
        public var noColor: Bool?
        /// How long ncurses waits after ESC for the rest of an escape sequence. Small, so the
        /// Esc key feels instant; 25 ms is plenty even over SSH for sequences sent in one write.
        public var escapeDelayMilliseconds: Int
        /// Reports the mouse wheel as keys. Off by default: capturing the mouse takes the
        /// terminal's own text selection away from analysts who copy passages.
        public var mouseWheel: Bool
        /// Installs the SIGINT/TERM/HUP and crash handlers (see `SignalGuard`).
        public var handleSignals: Bool

        public init(
            terminalType: String? = nil, outputFileDescriptor: Int32 = 1, inputFileDescriptor: Int32 = 0,
            size: Size? = nil, noColor: Bool? = nil, escapeDelayMilliseconds: Int = 25,
            mouseWheel: Bool = false, handleSignals: Bool = true
        ) {
            self.terminalType = terminalType
            self.outputFileDescriptor = outputFileDescriptor
            self.inputFileDescriptor = inputFileDescriptor
            self.size = size
            self.noColor = noColor
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.mouseWheel = mouseWheel
            self.handleSignals = handleSignals
        }
    }

    private struct PairKey: Hashable {
        var foreground: Int
        var background: Int
    }

    public let options: Options
    public private(set) var size = Size(width: 0, height: 0)
    public private(set) var colorSupport: ColorSupport = .none
    public private(set) var isStarted = false
    /// True when input returned end-of-file repeatedly (the terminal went away).
    public private(set) var inputClosed = false

    private var screen: OpaquePointer?
    private var outputFile: UnsafeMutablePointer<FILE>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var pairs: [PairKey: Int16] = [:]
    private var defaultColors = false
    private var quickErrors = 0

    public init(options: Options = Options()) {
        self.options = options
    }

    deinit {
        stop()
    }

    /// The termination signal that arrived (SIGINT, SIGTERM or SIGHUP), if any; callers
    /// may exit with 128 + signal as shells expect.
    public var terminationSignal: Int32? {
        guard isStarted else { return stoppedBySignal }
        let sig = SignalGuard.pendingSignal
        return sig != 0 ? sig : nil
    }

    /// The signal that was pending when the backend stopped, kept so the caller can exit with 128 + signal.
    private var stoppedBySignal: Int32?

    public var terminationRequested: Bool { terminationSignal != nil || inputClosed }

    /// Selects the user's locale, making sure the character set is UTF-8: without it
    /// wcwidth and ncurses treat CJK as unprintable. Returns false when no UTF-8 locale exists.
    public static func selectUTF8Locale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8Codeset() { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8Codeset() { return true }
        }
        return false
    }

    private static func isUTF8Codeset() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    public func start() throws {
        if isStarted { throw BackendError.alreadyStarted }
        guard Self.selectUTF8Locale() else { throw BackendError.noUTF8Locale }
        let term = options.terminalType ?? (getenv("TERM").map { String(cString: $0) } ?? "")
        // dup so that fclose in stop() leaves the caller's descriptors open.
        outputFile = fdopen(dup(options.outputFileDescriptor), "w")
        inputFile = fdopen(dup(options.inputFileDescriptor), "r")
        guard let out = outputFile, let input = inputFile else {
            closeFiles()
            throw BackendError.cannotOpenTerminal(term)
        }
        // Handlers first: ncurses only installs its own SIGINT/SIGTERM handlers (which call
        // endwin from the handler) when none is set.
        if options.handleSignals {
            SignalGuard.install(outputFD: options.outputFileDescriptor, ttyFD: options.outputFileDescriptor, reset: [])
        }
        // newterm, not initscr: initscr exits the process when the terminal cannot be opened.
        guard let scr = newterm(term.isEmpty ? nil : term, out, input) else {
            SignalGuard.uninstall()
            closeFiles()
            throw BackendError.cannotOpenTerminal(term)
        }
        _ = set_term(scr)
        guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else {
            _ = endwin()
            delscreen(scr)
            SignalGuard.uninstall()
            closeFiles()
            throw BackendError.noCursorAddressing(term)
        }
        screen = scr
        isStarted = true
        inputClosed = false
        quickErrors = 0
        pairs = [:]

        _ = cbreak()  // Ctrl-C stays a signal, so it works even if a screen ignores keys
        _ = noecho()
        _ = nonl()
        let win = cn_stdscr()
        _ = keypad(win, true)
        // Home and End as other terminals send them, where TERM names one that sends something else (tmux's and
        // rxvt's under TERM=xterm-256color, a setting often carried over SSH): unknown to ncurses, their ESC
        // closed a prompt and the rest ran as keys. Only sequences the terminal's own entry leaves undefined.
        for (sequence, code) in [("\u{1b}[1~", KEY_HOME), ("\u{1b}[7~", KEY_HOME), ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME),
                                 ("\u{1b}[4~", KEY_END), ("\u{1b}[8~", KEY_END), ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END)]
            where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
        _ = intrflush(win, false)
        _ = leaveok(win, true)
        _ = curs_set(0)
        _ = set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        if options.mouseWheel {
            _ = mousemask(cn_wheel_mask(), nil)
            _ = mouseinterval(0)
        }
        setUpColors()
        if let forced = options.size {
            _ = resizeterm(Int32(clamping: forced.height), Int32(clamping: forced.width))
        }
        updateSize()
        if options.handleSignals { SignalGuard.setResetSequence(emergencyResetSequence()) }
    }

    /// Puts text on the terminal's clipboard with OSC 52 (xterm, tmux with set-clipboard, most terminals over
    /// SSH): written straight to the terminal, outside ncurses' screen, which it does not change.
    public func copyToClipboard(_ text: String) {
        let sequence = "\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(options.outputFileDescriptor, $0.baseAddress, $0.count) }
    }

    public func stop() {
        guard isStarted else { return }
        let pending = SignalGuard.pendingSignal
        stoppedBySignal = pending != 0 ? pending : nil
        isStarted = false
        if options.mouseWheel { _ = mousemask(0, nil) }
        _ = curs_set(1)
        _ = endwin()
        if let scr = screen { delscreen(scr) }
        screen = nil
        closeFiles()
        // Input closed: the terminal hung up, and the SIGHUP of its session leader's exit may still come.
        if options.handleSignals { SignalGuard.uninstall(ignoringHangups: inputClosed) }
    }

    public func draw(_ canvas: Canvas) {
        guard isStarted else { return }
        let win = cn_stdscr()
        _ = werase(win)
        let rows = min(size.height, canvas.height)
        let columns = min(size.width, canvas.width)
        var cc = cchar_t()
        var wide: [wchar_t] = []
        wide.reserveCapacity(8)
        for y in 0..<rows {
            var x = 0
            while x < columns {
                guard let cell = canvas.cell(atX: x, y: y) else { break }
                if cell.isContinuation {
                    x += 1
                    continue
                }
                var symbol = cell.symbol
                if cell.width == 2 && x + 1 >= columns { symbol = " " }  // screen narrower than canvas
                wide.removeAll(keepingCapacity: true)
                for scalar in symbol.unicodeScalars.prefix(Glyph.maxCombining + 1) {
                    wide.append(wchar_t(bitPattern: scalar.value))
                }
                wide.append(0)
                let (attributes, pair) = rendition(for: cell.style)
                _ = setcchar(&cc, wide, attributes, pair, nil)
                _ = mvwadd_wch(win, Int32(y), Int32(x), &cc)
                x += max(1, cell.width)
            }
        }
        _ = wnoutrefresh(win)
        _ = doupdate()
        if let out = outputFile { fflush(out) }
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard isStarted, !inputClosed else { return nil }
        let win = cn_stdscr()
        wtimeout(win, Int32(clamping: timeoutMilliseconds))
        var value: wint_t = 0
        let began = Self.milliseconds()
        let status = wget_wch(win, &value)
        if status == cn_err() {
            // A read that fails long before its timeout, again and again, is end-of-file:
            // the terminal is gone (or input is not a terminal). Stop instead of spinning.
            if timeoutMilliseconds > 0 && Self.milliseconds() - began < timeoutMilliseconds / 2 {
                quickErrors += 1
                if quickErrors >= 20 { inputClosed = true }
            } else if timeoutMilliseconds < 0 {
                quickErrors += 1
                if quickErrors >= 20 { inputClosed = true }
            }
            return nil
        }
        quickErrors = 0
        let isKeyCode = status == cn_key_code_yes()
        if isKeyCode && Int32(bitPattern: value) == KEY_RESIZE {
            updateSize()
            return .resize
        }
        if isKeyCode && Int32(bitPattern: value) == KEY_MOUSE {
            var event = MEVENT()
            guard getmouse(&event) == cn_ok() else { return nil }
            if cn_is_wheel_up(event.bstate) != 0 { return .mouseWheelUp }
            if cn_is_wheel_down(event.bstate) != 0 { return .mouseWheelDown }
            return nil
        }
        return NcursesKeys.decode(isKeyCode: isKeyCode, value: value)
    }

    // MARK: - Internals

    private func updateSize() {
        size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
    }

    private func closeFiles() {
        if let out = outputFile { fclose(out) }
        if let input = inputFile { fclose(input) }
        outputFile = nil
        inputFile = nil
    }

    private func setUpColors() {
        let noColor: String?
        if let forced = options.noColor {
            noColor = forced ? "1" : nil
        } else {
            noColor = getenv("NO_COLOR").map { String(cString: $0) }
        }
        // COLORS is only set by start_color, so ask terminfo first.
        let declared = Int(tigetnum("colors"))
        colorSupport = ColorSupport.detect(hasColors: has_colors(), colorCount: declared, noColor: noColor)
        guard colorSupport != .none else { return }
        _ = start_color()
        // -1 means "the terminal's own colour", which keeps the user's background.
        defaultColors = use_default_colors() == cn_ok()
        // start_color may report fewer colours than before it ran.
        colorSupport = ColorSupport.detect(hasColors: has_colors(), colorCount: Int(cn_colors()), noColor: noColor)
    }

    private func rendition(for style: Style) -> (attr_t, Int16) {
        var attributes = cn_a_normal()
        if style.bold { attributes |= cn_a_bold() }
        if style.dim { attributes |= cn_a_dim() }
        if style.underline { attributes |= cn_a_underline() }
        if style.reverse { attributes |= cn_a_reverse() }
        guard colorSupport != .none else { return (attributes, 0) }
        let fg = colorSupport.resolve(style.foreground)
        let bg = colorSupport.resolve(style.background)
        if fg.boldForBright { attributes |= cn_a_bold() }
        let key = PairKey(
            foreground: fg.index ?? (defaultColors ? -1 : 7),
            background: bg.index ?? (defaultColors ? -1 : 0)
        )
        if key.foreground == -1 && key.background == -1 { return (attributes, 0) }
        if let pair = pairs[key] { return (attributes, pair) }
        let next = pairs.count + 1
        guard next < Int(cn_color_pairs()), next <= Int(Int16.max) else { return (attributes, 0) }
        guard init_pair(Int16(next), Int16(key.foreground), Int16(key.background)) == cn_ok() else {
            return (attributes, 0)
        }
        pairs[key] = Int16(next)
        return (attributes, Int16(next))
    }

    /// Bytes that put the terminal back to normal without ncurses, for signal handlers.
    private func emergencyResetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes.append(contentsOf: Array(String(cString: value).utf8))
        }
        if options.mouseWheel {
            bytes.append(contentsOf: Array("\u{1b}[?1000l\u{1b}[?1006l".utf8))
        }
        return bytes
    }

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
