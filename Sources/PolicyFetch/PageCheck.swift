import Foundation
import PolicyModel

/// Whether a page that came back with status 200 is the document its record describes. A site answers many
/// requests with a page that is not the document: its index, a login or captcha wall, a "page not found"
/// served with status 200, or another document. Such a page is reported, never imported as text.
enum PageCheck {
    /// Fewer characters than this is not a policy document's text.
    static let minimumText = 80

    static func check(html: String, page: HTMLText, record: PolicyDocument) -> FetchProblem? {
        let text = page.text
        let title = page.header["标题"] ?? page.pageTitle ?? ""
        let lower = html.lowercased()
        // A wall first: its text is short and says little.
        let wallWords = ["验证码", "captcha", "请登录", "用户登录", "安全验证", "人机验证"]
        if wallWords.contains(where: { title.lowercased().contains($0) }) || (text.count < 600 && wallWords.contains(where: text.lowercased().contains))
            || (lower.contains("type=\"password\"") && text.count < 600) {
            return .loginOrCaptcha
        }
        let notFound = ["页面不存在", "页面未找到", "找不到页面", "页面已删除", "已被删除", "404", "not found", "页面没有找到", "您访问的页面"]
        if notFound.contains(where: { title.lowercased().contains($0) }) || (text.count < 400 && notFound.contains(where: text.lowercased().contains)) {
            return .pageNotFound
        }
        // An index: many links and no paragraphs, only short lines (titles and dates). Counting links alone would
        // take a real page with a large site menu for an index.
        let links = lower.components(separatedBy: "<a ").count - 1
        let paragraphs = text.split(separator: "\n").filter { $0.count >= 50 }.count
        if page.header["发文字号"] == nil, links >= 15, paragraphs < 2 {
            return .indexPage(links: links, characters: text.count)
        }
        if text.count < minimumText { return .tooLittleText(text.count) }
        if !title.isEmpty, !titlesMatch(title, record.title) { return .titleMismatch(page: title) }
        if let number = page.header["发文字号"], let recorded = record.number, normalizedNumber(number) != normalizedNumber(recorded) {
            return .headerDisagrees("发文字号 \(number), the record \(recorded)")
        }
        for (label, recorded) in [("成文日期", record.dateWritten), ("发布日期", record.datePublished)] {
            if let value = page.header[label], let pageDate = DateText.parse(value), let recorded, pageDate != recorded {
                return .headerDisagrees("\(label) \(pageDate), the record \(recorded)")
            }
        }
        return nil
    }

    /// Equal once spaces, punctuation and quotes are dropped, or one containing the other (a page title with
    /// its site name, a record title without 关于印发…的通知), or sharing most of their character pairs.
    static func titlesMatch(_ a: String, _ b: String) -> Bool {
        let x = normalizedTitle(a), y = normalizedTitle(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y || (min(x.count, y.count) >= 8 && (x.contains(y) || y.contains(x))) { return true }
        func pairs(_ s: String) -> Set<String> {
            let c = Array(s)
            return Set((0..<max(0, c.count - 1)).map { String(c[$0...$0 + 1]) })
        }
        let p = pairs(x), q = pairs(y)
        guard !p.isEmpty, !q.isEmpty else { return false }
        return Double(2 * p.intersection(q).count) / Double(p.count + q.count) >= 0.8
    }

    static func normalizedTitle(_ s: String) -> String {
        String(s.unicodeScalars.filter { c in
            !(CharacterSet.whitespacesAndNewlines.contains(c) || CharacterSet.punctuationCharacters.contains(c)
                || CharacterSet.symbols.contains(c) || "“”‘’\"'《》〈〉（）()【】[]".unicodeScalars.contains(c))
        }.map(Character.init))
    }

    /// 国发〔2015〕40号, 国发[2015]40号 and 国发（2015）40号 are one number.
    static func normalizedNumber(_ s: String) -> String {
        String(s.filter { !$0.isWhitespace }.map { c -> Character in
            switch c {
            case "[", "［", "(", "（", "【", "〔": "〔"
            case "]", "］", ")", "）", "】", "〕": "〕"
            default: c
            }
        })
    }
}
