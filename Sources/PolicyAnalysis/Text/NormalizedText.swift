import Foundation
import PolicyModel

/// Normalised text as a flat array of units plus, for every normalised index, the offset of the
/// stored-text scalar it came from. Findings are computed on `scalars` and reported through
/// `offset(at:)`, so every span points into the text the analyst reads.
///
/// Two kinds: `NormalizedText`, folded text with a 32-bit scalar value per character (what sections, coding
/// and the text indicators read), and `ContentText`, the content characters as UTF-16 code units (what the
/// reuse search reads and holds for every document at once: half the memory, and in Chinese policy text
/// nearly every character is one unit; a supplementary-plane character, such as a CJK Extension B place
/// name, is two units with the same stored offset).
public struct NormalizedUnits<Unit: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    public let scalars: [Unit]
    /// The stored-text offset of each normalised unit (compact, see `ScalarOffsets`).
    let offsets: ScalarOffsets
    /// Number of scalars in the stored text.
    public let originalLength: Int
    /// Bit i: the gap before unit i is a line wrapped inside a sentence, letter spacing, or a plus joining two words
    /// (see `isWrap`), which ends no clause. Empty for texts other than content texts.
    private let wraps: [UInt64]

    init(scalars: [Unit], offsets: ScalarOffsets, originalLength: Int, wraps: [UInt64] = []) {
        self.scalars = scalars
        self.offsets = offsets
        self.originalLength = originalLength
        self.wraps = wraps
    }

    public var count: Int { scalars.count }

    /// The stored-text offset of normalised scalar i, 0 <= i < count.
    @inline(__always)
    public func offset(at i: Int) -> Int {
        offsets.offset(at: i)
    }

    /// Whether a clause starts or ends at normalised index `i`: the text's ends, or a gap in the stored
    /// text (punctuation, whitespace) between scalars i - 1 and i.
    @inline(__always)
    func isClauseBoundary(_ i: Int) -> Bool {
        // The two units of a supplementary-plane character share an offset, but are one character.
        i <= 0 || i >= offsets.count || (offsets.isBreak(i) && !(0xDC00...0xDFFF).contains(scalars[i]) && !isWrap(i))
    }

    /// The first clause boundary in `range` (within 0..<count), or nil: the breaks found a word of bits at a time
    /// (an alignment's end asks for one after every passage).
    func firstClauseBoundary(in range: ClosedRange<Int>) -> Int? {
        var from = range.lowerBound
        while from <= range.upperBound, let at = offsets.firstBreak(in: from...range.upperBound) {
            if isClauseBoundary(at) { return at }
            from = at + 1
        }
        return nil
    }

    /// The same, or the end of an enumeration's item marker at a clause's start: one to three Chinese numerals
    /// and 是 ("一是", "十一是"), as tasks are listed in running text ("一是三年内全国…；二是…"). An alignment
    /// re-anchors on the clause after it as on one after punctuation (since analysis version 36): a copy that
    /// leaves the marker out ("三年内全省…") starts at the copied clause. Clause pieces (`ClausePieces`) keep the
    /// marker: which clauses are formulae is counted as the texts write them; whether two texts share a clause
    /// is asked without it (`ChainContext.core(of:in:hash:)`, since version 38).
    func isClauseOrItemBoundary(_ i: Int) -> Bool {
        guard !isClauseBoundary(i) else { return true }
        guard scalars[i - 1] == 0x662F else { return false }
        var start = i - 1
        while start > 0 && i - 1 - start < 3 && NormalizedUnits.isChineseNumeral(scalars[start - 1]) { start -= 1 }
        return start < i - 1 && isClauseBoundary(start)
    }

    /// The length of the item marker ("一是", "十一是") that starts at clause boundary `i`, or nil: the clause after
    /// it starts where `isClauseOrItemBoundary` says one does.
    func itemMarkerLength(at i: Int) -> Int? {
        guard i >= 0, isClauseBoundary(i) else { return nil }
        var end = i
        while end < scalars.count && end - i < 3 && NormalizedUnits.isChineseNumeral(scalars[end]) { end += 1 }
        guard end > i, end < scalars.count, scalars[end] == 0x662F else { return nil }
        return end + 1 - i
    }

    /// The length of a heading's number ("（二）", "三、": one to three Chinese numerals that are a clause of their
    /// own) that starts at clause boundary `i`, or nil.
    func headingNumberLength(at i: Int) -> Int? {
        guard i >= 0, isClauseBoundary(i) else { return nil }
        var end = i
        while end < scalars.count && end - i < 3 && NormalizedUnits.isChineseNumeral(scalars[end]) { end += 1 }
        guard end > i, end < scalars.count, isClauseBoundary(end) else { return nil }
        return end - i
    }

    /// 一 to 十.
    private static func isChineseNumeral(_ unit: Unit) -> Bool {
        switch unit {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
        default: return false
        }
    }

    /// Whether the gap before unit i is a wrapped line (text extracted from a PDF breaks its lines every 30
    /// to 40 characters, wherever the page ends them): nothing but one line break between two ideographs or
    /// digits, after a line of running text (`LineShape.isRunningText`), in a text whose lines are wrapped
    /// (`NormalizedText.isWrapped`). A clause does not end there, or a copy wrapped otherwise than its source
    /// would share no whole clause with it (since analysis version 11). The same for the spaces between two
    /// ideographs or digits of a line set with letter spacing (`LineShape.isLetterSpaced`, since version 14),
    /// where every character would otherwise be a clause of its own.
    @inline(__always)
    func isWrap(_ i: Int) -> Bool {
        i >> 6 < wraps.count && wraps[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Stored-text span for the normalised range [from, to).
    public func originalSpan(_ from: Int, _ to: Int) -> TextSpan {
        guard from < to, from >= 0, to <= offsets.count else {
            let at = from < offsets.count && from >= 0 ? offset(at: from) : originalLength
            return TextSpan(at, at)
        }
        return TextSpan(offset(at: from), offset(at: to - 1) + 1)
    }

    /// First normalised index whose original offset is >= `offset` (binary search; offsets are sorted).
    public func normalizedIndex(atOrAfter offset: Int) -> Int {
        // Most texts are folded one for one: the offset is the index (the responsibility notes look up every
        // heading, and the search was most of their own time).
        if offsets.isIdentity { return min(max(offset, 0), offsets.count) }
        var lo = 0, hi = offsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self.offset(at: mid) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Normalised range covering the stored-text span.
    public func normalizedRange(of span: TextSpan) -> Range<Int> {
        normalizedIndex(atOrAfter: span.start)..<normalizedIndex(atOrAfter: span.end)
    }

    /// `normalizedRange(of: originalSpan(range.lowerBound, range.upperBound))` of a non-empty range inside the
    /// text, without a search: the range widened to whole stored characters (the units of an expanded
    /// character, ㌖ or ⑩, share one offset). Only a break (`ScalarOffsets`) at an end can widen it.
    func wholeCharacters(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        if lower > 0 && offsets.isBreak(lower) {
            let at = offset(at: lower)
            while lower > 0 && offset(at: lower - 1) == at { lower -= 1 }
        }
        if upper < offsets.count && offsets.isBreak(upper) {
            let at = offset(at: upper - 1)
            while upper < offsets.count && offset(at: upper) == at { upper += 1 }
        }
        return lower..<upper
    }
}

/// Folded text: one 32-bit scalar value per normalised character.
public typealias NormalizedText = NormalizedUnits<UInt32>

/// Content text as the reuse search holds it: UTF-16 code units.
public typealias ContentText = NormalizedUnits<UInt16>

extension NormalizedUnits where Unit == UInt32 {
    public init(_ text: String, mode: NormalizationMode) {
        var text = text
        if let folded = text.withUTF8({ NormalizedText.folding($0, mode: mode) }) {
            self = folded
        } else {
            self.init(appending: text, mode: mode)
        }
    }

    /// The folding of UTF-8 `bytes` (valid, as a String's are), written through a pointer into an array sized
    /// for one scalar per stored scalar (appending checked capacity and uniqueness for every character, most
    /// of the folding time), and decoded in the loop itself, its state in registers: a closure per scalar (the
    /// fold's `emit`) held it in memory. Nil when the folding is longer than the text (㌖ is six scalars),
    /// rarely: then the text is folded again by appending.
    private static func folding(_ bytes: UnsafeBufferPointer<UInt8>, mode: NormalizationMode) -> NormalizedText? {
        let capacity = ScalarCount.of(bytes) + 16
        let content = mode == .content
        var offsets: ScalarOffsets?
        var length: Int32 = 0
        let scalars = [UInt32](unsafeUninitializedCapacity: capacity) { buffer, outCount in
            // The state is the closure's own, not captured: captured, it was read and written through memory
            // (the buffer too: an `inout` parameter, its address was loaded again for every scalar).
            let out = buffer
            var map = ScalarOffsets.Builder()
            var overflow = false
            var n = 0
            var offset: Int32 = 0
            var i = 0
            let end = bytes.count
            while i < end {
                // A run of CJK unified ideographs (most of a text), each folded to itself, in a loop of its own: no
                // fold looked up, and the offsets taken a run at a time (the general step took four times the
                // instructions). The general step below finds the overflow, if any.
                let runStart = n
                while n < out.count, let ideograph = unifiedIdeograph(in: bytes, at: i) {
                    out[n] = ideograph
                    n += 1
                    i += 3
                }
                if n > runStart {
                    map.append(run: offset, length: n - runStart)
                    offset += Int32(truncatingIfNeeded: n - runStart)
                    continue
                }
                let value = scalar(in: bytes, at: &i)
                if let folded = foldedScalar(value) {
                    if folded != vanishes && !(content && isSkippedInContent(folded)) {
                        overflow = !put(folded, into: out, at: &n, map: &map, offset: offset)
                    }
                } else {
                    for folded in compatibilityFolding(value) where !(content && isSkippedInContent(folded)) && !overflow {
                        overflow = !put(folded, into: out, at: &n, map: &map, offset: offset)
                    }
                }
                if overflow { break }
                offset += 1
            }
            length = offset
            outCount = n
            if !overflow { offsets = map.finished() }
        }
        guard let offsets else { return nil }
        return NormalizedText(scalars: scalars, offsets: offsets, originalLength: Int(length))
    }

    /// Writes a folded scalar at `n` of `out`; false past its end, which only expansions (a text of ㌖s) reach.
    @inline(__always)
    private static func put(_ folded: UInt32, into out: UnsafeMutableBufferPointer<UInt32>, at n: inout Int,
                            map: inout ScalarOffsets.Builder, offset: Int32) -> Bool {
        guard n < out.count else { return false }
        out[n] = folded
        map.append(offset)
        n += 1
        return true
    }

    /// The same by appending, for a text whose folding is longer than its scalars.
    private init(appending text: String, mode: NormalizationMode) {
        var out: [UInt32] = []
        var map = ScalarOffsets.Builder()
        var offset: Int32 = 0
        NormalizedText.forEachScalar(of: text) { value in
            NormalizedText.fold(value) { folded in
                if mode == .content, NormalizedText.isSkippedInContent(folded) { return }
                out.append(folded)
                map.append(offset)
            }
            offset += 1
        }
        self.init(scalars: out, offsets: map.finished(), originalLength: Int(offset))
    }

    /// Calls `body` with each Unicode scalar value of `text`, decoded straight from its UTF-8 bytes
    /// (a String's contents are valid UTF-8): several times faster than walking `unicodeScalars`.
    @inline(__always)
    static func forEachScalar(of text: String, _ body: (UInt32) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count { body(scalar(in: bytes, at: &i)) }
        }
    }

    /// The CJK unified ideograph (U+4E00-U+9FFF) whose valid UTF-8 starts at `bytes[i]`, or nil for any other
    /// scalar (or none: `i` at the end).
    @inline(__always)
    static func unifiedIdeograph(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        // Lead bytes E4-E9 are U+4000-U+9FFF, whose three bytes are there in valid UTF-8.
        guard i < bytes.count, bytes[i] &- 0xE4 < 6 else { return nil }
        let v = (UInt32(bytes[i]) & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F
        return v >= 0x4E00 ? v : nil
    }

    /// The scalar whose valid UTF-8 starts at `bytes[i]`; `i` moved past it.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 {
            i += 1
            return b0
        } else if b0 < 0xE0 {
            defer { i += 2 }
            return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F
        } else if b0 < 0xF0 {
            defer { i += 3 }
            return (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F
        } else {
            defer { i += 4 }
            return (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                | UInt32(bytes[i + 3]) & 0x3F
        }
    }

    /// The content-mode text of a fold-mode text (the same result as folding the stored text in content
    /// mode, less the page furniture of a wrapped text, `LineLayout.furniture`), without walking the String
    /// again: the analysis folds each document once.
    public init(filteringContentOf folded: NormalizedText) {
        self = Self.splittingContent(of: folded, into: UInt32.self).content
    }

    /// The content text filtered from `folded` (in 32-bit scalars, or in UTF-16 units for the reuse search),
    /// and what it leaves out: the two give `folded` back (`init(joining:_:)`), so the analysis holds the
    /// content text and the remainder through the reuse search instead of the whole folded text.
    /// `layout`: the folded text's lines, when the caller has them.
    static func splittingContent<Out>(of folded: NormalizedText, layout given: LineLayout? = nil, into _: Out.Type)
        -> (content: NormalizedUnits<Out>, remainder: FoldedRemainder) {
        let utf16 = Out.bitWidth < 21
        let layout = given ?? LineLayout(folded.scalars)
        let wrapped = layout.isWrapped
        // Page furniture (a wrapped text's page numbers and running header) is no content: a copy that runs
        // across a page break of its PDF reads on as one, and the numbers take part in no passage.
        var furniture = FurnitureLines(layout.furniture)
        // Read through a pointer: no bounds checks in the loop below.
        return folded.scalars.withUnsafeBufferPointer { source in
            // Written through a pointer into room for the most units the text can have (two a scalar in UTF-16),
            // then copied at their exact size: the content texts of the whole corpus are held through the reuse
            // search (a tenth of the folded text is punctuation and spaces). Counted first to be written at
            // their size, the count took 127 of the normalise phase's 1,161 profile samples (standard 10,000);
            // the copy takes about 10.
            let room = UnsafeMutableBufferPointer<Out>.allocate(capacity: utf16 ? 2 * source.count : source.count)
            defer { room.deallocate() }
            var map = ScalarOffsets.Builder()
            var rest = FoldedRemainder.Builder(capacity: source.count / 8)
            var walk = ScalarOffsets.Walker(folded.offsets)
            // Made at the first wrap: most texts have none (no bit set reads as no wrap, `isWrap`).
            var wraps: [UInt64] = []
            // The line before the last break, and what was left out since the last content unit (`isWrap`); which
            // line this is, and the next letter-spaced one.
            var lineBeforeBreak = LineShape(), breaks = 0, onlySpaces = true, gap = false, onlyPlus = true
            var previous: UInt32 = 0
            var lineIndex = 0, nextSpaced = 0
            var n = 0
            var i = -1
            while i + 1 < source.count {
                i += 1
                let v = source[i]
                let offset = Int32(truncatingIfNeeded: walk.next())
                if furniture.isFurniture && v != 0x0A {
                    rest.append(index: i, value: v, offset: offset)
                    gap = true
                    onlyPlus = false
                    continue
                }
                if NormalizedText.isSkippedInContent(v) {
                    rest.append(index: i, value: v, offset: offset)
                    gap = true
                    if v == 0x0A {
                        // The break that ends a furniture line or a blank line is not counted: the line
                        // before a page break and the one after it are one break apart, as if the page had
                        // not ended, and so are two blocks of one paragraph that PDF extraction set apart.
                        let line = layout.shapes[lineIndex]
                        if !furniture.isFurniture && !line.isBlank {
                            breaks += 1
                            lineBeforeBreak = line
                        }
                        lineIndex += 1
                        furniture.nextLine()
                        while nextSpaced < layout.letterSpaced.count && layout.letterSpaced[nextSpaced] < lineIndex { nextSpaced += 1 }
                    } else {
                        if v != 0x20 && v != 0x09 && v != 0x0D { onlySpaces = false }
                    }
                    if v != 0x2B { onlyPlus = false }
                    continue
                }
                if (wrapped && breaks == 1 && onlySpaces && lineBeforeBreak.isRunningText
                    && NormalizedText.isWrappable(previous) && NormalizedText.isWrappable(v))
                    || (gap && breaks == 0 && onlySpaces && nextSpaced < layout.letterSpaced.count
                        && layout.letterSpaced[nextSpaced] == lineIndex
                        && NormalizedText.isWrappable(previous) && NormalizedText.isWrappable(v))
                    || (gap && onlyPlus && n > 0) {
                    // A wrapped line, or letter spacing: the spaces between the characters of a spaced-out line
                    // end no clause. Nor does a plus between two words: 互联网+现代农业 is one term (since analysis
                    // version 65; a "X+Y" sentence was pieces of common words, taken for a formula).
                    if wraps.isEmpty { wraps = [UInt64](repeating: 0, count: (room.count + 63) / 64) }
                    wraps[n >> 6] |= 1 << UInt64(n & 63)
                }
                breaks = 0
                onlySpaces = true
                onlyPlus = true
                gap = false
                previous = v
                if utf16 && v > 0xFFFF {
                    room[n] = Out(truncatingIfNeeded: 0xD800 + ((v - 0x10000) >> 10))
                    room[n + 1] = Out(truncatingIfNeeded: 0xDC00 + ((v - 0x10000) & 0x3FF))
                    n += 2
                    map.append(offset)
                    map.append(offset)
                } else {
                    room[n] = Out(truncatingIfNeeded: v)
                    n += 1
                    map.append(offset)
                }
                // The ideographs that follow, most of a text, in a loop of their own: content on a line that is
                // no furniture (this one was content), with no gap before them, so no wrap to mark. Their
                // offsets are taken a run at a time. Each is copied as it is found: a loop to find the run's end,
                // then one to copy it, took twice the instructions.
                var end = i + 1
                while end < source.count {
                    let u = source[end]
                    guard isUnifiedIdeograph(u) else { break }
                    room[n] = Out(truncatingIfNeeded: u)
                    n += 1
                    end += 1
                }
                walk.take(end - i - 1, into: &map)
                i = end - 1
                previous = source[i]
            }
            if !wraps.isEmpty { wraps = Array(wraps[..<((n + 63) / 64)]) }
            return (NormalizedUnits<Out>(scalars: Array(UnsafeBufferPointer(rebasing: room[..<n])), offsets: map.finished(), originalLength: folded.originalLength,
                                         wraps: wraps),
                    rest.finished())
        }
    }

    /// The folded text again, from its content text and the remainder `splittingContent(of:into:)` gave.
    /// `identity`: the folded text's offsets were `ScalarOffsets.isIdentity` (it folded one for one, as most
    /// texts do), so that they are made at once instead of taken unit by unit.
    init(joining content: ContentText, _ remainder: FoldedRemainder, identity: Bool = false) {
        let capacity = content.count + remainder.count
        var map = ScalarOffsets.Builder()
        var rest = FoldedRemainder.Reader(remainder)
        var walk = ScalarOffsets.Walker(content.offsets)
        // Written through a pointer: at most one scalar per content unit and per scalar left out. The units are
        // read through one too (a bounds check per unit was a fifth of the join).
        let scalars = content.scalars.withUnsafeBufferPointer { units in
            [UInt32](unsafeUninitializedCapacity: capacity) { out, written in
            var left = rest.next()
            var c = 0, n = 0
            while true {
                // The content units up to the next scalar left out, in a loop of their own (most of a text).
                let stop = left?.index ?? capacity
                // Most runs hold no surrogate: their units are their scalars, widened in a loop without a branch
                // per unit and their offsets taken a run between breaks at a time (a unit at a time, the join was
                // a tenth of the text indicators' instructions). A run with one is taken unit by unit below.
                let run = min(stop - n, units.count - c)
                if run > 0 {
                    var surrogates: UInt16 = 0
                    for k in 0..<run {
                        let u = units[c + k]
                        surrogates |= (u >> 11) == 0x1B ? 1 : 0  // 0xD800...0xDFFF
                        out[n + k] = UInt32(u)
                    }
                    if surrogates == 0 {
                        if !identity { walk.take(run, into: &map) }
                        c += run
                        n += run
                    }
                }
                while n < stop && c < units.count {
                    var v = UInt32(units[c])
                    if !identity { map.append(Int32(truncatingIfNeeded: walk.next())) }
                    if (0xD800...0xDBFF).contains(v), c + 1 < units.count {
                        v = 0x10000 + ((v - 0xD800) << 10) + (UInt32(units[c + 1]) - 0xDC00)
                        if !identity { _ = walk.next() }
                        c += 1
                    }
                    out[n] = v
                    n += 1
                    c += 1
                }
                guard let r = left, r.index == n else { break }
                out[n] = r.value
                n += 1
                if !identity { map.append(r.offset) }
                left = rest.next()
            }
            written = n
            }
        }
        self.init(scalars: scalars, offsets: identity ? ScalarOffsets(identity: scalars.count) : map.finished(),
                  originalLength: content.originalLength)
    }

    /// Folds one scalar into zero or more scalars (NFKC-ish, plus one form for quotes, brackets, dashes).
    /// Common cases are table-driven for speed (`foldedScalar`); compatibility characters fall back to
    /// Foundation's NFKC.
    @inline(__always)
    static func fold(_ v: UInt32, _ emit: (UInt32) -> Void) {
        if let folded = foldedScalar(v) {
            if folded != vanishes { emit(folded) }
            return
        }
        for folded in compatibilityFolding(v) { emit(folded) }
    }

    /// A word (a keyword) folded as a text is: its scalars compared with a folded text's.
    static func folded(_ word: String) -> [UInt32] {
        var folded: [UInt32] = []
        for s in word.unicodeScalars { fold(s.value) { folded.append($0) } }
        return folded
    }

    /// `fold` of a compatibility character (circled numbers, compatibility ideographs, half-width forms): real
    /// NFKC, each scalar of it folded again (may expand).
    static func compatibilityFolding(_ v: UInt32) -> [UInt32] {
        var out: [UInt32] = []
        if let scalar = Unicode.Scalar(v) {
            for s in String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars {
                fold(s.value) { out.append($0) }
            }
        }
        return out
    }

    /// What `foldedScalar` gives for a scalar that folds into none (a zero-width character).
    static let vanishes = UInt32.max

    /// The folding of a scalar that folds into at most one (`vanishes` for none), nil for a compatibility
    /// character, which NFKC folds (into one or more).
    @inline(__always)
    static func foldedScalar(_ v: UInt32) -> UInt32? {
        if v < 0x80 {
            // ASCII: lower-case letters so that "Internet Plus" and "INTERNET PLUS" match. A form feed, which
            // pdftotext writes before each page's first line, is read as a space.
            return v >= 0x41 && v <= 0x5A ? v + 0x20 : v == 0x0C ? 0x20 : v
        }
        if v >= 0x4E00 && v <= 0x9FFF { return v }  // CJK unified ideographs: the bulk of the text
        switch v {
        case 0xFF01...0xFF5E:  // full-width ASCII
            let a = v - 0xFEE0
            return a >= 0x41 && a <= 0x5A ? a + 0x20 : a
        case 0x3000, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F: return 0x20  // ideographic and other spaces
        case 0x200B, 0x200C, 0x200D, 0xFEFF: return vanishes  // zero-width characters vanish
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E, 0x301F:
            return 0x22  // double quotes and corner brackets -> "
        case 0x2018, 0x2019, 0x201A, 0x201B: return 0x27
        case 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0xFF3B: return 0x5B  // 【〔〖〘〚 -> [
        case 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0xFF3D: return 0x5D
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0x30FC: return 0x2D  // dashes and minus -> -
        case 0x2460...0x24FF, 0x2150...0x218F, 0x3200...0x33FF, 0xF900...0xFAFF, 0xFF5F...0xFFEF, 0x2F00...0x2FDF:
            return nil
        default: return v
        }
    }

    /// Lines at least this long that end without punctuation, between two ideographs, are wrapped text,
    /// not a heading or a title (which are shorter, or end in punctuation)...
    static let wrappedLineLength = 20

    /// ... in a text whose lines are wrapped: five or more such lines, and at least three in ten of its long
    /// lines. A text with a line per paragraph ends nearly every long line with punctuation; its titles and
    /// long headings, which end without, are a few.
    static func isWrapped(_ scalars: [UInt32]) -> Bool {
        LineLayout(scalars).isWrapped
    }

    /// The lines `isWrapped` counts, each ended by a line break.
    struct WrappedLineCount {
        private var long = 0, runOn = 0

        mutating func add(_ line: LineShape) {
            guard line.isRunningText else { return }
            long += 1
            if NormalizedText.isWrappable(line.last) { runOn += 1 }
        }

        var isWrapped: Bool { runOn >= 5 && runOn * 10 >= long * 3 }
    }

    /// A space, tab or carriage return: what a line holds besides its text (folded text has no other spaces).
    @inline(__always)
    static func isLineSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0D
    }

    /// A CJK unified ideograph (U+4E00-U+9FFF): the bulk of a text, and never punctuation.
    @inline(__always)
    static func isUnifiedIdeograph(_ v: UInt32) -> Bool {
        v >= 0x4E00 && v <= 0x9FFF
    }

    @inline(__always)
    static func isIdeograph(_ v: UInt32) -> Bool {
        isUnifiedIdeograph(v) || (v >= 0x3400 && v <= 0x4DBF)
    }

    /// An ideograph or a digit: a line of Chinese text wraps between any two ("达到1018\n家").
    @inline(__always)
    static func isWrappable(_ v: UInt32) -> Bool {
        isIdeograph(v) || (v >= 0x30 && v <= 0x39)
    }

    /// Whitespace, punctuation and symbols carry no content for k-grams; letters, digits, CJK do.
    @inline(__always)
    static func isSkippedInContent(_ v: UInt32) -> Bool {
        if v >= 0x4E00 && v <= 0x9FFF { return false }
        if v < 0x80 {
            return !((v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A))
        }
        if v >= 0x3000 && v <= 0x303F { return v != 0x3007 }  // CJK punctuation (keep 〇, a numeral)
        guard let scalar = Unicode.Scalar(v) else { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return false
        default:
            return true
        }
    }
}

extension NormalizedUnits where Unit == UInt16 {
    /// The content text of a stored text, as the reuse search reads it.
    public init(contentOf text: String) {
        self = NormalizedText.splittingContent(of: NormalizedText(text, mode: .fold), into: UInt16.self).content
    }
}
