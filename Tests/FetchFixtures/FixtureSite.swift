import CoreFoundation
import Foundation

/// The pages the fetch tests serve, all written for the tests (synthetic titles and text, marked 测试页), and
/// the corpus records that point at them. Hosts are made-up names reached through the fixture server acting as
/// the proxy: `www.fixture.gov.cn` is an official site by its name, `repost.example.com` a third-party one.
public enum FixtureSite {
    public static let official = "http://www.fixture.gov.cn"
    public static let repost = "http://repost.example.com"

    /// A record of the corpus: id, title, number, level, region, issuer id, URL, and the URL it was seen at.
    public struct Record: Sendable {
        public var id: String
        public var title: String
        public var number: String?
        public var published: String?
        public var url: String?
        public var seenURL: String?
        public var text: String?
    }

    public static func title(_ n: Int) -> String { "国务院关于推进“互联网+”示范第\(n)项工作的指导意见（测试页）" }
    public static func number(_ n: Int) -> String { "国发〔2016〕\(900 + n)号" }

    public static let records: [Record] = [
        Record(id: "utf8-1", title: title(1), number: number(1), published: "2016-03-01", url: official + "/2016/utf8-1.html"),
        Record(id: "gbk-1", title: title(2), number: number(2), published: "2016-03-02", url: official + "/2016/gbk-1.html"),
        Record(id: "gbk-2", title: title(3), number: number(3), published: "2016-03-03", url: official + "/2016/gbk-2.html"),
        Record(id: "moved-1", title: title(4), number: number(4), published: "2016-03-04", url: official + "/old/moved-1.html"),
        Record(id: "gone-1", title: title(5), number: number(5), url: official + "/2016/gone-1.html"),
        Record(id: "soft-1", title: title(6), number: number(6), url: official + "/2016/soft-1.html"),
        Record(id: "captcha-1", title: title(7), number: number(7), url: official + "/2016/captcha-1.html"),
        Record(id: "slow-1", title: title(8), number: number(8), url: official + "/2016/slow-1.html"),
        Record(id: "huge-1", title: title(9), number: number(9), url: official + "/2016/huge-1.html"),
        Record(id: "mismatch-1", title: title(10), number: number(10), url: official + "/2016/mismatch-1.html"),
        Record(id: "index-1", title: title(11), number: number(11), url: official + "/2016/index.html"),
        Record(id: "robots-1", title: title(12), number: number(12), url: official + "/private/robots-1.html"),
        Record(id: "both-1", title: title(13), number: number(13), published: "2016-03-13",
               url: repost + "/news/both-1.html", seenURL: official + "/2016/both-1.html"),
        Record(id: "title-1", title: title(14), number: number(14), url: official + "/2016/title-1.html"),
        Record(id: "nourl-1", title: title(15), number: number(15)),
        Record(id: "hastext-1", title: title(16), number: number(16), url: official + "/2016/hastext-1.html", text: "已有正文。"),
    ]

    /// Ids whose pages are documents, and what `ipap fetch` must report for the others.
    public static let fetchedIDs = ["both-1", "gbk-1", "gbk-2", "moved-1", "utf8-1"]

    /// Body paragraphs of document n: synthetic sentences, long enough to be a document.
    public static func paragraphs(_ n: Int) -> [String] {
        [
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "为推进“互联网+”示范第\(n)项工作，现提出以下意见（测试页正文，非真实文件）。",
            "一、总体要求。坚持创新驱动，推动互联网与各领域深度融合，形成示范带动效应。",
            "二、重点任务。建设公共服务平台，完善数据共享机制，到2018年建成示范项目\(n * 10)个。",
            "三、保障措施。各地区、各部门要加强组织领导，明确责任分工，抓好贯彻落实。",
        ]
    }

    /// A gov.cn-style page: the header table (标题, 发文机关, 发文字号, 成文日期, 发布日期), then the body.
    public static func govPage(n: Int, number: String? = nil, title: String? = nil, meta: String = "<meta charset=\"utf-8\">") -> String {
        let t = title ?? Self.title(n)
        return """
            <!DOCTYPE html><html><head>\(meta)<title>\(t)_测试政府网</title>
            <meta name="ArticleTitle" content="\(t)"></head><body>
            <div class="nav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a></div>
            <table class="bd1"><tr><td>索引号：</td><td>000014349/2016-\(n)</td><td>主题分类：</td><td>科技</td></tr>
            <tr><td>发文机关：</td><td>国务院</td><td>成文日期：</td><td>2016年02月\(String(format: "%02d", n))日</td></tr>
            <tr><td>标　　题：</td><td colspan="3">\(t)</td></tr>
            <tr><td>发文字号：</td><td>\(number ?? Self.number(n))</td><td>发布日期：</td><td>2016年03月\(String(format: "%02d", n))日</td></tr></table>
            <div id="UCAP-CONTENT">\(paragraphs(n).map { "<p>\($0)</p>" }.joined(separator: "\n"))</div>
            <script>var notText = "不是正文";</script>
            </body></html>
            """
    }

    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
        CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    public static func gbk(_ text: String) -> Data { text.data(using: gb18030) ?? Data() }

