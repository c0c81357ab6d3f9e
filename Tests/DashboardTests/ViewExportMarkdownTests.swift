import XCTest
@testable import Dashboard

/// `e` then `view FILE.md` wrote a screen's cells (titles, notes, tags) into Markdown with only `|` and line breaks
/// escaped: a title like `<img src=x onerror=alert(1)>` became HTML where the file is rendered. It goes through
/// `MarkdownText`, as the report does.
final class ViewExportMarkdownTests: XCTestCase {
    func testAScreensMarkdownEscapesHTMLAndMarkup() {
        var content = ScreenContent()
        content.columns = [ScreenContent.Column(title: "标题")]
        content.rows = [ScreenContent.Row(cells: ["<img src=x onerror=alert(1)>"]), ScreenContent.Row(cells: ["[a](javascript:b) | *c*"])]
        let text = ViewExport.text(content, title: "<script>x</script>", format: .markdown)
        XCTAssertEqual(text, """
            # &lt;script&gt;x&lt;/script&gt;

            | 标题 |
            |---|
            | &lt;img src=x onerror=alert(1)&gt; |
            | \\[a\\](javascript:b) \\| \\*c\\* |

            """)
    }
}
