import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an analyst left off in a corpus (screen, selection, filters: an opaque Codable value chosen by the
/// dashboard), kept per corpus in `$XDG_STATE_HOME/ipap/sessions/<hash of the corpus path>.json`
/// (default `~/.local/state`). Saved atomically; loaded leniently: a corrupt or foreign file is reported and
/// ignored (never deleted; the next save replaces it).
public struct SessionStateStore: Sendable {
    public let url: URL
    /// The corpus path the state belongs to (symbolic links resolved).
    public let corpusPath: String

    public init(corpusDirectory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        corpusPath = corpusDirectory.resolvingSymlinksInPath().standardizedFileURL.path
        url = Self.directory(environment: environment).appendingPathComponent("\(Self.hash(corpusPath)).json")
    }

    /// `$XDG_STATE_HOME/ipap/sessions` (only when absolute, as the XDG spec says), else `~/.local/state/ipap/sessions`.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        stateDirectory(environment: environment).appendingPathComponent("sessions", isDirectory: true)
    }

    /// The analyst's own state: `$XDG_STATE_HOME/ipap` (only when absolute), else `~/.local/state/ipap`.
    public static func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            base = home(environment).appendingPathComponent(".local/state", isDirectory: true)
        }
        return base.appendingPathComponent("ipap", isDirectory: true)
    }

    static func home(_ environment: [String: String]) -> URL {
        if let h = environment["HOME"], h.hasPrefix("/") { return URL(fileURLWithPath: h, isDirectory: true) }
        if let pw = getpwuid(geteuid()), let dir = pw.pointee.pw_dir { return URL(fileURLWithPath: String(cString: dir), isDirectory: true) }
        return URL(fileURLWithPath: "/tmp", isDirectory: true)
    }

    /// FNV-1a 64 of the path, 16 hex digits.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private struct Envelope<State: Codable>: Codable {
        var schema: Int
        var corpus: String
        var saved: String
        var state: State
    }

    private struct Header: Decodable {
        var schema: Int
        var corpus: String
    }

    public struct Loaded<State: Sendable>: Sendable {
        /// The saved state, or nil when there is none or it could not be read.
        public var state: State?
        /// Why a file that exists was ignored.
        public var problem: Problem?
    }

    /// The saved state; a missing file is no state and no problem.
    public func load<State: Codable & Sendable>(_ type: State.Type) -> Loaded<State> {
        guard let data = FileManager.default.contents(atPath: url.path) else { return Loaded(state: nil, problem: nil) }
        func ignored(_ zh: String, _ en: String) -> Loaded<State> {
            Loaded(state: nil, problem: Problem(file: url.path, LocalizedText(zh: "\(zh)；已忽略保存的会话", en: "\(en); the saved session is ignored")))
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else { return ignored("不是会话状态文件", "not a session state file") }
        guard header.schema == 1 else { return ignored("不支持的 schema \(header.schema)", "unsupported schema \(header.schema)") }
        guard header.corpus == corpusPath else { return ignored("它属于另一个语料（\(header.corpus)）", "it belongs to another corpus (\(header.corpus))") }
        do {
            return Loaded(state: try JSONDecoder().decode(Envelope<State>.self, from: data).state, problem: nil)
        } catch {
            return ignored("无法解码会话状态（可能由其他版本保存）", "the state does not decode (saved by another version?)")
        }
    }

    /// Saves atomically (private to the user: directories 0700, file 0600).
    public func save<State: Codable>(_ state: State, now: Date = Date()) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Envelope(schema: 1, corpus: corpusPath, saved: ReviewTime.format(now), state: state))
        data.append(0x0A)
        // A session killed while saving (a dropped connection) leaves its temporary file: cleared here.
        AtomicFile.removeAbandonedTemporaries(of: url)
        try AtomicFile.write(data, to: url, permissions: 0o600)
    }
}
