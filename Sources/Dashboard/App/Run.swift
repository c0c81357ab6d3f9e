import TerminalUI

extension Dashboard {
    /// Runs the dashboard on a backend until the analyst quits or a signal ends it; returns the last state.
    /// The state follows the terminal's size on every key and every frame.
    public static func run<B: Backend>(backend: inout B, initial: AppState) throws -> AppState {
        try TerminalApp.run(
            backend: &backend, initial: initial, minimumSize: minimumSize,
            update: { state, key, size in
                var s = state
                s.size = size
                s = update(s, key: key)
                return s.quit ? nil : s
            },
            render: { state, canvas in
                var s = state
                s.size = canvas.size
                render(s, into: &canvas)
            })
    }
}
