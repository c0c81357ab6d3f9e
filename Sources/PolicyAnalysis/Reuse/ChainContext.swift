/// What every chainer of one analysis reads and never changes (the texts, the formulae, the frames),
/// with the steps that only read it: re-anchoring an alignment past an edit, and the parts of the
/// copy-or-formula decision. A class, so that the chainer's mutating steps call these without copying
/// the chainer (a copy retained each of its arrays: a few percent of the formula-heavy run).
final class ChainContext: Sendable {
    let texts: [ContentText]
    let k: Int
    let params: ReuseParameters
    /// Formula and stock clauses (`ClausePieces.formulae`).
    let formulae: Formulae
    /// Each document's frame lines (`DocumentFrame`), whose pieces are formulae by position.
    let frames: [[Range<Int>]]

    /// Where each text's characters are, read once: `PassageChainer.passages(targets:matches:)` asks for a source's
    /// characters, and for its array's header, sources ahead without reading the array, whose header (its count,
    /// read before any character) is a cache miss of its own that the asking waited for (a third of that step).
    let places: [TextPlace]

    /// The address of a text's first character (0: none) and how many there are. The texts are never changed
    /// while the context holds them, so their storage stays where it is.
    struct TextPlace: Sendable {
        var address: UInt
        var count: Int
    }

    init(texts: [ContentText], k: Int, params: ReuseParameters, formulae: Formulae, frames: [[Range<Int>]]) {
        self.texts = texts
        places = texts.map { text in
            text.scalars.withUnsafeBufferPointer { TextPlace(address: UInt(bitPattern: $0.baseAddress), count: $0.count) }
        }
        self.k = k
        self.params = params
        self.formulae = formulae
        self.frames = frames
    }

    /// The nearest identical stretch after an edit ending an alignment at (a, b): at most `gapTolerance`
    /// characters further in each text, nearest first, at least `anchorLength` long, and the edit no longer
    /// than twice the stretch (than the stretch past a replacement) nor than the `behind` identical characters
    /// aligned so far (`bridges`); never stock phrases
    /// alone (`refusesStock`), nor past a replacement (`isReplacement`) from an alignment that is stock
    /// phrases alone so far (`stockBehind`, asked only then: a copy's passage reached from them over the
    /// other clause, since analysis version 26). Returns its start and length.
    /// `nearest`: whether the nearest stretch past any edit is looked for, or only the two shorter anchors.
    func hopForward(s: [UInt16], t: [UInt16], source: Int, target d: Int, from a: Int, _ b: Int, behind: Int,
                    nearest: Bool = true, stockBehind: () -> Bool) -> (s: Int, t: Int, length: Int)? {
        (nearest ? nearestForward(s: s, t: t, target: d, from: a, b, behind: behind, stockBehind: stockBehind) : nil)
            ?? pastCharacterForward(s: s, t: t, source: source, target: d, from: a, b)
            ?? shortClauseForward(s: s, t: t, source: source, target: d, from: a, b)
    }

    private func nearestForward(s: [UInt16], t: [UInt16], target d: Int, from a: Int, _ b: Int, behind: Int,
                                stockBehind: () -> Bool) -> (s: Int, t: Int, length: Int)? {
        let gap = params.gapTolerance, anchor = params.anchorLength
        guard a + anchor <= s.count, b + anchor <= t.count else { return nil }
        // Most alignments end for good: no stretch to re-anchor on (its first four characters) is looked
        // for first, at a fraction of the search's cost.
        // A stretch found is `anchor` or more long, so it holds `anchor - 3` fours in a row: the target's are looked up
        // only every `anchor - 3` places (a seventh as many lookups, and as many fewer false yeses).
        let step = max(1, anchor - 3)
        guard anchor < 4 || ChainContext.mayShareQuad(s, a...(a + gap + step - 1), t, b...(b + gap + step - 1), step: step) else { return nil }
        // Source stretches start in a...a + gap: their first two characters, indexed (i = x - a ascending).
        let window = a..<min(s.count - 1, a + gap + 1)
        return ChainContext.withPairIndex(s, window, ascending: true) { index in
            var best: (s: Int, t: Int, length: Int, cost: Int)?
            for j in 0...gap where b + j + anchor <= t.count {
                if let best, best.cost < j { break }  // nearest first: nothing further can win
                let y = b + j
                var at = index.first(t[y], t[y + 1])
                while at >= 0 {
                    let i = at
                    at = index.next(at)
                    guard i + j > 0 && a + i + anchor <= s.count && s[a + i] == t[y] && s[a + i + 1] == t[y + 1] else { continue }
                    if let best, best.cost < i + j { break }
                    if let best, best.cost == i + j && best.s - a < i { continue }
                    let x = a + i
                    let length = 2 + ChainContext.commonForward(s, x + 2, t, y + 2)
                    if length >= anchor && bridges(s, a..<x, t, b..<y, behind: behind, stretch: length) && !refusesStock(d, y..<(y + length), gaps: i, j)
                        && !(isReplacement(i, j) && stockBehind()) {
                        best = (x, y, length, i + j)
                    }
                }
            }
            return best.map { ($0.s, $0.t, $0.length) }
        }
    }

