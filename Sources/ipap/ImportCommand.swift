import ArgumentParser
import Foundation
import PolicyModel
import SafeText

/// `ipap import SRC --into DIR`: builds or extends a corpus from a manifest and the texts analysts have.
/// Every problem is listed at once and nothing is written unless there are none.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import texts listed in SRC/manifest.csv or manifest.xlsx (txt, md, html, docx) into a corpus directory.",
        discussion: """
            manifest.csv columns: id,title,number,issuer,level,region,date_written,date_published,based_on,file \
            (optional url, verified; other columns are kept as extra metadata, but a name one letter off a \
            column's, such as files or titel, or the first word of one, such as date, is refused). Empty cells are \
            unknown; an HTML page's header table (发文机关, 发文字号, 成文日期, 发布日期, 标题) fills them. \
            manifest.xlsx: the first sheet of an Excel workbook with the same columns (problems at row:column).
            Issuers: several in one cell split on 、，,;； and ", and", and on 和 or " and " where each side is a \
            known body (工业和信息化部 stays whole); names the taxonomy does not know are kept as written and listed \
            once each as warnings (--strict: errors).
            Problems are printed as path:line:column: message, all at once; then nothing is written (exit 1).
            """
    )

    @Argument(help: ArgumentHelp("The source directory holding manifest.csv (or manifest.xlsx) and the text files.", valueName: "SRC"))
    var source: String

    @Option(name: .long, help: ArgumentHelp("The corpus directory to create or add to.", valueName: "DIR"))
    var into: String

    @Option(name: .long, help: "The corpus name (a new corpus: default the name of SRC; an existing one is renamed).")
    var name: String?

    @Flag(name: .long, help: "Mark the corpus and the imported documents as synthetic (generated text).")
    var synthetic = false

    @Flag(name: .long, help: "Replace documents whose id is already in the corpus.")
    var replace = false

    @Flag(name: .long, help: "Refuse issuers the taxonomy does not know (default: keep them as written, with a warning).")
    var strict = false

    @Flag(name: .long, help: "Then analyse the corpus and store the analysis, as `ipap analyze --write` (a full run over every document).")
    var analyze = false

    @Option(name: .long, help: ArgumentHelp("Largest text file accepted, in MB.", valueName: "MB"))
    var maxFileMB = 20

    /// Up to 4 GB: larger numbers overflow once turned into bytes, and no policy text comes near.
    static let maxFileMBRange = 1...4096

    func validate() throws {
        try requireName(into, of: "--into", "语料目录名", "the name of the corpus directory")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw usageError("\(source) 不是目录", "\(source) is not a directory")
        }
        if let name, let c = ControlCharacters.first(in: name) {
            let name = LocalizedText.controlCharacterName(c)
            throw usageError("--name 含有控制字符 \(name.zh)，请删除", "--name contains the control character \(name.en); remove it")
        }
        guard Self.maxFileMBRange.contains(maxFileMB) else {
            throw usageError("--max-file-mb 须在 \(Self.maxFileMBRange.lowerBound) 到 \(Self.maxFileMBRange.upperBound) 之间", "--max-file-mb must be between \(Self.maxFileMBRange.lowerBound) and \(Self.maxFileMBRange.upperBound)")
        }
    }

    /// Today in UTC, as the importer's dates are days.
    static func today() -> PolicyDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return PolicyDate(year: y, month: m, day: d)
    }

    func run() throws {
        let zh = Terminal.language == .chinese
        let taxonomy = try Terminal.bundledTaxonomyDirectory()
        let importer = CorpusImporter(
            source: URL(fileURLWithPath: source, isDirectory: true), destination: URL(fileURLWithPath: into, isDirectory: true),
            sourceDisplay: source, destinationDisplay: into, name: name, synthetic: synthetic, replace: replace, strict: strict,
            maxFileSize: maxFileMB * 1024 * 1024, taxonomyDirectory: taxonomy, today: Self.today())

        var progress: ProgressLine?
        let planned = importer.plan { done, total in
            if progress == nil { progress = ProgressLine(total: total, label: zh ? "导入" : "importing", unit: zh ? "文件" : "files") }
            progress?.update(done)
        }
        progress?.finish()
        let plan: ImportPlan
        switch planned {
        case .failure(let failure):
            for problem in failure.problems + failure.warnings { Terminal.error(problem) }
            Terminal.error(zh ? "\(failure.problems.count) 个问题；\(into) 未作任何改动"
                              : "\(EnglishCount.of(failure.problems.count, "problem")); nothing was written to \(into)")
            throw ExitCode(1)
        case .success(let p):
            plan = p
        }

        for warning in plan.warnings { Terminal.error(warning) }
        let outcome: ImportWriter.Outcome
        do {
            let corpusPath = into
            outcome = try importer.commit(plan, whileWaiting: { Terminal.error(Terminal.anotherImportIsWriting(into: corpusPath)) })
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
        var summary = zh
            ? "已导入 \(outcome.added.count) 篇文件到 \(into)" + (outcome.replaced.isEmpty ? "" : "，替换 \(outcome.replaced.count) 篇")
            : "imported \(EnglishCount.of(outcome.added.count, "document")) into \(into)" + (outcome.replaced.isEmpty ? "" : ", replaced \(outcome.replaced.count)")
        if plan.gb18030Files > 0 {
            summary += zh ? "（\(plan.gb18030Files) 个文件由 GB18030 转换）" : " (\(plan.gb18030Files) converted from GB18030)"
        }
        Terminal.print(summary)

        // The corpus must still validate; say so loudly if it does not.
        let intoURL = URL(fileURLWithPath: into, isDirectory: true)
        let result = CorpusLoader(taxonomyDirectory: taxonomy).load(intoURL, displayPath: into, useIndex: true)
        // The metadata index of the new corpus, for the dashboard's start (a cache: not writing it loses nothing).
        try? result.freshIndex?.write(corpus: intoURL)
        if !result.problems.isEmpty {
            for problem in result.problems { Terminal.error(problem) }
            Terminal.error(zh ? "导入后语料有 \(result.problems.count) 个问题（ipap validate）"
                              : "the corpus has \(EnglishCount.of(result.problems.count, "problem")) after the import (ipap validate)")
            throw ExitCode(1)
        }
        if analyze, var corpus = result.corpus {
            // Said whenever it happens: an analyst who expects only the new documents to be analysed should know
            // why it took as long as a full analysis. Not said when the stored analysis was still valid.
            let note = zh ? "已分析全部文件：文本复用的判定依赖全语料的统计（文件数、片段频率），新增、替换或删除一篇即可改变其他文件之间的判定；精确的增量分析尚未实现（docs/scaling.md）"
                          : "analysed every document: text-reuse decisions depend on corpus-wide counts (the number of documents, fingerprint and clause frequencies), so adding, replacing or removing one document can change decisions between others; an exact incremental update is not built yet (docs/scaling.md)"
            _ = try AnalysisRun.run(&corpus, store: true, whenComputed: note)
        }
    }
}
