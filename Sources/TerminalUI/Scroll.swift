/// Scroll arithmetic shared by the list-like widgets.
public enum Scroll {
    /// The first visible index: `current` moved as little as possible so that `selected`
    /// is among `visible` items, and never scrolled past the end.
    public static func offset(current: Int, selected: Int?, visible: Int, count: Int) -> Int {
        guard visible > 0, count > 0 else { return 0 }
        var offset = min(max(0, current), max(0, count - visible))
        if let selected {
            let s = min(max(0, selected), count - 1)
            if s < offset { offset = s }
            if s >= offset + visible { offset = s - visible + 1 }
        }
        return offset
    }

    /// `index` moved by `delta`, clamped to `0..<count` (nil when empty).
    public static func move(_ index: Int?, by delta: Int, count: Int) -> Int? {
        guard count > 0 else { return nil }
        return min(max(0, (index ?? 0) + delta), count - 1)
    }
}