    /// `hopForward` mirrored: the nearest identical stretch before an edit that starts an alignment at
    /// (a, b). Returns the stretch's start and length.
    func hopBackward(s: [UInt16], t: [UInt16], source: Int, target d: Int, from a: Int, _ b: Int, behind: Int,
                     nearest: Bool = true, stockBehind: () -> Bool) -> (s: Int, t: Int, length: Int)? {
        (nearest ? nearestBackward(s: s, t: t, source: source, target: d, from: a, b, behind: behind, stockBehind: stockBehind) : nil)
            ?? pastCharacterBackward(s: s, t: t, source: source, target: d, from: a, b)
            ?? shortClauseBackward(s: s, t: t, source: source, target: d, from: a, b)
    }

    private func nearestBackward(s: [UInt16], t: [UInt16], source: Int, target d: Int, from a: Int, _ b: Int, behind: Int,
                                 stockBehind: () -> Bool) -> (s: Int, t: Int, length: Int)? {
        let gap = params.gapTolerance, anchor = params.anchorLength, short = params.clauseAnchorLength
        guard a >= short, b >= short else { return nil }
        // A stretch of `short` or more ending at x (a - gap - 1 <= x < a) holds the four characters up to x.
        // It holds `min(short, anchor) - 3` fours in a row, the last ending at x: the target's looked up every as many
        // places, counted back from b - 4 (`mayShareQuad`'s `step`).
        let step = max(1, min(short, anchor) - 3)
        let lowest = b - 4 - (gap + step - 1) / step * step
        guard min(short, anchor) < 4
            || ChainContext.mayShareQuad(s, (a - gap - 4 - step + 1)...(a - 4), t, lowest...(b - 4), step: step) else { return nil }
        // Source stretches end in a - gap - 1..<a: their last two characters, indexed by where the pair starts
        // (x = a - i - 2, so i ascending is x descending).
        let window = max(0, a - gap - 2)..<(a - 1)
        return ChainContext.withPairIndex(s, window, ascending: false) { index in
            var best: (s: Int, t: Int, length: Int, cost: Int)?
            for j in 0...gap where b - j - 1 + 1 >= short {
                if let best, best.cost < j { break }  // nearest first: nothing further can win
                let y = b - j - 1  // last character of the stretch
                var at = index.first(t[y - 1], t[y])
                while at >= 0 {
                    let i = a - 2 - (window.lowerBound + at)
                    at = index.next(at)
                    guard i + j > 0 && a - i - 1 + 1 >= short && s[a - i - 1] == t[y] && s[a - i - 2] == t[y - 1] else { continue }
                    if let best, best.cost < i + j { break }
                    if let best, best.cost == i + j && a - 1 - (best.s + best.length - 1) < i { continue }
                    let x = a - i - 1
                    let length = 2 + ChainContext.commonBackward(s, x - 1, t, y - 1)
                    if length >= anchor ? bridges(s, (x + 1)..<a, t, (y + 1)..<b, behind: behind, stretch: length)
                        && !refusesStock(d, (y - length + 1)..<(y + 1), gaps: i, j)
                        && !(isReplacement(i, j) && stockBehind())
                        : isClauseAnchor(length: length, gap: max(i, j), sourceStart: x - length + 1, in: source, targetStart: y - length + 1, in: d) {
                        best = (x - length + 1, y - length + 1, length, i + j)
                    }
                }
            }
            return best.map { ($0.s, $0.t, $0.length) }
        }
    }

    /// Failing those, a clause's first few characters before one to three characters the copy changed ("实现全[国→省]现代
    /// 物流网络全覆盖"): an identical stretch of `shortAnchorLength` or more that starts a clause in both texts and
    /// ends one to three characters (`shortAnchorGap`; two before analysis version 46) before the alignment, with the alignment's first
    /// `shortAnchorLength` characters in the same clause (since analysis version 34; the clause anchor asks five
    /// for edits of up to eight). The guarantee bridges a changed name when the copied stretch before it is at
    /// least as long as the change. Not a number heading before a copy ("第五十[五→六]条　确保…", whose 条 both
    /// texts happen to hold): the clause ends a character after the change.
    private func pastCharacterBackward(s: [UInt16], t: [UInt16], source: Int, target d: Int,
                                       from a: Int, _ b: Int) -> (s: Int, t: Int, length: Int)? {
        let short = params.shortAnchorLength, gap = params.shortAnchorGap
        // Each try needs the characters just before the stretch equal (`s[x - 1] == t[y - 1]`): most alignments
        // have no such pair, and then none is tried (nine tries, each a closure's call, a fifth of the hops' work).
        guard gap > 0, ChainContext.shareUnit(s, (a - gap - 1)...(a - 2), t, (b - gap - 1)...(b - 2)) else { return nil }
        return pastCharacter { i, j in
            // The stretch ends just before x (source) and y (target); the changed characters are x..<a, y..<b.
            let x = a - i, y = b - j
            guard x >= short, y >= short, a + short <= s.count, b + short <= t.count, s[x - 1] == t[y - 1],
                  withinClause(source, x...(a + short - 1)), withinClause(d, y...(b + short - 1)) else { return nil }
            let length = ChainContext.commonBackward(s, x, t, y)
            guard length >= max(short, i, j), texts[source].isClauseOrItemBoundary(x - length),
                  texts[d].isClauseOrItemBoundary(y - length) else { return nil }
            return (x - length, y - length, length)
        }
    }

