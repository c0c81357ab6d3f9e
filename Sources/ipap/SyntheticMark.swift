import PolicyModel

/// The first line of a table made from a synthetic corpus (`findings`, `analyze`, `stats`): the findings of the real
/// 2020 review checked against generated texts read as a result about real policies. Worded as the dashboard's
/// exported view says it; `export --format markdown` says "**Synthetic corpus**".
enum SyntheticMark {
    static func line(for corpus: Corpus) -> String? {
        guard corpus.isSynthetic else { return nil }
        return Terminal.text("合成语料 SYNTHETIC：生成的示例文本，不是真实政策文件", "SYNTHETIC corpus: generated example texts, not real policy documents")
    }

    /// `table` under the mark when the corpus is synthetic, else `table` as it is.
    static func above(_ table: String, for corpus: Corpus) -> String {
        line(for: corpus).map { $0 + "\n" + table } ?? table
    }
}
