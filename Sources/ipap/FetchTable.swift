import PolicyFetch
import PolicyModel

/// What `ipap fetch` prints when done: one row per document (fetched / unchanged / not the document / failed,
/// with the page or the reason), then the counts and what was written.
struct FetchTable {
    var report: CorpusFetcher.Report
    var language: Language

    func lines(corpus: String) -> [String] {
        let zh = language == .chinese
        var rows: [[String]] = []
        for r in report.results {
            var detail = r.problem.map { "\($0.reason.text(in: language))" + (r.url.map { " — \($0)" } ?? "") } ?? (r.url ?? "")
            if let passed = r.passedOver {
                detail += zh ? "（先试 \(passed.url)：\(passed.problem.reason.zh)）" : " (tried \(passed.url) first: \(passed.problem.reason.en))"
            }
            if r.resumed { detail += zh ? "（取自中断前的缓存）" : " (from the cache of the interrupted run)" }
            rows.append([r.id, r.kind.label.text(in: language), detail])
        }
        var out: [String] = []
        if let start = report.resumedRunStart {
            out.append(zh ? "续上次中断的获取（开始于 \(start)）" : "resumed the run interrupted after \(start)")
        }
        if rows.isEmpty {
            out.append(zh ? "没有要获取的文件（有网址、无正文的文件都已有正文；--all 重新检查全部）"
                          : "nothing to fetch (every document with a URL has text; --all checks them all again)")
            return out
        }
        out.append(TextTable(headers: zh ? ["文件", "结果", "页面 / 原因"] : ["document", "result", "page / reason"], rows: rows).render())
        let counts = FetchResult.Kind.allCases.map { kind in
            zh ? "\(kind.label.zh) \(report.count(kind))" : "\(kind.label.en) \(report.count(kind))"
        }.joined(separator: zh ? "，" : ", ")
        let written = report.imported.map {
            zh ? "；已写入 \($0.replaced.count + $0.added.count) 篇正文到 \(corpus)" : "; wrote the text of \(EnglishCount.of($0.replaced.count + $0.added.count, "document")) into \(corpus)"
        } ?? (zh ? "；未写入任何内容" : "; nothing was written")
        out.append(counts + written + (zh ? "（\(report.requests) 次请求）" : " (\(EnglishCount.of(report.requests, "request")))"))
        return out
    }
}
