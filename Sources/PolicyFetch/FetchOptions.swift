import Foundation
import PolicyModel

/// How `ipap fetch` treats the sites it reads: politely by default (one request per second per host, robots.txt),
/// with limits on time, size and redirects.
public struct FetchOptions: Sendable {
    /// Parallel downloads (different hosts proceed in parallel; one host is still paced).
    public var jobs = 4
    /// Seconds between two requests to one host (robots.txt's Crawl-delay, when longer, wins).
    public var interval: TimeInterval = 1
    /// Seconds without progress before a request is given up.
    public var timeout: TimeInterval = 30
    /// Further tries after a timeout, a dropped connection, 429 or 5xx.
    public var retries = 3
    /// First wait before a retry, doubled each time (a Retry-After of the server wins, up to `maxBackoff`).
    public var backoff: TimeInterval = 2
    public var maxBackoff: TimeInterval = 60
    /// Redirects followed for one page.
    public var maxRedirects = 5
    /// Largest page accepted, in bytes.
    public var maxBytes = 10 << 20
    /// Refetch documents that already have text (else only those with a URL and no text).
    public var all = false
    /// Proxies from the environment: HTTP_PROXY / http_proxy, HTTPS_PROXY / https_proxy.
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public static let userAgent = "ipap/\(IPAPVersion.current) (Internet Plus policy review; robots.txt respected)"
    /// The name robots.txt groups are matched against.
    public static let robotsName = "ipap"

    public init() {}
}
