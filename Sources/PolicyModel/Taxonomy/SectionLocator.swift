/// A section locator ("section 3.2 (三（二）), cause 1", as the taxonomy and findings write them) in the
/// analyst's language: in Chinese, the section as the paper prints it and the part in Chinese
/// ("三（二），原因 1"). Parts it does not know stay as written.
public enum SectionLocator {
    public static func text(_ locator: String, in language: Language) -> String {
        guard language == .chinese else { return locator }
        return locator.components(separatedBy: "; ").map { group in
            group.components(separatedBy: ", ").map(part).joined(separator: "，")
        }.joined(separator: "；")
    }

    /// One part: "section 3.2 (三（二）)" -> "三（二）", "section 4" -> "第 4 节", "cause 2" -> "原因 2".
    private static func part(_ part: String) -> String {
        if part.hasPrefix("section ") {
            if let open = part.firstIndex(of: "("), part.hasSuffix(")") {
                return String(part[part.index(after: open)..<part.index(before: part.endIndex)])
            }
            return "第 " + part.dropFirst("section ".count) + " 节"
        }
        let words: [(String, String)] = [("cause ", "原因 "), ("recommendation ", "建议 "), ("item ", "第 "),
                                         ("intro and ", "引言及 "), ("table ", "表 "), ("figure ", "图 ")]
        for (en, zh) in words where part.hasPrefix(en) {
            let rest = part.dropFirst(en.count)
            return en == "item " ? zh + rest + " 项" : zh + rest
        }
        switch part {
        case "introduction", "intro": return "引言"
        case "abstract": return "摘要"
        case "conclusion": return "结语"
        default: return part
        }
    }
}
