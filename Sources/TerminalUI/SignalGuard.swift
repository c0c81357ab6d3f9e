import CTerminalSignals
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Restores the terminal when the process is told to end or crashes.
///
/// Signal handlers may only call async-signal-safe functions, and endwin() is not one (it goes
/// through stdio and may allocate). So:
/// - SIGINT, SIGTERM, SIGHUP (and the other `terminationSignals`) only record the signal; the run loop sees
///   `terminationRequested`, returns, and the backend's normal `stop()` calls endwin outside
///   any handler. A second such signal while the first is still pending means the loop is
///   stuck: then the handler restores the terminal itself (below) and `_exit`s with 128+signal.
///   A second SIGHUP after a SIGHUP is the exception: a hangup sends it twice, and it is ignored from
///   then on, so ipap still saves the analyst's place.
/// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP (Swift traps) cannot continue: the
///   handler write(2)s a reset sequence prepared at start (sgr0, cursor visible, keypad off,
///   mouse off, leave the alternate screen), puts back the saved termios with tcsetattr, restores
///   the previous handler and re-raises, so the crash still produces its normal exit status,
///   core dump or Swift backtrace, now on a usable terminal.
/// All state the handlers read lives in memory allocated before they are installed.
package enum SignalGuard {
    struct State {
        var pending: Int32 = 0
        var outputFD: Int32 = -1
        var ttyFD: Int32 = -1
        var hasTermios = false
        var savedTermios = termios()
        var resetLength = 0
        var reset: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    }

    /// Every catchable signal whose default action ends the process (or dumps core without a crash:
    /// SIGQUIT from Ctrl-\\, SIGUSR1 from a script): left to their default they would end ipap with
    /// the terminal raw, on the alternate screen, cursor hidden.
    static let terminationSignals: [Int32] = {
        var signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ]
        #if os(Linux)
        signals += [SIGPWR, SIGSTKFLT, SIGIO]
        #endif
        return signals
    }()
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    static let maxSignal = 65
    static let resetCapacity = 128

    nonisolated(unsafe) static var state: UnsafeMutablePointer<State>?
    nonisolated(unsafe) static var oldActions: UnsafeMutablePointer<sigaction>?
    nonisolated(unsafe) static var installed = false

    /// Installs the handlers. `reset` is written to `outputFD` in an emergency; `ttyFD`'s
    /// current termios is the one to restore (a descriptor that is not a terminal is skipped).
    package static func install(outputFD: Int32, ttyFD: Int32, reset: [UInt8]) {
        let s = state ?? {
            let p = UnsafeMutablePointer<State>.allocate(capacity: 1)
            p.initialize(to: State())
            state = p
            return p
        }()
        let old = oldActions ?? {
            let p = UnsafeMutablePointer<sigaction>.allocate(capacity: maxSignal)
            p.initialize(repeating: sigaction(), count: maxSignal)
            oldActions = p
            return p
        }()
        s.pointee.pending = 0
        s.pointee.outputFD = outputFD
        s.pointee.ttyFD = ttyFD
        // Captured before ncurses changes the modes: this is the state to go back to.
        s.pointee.hasTermios = tcgetattr(ttyFD, &s.pointee.savedTermios) == 0
        setResetSequence(reset)
        guard !installed else { return }
        for sig in terminationSignals {
            _ = cts_install_signal_handler(sig, { sig in SignalGuard.onTermination(sig) }, old + Int(sig))
        }
        for sig in crashSignals {
            _ = cts_install_signal_handler(sig, { sig in SignalGuard.onCrash(sig) }, old + Int(sig))
        }
        installed = true
    }

    /// Sets the bytes written in an emergency (known only once ncurses has loaded terminfo).
    package static func setResetSequence(_ reset: [UInt8]) {
        guard let s = state else { return }
        let bytes = reset.prefix(resetCapacity)
        // Length 0 first, so a signal arriving mid-copy never writes a half-updated buffer.
        s.pointee.resetLength = 0
        withUnsafeMutableBytes(of: &s.pointee.reset) { buffer in
            for (i, byte) in bytes.enumerated() { buffer[i] = byte }
        }
        s.pointee.resetLength = bytes.count
    }

    /// Puts back the handlers that were there before `install`. `ignoringHangups` (the terminal is gone)
    /// leaves SIGHUP ignored instead, as it is after a SIGHUP.
    package static func uninstall(ignoringHangups: Bool = false) {
        guard installed, let old = oldActions else { return }
        for sig in terminationSignals + crashSignals {
            // After a hangup the session leader's exit sends (another) SIGHUP: left to its default, it would end
            // ipap before it saves the analyst's place. The terminal is gone; ignoring it loses nothing.
            if sig == SIGHUP && (ignoringHangups || pendingSignal == SIGHUP) {
                _ = signal(SIGHUP, SIG_IGN)
                continue
            }
            _ = cts_restore_signal_handler(sig, old + Int(sig))
        }
        installed = false
    }

    /// The termination signal received since `install`, or 0.
    package static var pendingSignal: Int32 { state?.pointee.pending ?? 0 }

    /// Only async-signal-safe calls from here on.
    static func onTermination(_ sig: Int32) {
        guard let s = state else { return }
        if s.pointee.pending != 0 {
            // A hangup comes twice (the terminal's, then the session leader's exit): no sign of a stuck loop.
            if sig == SIGHUP && s.pointee.pending == SIGHUP { return }
            emergencyRestore(s)
            _exit(128 + sig)
        }
        s.pointee.pending = sig
    }

    static func onCrash(_ sig: Int32) {
        if let s = state { emergencyRestore(s) }
        if let old = oldActions {
            _ = cts_restore_signal_handler(sig, old + Int(sig))
        }
        // Blocked while this handler runs; delivered with the previous action on return.
        raise(sig)
    }

    static func emergencyRestore(_ s: UnsafeMutablePointer<State>) {
        let length = s.pointee.resetLength
        if length > 0 {
            withUnsafeBytes(of: &s.pointee.reset) { buffer in
                if let base = buffer.baseAddress { _ = write(s.pointee.outputFD, base, length) }
            }
        }
        if s.pointee.hasTermios {
            _ = tcsetattr(s.pointee.ttyFD, TCSANOW, &s.pointee.savedTermios)
        }
    }
}
