import Foundation
import PolicyModel

/// The rules of a robots.txt (RFC 9309) for one user agent: the group naming it, else the `*` group; the
/// longest matching Allow/Disallow path wins, Allow on a tie; `*` and a final `$` in paths as in the RFC.
struct RobotsRules: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: String
    }

    var rules: [Rule]
    /// Seconds asked between requests (Crawl-delay), if any.
    var crawlDelay: Double?

    static let allowAll = RobotsRules(rules: [], crawlDelay: nil)
    static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// The rules for `agent` (a product token such as "ipap") in a robots.txt text.
    init(parsing text: String, agent: String) {
        struct Group {
            var agents: [String] = []
            var rules: [Rule] = []
            var crawlDelay: Double?
        }
        var groups: [Group] = []
        var current = Group()
        var inAgents = false
        for raw in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingWhitespace().lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
            switch key {
            case "user-agent":
                if !inAgents, !current.agents.isEmpty {
                    groups.append(current)
                    current = Group()
                }
                inAgents = true
                current.agents.append(value.lowercased())
            case "allow", "disallow":
                inAgents = false
                // An empty Disallow allows everything: no rule.
                if !value.isEmpty { current.rules.append(Rule(allow: key == "allow", pattern: value)) }
            case "crawl-delay":
                inAgents = false
                current.crawlDelay = Double(value)
            default:
                break
            }
        }
        if !current.agents.isEmpty { groups.append(current) }
        let name = agent.lowercased()
        let mine = groups.filter { $0.agents.contains { $0 != "*" && name.hasPrefix($0) } }
        let chosen = mine.isEmpty ? groups.filter { $0.agents.contains("*") } : mine
        self.init(rules: chosen.flatMap(\.rules), crawlDelay: chosen.compactMap(\.crawlDelay).max())
    }

    /// Whether `path` (with its query) may be fetched.
    func allows(_ path: String) -> Bool {
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            guard let b = best else { best = rule; continue }
            if rule.pattern.count > b.pattern.count || (rule.pattern.count == b.pattern.count && rule.allow) { best = rule }
        }
        return best?.allow ?? true
    }

    /// `*` matches any run of characters; `$` at the end anchors the pattern at the end of the path.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var p = Substring(pattern)
        let anchored = p.hasSuffix("$")
        if anchored { p = p.dropLast() }
        let pieces = p.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (i, piece) in pieces.enumerated() {
            if i == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if i == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else if !piece.isEmpty {
                guard let r = rest.range(of: piece) else { return false }
                rest = rest[r.upperBound...]
            }
        }
        return !anchored || rest.isEmpty || pieces.count > 1 && pieces.last?.isEmpty == true
    }
}
