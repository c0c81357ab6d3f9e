/// What a report keeps of one document's reviewed clauses: its cells of the tool matrix, its first clause's
/// span (a group's evidence when no member copied from the centre) and, for a document review entries name,
/// every clause's span. The clauses themselves (hundreds per document, each with its codes) are let go as
/// soon as the document is coded: held for 50,000 documents they were gigabytes of an export.
struct ClauseDigest: Sendable {
    struct CellKey: Hashable, Sendable {
        var toolClass: String
        var area: String
    }

    /// One (tool class, area) cell of the document: how many clauses, how many of them coded by hand, and
    /// the first clause and first hand-coded clause, either of which may become the matrix's example.
    struct Cell: Sendable {
        var clauses = 0
        var manual = 0
        var first: TextSpan
        var firstManual: TextSpan?
    }

    var cells: [CellKey: Cell] = [:]
    /// Clause index to span; empty unless kept.
    var spans: [Int: TextSpan] = [:]

    init(_ clauses: [ReviewedClause], keepingSpans: Bool) {
        if keepingSpans { for c in clauses { spans[c.index] = c.span } }
        for clause in clauses where !clause.toolClasses.isEmpty {
            let areas = clause.actionAreas.isEmpty ? ["none"] : clause.actionAreas
            for toolClass in clause.toolClasses {
                for area in areas {
                    let key = CellKey(toolClass: toolClass, area: area)
                    var cell = cells[key] ?? Cell(first: clause.span)
                    cell.clauses += 1
                    if clause.isManual {
                        cell.manual += 1
                        if cell.firstManual == nil { cell.firstManual = clause.span }
                    }
                    cells[key] = cell
                }
            }
        }
    }
}

