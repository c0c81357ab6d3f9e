/// Units named for more than the clause they stand in (since analysis version 53). A province assigns a task
/// paragraph by a note closing it ("…建设全省物流公共信息平台。到2017年…达到80%（省交通运输厅牵头）。"), an item by its
/// heading ("（一）加快推进智慧物流建设（省商务厅牵头，省交通运输厅配合）。") or by a label line under it ("责任单位：省商务厅、
/// 省农业农村厅"). A measure without a unit of its own is credited with the note of its paragraph, else with the note of
/// its item or of the nearest section above that has one; the label line itself is no measure where its item has
/// another.
struct ResponsibilityNotes {
    /// The units a paragraph's closing bracket names, by the paragraph's (line's) start in the normalised text.
    private var paragraphs: [Int: [TextSpan]] = [:]
    /// The units a section's heading or label lines name, by section index (empty: none): a list, where a
    /// dictionary hashed every section a measure's search for a note passed.
    private var sections: [[TextSpan]]
    private var hasSectionNotes = false
    /// Clauses that are label lines (by clause index): no measures.
    private(set) var labelLines: Set<Int> = []
    /// Where each line (paragraph) of the normalised text starts, ascending.
    private var lineStarts: [Int] = [0]

    /// `units(range)`: the responsible-unit spans the detector finds in a range of the normalised text.
    init(norm: NormalizedText, structure: DocumentStructure, clauseRanges: [Range<Int>], units: (Range<Int>) -> [TextSpan]) {
        let s = norm.scalars
        sections = [[TextSpan]](repeating: [], count: structure.sections.count)
        // Paragraphs closed by a bracket naming a unit, closing punctuation and spaces aside.
        var lineStart = 0
        // Line ends found through the buffer, eight characters at a time (a character at a time was most of
        // this step).
        let lineEnds: [Int] = s.withUnsafeBufferPointer { buffer in
            var ends: [Int] = []
            var i = ScalarScan.firstIndex(of: 0x0A, in: buffer, from: 0, to: buffer.count)
            while i < buffer.count {
                ends.append(i)
                i = ScalarScan.firstIndex(of: 0x0A, in: buffer, from: i + 1, to: buffer.count)
            }
            return ends
        }
        for i in lineEnds + [s.count] {
            var end = i
            while end > lineStart && (NormalizedText.isLineSpace(s[end - 1]) || ResponsibilityNotes.closers.contains(s[end - 1])) {
                end -= 1
            }
            if end > lineStart, s[end - 1] == 0x29 {
                var open = end - 2
                while open >= lineStart && end - open < 42 && s[open] != 0x28 && s[open] != 0x29 { open -= 1 }
                if open >= lineStart, s[open] == 0x28, FeatureDetector.bracketNamesUnit(s, (open + 1)..<(end - 1)) {
                    paragraphs[lineStart] = [norm.originalSpan(open, end)]
                }
            }
            lineStart = i + 1
        }
        lineStarts += lineEnds.map { $0 + 1 }
        // Headings that name units.
        for section in structure.sections {
            guard let heading = section.heading else { continue }
            let found = units(norm.normalizedRange(of: heading))
            if !found.isEmpty {
                sections[section.index] = found
                hasSectionNotes = true
            }
        }
        // Label lines: "责任单位：…", "（牵头单位：…；配合单位：…）".
        var labels: Set<Int> = []
        for (clause, range) in zip(structure.clauses, clauseRanges) where ResponsibilityNotes.isLabelLine(s, range) {
            labels.insert(clause.index)
            guard let section = clause.section else { continue }
            sections[section] += units(range)
            hasSectionNotes = hasSectionNotes || !sections[section].isEmpty
        }
        // A label line alone in its section, with no other measure to assign, stands for its task: a measure still.
        guard !labels.isEmpty else { return }
        // Per section (its index + 1; 0: none), whether it has a measure other than a label line: an array, where
        // a set hashed a section for every measure.
        var withMeasures = [Bool](repeating: false, count: structure.sections.count + 1)
        for clause in structure.clauses where (clause.role == .actions || clause.role == .measures) && !labels.contains(clause.index) {
            withMeasures[clause.section.map { $0 + 1 } ?? 0] = true
        }
        labelLines = labels.filter { withMeasures[structure.clauses[$0].section.map { $0 + 1 } ?? 0] }
    }

    /// The note a measure without a unit of its own (starting at `position` of the normalised text) is credited with:
    /// its paragraph's, else its section's or the nearest enclosing section's; empty when none.
    func inherited(at position: Int, section: Int?, in structure: DocumentStructure) -> [TextSpan] {
        // Most documents have few notes or none: no line is searched for, no dictionary hashed, without one.
        if !paragraphs.isEmpty {
            var lo = 0, hi = lineStarts.count  // the last line starting at or before `position`
            while lo < hi {
                let mid = (lo + hi) / 2
                if lineStarts[mid] <= position { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0, let note = paragraphs[lineStarts[lo - 1]] { return note }
        }
        guard hasSectionNotes else { return [] }
        var current = section
        while let index = current, sections.indices.contains(index) {
            if !sections[index].isEmpty { return sections[index] }
            current = structure.sections[index].parent
        }
        return []
    }

    /// The first characters of `FeatureDetector.unitLabels` (牵, 责, 负, 配, 主).
    static let labelStarts = ScalarSet(FeatureDetector.unitLabels.compactMap(\.first))

    /// 。；, (folded) and a closing quote after a paragraph's note.
    static let closers: ScalarSet = [0x3002, 0x3B, 0x2C, 0x22]

    /// Whether a clause is a label line: after an opening bracket, a label naming units (`FeatureDetector.unitLabels`)
    /// and a colon.
    static func isLabelLine(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound && (NormalizedText.isLineSpace(s[i]) || s[i] == 0x28) { i += 1 }
        // Asked of every clause, most of which open with no label's first character: answered without comparing.
        guard i < range.upperBound, labelStarts.contains(s[i]) else { return false }
        return FeatureDetector.unitLabels.contains { label in
            i + label.count < range.upperBound && s[i..<(i + label.count)].elementsEqual(label)
                && s[i + label.count] == FeatureDetector.labelColon
        }
    }
}
