/// The kind of a document from its title, by the rule of the bundled catalogue: for 关于印发/转发…的通知
/// the transmitted document decides; otherwise the name that ends latest in the title (so that
/// 行动计划（2015—2018年） is an action plan and 指导意见 wins over the 意见 inside it).
public enum TitleKind {
    private static let names: [(String, DocumentKind)] = [
        ("指导意见", .guidingOpinion), ("实施意见", .implementationOpinion), ("意见", .opinion),
        ("行动计划", .actionPlan), ("实施方案", .implementationPlan), ("工作方案", .implementationPlan),
        ("方案", .implementationPlan), ("规划", .plan), ("纲要", .plan), ("指南", .guideline), ("通知", .notice),
    ]

    public static func kind(of title: String) -> DocumentKind {
        let subject = transmitted(in: title) ?? title
        var best: (end: String.Index, length: Int, kind: DocumentKind)?
        for (name, kind) in names {
            guard let range = subject.range(of: name, options: .backwards) else { continue }
            if let b = best, range.upperBound < b.end || (range.upperBound == b.end && name.count <= b.length) { continue }
            best = (range.upperBound, name.count, kind)
        }
        return best?.kind ?? .other
    }

    /// The title of the document a 印发/转发 notice transmits: inside the last 《》, else between 印发/转发 and 的通知.
    static func transmitted(in title: String) -> String? {
        guard title.contains("印发") || title.contains("转发") else { return nil }
        if let close = title.range(of: "》", options: .backwards),
           let open = title.range(of: "《", options: .backwards, range: title.startIndex..<close.lowerBound) {
            return String(title[open.upperBound..<close.lowerBound])
        }
        guard let verb = title.range(of: "印发") ?? title.range(of: "转发"),
              let end = title.range(of: "的通知", options: .backwards), verb.upperBound <= end.lowerBound else { return nil }
        return String(title[verb.upperBound..<end.lowerBound])
    }
}
