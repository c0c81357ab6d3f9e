import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PolicyModel

/// One HTTP GET with URLSession: no redirect followed (the caller follows them, checking robots.txt and pacing
/// each hop), no URL cache (the page cache is ours), the body cut off past a size limit, proxies from the
/// environment (`ProxySettings`).
struct HTTPFetcher: Sendable {
    var timeout: TimeInterval
    var maxBytes: Int

    struct Response: Sendable {
        var status: Int
        /// Header fields with lower-case names.
        var headers: [String: String]
        var body: Data
    }

    enum Failure: Error, Sendable, Equatable {
        case timedOut
        case tooLarge(Int)
        case connection(LocalizedText)

        /// Worth another try later.
        var isTransient: Bool {
            switch self {
            case .timedOut, .connection: true
            case .tooLarge: false
            }
        }

        var reason: LocalizedText {
            switch self {
            case .timedOut: LocalizedText(zh: "超时", en: "timed out")
            case .tooLarge(let limit): LocalizedText(zh: "页面超过 \(limit / 1024) KB", en: "page larger than \(limit / 1024) KB")
            case .connection(let m): m
            }
        }
    }

    func get(_ url: URL, headers: [String: String]) -> Result<Response, Failure> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let delegate = TaskDelegate(maxBytes: maxBytes)
        let session = SessionPool.shared.session(timeout: timeout)
        let task = session.dataTask(with: request)
        SessionPool.shared.router.route(task, to: delegate)
        task.resume()
        return delegate.wait()
    }

    /// One URLSession per timeout for the whole process, never invalidated. On Linux a short-lived session's
    /// teardown races libcurl's socket callbacks (FoundationNetworking's multi handle): with a session made and
    /// invalidated for every GET, the fetch tests' process died of a corrupted heap in about half the runs.
    final class SessionPool: @unchecked Sendable {
        static let shared = SessionPool()
        let router = TaskRouter()
        private let lock = NSLock()
        private var sessions: [TimeInterval: URLSession] = [:]

        func session(timeout: TimeInterval) -> URLSession {
            lock.lock()
            defer { lock.unlock() }
            if let session = sessions[timeout] { return session }
            let configuration = URLSessionConfiguration.ephemeral
            configuration.urlCache = nil
            configuration.timeoutIntervalForRequest = timeout
            // A server that trickles a byte at a time never trips the idle timeout: the whole page has a bound too.
            configuration.timeoutIntervalForResource = max(timeout * 10, 60)
            // The pacing per host is `PoliteClient`'s; the session must not queue one GET behind another (through a
            // proxy every host is one, and a slow page's wait would time out the pages queued behind it).
            configuration.httpMaximumConnectionsPerHost = 64
            let session = URLSession(configuration: configuration, delegate: router, delegateQueue: nil)
            sessions[timeout] = session
            return session
        }
    }

    /// The pooled sessions' delegate: hands each task's events to the `TaskDelegate` of its GET.
    final class TaskRouter: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        private let lock = NSLock()
        private var delegates: [ObjectIdentifier: TaskDelegate] = [:]

        /// Before the task is resumed, so that none of its events is missed.
        func route(_ task: URLSessionTask, to delegate: TaskDelegate) {
            lock.lock()
            delegates[ObjectIdentifier(task)] = delegate
            lock.unlock()
        }

        private func delegate(of task: URLSessionTask, finished: Bool = false) -> TaskDelegate? {
            lock.lock()
            defer { lock.unlock() }
            return finished ? delegates.removeValue(forKey: ObjectIdentifier(task)) : delegates[ObjectIdentifier(task)]
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            guard let delegate = delegate(of: dataTask) else { return completionHandler(.cancel) }
            completionHandler(delegate.received(response))
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            if delegate(of: dataTask)?.received(data) == false { dataTask.cancel() }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            delegate(of: task, finished: true)?.completed(with: error)
        }
    }

    /// Collects one task's response and body; says when to cancel it past the size limit.
    final class TaskDelegate: @unchecked Sendable {
        let maxBytes: Int
        private let lock = NSLock()
        private let done = DispatchSemaphore(value: 0)
        private var response: HTTPURLResponse?
        private var body = Data()
        private var tooLarge = false
        private var error: Error?

        init(maxBytes: Int) { self.maxBytes = maxBytes }

        /// Whether to go on with the response: not when it declares a body over the limit.
        func received(_ response: URLResponse) -> URLSession.ResponseDisposition {
            lock.lock()
            defer { lock.unlock() }
            self.response = response as? HTTPURLResponse
            if response.expectedContentLength > Int64(maxBytes) { tooLarge = true }
            return tooLarge ? .cancel : .allow
        }

        /// Whether to go on reading: false once the body is over the limit.
        func received(_ data: Data) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            body.append(data)
            if body.count > maxBytes { tooLarge = true }
            return !tooLarge
        }

        func completed(with error: Error?) {
            lock.lock()
            self.error = error
            lock.unlock()
            done.signal()
        }

        func wait() -> Result<Response, Failure> {
            done.wait()
            lock.lock()
            defer { lock.unlock() }
            if tooLarge { return .failure(.tooLarge(maxBytes)) }
            if let error {
                let code = (error as? URLError)?.code
                if code == .timedOut { return .failure(.timedOut) }
                return .failure(.connection(Self.describe(error)))
            }
            guard let response else { return .failure(.connection(LocalizedText(zh: "没有 HTTP 响应", en: "no HTTP response"))) }
            var headers: [String: String] = [:]
            for (name, value) in response.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
            }
            return .success(Response(status: response.statusCode, headers: headers, body: body))
        }

        static func describe(_ error: Error) -> LocalizedText {
            guard let urlError = error as? URLError else { return LocalizedText(describing: error) }
            let code = urlError.code.rawValue
            switch urlError.code {
            case .cannotFindHost: return LocalizedText(zh: "找不到主机", en: "host not found")
            case .cannotConnectToHost: return LocalizedText(zh: "连接被拒绝", en: "connection refused")
            case .networkConnectionLost: return LocalizedText(zh: "连接中断", en: "connection lost")
            case .notConnectedToInternet: return LocalizedText(zh: "没有网络", en: "no network")
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid:
                return LocalizedText(zh: "TLS 失败（\(code)）", en: "TLS failure (\(code))")
            default: return LocalizedText(zh: "网络错误 \(code)", en: "network error \(code)")
            }
        }
    }
}

/// HTTP(S)_PROXY from the environment. URLSession on Linux goes through libcurl, which ignores
/// `connectionProxyDictionary` and reads the proxy from its own variables, in lower case only for HTTP
/// (`http_proxy`, `https_proxy`, `no_proxy`): the upper-case names most users set are copied there.
enum ProxySettings {
    static let names = [("http_proxy", "HTTP_PROXY"), ("https_proxy", "HTTPS_PROXY"), ("no_proxy", "NO_PROXY")]

    /// Makes libcurl see the proxies of `environment` (the process's own by default), and no others.
    static func install(from environment: [String: String]) {
        for (lower, upper) in names {
            if let value = environment[lower] ?? environment[upper], !value.isEmpty {
                setenv(lower, value, 1)
            } else {
                unsetenv(lower)
            }
        }
    }

    /// What the fetch report says about proxies: "via proxy http://…" or nothing.
    static func describe(_ environment: [String: String]) -> String? {
        let used = names.prefix(2).compactMap { environment[$0.0] ?? environment[$0.1] }.filter { !$0.isEmpty }
        return used.isEmpty ? nil : used.joined(separator: ", ")
    }
}
