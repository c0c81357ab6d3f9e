/// How many edits turn one word into another: insertions, deletions, substitutions and swaps of two neighbours
/// (`titel` is one from `title`). What a "did you mean" compares: a manifest's column names, a subcommand.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        // Three rows: the swap looks two rows back.
        var before = [Int](repeating: 0, count: b.count + 1)
        var above = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], before[j - 2] + 1)
                }
            }
            (before, above, row) = (above, row, before)
        }
        return above[b.count]
    }

    /// Whether `typed` is near enough to `name` to suggest it: one or two edits, and fewer than half of the name's
    /// letters (`--bogus` is three from `--corpus`: no suggestion).
    public static func isNear(_ typed: String, to name: String) -> Bool {
        let distance = between(typed.lowercased(), name.lowercased())
        return distance <= 2 && distance < name.count / 2 + 1
    }
}
