import PolicyModel

/// The argument parser's usage errors in the analyst's language: it writes them in English only
/// ("Error: Missing value for '--year <year>'"), beside ipap's own messages in Chinese. Its known phrasings
/// are put into Chinese line by line; anything else, and the options' own help text, stays as written.
enum UsageMessage {
    /// A hint when a subcommand came after an option meant for it (`ipap --corpus C list`): the parser took
    /// the options for the dashboard's, and the subcommand for an unexpected argument.
    static func misplacedSubcommand(_ arguments: [String], error: String, subcommands: [String]) -> String? {
        guard error.contains("nexpected argument") || error.contains("Unknown option"),
              let first = arguments.first, first.hasPrefix("-"),
              let name = arguments.dropFirst().first(where: subcommands.contains) else { return nil }
        let rest = arguments.filter { $0 != name }.joined(separator: " ")
        return Terminal.text("ipap：子命令写在最前：ipap \(name) \(rest)", "ipap: the subcommand comes first: ipap \(name) \(rest)")
    }

    /// The parser suggests the nearest option however far it is ("Unknown option '--bogus'. Did you mean
    /// '--corpus'?"): a suggestion is kept only when near what was typed (`EditDistance.isNear`).
    static func withoutFarSuggestion(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let m = line.wholeMatch(of: #/Error: Unknown option '(.+?)'\. Did you mean '(.+?)'\?/#) else { return String(line) }
            let typed = String(m.1.drop { $0 == "-" }), meant = String(m.2.drop { $0 == "-" })
            return EditDistance.isNear(typed, to: meant) ? String(line) : "Error: Unknown option '\(m.1)'"
        }.joined(separator: "\n")
    }

    static func localized(_ message: String, to language: Language) -> String {
        guard language == .chinese else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { chinese(String($0)) }.joined(separator: "\n")
    }

    private static func chinese(_ line: String) -> String {
        if let body = line.dropPrefix("Error: ") { return "错误：" + error(body) }
        if let rest = line.dropPrefix("Help:  ") { return "说明：" + rest }
        if let rest = line.dropPrefix("Usage: ") { return "用法：" + rest }
        if let m = line.wholeMatch(of: #/  See '(.+)' for more information\./#) { return "  详见 \(m.1)。" }
        return line
    }

    /// The body of an "Error: " line.
    private static func error(_ body: String) -> String {
        if let m = body.wholeMatch(of: #/Missing value for '(.+)'/#) { return "“\(m.1)”缺少取值" }
        if let m = body.wholeMatch(of: #/Missing expected argument '(.+)'/#) { return "缺少参数“\(m.1)”" }
        if let m = body.wholeMatch(of: #/Unknown option '(.+?)'\. Did you mean '(.+?)'\?/#) { return "没有选项“\(m.1)”；是不是“\(m.2)”？" }
        if let m = body.wholeMatch(of: #/Unknown option '(.+)'/#) { return "没有选项“\(m.1)”" }
        if let m = body.wholeMatch(of: #/The value '(.*)' is invalid for '(.+?)'\. Please provide one of (.+)\./#) {
            return "“\(m.2)”的值“\(m.1)”无效；可选：\(choices(String(m.3)))"
        }
        if let m = body.wholeMatch(of: #/The value '(.*)' is invalid for '(.+?)'(.*)/#) { return "“\(m.2)”的值“\(m.1)”无效\(m.3)" }
        if let m = body.wholeMatch(of: #/Unexpected argument '(.+)'/#) { return "多余的参数“\(m.1)”" }
        if let m = body.wholeMatch(of: #/(\d+) unexpected arguments: (.+)/#) {
            return "多余的参数 \(m.1) 个：" + quoted(String(m.2)).map { "“\($0)”" }.joined(separator: "、")
        }
        return body
    }

    /// "'csv', 'markdown' or 'json'" as "csv、markdown、json".
    private static func choices(_ list: String) -> String { quoted(list).joined(separator: "、") }

    /// The words of a list written 'a', 'b' or 'c'.
    private static func quoted(_ list: String) -> [String] { list.matches(of: #/'([^']*)'/#).map { String($0.1) } }
}

private extension String {
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
