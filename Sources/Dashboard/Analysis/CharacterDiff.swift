/// Which characters of two similar strings differ: the complement of a longest common subsequence.
/// Used inside an edited passage so that a changed place name or number stands out.
enum CharacterDiff {
    /// Flags (true = differs) for each element of `a` and of `b`; nil when the inputs are too long to compare
    /// quickly (the caller then shows the passage without inner differences).
    static func differences<T: Equatable>(_ a: [T], _ b: [T], limit: Int = 4_000_000) -> (a: [Bool], b: [Bool])? {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return (Array(repeating: true, count: n), Array(repeating: true, count: m)) }
        guard n * m <= limit else { return nil }
        // LCS lengths of suffixes, row by row (UInt16 is enough below the limit's sides).
        var table = [UInt16](repeating: 0, count: (n + 1) * (m + 1))
        let w = m + 1
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * w + j] = a[i] == b[j] ? table[(i + 1) * w + j + 1] + 1 : max(table[(i + 1) * w + j], table[i * w + j + 1])
            }
        }
        var da = Array(repeating: true, count: n), db = Array(repeating: true, count: m)
        var i = 0, j = 0
        while i < n && j < m {
            if a[i] == b[j] {
                da[i] = false
                db[j] = false
                i += 1
                j += 1
            } else if table[(i + 1) * w + j] >= table[i * w + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return (da, db)
    }
}
