/// How much `NormalizedText` removes besides folding.
public enum NormalizationMode: Sendable, Hashable {
    /// Fold only (full-width ASCII, quotes, brackets, dashes); keep whitespace and punctuation. Used for
    /// headings, clauses and keyword matching, where line breaks and 、 。 ； carry structure.
    case fold
    /// Fold, then drop whitespace and punctuation. Used for k-gram fingerprints: Chinese needs no word
    /// separators, and dropping punctuation makes reuse detection robust to re-punctuated copies.
    case content
}
