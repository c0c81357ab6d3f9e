import PolicyModel
import SafeText

/// The review's problems as text: plain for `ipap show`, Markdown for `ipap problems --format markdown`.
/// Both languages always, each statement with its locator.
public enum ProblemText {
    /// The problems proper: families with causes or recommendations (the descriptive tools family has none).
    public static func problems(_ catalog: ProblemCatalog) -> [ProblemFamily] {
        catalog.families.filter { !$0.causes.isEmpty || !$0.recommendations.isEmpty }.sorted { $0.order < $1.order }
    }

    /// A problem by number (2), id (homogenization), or a Chinese or English name or part of one (同质化).
    public static func resolve(_ text: String, in catalog: ProblemCatalog) -> ProblemFamily? {
        let key = text.trimmingWhitespace()
        guard !key.isEmpty else { return nil }
        let list = problems(catalog)
        if let n = Int(key) { return list.first { $0.order == n } }
        let lower = key.lowercased()
        return list.first { $0.id == lower || $0.zh == key || $0.en.lowercased() == lower }
            ?? list.first { $0.zh.contains(key) || $0.en.lowercased().contains(lower) }
    }

    public static func plain(_ f: ProblemFamily, findings: [Finding] = []) -> String {
        var out = ["\(f.order). \(f.zh)  \(f.en)  (\(f.id))"]
        var lastPart: ProblemStatement.Part?
        for s in ProblemStatement.all(of: f) {
            if s.part != lastPart {
                out += ["", s.part.name.zh + " / " + s.part.name.en]
                lastPart = s.part
            }
            let mark = s.part == .description ? "  " : "  \(s.number). "
            let indent = String(repeating: " ", count: mark.count)
            out.append(mark + s.text.zh)
            out.append(indent + s.text.en)
            if let l = s.locator { out.append(indent + "〔" + l + "〕") }
        }
        let about = findings.filter { $0.family == f.id }
        if !about.isEmpty {
            out += ["", "文献结论 / Cited findings (\(about.count))"]
            for x in about {
                out.append("  • " + x.zh)
                out.append("    " + x.en + (x.citation.locator.map { "  〔" + $0 + "〕" } ?? ""))
            }
        }
        return out.joined(separator: "\n")
    }

    public static func markdown(_ catalog: ProblemCatalog, citation: String?) -> String {
        var out = ["# 问题、成因与建议 / Problems, causes and recommendations", ""]
        if let citation { out += ["Source: " + MarkdownText.inline(citation), ""] }
        for f in problems(catalog) {
            out += ["## \(f.order). " + MarkdownText.inline(f.zh) + " / " + MarkdownText.inline(f.en), ""]
            var lastPart: ProblemStatement.Part?
            for s in ProblemStatement.all(of: f) {
                if s.part != lastPart {
                    if lastPart != nil { out.append("") }
                    out += ["### " + s.part.name.zh + " / " + s.part.name.en, ""]
                    lastPart = s.part
                }
                let bullet = s.part == .description ? "- " : "\(s.number). "
                out.append(bullet + MarkdownText.inline(s.text.zh) + "  ")
                out.append("   " + MarkdownText.line(s.text.en) + (s.locator.map { " *(" + MarkdownText.inline($0) + ")*" } ?? ""))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}
