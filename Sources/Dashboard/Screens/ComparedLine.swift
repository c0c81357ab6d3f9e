/// Where a row of a comparison stands in it, so that the cursor stays there when the panes wrap anew (a resize, a
/// language switch): every row of a passage opened the same place, and a resize left the cursor on its row number, in
/// another passage (`RowAnchor.compared`).
struct ComparedLine: Hashable, Sendable, Codable {
    /// The passage, counted from 0 in the screen's order; on a row between passages, the one it comes before (the
    /// passages' count after the last).
    var passage: Int
    /// The offsets, in the passage's left and right text, of the characters the row starts with: nil on a side the row
    /// leaves empty, and on both sides of a row between passages.
    var left: Int?
    var right: Int?

    /// Whether this row (at another width, another language) holds the character `anchor`'s row began with: in the
    /// same passage, the last line starting at or before it, on the right where `anchor` has text there, else on the
    /// left.
    static func holding(_ anchor: ComparedLine, in lines: [ComparedLine?]) -> Int? {
        let same = lines.indices.filter { lines[$0]?.passage == anchor.passage }
        guard anchor.left != nil || anchor.right != nil else { return same.first { lines[$0] == anchor } }
        func last(_ side: KeyPath<ComparedLine, Int?>) -> Int? {
            guard let offset = anchor[keyPath: side] else { return nil }
            return same.last { (lines[$0]?[keyPath: side]).map { $0 <= offset } ?? false }
        }
        return last(\.right) ?? last(\.left) ?? same.first { lines[$0]?.left != nil || lines[$0]?.right != nil }
    }
}
