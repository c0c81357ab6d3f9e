import XCTest
@testable import TerminalUI

/// A column running past the table's right edge was clipped by the canvas, without the ellipsis a cut cell has:
/// the Provinces tab at 40x10 showed the header '最相似省' for 最相似省份, and a right-aligned 1370 cut to its
/// first column read as 1. Titles and cells cut at the edge end in "…", as cells cut inside their column do.
final class TableEdgeCutTests: XCTestCase {
    func testATitleOrCellCutAtTheEdgeEndsInAnEllipsis() {
        let table = Table(
            columns: [Table.Column("省份", width: .fixed(6)),
                      Table.Column("滞后天", width: .fixed(6), alignment: .right),
                      Table.Column("最相似省份", width: .fixed(12))],
            rows: [Table.Row(["天津", "350", "安徽 7%"]), Table.Row(["辽宁", "1370", "安徽省 8%"])])
        var canvas = Canvas(width: 26, height: 3)
        table.render(into: &canvas, area: canvas.area)
        XCTAssertEqual(canvas.rows, ["省份   滞后天 最相似省份  ",
                                     "天津      350 安徽 7%     ",
                                     "辽宁     1370 安徽省 8%   "])
        canvas = Canvas(width: 24, height: 3)
        table.render(into: &canvas, area: Rect(x: 0, y: 0, width: 20, height: 3))
        XCTAssertEqual(canvas.rows, ["省份   滞后天 最相…     ",
                                     "天津      350 安徽 …    ",
                                     "辽宁     1370 安徽…     "])
        canvas = Canvas(width: 24, height: 3)
        table.render(into: &canvas, area: Rect(x: 0, y: 0, width: 10, height: 3))
        XCTAssertEqual(canvas.rows, ["省份   滞…              ",
                                     "天津   350              ",
                                     "辽宁     …              "])
    }

    func testTheSortMarkerStaysOnATitleCutAtTheEdge() {
        let table = Table(columns: [Table.Column("省份", width: .fixed(6)), Table.Column("最相似省份", width: .fixed(12))],
                          rows: [], sort: (column: 1, ascending: false))
        var canvas = Canvas(width: 14, height: 1)
        table.render(into: &canvas, area: canvas.area)
        XCTAssertEqual(canvas.rows, ["省份   最相…▼ "])
    }
}
