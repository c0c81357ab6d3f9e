import PolicyModel

/// Folded text as the text indicators read it: in a wrapped text (`NormalizedText.isWrapped`, a PDF's
/// lines), without the line breaks that wrap a sentence and without the page furniture between its lines,
/// so that clauses, headings' titles and keywords ("纳入…专项资金支持\n范围") read on as in the text with a
/// line per paragraph. Each character keeps its place in the stored text. Other texts are returned as
/// they are.
extension NormalizedUnits where Unit == UInt32 {
    func unwrapped() -> NormalizedText {
        unwrapped(dropping: NormalizedText.unwrappedRanges(in: scalars))
    }

    /// The same, `dropped` being `unwrappedRanges` of this text found before (the analysis finds them while
    /// it has the text's lines measured, and so measures them once).
    func unwrapped(dropping dropped: [Range<Int>]) -> NormalizedText {
        guard !dropped.isEmpty else { return self }
        var kept: [UInt32] = []
        kept.reserveCapacity(count)
        var map = ScalarOffsets.Builder()
        var walk = ScalarOffsets.Walker(offsets)
        var next = 0  // the first dropped range not yet passed
        for i in scalars.indices {
            let offset = walk.next()
            while next < dropped.count && dropped[next].upperBound <= i { next += 1 }
            if next < dropped.count && dropped[next].contains(i) { continue }
            kept.append(scalars[i])
            map.append(Int32(truncatingIfNeeded: offset))
        }
        return NormalizedText(scalars: kept, offsets: map.finished(), originalLength: originalLength)
    }
}

extension NormalizedText {
    /// What `unwrapped()` leaves out, in order. In any text: the spaces of a line set with letter spacing
    /// (`LineShape.isLetterSpaced`). In a wrapped text: each line break that wraps running text, with the
    /// spaces around it and, after a full line, the blank lines after it (pdftotext leaves blank lines
    /// between blocks of one paragraph); the line break after a line that holds only a heading's marker
    /// (unless the marker is in a column of them, below another); and each line of page furniture
    /// (`PageFurniture`) with its line break. A wrap: a break after a line of running text that does not
    /// end a sentence, before more text that opens no heading and no table row, whether the line ends in an
    /// ideograph, a digit or punctuation ("依托…服务，\n引导…", "…牵头\n，省国资委配合）"). (The content text of
    /// the reuse search has its own rule, `NormalizedUnits.isWrap`: only between two ideographs or digits,
    /// since punctuation ends a clause piece anyway, and spaces are never content.)
    static func unwrappedRanges(in scalars: [UInt32]) -> [Range<Int>] {
        unwrappedRanges(in: scalars, layout: LineLayout(scalars))
    }

