import Foundation
import PolicyModel

/// Gets pages the way a guest should: robots.txt read once per host and obeyed, one request per host per
/// interval, retries with backoff on timeouts, dropped connections, 429 and 5xx, redirects followed by hand
/// (each hop checked against robots.txt) up to a limit, and conditional requests from the page cache so that
/// an unchanged page costs a 304.
final class PoliteClient: @unchecked Sendable {
    let options: FetchOptions
    let cache: PageCache
    private let http: HTTPFetcher
    private let pacer: HostPacer
    private let robotsLock = NSLock()
    private var robots: [String: RobotsRules] = [:]
    /// Hosts whose robots.txt could not be read, with why.
    private var robotsUnreadable: [String: Int] = [:]
    /// Hosts whose robots.txt could not be reached at all (no such host, refused, timed out): their pages
    /// fail for that reason, not as disallowed.
    private var robotsUnreachable: [String: FetchProblem] = [:]
    /// Requests made (robots.txt included), for the report.
    private let counterLock = NSLock()
    private(set) var requestCount = 0

    init(options: FetchOptions, cache: PageCache) {
        self.options = options
        self.cache = cache
        http = HTTPFetcher(timeout: options.timeout, maxBytes: options.maxBytes)
        pacer = HostPacer(interval: options.interval)
    }

    /// A page as stored in the cache after this call.
    struct Page: Sendable {
        var entry: PageCache.Entry
        var body: Data
        /// The server said 304: the cached body is current.
        var notModified: Bool
    }

    func page(_ address: String) -> Result<Page, FetchProblem> {
        guard var url = URL(string: address) else {
            return .failure(.network(LocalizedText(zh: "不是网址：\(address)", en: "not a web address: \(address)")))
        }
        let cached = cache.entry(for: address)
        for hop in 0...options.maxRedirects {
            // A redirect may point anywhere: only the web, never file: or other schemes.
            guard ["http", "https"].contains(url.scheme?.lowercased() ?? "") else {
                return .failure(.network(LocalizedText(zh: "被重定向到非网址：\(url.absoluteString)", en: "redirected to a non-web address: \(url.absoluteString)")))
            }
            if let refusal = robotsRefusal(url) { return .failure(refusal) }
            var headers = ["User-Agent": FetchOptions.userAgent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                           "Accept-Language": "zh-CN,zh;q=0.9"]
            // Conditional only for the address the cache entry is for, and only when its body is at hand.
            if hop == 0, let cached {
                if let etag = cached.entry.etag { headers["If-None-Match"] = etag }
                if let modified = cached.entry.lastModified { headers["If-Modified-Since"] = modified }
            }
            let response: HTTPFetcher.Response
            switch request(url, headers: headers) {
            case .failure(let f): return .failure(f)
            case .success(let r): response = r
            }
            switch response.status {
            case 304 where hop == 0 && cached != nil:
                guard var entry = cached?.entry, let body = cached?.body else { return .failure(.http(304)) }
                entry.fetchedAt = Self.timestamp()
                try? cache.store(entry, body: nil)
                return .success(Page(entry: entry, body: body, notModified: true))
            case 301, 302, 303, 307, 308:
                guard let location = response.headers["location"], let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                    return .failure(.http(response.status))
                }
                url = next
                continue
            case 200..<300:
                let entry = PageCache.Entry(url: address, finalURL: url.absoluteString, etag: response.headers["etag"],
                                            lastModified: response.headers["last-modified"], contentType: response.headers["content-type"],
                                            fetchedAt: Self.timestamp(), body: PageCache.bodyName(address))
                // A page that cannot be cached is still used; the next run fetches it again.
                try? cache.store(entry, body: response.body)
                return .success(Page(entry: entry, body: response.body, notModified: false))
            default:
                return .failure(.http(response.status))
            }
        }
        return .failure(.tooManyRedirects(options.maxRedirects))
    }

    /// One request with pacing and retries.
    private func request(_ url: URL, headers: [String: String]) -> Result<HTTPFetcher.Response, FetchProblem> {
        let host = Self.hostKey(url)
        var attempt = 0
        while true {
            pacer.wait(for: host)
            counterLock.lock()
            requestCount += 1
            counterLock.unlock()
            let result = http.get(url, headers: headers)
            var wait: TimeInterval?
            switch result {
            case .success(let r) where [429, 500, 502, 503, 504].contains(r.status):
                wait = r.headers["retry-after"].flatMap(TimeInterval.init)
                if attempt >= options.retries { return .success(r) }
            case .success(let r):
                return .success(r)
            case .failure(let f):
                if !f.isTransient || attempt >= options.retries {
                    if case .tooLarge(let n) = f { return .failure(.tooLarge(n)) }
                    return .failure(.network(f.reason))
                }
            }
            let delay = min(options.maxBackoff, wait ?? options.backoff * pow(2, Double(attempt)))
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            attempt += 1
        }
    }

    /// Why robots.txt forbids `url`, or nil. Read once per host: a 4xx means no rules, an unreachable file or a
    /// 5xx means the whole site is off limits (RFC 9309, 2.3.1).
    private func robotsRefusal(_ url: URL) -> FetchProblem? {
        let host = Self.hostKey(url)
        robotsLock.lock()
        defer { robotsLock.unlock() }
        if robots[host] == nil {
            var rules = RobotsRules.disallowAll
            var components = URLComponents()
            components.scheme = url.scheme
            components.host = url.host
            components.port = url.port
            components.path = "/robots.txt"
            var target = components.url
            var hops = 0
            while let address = target, hops <= options.maxRedirects {
                target = nil
                switch request(address, headers: ["User-Agent": FetchOptions.userAgent]) {
                case .success(let r) where (200..<300).contains(r.status):
                    rules = RobotsRules(parsing: String(decoding: r.body, as: UTF8.self), agent: FetchOptions.robotsName)
                case .success(let r) where (300..<400).contains(r.status):
                    target = r.headers["location"].flatMap { URL(string: $0, relativeTo: address)?.absoluteURL }
                    hops += 1
                case .success(let r) where (400..<500).contains(r.status):
                    rules = .allowAll
                case .success(let r):
                    rules = .disallowAll
                    robotsUnreadable[host] = r.status
                case .failure(let problem):
                    rules = .disallowAll
                    robotsUnreachable[host] = problem
                }
            }
            robots[host] = rules
            if let delay = rules.crawlDelay { pacer.setInterval(min(delay, 30), for: host) }
        }
        guard let rules = robots[host] else { return nil }
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        if let problem = robotsUnreachable[host] { return problem }
        if rules.allows(path) { return nil }
        if let status = robotsUnreadable[host] { return .robotsUnreadable(status: status) }
        return .robotsDisallowed(host: host, path: path)
    }

    static func hostKey(_ url: URL) -> String {
        (url.host ?? "") + (url.port.map { ":\($0)" } ?? "")
    }

    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
