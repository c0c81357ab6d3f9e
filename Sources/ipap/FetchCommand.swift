import ArgumentParser
import Foundation
import PolicyFetch
import PolicyModel

/// `ipap fetch`: downloads the texts of a corpus's documents from their source pages and imports them.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download the source pages of documents that have a URL and no text, and import their text.",
        discussion: """
            Official pages first (a repost only when the official page fails); one request per second per host, \
            robots.txt obeyed, HTTP_PROXY / HTTPS_PROXY honoured. Pages are cached in DIR/fetch/ with their ETag and \
            Last-Modified: a later run asks only for changes, and a run cut off (Ctrl-C, a dropped SSH session) \
            resumes where it stopped. Pages that are not the document (an index, a login or captcha wall, a \
            "page not found" with status 200, another document's page) are reported, never imported. \
            The texts are imported all at once at the end, or not at all. Exit 1 when a document failed or a page \
            was not the document. The bundled catalogue is read-only: ipap init --from-catalog DIR first.
            """
    )

    @OptionGroup var options: CorpusOptions

    @Argument(help: ArgumentHelp("Documents to fetch (default: every document with a URL and no text).", valueName: "ID"))
    var ids: [String] = []

    @Flag(name: .long, help: "Every document with a URL, also those that have text (unchanged pages cost a 304).")
    var all = false

    @Option(name: .long, help: "Parallel downloads (different hosts).")
    var jobs = 4

    @Option(name: .long, help: ArgumentHelp("Seconds between two requests to one host.", valueName: "SECONDS"))
    var interval = 1.0

    @Option(name: .long, help: ArgumentHelp("Seconds without progress before a request is given up.", valueName: "SECONDS"))
    var timeout = 30.0

    @Option(name: .long, help: "Further tries after a timeout, a dropped connection, 429 or 5xx (with backoff).")
    var retries = 3

    @Option(name: .long, help: ArgumentHelp("First wait before a retry, doubled each time.", valueName: "SECONDS"))
    var backoff = 2.0

    @Option(name: .long, help: ArgumentHelp("Largest page accepted, in MB.", valueName: "MB"))
    var maxPageMb = 10

    func validate() throws {
        guard (1...32).contains(jobs) else { throw usageError("--jobs 须在 1 到 32 之间", "--jobs must be between 1 and 32") }
        guard interval >= 0, interval <= 3600 else { throw usageError("--interval 须在 0 到 3600 秒之间", "--interval must be between 0 and 3600 seconds") }
        guard timeout > 0, timeout <= 3600 else { throw usageError("--timeout 须在 0 到 3600 秒之间", "--timeout must be between 0 and 3600 seconds") }
        guard (0...10).contains(retries) else { throw usageError("--retries 须在 0 到 10 之间", "--retries must be between 0 and 10") }
        guard backoff >= 0, backoff <= 600 else { throw usageError("--backoff 须在 0 到 600 秒之间", "--backoff must be between 0 and 600 seconds") }
        guard (1...1024).contains(maxPageMb) else { throw usageError("--max-page-mb 须在 1 到 1024 之间", "--max-page-mb must be between 1 and 1024") }
        if all && !ids.isEmpty { throw usageError("给出文件编号或 --all，不能同时给出", "give document ids or --all, not both") }
    }

    func run() throws {
        let zh = Terminal.language == .chinese
        let directory = try options.directory()
        if let catalog = try? DataDirectory.locate().appendingPathComponent("catalog"),
           catalog.resolvingSymlinksInPath().standardizedFileURL.path == directory.resolvingSymlinksInPath().standardizedFileURL.path {
            Terminal.error(zh ? "内置目录是只读的；先复制一份：ipap init --from-catalog DIR，然后 ipap fetch --corpus DIR"
                              : "the bundled catalogue is read-only; make a corpus of your own first: ipap init --from-catalog DIR, then ipap fetch --corpus DIR")
            throw ExitCode(1)
        }
        var settings = FetchOptions()
        settings.jobs = jobs
        settings.interval = interval
        settings.timeout = timeout
        settings.retries = retries
        settings.backoff = backoff
        settings.maxBytes = maxPageMb << 20
        settings.all = all
        let taxonomy = try Terminal.bundledTaxonomyDirectory()
        let fetcher = CorpusFetcher(corpus: directory, displayPath: options.displayPath, taxonomyDirectory: taxonomy, options: settings)
        let line = ProgressLine(total: 0, label: zh ? "获取" : "fetching", unit: zh ? "篇" : "documents")
        let report: CorpusFetcher.Report
        do {
            let corpusPath = options.displayPath
            report = try fetcher.run(ids: ids, whileWaiting: {
                line.finish()
                Terminal.error(Terminal.anotherImportIsWriting(into: corpusPath))
            }) { done, failed, total in
                line.update(done, failed: failed, total: total)
            }
        } catch {
            line.finish()
            Terminal.error(error)
            throw ExitCode(1)
        }
        line.finish()
        FetchTable(report: report, language: Terminal.language).lines(corpus: options.displayPath).forEach(Terminal.print)
        if report.count(.failed) + report.count(.notTheDocument) > 0 { throw ExitCode(1) }
    }
}
