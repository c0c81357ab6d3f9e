import XCTest
@testable import PolicyModel

/// A Markdown file was imported with its markup, which the analysis read as text (QA pass 51).
final class MarkdownSourceTests: XCTestCase {
    func testHeadingsTablesListsAndEmphasisLoseTheirMarkup() {
        let markdown = """
        # 浙江省“互联网+”行动计划 #
        ## 第一章　总则
        　　**第一条**　为推进“互联网+”行动，制定本计划。
        > 引自国发〔2015〕40号
        - 发展[电子商务](http://www.gov.cn/a.htm)；
        * 推广`智慧医疗`；
        1. 到2018年，建成10个示范园区。

        | 指标 | 2016年 | 2018年 |
        |---|:--:|---:|
        | 网络零售额（亿元） | 5000 | 8000 |
        ---
        价格为 3\\*5 元，a_b 与 2*3 照原样。
        """
        XCTAssertEqual(MarkdownSource.plainText(markdown).split(separator: "\n", omittingEmptySubsequences: false), [
            "浙江省“互联网+”行动计划",
            "第一章　总则",
            "　　第一条　为推进“互联网+”行动，制定本计划。",
            "引自国发〔2015〕40号",
            "发展电子商务；",
            "推广智慧医疗；",
            "1. 到2018年，建成10个示范园区。",
            "",
            "指标 | 2016年 | 2018年",
            "",
            "网络零售额（亿元） | 5000 | 8000",
            "",
            "价格为 3*5 元，a_b 与 2*3 照原样。",
        ])
    }

    func testPlainTextIsLeftAsItIs() {
        let text = "一、总体要求\n　　各地区、各部门要加强协调（见附表1）。\n#话题 不是标题\n-1 不是列表\n"
        XCTAssertEqual(MarkdownSource.plainText(text), text)
    }
}
