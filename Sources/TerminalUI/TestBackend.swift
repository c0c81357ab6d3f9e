/// An in-memory backend for tests: it records the last frame and replays queued input.
/// When the queue runs dry it requests termination, so a run loop driven by it ends.
public struct TestBackend: Backend {
    /// Queued input: keys, and resizes that take effect when read.
    public enum Input: Sendable, Equatable {
        case key(Key)
        case resize(Size)
    }

    public private(set) var size: Size
    public var colorSupport: ColorSupport
    public private(set) var screen: Canvas
    public private(set) var pending: [Input]
    public private(set) var isStarted = false
    public private(set) var startCount = 0
    public private(set) var stopCount = 0
    public private(set) var drawCount = 0
    /// The timeout of each `readKey`, in order: how long the loop was willing to wait.
    public private(set) var readTimeouts: [Int] = []
    /// Set to simulate a termination signal.
    public var signalled = false

    public init(width: Int, height: Int, colorSupport: ColorSupport = .palette256) {
        size = Size(width: width, height: height)
        self.colorSupport = colorSupport
        screen = Canvas(width: width, height: height)
        pending = []
    }

    public var terminationRequested: Bool { signalled || (isStarted && pending.isEmpty) }

    /// The last drawn frame as plain rows.
    public var rows: [String] { screen.rows }

    public func style(atX x: Int, y: Int) -> Style? { screen.style(atX: x, y: y) }

    public mutating func feed(_ keys: Key...) { feed(keys) }
    public mutating func feed(_ keys: [Key]) { pending.append(contentsOf: keys.map { .key($0) }) }
    /// Queues every character of `text` as `.char` keys (typing).
    public mutating func type(_ text: String) { feed(text.map { Key.char($0) }) }
    /// Queues a resize; reading it changes `size` and yields `.resize`.
    public mutating func queueResize(width: Int, height: Int) {
        pending.append(.resize(Size(width: width, height: height)))
    }
    /// Resizes at once (between frames), as SIGWINCH would before the next read.
    public mutating func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
    }

    public mutating func start() throws {
        if isStarted { throw BackendError.alreadyStarted }
        isStarted = true
        startCount += 1
    }

    public mutating func stop() {
        guard isStarted else { return }
        isStarted = false
        stopCount += 1
    }

    public mutating func draw(_ canvas: Canvas) {
        var frame = Canvas(size: size)
        for y in 0..<min(size.height, canvas.height) {
            for x in 0..<min(size.width, canvas.width) {
                guard let cell = canvas.cell(atX: x, y: y), !cell.isContinuation else { continue }
                frame.set(Glyph(text: cell.symbol, width: cell.width), x: x, y: y, style: cell.style)
            }
        }
        screen = frame
        drawCount += 1
    }

    public mutating func readKey(timeoutMilliseconds: Int) -> Key? {
        readTimeouts.append(timeoutMilliseconds)
        guard !pending.isEmpty else { return nil }
        switch pending.removeFirst() {
        case .key(let key):
            return key
        case .resize(let newSize):
            size = newSize
            return .resize
        }
    }
}