    /// `pastCharacterBackward` mirrored: after one to three characters changed at the alignment's end, an identical
    /// stretch of `shortAnchorLength` or more that ends the clause in both texts.
    private func pastCharacterForward(s: [UInt16], t: [UInt16], source: Int, target d: Int,
                                      from a: Int, _ b: Int) -> (s: Int, t: Int, length: Int)? {
        let short = params.shortAnchorLength, gap = params.shortAnchorGap
        // Each try needs the stretch's first characters equal (`s[x] == t[y]`), as `pastCharacterBackward` asks first.
        guard gap > 0, ChainContext.shareUnit(s, (a + 1)...(a + gap), t, (b + 1)...(b + gap)) else { return nil }
        return pastCharacter { i, j in
            // The changed characters are a..<x (source) and b..<y (target); the stretch starts at x, y.
            let x = a + i, y = b + j
            guard x + short <= s.count, y + short <= t.count, a >= short, b >= short, s[x] == t[y],
                  withinClause(source, (a - short + 1)...x), withinClause(d, (b - short + 1)...y) else { return nil }
            let length = ChainContext.commonForward(s, x, t, y)
            guard length >= max(short, i, j), texts[source].isClauseOrItemBoundary(x + length),
                  texts[d].isClauseOrItemBoundary(y + length) else { return nil }
            return (x, y, length)
        }
    }

    /// Failing those, a short clause before a changed name that starts the next one ("三年内，[全国→江苏省]数字乡村…"):
    /// an identical stretch of `shortAnchorLength` or more that is a whole clause in both texts, ending at most
    /// `clauseAnchorGap` characters before the alignment, the change no longer than the stretch and inside the
    /// clause the alignment starts (its first `shortAnchorLength` characters in it). The clause anchor asks five
    /// characters and the short anchor a change of one or two inside the clause; the guarantee bridges a changed
    /// name when the copied stretch beside it is at least as long (since analysis version 36).
    private func shortClauseBackward(s: [UInt16], t: [UInt16], source: Int, target d: Int,
                                     from a: Int, _ b: Int) -> (s: Int, t: Int, length: Int)? {
        let short = params.shortAnchorLength
        guard short >= 1, a + short <= s.count, b + short <= t.count, let y = clauseEnd(d, atOrBefore: b), y >= short else { return nil }
        // The source's clause end before a: the nearest place whose character before it is the target clause's
        // last, and a boundary (read only there: the source's boundaries are seldom in the cache, its characters
        // are). No other boundary may lie between, as `withinClause` asks below, so it is the nearest boundary.
        var x = a
        while x >= max(short, a - params.clauseAnchorGap) && !(s[x - 1] == t[y - 1] && texts[source].isClauseBoundary(x)) { x -= 1 }
        guard x >= max(short, a - params.clauseAnchorGap), a - x + b - y > 0,
              withinClause(source, (x + 1)...(a + short - 1)), withinClause(d, (y + 1)...(b + short - 1)) else { return nil }
        let length = ChainContext.commonBackward(s, x, t, y)
        guard length >= max(short, a - x, b - y), texts[source].isClauseOrItemBoundary(x - length),
              texts[d].isClauseOrItemBoundary(y - length) else { return nil }
        return (x - length, y - length, length)
    }

    /// `shortClauseBackward` mirrored: a changed name ending the clause the alignment ends in, then a short
    /// clause both texts hold whole.
    private func shortClauseForward(s: [UInt16], t: [UInt16], source: Int, target d: Int,
                                    from a: Int, _ b: Int) -> (s: Int, t: Int, length: Int)? {
        let short = params.shortAnchorLength
        guard short >= 1, a >= short, b >= short, let y = clauseStart(d, atOrAfter: b), y + short <= t.count else { return nil }
        // The source's clause start after a, found as in `shortClauseBackward`.
        var x = a
        let last = min(s.count - short, a + params.clauseAnchorGap)
        while x <= last && !(s[x] == t[y] && texts[source].isClauseBoundary(x)) { x += 1 }
        guard x <= last, x - a + y - b > 0,
              withinClause(source, (a - short + 1)...(x - 1)), withinClause(d, (b - short + 1)...(y - 1)) else { return nil }
        let length = ChainContext.commonForward(s, x, t, y)
        guard length >= max(short, x - a, y - b), texts[source].isClauseOrItemBoundary(x + length),
              texts[d].isClauseOrItemBoundary(y + length) else { return nil }
        return (x, y, length)
    }

    /// The nearest clause boundary of document `d` at or before `a`, at most `clauseAnchorGap` before it.
    private func clauseEnd(_ d: Int, atOrBefore a: Int) -> Int? {
        let text = texts[d]  // once: each `texts[d]` in the loop retained the text's arrays
        var x = a
        while x > 0 && a - x <= params.clauseAnchorGap {
            if text.isClauseBoundary(x) { return x }
            x -= 1
        }
        return nil
    }

    /// The nearest clause boundary of document `d` at or after `a`, at most `clauseAnchorGap` after it.
    private func clauseStart(_ d: Int, atOrAfter a: Int) -> Int? {
        let last = min(texts[d].count - 1, a + params.clauseAnchorGap)
        return a <= last ? texts[d].firstClauseBoundary(in: a...last) : nil
    }

