import Foundation
import PolicyModel

/// Why a page was not imported as the document's text.
public enum FetchProblem: BilingualError, Sendable, Equatable {
    // Not the document: the page was read, but it is something else.
    case indexPage(links: Int, characters: Int)
    case loginOrCaptcha
    case pageNotFound
    case titleMismatch(page: String)
    case headerDisagrees(String)
    case tooLittleText(Int)
    // Failed: the page could not be read.
    case http(Int)
    case network(LocalizedText)
    case robotsDisallowed(host: String, path: String)
    /// robots.txt answered with a server error (its status): the whole site is treated as closed.
    case robotsUnreadable(status: Int)
    case tooManyRedirects(Int)
    case undecodable(String)
    case tooLarge(Int)
    /// The page's text would hold a control the import refuses (`HTMLText.refusedControl`): not stored.
    case controlCharacter(HTMLText.RefusedControl)

    /// True for a page that was read and is not the document (else the fetch failed).
    public var isNotTheDocument: Bool {
        switch self {
        case .indexPage, .loginOrCaptcha, .pageNotFound, .titleMismatch, .headerDisagrees, .tooLittleText: true
        default: false
        }
    }

    public func description(in language: Language) -> String { reason.text(in: language) }

    public var reason: LocalizedText {
        switch self {
        case .indexPage(let links, let characters):
            LocalizedText(zh: "列表页（\(links) 个链接，正文 \(characters) 字）", en: "an index page (\(links) links, \(characters) characters of text)")
        case .loginOrCaptcha: LocalizedText(zh: "登录或验证码页", en: "a login or captcha page")
        case .pageNotFound: LocalizedText(zh: "“页面不存在”页（状态 200）", en: "a 'page not found' page served with status 200")
        case .titleMismatch(let page): LocalizedText(zh: "页面标题“\(page)”与记录不符", en: "the page's title '\(page)' does not match the record")
        case .headerDisagrees(let what): LocalizedText(zh: "页面信息与记录不符：\(what)", en: "the page's header disagrees with the record: \(what)")
        case .tooLittleText(let n): LocalizedText(zh: "正文过短（\(n) 字）", en: "too little text for a document (\(n) characters)")
        case .http(let status): LocalizedText(zh: "HTTP 状态 \(status)", en: "HTTP \(status)")
        case .network(let m): LocalizedText(zh: "网络：\(m.zh)", en: "network: \(m.en)")
        case .robotsDisallowed(let host, let path):
            LocalizedText(zh: "robots.txt 不允许（\(host) 禁止抓取 \(path)）", en: "disallowed by robots.txt (\(host) disallows \(path))")
        case .robotsUnreadable(let status):
            LocalizedText(zh: "robots.txt 不允许（robots.txt 无法读取（HTTP 状态 \(status)）：该网站视为不可抓取）",
                          en: "disallowed by robots.txt (robots.txt could not be read (HTTP \(status)): the site is treated as closed)")
        case .tooManyRedirects(let n): LocalizedText(zh: "重定向超过 \(n) 次", en: "more than \(n) redirects")
        case .undecodable(let m): LocalizedText(zh: "无法解码：\(m)", en: "cannot decode: \(m)")
        case .tooLarge(let bytes): LocalizedText(zh: "页面超过 \(bytes / 1024) KB", en: "page larger than \(bytes / 1024) KB")
        case .controlCharacter(let refused):
            LocalizedText(zh: "\(refused.reason.zh)（页面第 \(refused.position.line) 行第 \(refused.position.column) 列）",
                          en: "\(refused.reason.en) (line \(refused.position.line), column \(refused.position.column) of the page)")
        }
    }
}

/// What happened to one document in a run.
public struct FetchResult: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case fetched, unchanged
        case notTheDocument = "not-the-document"
        case failed

        public var label: LocalizedText {
            switch self {
            case .fetched: LocalizedText(zh: "已获取", en: "fetched")
            case .unchanged: LocalizedText(zh: "未变", en: "unchanged")
            case .notTheDocument: LocalizedText(zh: "非本文件", en: "not the document")
            case .failed: LocalizedText(zh: "失败", en: "failed")
            }
        }
    }

    public var id: String
    public var kind: Kind
    /// The page the text came from (after redirects), or the one tried first.
    public var url: String?
    /// Why not fetched; for a fetched document, what went wrong with a page tried before the one used.
    public var problem: FetchProblem?
    /// The problem of an earlier candidate that was passed over (the official page failed, the repost was used).
    public var passedOver: (url: String, problem: FetchProblem)?
    /// Taken from the page cache of an interrupted run, without a request.
    public var resumed = false
    /// The updated document to import (fetched only).
    public var document: PolicyDocument?
}
