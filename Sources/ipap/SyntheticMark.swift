import PolicyModel

/// The first line of a table made from a synthetic corpus (`findings`, `analyze`, `stats`): the findings of the real
/// 2020 review checked against generated texts read as a result about real policies (`Corpus.syntheticNotice`, as the
/// dashboard's exported views say it; `export --format markdown` says "**Synthetic corpus**").
enum SyntheticMark {
    static func line(for corpus: Corpus) -> String? {
        guard corpus.isSynthetic else { return nil }
        return Corpus.syntheticNotice.text(in: Terminal.language)
    }

    /// `table` under the mark when the corpus is synthetic, else `table` as it is.
    static func above(_ table: String, for corpus: Corpus) -> String {
        line(for: corpus).map { $0 + "\n" + table } ?? table
    }
}
