/// Resolves what an analyst names into a review target: a document (id or number), an indicator id,
/// a province, an issuer or an action area.
public enum ReviewTargetResolver {
    /// What the message says of a text that resolves to none of them.
    public static func notATarget(_ text: String) -> LocalizedText {
        LocalizedText(zh: "“\(text)”不是本语料中的文件编号或文号、指标、省份、发文机关或行动领域",
                      en: "'\(text)' is not a document id or number, indicator, province, issuer or action area of this corpus")
    }

    public static func resolve(_ text: String, in corpus: Corpus) -> ReviewTarget? {
        let taxonomy = corpus.taxonomy
        if let d = corpus.resolveDocument(text) { return ReviewTarget(kind: .document, id: d.id) }
        let key = text.trimmingWhitespace()
        if taxonomy.problems.allIndicators.contains(where: { $0.id == key }) { return ReviewTarget(kind: .indicator, id: key) }
        if let p = taxonomy.resolveDivision(text) { return ReviewTarget(kind: .province, id: p.code) }
        if let s = taxonomy.resolveIssuer(text) { return ReviewTarget(kind: .issuer, id: s.id) }
        if let a = taxonomy.resolveArea(text) { return ReviewTarget(kind: .area, id: a.id) }
        return nil
    }
}
