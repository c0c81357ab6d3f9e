/// An English count that agrees with its number ("1 document", "2 documents"), for every message and label
/// that counts: Chinese needs no plural, and "document(s)" reads as a form, not a sentence.
public enum EnglishCount {
    /// `plural` when the word does not just take an "s" ("1 entry", "2 entries").
    public static func of(_ n: Int, _ singular: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}

/// Items named in an English sentence: "a", "a and b", "a, b and c" (Chinese joins with 、).
public enum EnglishList {
    public static func and(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
