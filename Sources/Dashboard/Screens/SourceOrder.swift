import PolicyAnalysis

/// What a comparison's left pane says between passages. The passages stand in the right text's order, and their
/// sources may cross (formula-00000 → formula-00002: §2 at 399–456 lies 800 characters before §1 at 1266–1412): the
/// left read as one text running down, nothing said where it went back, and its unshared counts were measured from the
/// furthest point reached. It counts the characters between two passages only where its text goes straight on from one
/// to the next; elsewhere it says where the next one lies in the source, by its span (as the view's export gives it).
struct SourceOrder {
    /// The passages' spans in the left text, in the screen's order.
    let spans: [TextSpan]
    /// The left text's length.
    let length: Int

    init(_ spans: [TextSpan], length: Int) {
        self.spans = spans
        self.length = length
    }

    /// Before passage `k` (counted from 0; `spans.count`: after the last), nil where there is nothing to say.
    func note(before k: Int) -> Phrase? {
        let end = k == 0 ? 0 : spans[k - 1].end
        if k == spans.count {
            guard end < length else { return nil }
            guard holdsOthers(end, length, besides: k - 1) else { return .charactersNotShared(length - end) }
            // The text after it holds passages shown above: what follows the one that ends last is the source's end.
            let last = spans.map(\.end).max() ?? end
            guard last < length, let j = spans.firstIndex(where: { $0.end == last }) else { return nil }
            return .notSharedAfterPassage(length - last, passage: j + 1)
        }
        let span = spans[k]
        if span.start < end { return .elsewhereInTheSource(earlier: true, from: span.start, to: span.end) }
        if holdsOthers(end, span.start, besides: k - 1, k) {
            return .elsewhereInTheSource(earlier: false, from: span.start, to: span.end)
        }
        return span.start > end ? .charactersNotShared(span.start - end) : nil
    }

    /// Whether a passage other than `besides` has characters in `from..<to` of the left text.
    private func holdsOthers(_ from: Int, _ to: Int, besides: Int...) -> Bool {
        let stretch = TextSpan(from, to)
        return spans.indices.contains { !besides.contains($0) && spans[$0].overlap(with: stretch) > 0 }
    }
}