    /// The response for a request; `version` changes the pages whose text a second run should see change.
    public static func respond(_ request: FixtureServer.Request, version: Int = 1) -> FixtureServer.Response {
        let html = [("Content-Type", "text/html; charset=utf-8")]
        func page(_ text: String, etag: String? = nil) -> FixtureServer.Response {
            if let etag {
                if request.headers["if-none-match"] == etag { return FixtureServer.Response(status: 304, headers: [("ETag", etag)]) }
                return FixtureServer.Response(status: 200, headers: html + [("ETag", etag)], body: Data(text.utf8))
            }
            return FixtureServer.Response(status: 200, headers: html, body: Data(text.utf8))
        }
        let lastModified = "Tue, 01 Mar 2016 08:00:00 GMT"
        switch (request.host, request.path) {
        case (_, "/robots.txt"):
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/plain")],
                                          body: Data("User-agent: *\nDisallow: /private/\n\nUser-agent: badbot\nDisallow: /\n".utf8))
        case ("www.fixture.gov.cn", "/2016/utf8-1.html"):
            // Version 2 adds a paragraph: a page that changed between two runs.
            let text = version == 1 ? govPage(n: 1) : govPage(n: 1).replacingOccurrences(of: "</div>\n<script>", with: "<p>四、本意见自印发之日起施行（第二版）。</p></div>\n<script>")
            return page(text, etag: "\"utf8-1-v\(version)\"")
        case ("www.fixture.gov.cn", "/2016/gbk-1.html"):
            // GBK, the charset in the header only; Last-Modified for the second run.
            if request.headers["if-modified-since"] == lastModified { return FixtureServer.Response(status: 304) }
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=GBK"), ("Last-Modified", lastModified)],
                                          body: gbk(govPage(n: 2, meta: "")))
        case ("www.fixture.gov.cn", "/2016/gbk-2.html"):
            // GB2312 named in the meta tag only.
            return FixtureServer.Response(status: 200, headers: [("Content-Type", "text/html"), ("ETag", "\"gbk-2\"")],
                                          body: gbk(govPage(n: 3, meta: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")))
        case ("www.fixture.gov.cn", "/old/moved-1.html"):
            return FixtureServer.Response(status: 301, headers: [("Location", "/2016/moved-1.html")])
        case ("www.fixture.gov.cn", "/2016/moved-1.html"):
            return page(govPage(n: 4), etag: "\"moved-1\"")
        case ("www.fixture.gov.cn", "/2016/soft-1.html"):
            return page("<html><head><title>页面不存在</title></head><body><div class=\"err\"><p>抱歉，您访问的页面不存在或已被删除！</p><a href=\"/\">返回首页</a></div></body></html>")
        case ("www.fixture.gov.cn", "/2016/captcha-1.html"):
            return page("<html><head><title>安全验证</title></head><body><form action=\"/verify\"><p>请输入验证码后继续访问</p><img src=\"/captcha.png\"><input name=\"code\"><button>提交</button></form></body></html>")
        case ("www.fixture.gov.cn", "/2016/slow-1.html"):
            var response = page(govPage(n: 8))
            response.delay = 3
            return response
        case ("www.fixture.gov.cn", "/2016/huge-1.html"):
            let filler = String(repeating: "<p>填充内容，用于测试页面大小上限。</p>\n", count: 60_000)
            return page(govPage(n: 9).replacingOccurrences(of: "<script>", with: filler + "<script>"))
        case ("www.fixture.gov.cn", "/2016/mismatch-1.html"):
            return page(govPage(n: 10, number: "国发〔2016〕999号"))
        case ("www.fixture.gov.cn", "/2016/index.html"):
            let links = (1...40).map { "<li><a href=\"/2016/p\($0).html\">关于第\($0)项工作的通知</a><span>2016-03-\(String(format: "%02d", $0 % 28 + 1))</span></li>" }
            return page("<html><head><title>政策文件_测试政府网</title></head><body><ul class=\"list\">\(links.joined())</ul></body></html>")
        case ("www.fixture.gov.cn", "/private/robots-1.html"):
            return page(govPage(n: 12))
        case ("www.fixture.gov.cn", "/2016/both-1.html"):
            return page(govPage(n: 13), etag: "\"both-1\"")
        case ("repost.example.com", "/news/both-1.html"):
            return page(govPage(n: 13).replacingOccurrences(of: "各省、自治区", with: "转载：各省、自治区"))
        case ("www.fixture.gov.cn", "/2016/title-1.html"):
            return page(govPage(n: 14, title: "关于另一项工作的通知（测试页）"))
        default:
            return FixtureServer.Response(status: 404, headers: html, body: Data("<html><body>404 Not Found</body></html>".utf8))
        }
    }

    /// A corpus directory with the records (bundled taxonomy: state-council, national).
    public static func writeCorpus(to directory: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: directory.appendingPathComponent("documents"), withIntermediateDirectories: true)
        try Data(#"{"schema": 1, "name": "fetch fixture corpus (test pages)", "synthetic": false, "citations": []}"#.utf8)
            .write(to: directory.appendingPathComponent("corpus.json"))
        for r in records {
            func json(_ s: String?) -> String { s.map { "\"\($0)\"" } ?? "null" }
            let seen = r.seenURL.map { #"{"where": "official-site", "fields": ["title"], "url": "\#($0)"}"# } ?? #"{"where": "not-seen", "fields": []}"#
            let document = """
                {"schema": 1, "id": "\(r.id)", "title": "\(r.title)", "number": \(json(r.number)), "issuers": ["state-council"],
                 "level": "national", "region": null, "datePublished": \(json(r.published)), "kind": "guiding-opinion",
                 "source": {"url": \(json(r.url)), "seen": \(seen), "origin": "test"}, "synthetic": false, "text": \(json(r.text))}
                """
            try Data(document.utf8).write(to: directory.appendingPathComponent("documents/\(r.id).json"))
        }
    }
}

/// The version of the pages a server serves, changed by a test between runs.
public final class SiteVersion: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 1

    public init() {}

    public var current: Int {
        get { lock.lock(); defer { lock.unlock() }; return value }
        set { lock.lock(); value = newValue; lock.unlock() }
    }
}