    /// The stretch that `anchor` finds past the cheapest change, of 1 to `shortAnchorGap` characters in each text.
    private func pastCharacter(_ anchor: (_ i: Int, _ j: Int) -> (s: Int, t: Int, length: Int)?) -> (s: Int, t: Int, length: Int)? {
        guard params.shortAnchorGap > 0 else { return nil }
        var best: (hop: (s: Int, t: Int, length: Int), cost: Int)?
        for i in 1...params.shortAnchorGap {
            for j in 1...params.shortAnchorGap where i + j < (best?.cost ?? .max) {
                if let hop = anchor(i, j) { best = (hop, i + j) }
            }
        }
        return best?.hop
    }

    /// Whether a unit of `s` at one of `sPlaces` equals one of `t` at one of `tPlaces` (places outside a text left out).
    static func shareUnit(_ s: [UInt16], _ sPlaces: ClosedRange<Int>, _ t: [UInt16], _ tPlaces: ClosedRange<Int>) -> Bool {
        let sLow = max(0, sPlaces.lowerBound), sHigh = min(s.count - 1, sPlaces.upperBound)
        let tLow = max(0, tPlaces.lowerBound), tHigh = min(t.count - 1, tPlaces.upperBound)
        guard sLow <= sHigh, tLow <= tHigh else { return false }
        return s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                for x in sLow...sHigh {
                    let unit = sp[x]
                    for y in tLow...tHigh where tp[y] == unit { return true }
                }
                return false
            }
        }
    }

    /// Whether no clause ends inside `gaps` of document `d` (the gaps before those units).
    @inline(__always)
    private func withinClause(_ d: Int, _ gaps: ClosedRange<Int>) -> Bool {
        !gaps.contains { texts[d].isClauseOrItemBoundary($0) }
    }

    /// How many units `s` from `x` on and `t` from `y` on have in common (`CommonRun`, four at a time: a hop
    /// that lands extends over the rest of the copy, hundreds of characters after an edit).
    @inline(__always)
    static func commonForward(_ s: [UInt16], _ x: Int, _ t: [UInt16], _ y: Int) -> Int {
        let limit = min(s.count - x, t.count - y)
        guard limit > 0 else { return 0 }
        return s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                guard let sBase = sp.baseAddress, let tBase = tp.baseAddress else { return 0 }
                return CommonRun.forward(sBase, x, tBase, y, limit: limit)
            }
        }
    }

    /// How many units just before `x` in `s` and just before `y` in `t` are in common, going back.
    @inline(__always)
    static func commonBackward(_ s: [UInt16], _ x: Int, _ t: [UInt16], _ y: Int) -> Int {
        let limit = min(x, y)
        guard limit > 0, x <= s.count, y <= t.count else { return 0 }
        return s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                guard let sBase = sp.baseAddress, let tBase = tp.baseAddress else { return 0 }
                return CommonRun.backward(sBase, x, tBase, y, limit: limit)
            }
        }
    }

    /// Whether four characters of `s` starting in `sStarts` could equal four of `t` starting in `tStarts`
    /// (both clamped to the texts): false only when no such four are equal. The source's fours go into a
    /// 4,096-bit set by a hash of their 64 bits, and the target's are looked up in it; most windows where
    /// an alignment ends share none, and then the hop's search is not made.
    /// With `step` above 1 only the target's fours starting at `tStarts.lowerBound` and every `step` places on are
    /// looked up: a stretch of `step + 3` identical characters holds four of them starting at one of those places.
    static func mayShareQuad(_ s: [UInt16], _ sStarts: ClosedRange<Int>, _ t: [UInt16], _ tStarts: ClosedRange<Int>,
                             step: Int = 1) -> Bool {
        let step = max(1, step)
        let sFirst = max(0, sStarts.lowerBound), sLast = min(s.count - 4, sStarts.upperBound)
        // The first place looked up inside the text, on the steps from `tStarts.lowerBound`.
        let below = max(0, -tStarts.lowerBound)
        let tFirst = tStarts.lowerBound + (below + step - 1) / step * step, tLast = min(t.count - 4, tStarts.upperBound)
        guard sFirst <= sLast, tFirst <= tLast else { return false }
        return s.withUnsafeBufferPointer { sp in
            t.withUnsafeBufferPointer { tp in
                guard let sBase = sp.baseAddress, let tBase = tp.baseAddress else { return false }
                @inline(__always) func slot(_ at: UnsafePointer<UInt16>) -> Int {
                    Int((CommonRun.word(at: at) &* 0x9E37_79B9_7F4A_7C15) >> 52)
                }
                return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { bits in
                    bits.initialize(repeating: 0)
                    for x in sFirst...sLast {
                        let h = slot(sBase + x)
                        bits[h >> 6] |= 1 << UInt64(h & 63)
                    }
                    for y in stride(from: tFirst, through: tLast, by: step) {
                        let h = slot(tBase + y)
                        if bits[h >> 6] & (1 << UInt64(h & 63)) != 0 { return true }
                    }
                    return false
                }
            }
        }
    }

    /// The character pairs starting in a window of a text, by a 6-bit hash of the pair, each hash's positions
    /// chained in walking order: a hop looks up the target's pair instead of comparing it with every
    /// position of the window (33 of them).
    struct PairIndex {
        let heads: UnsafeMutableBufferPointer<Int16>
        let links: UnsafeMutableBufferPointer<Int16>

        static let slots = 64

        @inline(__always)
        static func slot(_ c0: UInt16, _ c1: UInt16) -> Int {
            Int((UInt32(c0) &* 0x9E37_79B1 ^ UInt32(c1) &* 0x85EB_CA77) >> 26)
        }

        /// The first position (offset from the window's start) whose pair may be (c0, c1); -1: none.
        @inline(__always)
        func first(_ c0: UInt16, _ c1: UInt16) -> Int { Int(heads[Self.slot(c0, c1)]) }

        @inline(__always)
        func next(_ offset: Int) -> Int { Int(links[offset]) }
    }

    /// Builds the pair index of `s` over `window` (pairs starting there) on the stack, walked by ascending
    /// or descending position, and runs `body` with it.
    @inline(__always)
    static func withPairIndex<R>(_ s: [UInt16], _ window: Range<Int>, ascending: Bool, _ body: (PairIndex) -> R) -> R {
        let count = max(0, window.count)
        return withUnsafeTemporaryAllocation(of: Int16.self, capacity: PairIndex.slots + count) { buffer in
            let heads = UnsafeMutableBufferPointer(rebasing: buffer[0..<PairIndex.slots])
            let links = UnsafeMutableBufferPointer(rebasing: buffer[PairIndex.slots...])
            heads.initialize(repeating: -1)
            // Prepending, so positions are added against the walking order.
            @inline(__always) func add(_ o: Int) {
                let x = window.lowerBound + o
                let h = PairIndex.slot(s[x], s[x + 1])
                links[o] = heads[h]
                heads[h] = Int16(o)
            }
            if ascending {
                for o in stride(from: count - 1, through: 0, by: -1) { add(o) }
            } else {
                for o in 0..<count { add(o) }
            }
            return body(PairIndex(heads: heads, links: links))
        }
    }

    /// Whether the edit between two stretches of an alignment starts a new list item or heading in one text
    /// only: one side's gap opens with an item marker ("三是") or a heading's number ("（二）", its number a
    /// clause of its own), or ends with an item marker (the next item starting right after it), the other's does
    /// neither. A copy that leaves the marker out starts or ends at the copied clause; a few words past such a
    /// marker that both texts hold ("鼓励供销合作社利用", a stock clause before a copy) are no part of it.
    func endsAtNewItem(source: Int, _ sourceGap: Range<Int>, target: Int, _ targetGap: Range<Int>) -> Bool {
        opensItem(source, sourceGap) != opensItem(target, targetGap)
    }

    private func opensItem(_ d: Int, _ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty else { return false }
        let text = texts[d]
        if let marker = text.itemMarkerLength(at: gap.lowerBound), marker <= gap.count { return true }
        if let number = text.headingNumberLength(at: gap.lowerBound), number <= gap.count { return true }
        // An item marker is two to four characters ("二是", "十一是").
        return gap.count >= 2 && (2...min(4, gap.count)).contains { text.itemMarkerLength(at: gap.upperBound - $0) == $0 }
    }

    /// Whether a stretch shorter than `anchorLength` before an edit re-anchors: at least `clauseAnchorLength`
    /// long, starting a clause in both texts ("到2020年" before a swapped place name), and the edit it
    /// bridges no longer than `clauseAnchorGap` (a name or a number). Copies that change the place at a
    /// sentence's start keep the words before it. Never after an edit: the short phrases that start the
    /// next clause ("加快建设") follow a copy's end in any document.
    func isClauseAnchor(length: Int, gap: Int, sourceStart: Int, in source: Int, targetStart: Int, in target: Int) -> Bool {
        length >= params.clauseAnchorLength && gap <= params.clauseAnchorGap
            && texts[source].isClauseOrItemBoundary(sourceStart) && texts[target].isClauseOrItemBoundary(targetStart)
    }

    /// Whether an alignment with `behind` identical characters re-anchors past an edit, `sourceGap` of `s` against
    /// `targetGap` of `t`, on an identical `stretch`: the edit no longer than `behind` and than twice the stretch,
    /// or, for text replaced by other text (`isReplacement`, no edit the guarantee lists), than the stretch itself
    /// (since analysis version 37; before, passages reached 10-35 characters past a copy across a replaced clause
    /// onto 8-13 characters that both texts hold by chance, "推动产业向价值链中高端迈进"). What the two sides have in
    /// common, in order, in pieces of `shortAnchorLength` or more, is not replaced: an inserted clause, a few
    /// identical characters and a changed number ("[人参、大米、鹿产品等特色产品]追溯覆盖率达到[5→8]0%") are edits the
    /// guarantee lists; a list of places changed ("[京津冀、长三角、珠三角→贵阳、遵义、安顺]等城市[群]") replaces 10
    /// characters by 6, not 13 by 9.
    func bridges(_ s: [UInt16], _ sourceGap: Range<Int>, _ t: [UInt16], _ targetGap: Range<Int>, behind: Int, stretch: Int) -> Bool {
        let i = sourceGap.count, j = targetGap.count, edit = max(i, j)
        guard behind >= edit && 2 * stretch >= edit else { return false }
        guard stretch < edit && isReplacement(i, j) else { return true }
        // The answer is yes once `common` reaches the least count that makes it so (it only grows with the count).
        let enough = min(min(i, j) - 1, edit - params.clauseAnchorGap, edit - stretch)
        let common = ChainContext.sharedPieces(s[sourceGap], t[targetGap], piece: params.shortAnchorLength, enough: enough)
        return !isReplacement(i - common, j - common) || stretch >= max(i, j) - common
    }

    /// How many characters two stretches of at most `gapTolerance` each have in common, in order, in identical
    /// pieces of `piece` characters or more: words two texts share by chance ("推动", "开展") are no piece.
    /// Once `enough` are found, a number of them at least `enough` (the count only grows from row to row: the
    /// caller asks only whether it reaches a threshold).
    static func sharedPieces(_ a: ArraySlice<UInt16>, _ b: ArraySlice<UInt16>, piece: Int, enough: Int = .max) -> Int {
        let n = a.count, m = b.count
        guard n >= piece, m >= piece, ChainContext.hasSharedPiece(a, b, piece: max(1, piece)) else { return 0 }
        // A piece of no characters adds nothing: the shortest that counts is one.
        let shortest = max(1, piece), width = m + 1
        // best[x * width + y]: the most of a's first x and b's first y; run: identical units ending just before
        // (x, y), for this row and the one before. On the stack: this is asked at every replaced edit a hop weighs.
        // Only row 0 and column 0 are read before they are written: the rest is not cleared first.
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: (n + 1) * width + 2 * width) { buffer in
                    guard let base = buffer.baseAddress, let ap = a.baseAddress, let bp = b.baseAddress else { return 0 }
                    let best = base
                    var lastRun = base + (n + 1) * width, thisRun = lastRun + width
                    best.initialize(repeating: 0, count: width)
                    lastRun.initialize(repeating: 0, count: width)
                    thisRun[0] = 0
                    for x in 1...n {
                        let row = best + x * width, above = row - width, unit = ap[x - 1]
                        row[0] = 0
                        for y in 1...m {
                            let run = unit == bp[y - 1] ? lastRun[y - 1] + 1 : 0
                            thisRun[y] = run
                            var most = max(above[y], row[y - 1])
                            if Int(run) >= shortest {
                                for length in shortest...Int(run) {
                                    most = max(most, best[(x - length) * width + y - length] + Int32(length))
                                }
                            }
                            row[y] = most
                        }
                        if Int(row[m]) >= enough { return Int(row[m]) }
                        swap(&lastRun, &thisRun)
                    }
                    return Int(best[n * width + m])
                }
            }
        }
    }

    /// Whether `a` and `b` hold a common stretch of `piece` (1 or more) units: most replaced text shares none, and
    /// this answers it by comparing characters, without `sharedPieces`' table.
    static func hasSharedPiece(_ a: ArraySlice<UInt16>, _ b: ArraySlice<UInt16>, piece: Int) -> Bool {
        guard piece >= 1, a.count >= piece, b.count >= piece else { return false }
        // Through pointers: the slices' bounds checks were most of its work (asked at every replaced edit a hop weighs).
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for x in 0...(a.count - piece) {
                    let unit = a[x]
                    for y in 0...(b.count - piece) where unit == b[y] {
                        var k = 1
                        while k < piece && a[x + k] == b[y + k] { k += 1 }
                        if k == piece { return true }
                    }
                }
                return false
            }
        }
    }

    /// Whether text of `i` source and `j` target characters between two stretches of an alignment was
    /// replaced by other text of about its length: both over a character and one over `clauseAnchorGap` (no
    /// name or number changed, no clause inserted or dropped). A copy's edit that the guarantee bridges is
    /// none of these; stock phrases both texts hold a clause before or after a copy are.
    @inline(__always)
    func isReplacement(_ i: Int, _ j: Int) -> Bool {
        min(i, j) > 1 && max(i, j) > params.clauseAnchorGap
    }

    /// Whether a hop past an edit of `i` source and `j` target characters may not re-anchor on the stretch
    /// `range` of the target because it is stock phrases alone: past text replaced by other text
    /// (`isReplacement`), not on a stretch of formulae (whole clauses, all formulae, or parts of formulae
    /// alone: `isFormulaOnly`), which follow a copy's end in any document ("加强宣传引导，营造良好社会氛围"),
    /// a clause away from it (since analysis version 26: a passage ran 15-35 characters past a copy's end
    /// onto them, from the phrase's second character when the phrase itself was refused). Past a clause
    /// inserted or dropped or a name or number changed it may, as copies that start or end with formulae
    /// need ("加强网络和信息安全保障。注重保护个人隐私…", "营造良好氛围，注重统筹兼顾，[注重示范引领，]深化改革创新"): before
    /// version 27 a stretch of whole formula clauses was refused there too (and the same from its second
    /// character taken, where it was long enough).
    func refusesStock(_ d: Int, _ range: Range<Int>, gaps i: Int, _ j: Int) -> Bool {
        guard isReplacement(i, j) else { return false }
        var whole = false, ownWhole = false
        ClausePieces.forEach(in: texts[d], within: range) { piece, h in
            whole = true
            if !isFormula(h, piece, in: d) { ownWhole = true }
        }
        return whole && !ownWhole || isFormulaOnly(d, range)
    }

    /// Whether every clause piece that `range` of document `d` touches is a formula (and it touches one),
    /// but for two characters or fewer of another at an end: characters that happen to stand beside a stock
    /// phrase in both texts ("…呜。" before it), as beside a copy's ends.
    func isFormulaOnly(_ d: Int, _ range: Range<Int>) -> Bool {
        var touched = false
        return ClausePieces.allSatisfy(in: texts[d], overlapping: range) { piece, h, _ in
            if isFormula(h, piece, in: d) {
                touched = true
                return true
            }
            return piece.clamped(to: range).count <= 2
        } && touched
    }

    /// A clause piece of a passage's target side, as `ClausePieces.forEach(in:overlapping:)` gives it: found
    /// once per passage for every part of its decision (each part found and hashed them anew). `core`: the
    /// hash of the piece without the item marker it starts with (`core(of:in:hash:)`).
    struct Piece { let range: Range<Int>; let hash: UInt64; let whole: Bool; let core: UInt64 }

    /// The clause pieces of document `d` overlapping `range`, in order, into `out` (emptied first).
    func pieces(of d: Int, overlapping range: Range<Int>, into out: inout [Piece]) {
        out.removeAll(keepingCapacity: true)
        let text = texts[d]
        ClausePieces.forEach(in: text, overlapping: range) { piece, hash, whole in
            out.append(Piece(range: piece, hash: hash, whole: whole, core: ChainContext.core(of: piece, in: text, hash: hash)))
        }
    }

    /// The hash of a complete clause piece (`hash`, 0 for one that is not) without the enumeration's item marker it
    /// starts with ("三是鼓励…模式" as "鼓励…模式"), or `hash` when it starts with none. Whether the two texts of a
    /// passage share a clause is asked of these (since analysis version 38): a province that takes "；三是鼓励…模式，"
    /// as "。鼓励…模式，" or numbers the centre's tasks anew ("一是…" as "二是…") still shares the clause. How many
    /// documents hold a clause stays counted as the texts write it, marker and all (`ClausePieces.formulae`).
    static func core(of piece: Range<Int>, in text: ContentText, hash: UInt64) -> UInt64 {
        guard hash != 0, let marker = text.itemMarkerLength(at: piece.lowerBound), piece.lowerBound + marker < piece.upperBound else {
            return hash
        }
        return ClausePieces.hash(text.scalars, (piece.lowerBound + marker)..<piece.upperBound)
    }

    /// The clauses of document `d` that a passage's side `range` holds, as `core` hashes: those inside it, and
    /// one it holds but for its item marker (a copy that left the marker out starts after it).
    /// Sorted ascending, in `cores` (emptied first; the chainer keeps it between passages, `ClauseSet(sorted:)`).
    func sharedClauses(of d: Int, within range: Range<Int>, into cores: inout [UInt64]) {
        cores.removeAll(keepingCapacity: true)
        let text = texts[d]
        ClausePieces.forEach(in: text, overlapping: range) { piece, hash, whole in
            let allButItsMarker = !whole && hash != 0 && piece.upperBound <= range.upperBound
                && text.itemMarkerLength(at: piece.lowerBound).map { piece.lowerBound + $0 == range.lowerBound } == true
            if whole || allButItsMarker { cores.append(ChainContext.core(of: piece, in: text, hash: hash)) }
        }
        cores.sort()
    }

    /// Whether a clause piece of document `d` is a formula: a formula clause, or in the document's frame.
    func isFormula(_ hash: UInt64, _ range: Range<Int>, in d: Int) -> Bool {
        formulae.formula.contains(hash) || frames[d].contains { $0.overlaps(range) }
    }

    /// How much text of its own a passage holds: the whole clause pieces both texts hold inside it that are
    /// not formulae, together (since analysis version 10; before, the longest alone, which left a copied
    /// table's numbers between stock row labels, "固定宽带家庭普及率（%） | 76 | 92", each too short to count,
    /// nothing of its own: the chance rules weigh how common they are), or (at half weight) a long part of a
    /// clause the passage cuts that is not a formula. A copied sentence of stock phrases keeps the clauses
    /// that carry its nouns; two formulae that happen to follow each other, a template whose slots two
    /// documents filled differently, or a formula with the tail of the clause before it
    /// ("…网络开展第三方评估。各地区、各部门要…") hold none. Decided for the passage, never for a
    /// fingerprint alone.
    /// Stops looking once it has found `enough`: the decision only asks whether there is that much.
    func ownClauseLength(_ p: PassageChainer.Run, pieces: [Piece], inSource: ClauseSet, target: Int, enough: Int) -> Int {
        var own = 0, together = 0
        // A clause longer than ClausePieces.maxLength comes in parts: the part of it inside the passage is
        // one cut clause, however many parts it spans (a 30-character passage across a part boundary is
        // not two cut clauses of 15).
        var cut = 0, cutEnd = -1
        for piece in pieces {
            guard own < enough else { break }
            let range = piece.range, h = piece.hash
            guard !isFormula(h, range, in: target) else { cut = 0; continue }
            if piece.whole {
                cut = 0
                if inSource.contains(piece.core) {
                    together += range.count
                    own = max(own, together)
                }
            } else {
                let inside = range.clamped(to: p.t..<p.tEnd).count
                cut = cutEnd == range.lowerBound && !texts[target].isClauseBoundary(range.lowerBound) ? cut + inside : inside
                cutEnd = range.upperBound
                own = max(own, cut / 2)
            }
        }
        return own
    }

    /// How many documents besides the source would hold the passage's shared clauses, in this order, if
    /// every document drew its clauses independently at the rates the corpus shows: (n - 1) times, for each
    /// clause both texts hold whole inside the passage, the share of the other documents that hold it.
    /// A clause the passage cuts, or one too long to look up, counts as text of the pair's own (one in
    /// n - 1 per k characters); frame lines count as anywhere. One stock clause in three or
    /// more documents ("统筹利用现有专项资金支持云计算中心建设"), or two common ones side by side, come out at two or
    /// more: documents that share them need never have met. A run of clauses, or one of the pair's own,
    /// comes out far below.
    /// Every factor is at most one, so once the estimate is below `limit` it stays there: the lookups stop
    /// (the decision only asks whether it reaches the limit).
    func holdersByChance(_ p: PassageChainer.Run, pieces: [Piece], inSource: ClauseSet, target: Int, stoppingBelow limit: Double) -> Double {
        let others = Double(formulae.documents - 1)
        guard formulae.documents >= params.formulaMinDocuments else { return 0 }
        var expected = others
        for piece in pieces {
            guard expected >= limit else { break }
            let range = piece.range, h = piece.hash
            guard !frames[target].contains(where: { $0.overlaps(range) }) else { continue }
            if piece.whole && h != 0 {
                guard inSource.contains(piece.core) else { continue }  // edited: says nothing about chance
                expected *= Double(formulae.frequencies.documents(h) - 1) / others
            } else {
                for _ in 0..<(range.clamped(to: p.t..<p.tEnd).count / k) { expected /= others }
            }
        }
        return expected
    }

    /// For a passage with a long run of whole shared clauses (`formulaRunClauses` or more side by side, over
    /// `formulaRunLength` characters or more; infinity without one): how many documents besides the target
    /// hold its clauses in this order, estimated clause by clause from the order the corpus puts them in:
    /// the other documents holding its first clause, times, for each next clause, the share of the
    /// documents holding the clause before it that have this one right after it. Formulae every document
    /// strings together the same way ("各地区、各部门要高度重视，加强组织领导") come out at the count of their
    /// first clause; formulae in an order only the pair has at one (the source). The rarest junction counts
    /// at the clause's rate anywhere instead: any corpus has one chance meeting of two formulae somewhere,
    /// not several in a run. Infinity, too, with fewer than `formulaRunJunctions` unusual junctions.
    func holdersInOrder(_ p: PassageChainer.Run, pieces: [Piece], inSource: ClauseSet, target: Int) -> Double {
        @inline(__always) func shared(_ piece: Piece) -> Bool {
            piece.whole && piece.hash != 0 && inSource.contains(piece.core)
                && !frames[target].contains(where: { $0.overlaps(piece.range) })
        }
        // First without a lookup: most passages have no long run, or too few junctions to have enough
        // unusual ones, and the answer is then infinity whatever the counts.
        var long = false, run = 0, runStart = 0  // the longest run of whole shared clauses side by side
        var junctions = 0, previousEnd: Int?
        for piece in pieces {
            guard shared(piece) else { previousEnd = nil; continue }
            let range = piece.range
            if previousEnd == range.lowerBound { run += 1; junctions += 1 } else { run = 1; runStart = range.lowerBound }
            if run >= params.formulaRunClauses && range.upperBound - runStart >= params.formulaRunLength { long = true }
            previousEnd = range.upperBound
        }
        guard long else { return .infinity }
        guard formulae.documents >= params.formulaMinDocuments else { return 0 }
        guard junctions >= params.formulaRunJunctions else { return .infinity }
        let others = Double(formulae.documents - 1)
        var expected = others
        var strongest = 1.0  // the rarest junction's share after its clause, over its share anywhere
        var unusual = 0  // junctions the corpus makes rarer than the clause is anywhere
        var previous: (hash: UInt64, end: Int, documents: Int)?
        for piece in pieces {
            let range = piece.range, h = piece.hash
            guard shared(piece) else {
                previous = nil
                continue
            }
            let held = formulae.frequencies.documents(h)
            let anywhere = Double(held - 1) / others
            let together = previous.map { prev in
                prev.end == range.lowerBound ? formulae.pairFrequencies.documents(ClausePieces.pairHash(prev.hash, h)) : 1
            } ?? 1
            if let prev = previous, together >= 2 {
                let after = Double(together - 1) / Double(max(1, prev.documents - 1))
                expected *= after
                let ratio = after / max(anywhere, .leastNonzeroMagnitude)
                strongest = min(strongest, ratio)
                if ratio < params.formulaUnusualJunction { unusual += 1 }
            } else {
                expected *= anywhere
            }
            previous = (h, range.upperBound, held)
        }
        return unusual >= params.formulaRunJunctions ? expected / strongest : .infinity
    }
}
