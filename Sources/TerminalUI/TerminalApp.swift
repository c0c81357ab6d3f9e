/// The run loop: read a key, update the state, render it, repeat.
///
/// The app is a pure function of its state: `update` returns the next state (nil to quit),
/// `render` draws a state into a Canvas. Frames are drawn only after input or a resize.
public enum TerminalApp {
    /// Runs until `update` returns nil or the backend requests termination (a signal, end
    /// of input), and returns the last state. The backend is stopped on every way out,
    /// including a thrown error. Below `minimumSize` a `TooSmall` message is drawn instead
    /// of `render`'s output (keys still reach `update`, so quitting works).
    /// `.resize` keys are passed to `update` as well, after the backend's size changed; `update`
    /// always receives the current size, so layout-dependent state (page size, scroll) can follow it.
    public static func run<B: Backend, State>(
        backend: inout B,
        initial: State,
        minimumSize: Size = Size(width: 1, height: 1),
        pollMilliseconds: Int = 200,
        update: (State, Key) -> State?,
        render: (State, inout Canvas) -> Void
    ) throws -> State {
        try run(backend: &backend, initial: initial, minimumSize: minimumSize, pollMilliseconds: pollMilliseconds,
                update: { state, key, _ in update(state, key) }, render: render)
    }

    /// The same loop for apps whose state follows the terminal size: `update` also receives it. `idle` runs
    /// whenever no key arrived within the poll interval (to notice files changed by others); a non-nil
    /// result replaces the state and redraws. `prepare` makes the first state once the terminal has started
    /// and its size is known, before the first frame (so that nothing is laid out for a size never shown).
    /// `poll`, when given, is the interval for a state (shorter while background work is awaited).
    public static func run<B: Backend, State>(
        backend: inout B,
        initial: State,
        minimumSize: Size = Size(width: 1, height: 1),
        pollMilliseconds: Int = 200,
        poll: ((State) -> Int)? = nil,
        prepare: ((State, Size) -> State)? = nil,
        update: (State, Key, Size) -> State?,
        idle: ((State, Size) -> State?)? = nil,
        render: (State, inout Canvas) -> Void
    ) throws -> State {
        try backend.start()
        defer { backend.stop() }
        var state = prepare?(initial, backend.size) ?? initial
        var needsDraw = true
        while true {
            if needsDraw {
                var canvas = Canvas(size: backend.size)
                if backend.size.fits(minimumSize) {
                    render(state, &canvas)
                } else {
                    TooSmall(minimum: minimumSize).render(into: &canvas, area: canvas.area)
                }
                backend.draw(canvas)
                needsDraw = false
            }
            if backend.terminationRequested { break }
            guard let key = backend.readKey(timeoutMilliseconds: poll?(state) ?? pollMilliseconds) else {
                if let idle, let next = idle(state, backend.size) {
                    state = next
                    needsDraw = true
                }
                continue
            }
            guard let next = update(state, key, backend.size) else { break }
            state = next
            needsDraw = true
        }
        return state
    }
}