    /// The same, with the text's lines measured by the caller (`LineLayout(scalars)`).
    static func unwrappedRanges(in scalars: [UInt32], layout: LineLayout) -> [Range<Int>] {
        // Most texts: not wrapped, no letter spacing.
        guard layout.isWrapped || !layout.letterSpaced.isEmpty else { return [] }
        let lines = layout.lines, shapes = layout.shapes, isWrapped = layout.isWrapped
        var out: [Range<Int>] = []
        // Kept sorted and disjoint: a wrap's range may take in spaces dropped just before.
        func drop(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            var r = range
            while let last = out.last, last.upperBound >= r.lowerBound {
                r = min(last.lowerBound, r.lowerBound)..<max(last.upperBound, r.upperBound)
                out.removeLast()
            }
            out.append(r)
        }
        let furniture = Set(layout.furniture)
        // The length of a full line (the most common among lines of running text): a line that wrapped is
        // full, the last line of a paragraph or a title seldom is, and only a full line reads on across blank
        // lines.
        var lengths: [Int: Int] = [:]
        if isWrapped { for shape in shapes where shape.isRunningText { lengths[shape.length, default: 0] += 1 } }
        let fullLength = lengths.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? Int.max
        // Whether the last line that held text held only a heading's marker (2), or a short line right after
        // one (1: a chapter's title that pdftotext read after the next marker): the line after is the rest of
        // a full line ("第一条　制定依据。…工程达" with the marker set apart), so it reads on across blank lines
        // as a full line does.
        var afterMarker = 0
        // Markers set apart on consecutive lines, a column of them (`SectionParser.continuesColumn`): pdftotext
        // reads single-line articles so ("第十条⏎第十一条⏎⏎任何单位…数据。⏎着力推进…新模⏎⏎式发展。"). The text
        // lines after the column are the markers' first lines in order: each reads as the line after a
        // marker, and a marker in the column does not read into the line after it, which is an earlier one's.
        var columnOwed = 0, lastMarker: HeadingKind?
        for (l, line) in lines.enumerated() {
            let shape = shapes[l]
            var followsMarker = afterMarker > 0
            var inColumn = false
            if isWrapped && !shape.isBlank && !furniture.contains(l) {
                if let kind = markerOnlyKind(line, in: scalars) {
                    inColumn = afterMarker == 2 && lastMarker.map { SectionParser.continuesColumn($0, kind) } == true
                    columnOwed = inColumn ? columnOwed + 1 : 0
                    lastMarker = kind
                    afterMarker = 2
                } else {
                    if columnOwed > 0 && afterMarker != 2 {
                        followsMarker = true
                        columnOwed -= 1
                    }
                    lastMarker = nil
                    afterMarker = afterMarker == 2 && !shape.isRunningText ? 1 : 0
                }
            }
            if shape.isLetterSpaced {
                for i in line where scalars[i] == 0x20 || scalars[i] == 0x09 { drop(i..<(i + 1)) }
            }
            // Page furniture is left out wherever it stands, with its line break (at a paragraph's end too,
            // where it would read as a clause of its own).
            if furniture.contains(l) { drop(line.lowerBound..<min(line.upperBound + 1, scalars.count)) }
            let markerOnly = afterMarker == 2 && !shape.isBlank && !furniture.contains(l) && !inColumn
            // The rest of a full line after a marker set apart is running text, however short the marker
            // left it (a chapter's title moved after the next marker is shorter still).
            let running = shape.isRunningText || (followsMarker && shape.length >= 12 && !shape.isTableRow)
            guard isWrapped, line.upperBound < scalars.count, !furniture.contains(l),
                  (running && !endsSentence(shape.last)) || markerOnly else { continue }
            let acrossBlanks = markerOnly || followsMarker || shape.length + 2 >= fullLength
            // The next line that is neither furniture nor blank (pdftotext leaves blank lines between blocks
            // of one paragraph, and around page numbers) must open no heading and no table row, which begin
            // their own line whatever ends the one before.
            var next = l + 1
            while next < lines.count && (furniture.contains(next) || (acrossBlanks && shapes[next].isBlank)) { next += 1 }
            guard next < lines.count, let resume = lines[next].first(where: { !isLineSpace(scalars[$0]) }),
                  !shapes[next].isTableRow, !SectionParser.opensHeading(scalars, resume..<lines[next].upperBound),
                  !isDocumentNumber(scalars, resume..<lines[next].upperBound) else { continue }
            var from = line.upperBound
            while from > line.lowerBound && isLineSpace(scalars[from - 1]) { from -= 1 }
            drop(from..<resume)
        }
        return out
    }

    /// A line that holds a heading's marker and nothing else ("第一条", "第二章", "（三）"), where pdftotext set the
    /// marker apart from its title and text (a wide space between them in the PDF): read on into the next
    /// line, as "第一条　制定依据。…" was printed.
    /// Its marker's kind, nil for any other line.
    static func markerOnlyKind(_ line: Range<Int>, in s: [UInt32]) -> HeadingKind? {
        guard let first = line.first(where: { !isLineSpace(s[$0]) }), line.upperBound - first <= 12,
              let (kind, after) = SectionParser.marker(s, first, line.upperBound),
              s[after..<line.upperBound].allSatisfy(isLineSpace) else { return nil }
        return kind
    }

    /// A line that is a document number ("国发〔2015〕40号", "内蒙古政办发〔2017〕92号"): it stands on its own line
    /// under or over the title, which does not read on into it.
    static func isDocumentNumber(_ s: [UInt32], _ line: Range<Int>) -> Bool {
        guard let last = line.last(where: { !isLineSpace(s[$0]) }), s[last] == 0x53F7, line.count <= 40 else { return false }
        return DocumentNumber.year(SectionParser.string(s[line])) != nil
    }

    /// 。 ! ? ; : (after folding): a line ending so ends its sentence or introduces a list, wrapped or not.
    @inline(__always)
    static func endsSentence(_ v: UInt32) -> Bool {
        v == 0x3002 || v == 0x21 || v == 0x3F || v == 0x3B || v == 0x3A
    }
}
