import ArgumentParser
import PolicyModel

/// `--until`, `--kinds` and `--review-scope`: which documents counts are taken over (default: all).
struct ScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only documents dated up to the end of this month, e.g. 2020-06 (undated ones are left out).",
                               valueName: "YYYY-MM"))
    var until: String?
    @Option(help: "Document kinds to count, comma-separated: policy, approval, notice (default: all).")
    var kinds: String?
    @Flag(help: "The 2020 review's scope: policies up to 2020-06 (--kinds policy --until 2020-06), related records (kept for context) left out.")
    var reviewScope = false

    func scope() throws -> CorpusScope {
        var scope = reviewScope ? CorpusScope.review : CorpusScope.all
        if let until {
            guard let end = CorpusScope.monthEnd(until) else { throw usageError("--until 须为 YYYY-MM 格式，而不是“\(until)”", "--until wants YYYY-MM, not '\(until)'") }
            scope.until = end
        }
        if let kinds {
            var classes = Set<DocumentClass>()
            let words = kinds.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            // `--kinds ,` counted nothing and said "scope: ", as if the corpus had no documents.
            guard !words.isEmpty else {
                throw usageError("--kinds 没有给出类型（policy、approval、notice，以逗号分隔）", "--kinds names no kind (policy, approval, notice, comma-separated)")
            }
            for word in words {
                guard let c = DocumentClass(rawValue: word) else {
                    throw usageError("未知类型“\(word)”（policy、approval、notice）", "unknown kind '\(word)' (policy, approval, notice)")
                }
                classes.insert(c)
            }
            scope.classes = classes
        }
        return scope
    }

    /// The corpus in scope; when a scope is active it is said on stderr (tables say it on stdout too).
    func apply(to corpus: Corpus) throws -> Corpus {
        let scope = try scope()
        if !scope.isAll { Terminal.error(scope.statement(over: corpus.documents).text(in: Terminal.language)) }
        return scope.apply(to: corpus)
    }
}
