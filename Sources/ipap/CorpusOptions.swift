import ArgumentParser
import Foundation
import PolicyModel

/// `--corpus DIR` and the loading every subcommand shares.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The corpus directory (default: $\(DataDirectory.corpusVariable), else the bundled catalogue).", valueName: "DIR"))
    var corpus: String?

    var displayPath: String {
        if let corpus { return corpus }
        return (try? DataDirectory.defaultCorpus().path) ?? "catalog"
    }

    func directory() throws -> URL {
        if let corpus { return try Self.existingDirectory(corpus, from: "--corpus") }
        // $IPAP_CORPUS is the same choice made once for a session: the same usage error when it names no directory
        // (it was exit 1 with "PATH:1:1: no such corpus directory").
        if let chosen = ProcessInfo.processInfo.environment[DataDirectory.corpusVariable], !chosen.isEmpty {
            return try Self.existingDirectory(chosen, from: "$" + DataDirectory.corpusVariable)
        }
        do {
            return try DataDirectory.defaultCorpus()
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
    }

    /// `path` as a directory; a path that names no directory is a usage error (exit 2) naming where it came from
    /// (`--corpus`, `$IPAP_CORPUS`), not a problem found in a corpus.
    private static func existingDirectory(_ path: String, from source: String) throws -> URL {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError(Terminal.text("\(source)：没有这个语料目录：\(path)", "\(source): no such corpus directory: \(path)"))
        }
        guard isDirectory.boolValue else {
            throw ValidationError(Terminal.text("\(source)：\(path) 是文件，不是语料目录（含 corpus.json 的目录）",
                                                "\(source): \(path) is a file, not a corpus directory (the directory that holds corpus.json)"))
        }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    func loader() throws -> CorpusLoader {
        do {
            return try CorpusLoader.bundled()
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
    }

    /// Loads the corpus; problems go to stderr. Unusable corpus: exit 1. Usable with problems: warnings, and the
    /// command runs on the documents that load; its exit status is `exitStatus` (README: problems are warnings).
    /// `index`: what to do with the metadata index (`MetadataIndex`).
    func load(deferTexts: Bool = false, index: IndexUse = .ignore) throws -> Corpus {
        let dir = try directory()
        let result = try loader().load(dir, displayPath: displayPath, deferTexts: deferTexts, useIndex: index != .ignore)
        if let fresh = result.freshIndex {
            switch index {
            case .ignore, .readIfFresh:
                break
            case .refresh:
                // A cache: a corpus this analyst cannot write to is still read, only more slowly next time.
                try? fresh.write(corpus: dir)
            case .refreshInBackground:
                Thread { try? fresh.write(corpus: dir) }.start()
            }
        }
        for problem in result.problems { Terminal.error(problem) }
        Self.documentsNotLoaded = result.documentsNotLoaded
        guard let corpus = result.corpus else {
            if let hint = Self.importSourceHint(dir, displayPath: displayPath) { Terminal.error(hint.text(in: Terminal.language)) }
            throw ExitCode(1)
        }
        if !result.problems.isEmpty {
            Terminal.error(Terminal.text("ipap：警告：语料有 \(result.problems.count) 个问题；`ipap validate` 列出全部",
                                         "ipap: warning: \(EnglishCount.of(result.problems.count, "problem")) in the corpus; `ipap validate` lists them"))
            Self.problemsFound = result.problems.count
        }
        return corpus
    }

    enum IndexUse {
        case ignore
        /// Read it when it is fresh (with deferred texts); else write the one made from the files read.
        case refresh
        /// The same, written on another thread: the dashboard does not wait for it.
        case refreshInBackground
        /// Read it when it is fresh (with deferred texts); never write it: a command that only reads the corpus.
        case readIfFresh
    }

    /// What to do with a directory that is an import source (what `ipap demo` writes, or an analyst's texts
    /// with their list), not a corpus: it has a manifest and no corpus.json.
    static func importSourceHint(_ dir: URL, displayPath: String) -> LocalizedText? {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: dir.appendingPathComponent("corpus.json").path),
              ["manifest.csv", "manifest.xlsx"].contains(where: { fm.fileExists(atPath: dir.appendingPathComponent($0).path) })
        else { return nil }
        let synthetic = fm.fileExists(atPath: dir.appendingPathComponent("planted.json").path) ? " --synthetic" : ""
        let path = TextSafety.clean(displayPath)
        return LocalizedText(
            zh: "ipap：\(path) 是导入源（清单和正文），不是语料；请先用它建立语料：ipap import \(path) --into 语料目录\(synthetic)，然后用 --corpus 语料目录",
            en: "ipap: \(path) is an import source (a manifest and texts), not a corpus; "
                + "make a corpus of it first: ipap import \(path) --into CORPUS\(synthetic), then --corpus CORPUS")
    }

    /// Exit 1, saying why, while a document file of the last `load` did not load: a report or a stored analysis of the
    /// documents that loaded would pass for the whole corpus's (each problem was said above as path:line:column).
    /// `zh`, `en`: what would have been written ("报告", "a report").
    static func refuseWhileDocumentsNotLoaded(writing zh: String, _ en: String) throws {
        let notLoaded = documentsNotLoaded
        guard let first = notLoaded.first else { return }
        let more = notLoaded.count > 1 ? Terminal.text(" 等 \(notLoaded.count) 个文件", " and \(notLoaded.count - 1) more") : ""
        Terminal.error(Terminal.text("ipap：未写入\(zh)：\(first)\(more)未能读入，缺了它的\(zh)会被当作整个语料的\(zh)（改正后重试）",
                                     "ipap: nothing was written: \(first)\(more) did not load, and \(en) without "
                                     + (notLoaded.count == 1 ? "it" : "them") + " would pass for the corpus's"))
        throw ExitCode(1)
    }

    /// Problems found by the last `load` (warnings: they do not change the exit status by themselves).
    nonisolated(unsafe) static var problemsFound = 0

    /// The exit status of `command` once it has done its work (README, next to the exit codes): 0, the corpus's
    /// problems said on stderr as warnings — a command that did what it was asked exited 1 for a bad title
    /// elsewhere, and a script that retried on 1 added a review twice. 1 when a document file did not load and
    /// the command's answer is about the corpus (list, show, stats, analyze, findings): it is without that document.
    /// A journal entry (`review add`) does not depend on the other documents: 0.
    static func exitStatus(of command: ParsableCommand) -> Int32 {
        guard !documentsNotLoaded.isEmpty, !(command is IndependentOfOtherDocuments) else { return 0 }
        return 1
    }
    /// The document files the last `load` left out (`CorpusLoader.Result.documentsNotLoaded`).
    nonisolated(unsafe) static var documentsNotLoaded: [String] = []
}

/// A command whose work is done whether or not every document file loads (it writes a journal entry about one
/// thing): a file that did not load is a warning for it, not exit 1 (`CorpusOptions.exitStatus`).
protocol IndependentOfOtherDocuments {}

/// Output to the analyst's terminal: document text never reaches it raw.
enum Terminal {
    /// Every message to stderr but the progress line (`ProgressLine`) passes here, after all written to stdout: with
    /// both on one pipe (`2>&1 | less`) a message never lands inside a table. `print` writes at once (FileHandle:
    /// write(2), no buffer); C's streams, which Swift's `print` buffers and no command uses today, are flushed first, so
    /// that one that did would keep the order.
    static func error(_ message: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((TextSafety.clean(message) + "\n").utf8))
    }

    /// Any error in the analyst's language (a problem as `path:line:column: message`, the location the same in
    /// both); an error that is not a `BilingualError` as it describes itself.
    static func error(_ error: Error) {
        self.error(LocalizedText(describing: error).text(in: language))
    }

    /// Every text output (tables, CSV, reports, JSON) passes here; JSON is already escaped (`JSONOutput`).
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((TextSafety.clean(text) + "\n").utf8))
    }

    static var language: Language { Language.preferred(environment: ProcessInfo.processInfo.environment) }

    /// The bundled taxonomy's directory; when it cannot be found that is said, and the command exits 1.
    static func bundledTaxonomyDirectory() throws -> URL {
        do {
            return try DataDirectory.taxonomyDirectory()
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
    }

    /// A message in the analyst's language (`IPAP_LANG`, else the locale).
    static func text(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }

    /// Said when another import holds the corpus's lock (`import`, `fetch`), before waiting for it.
    static func anotherImportIsWriting(into corpus: String) -> String {
        text("另一个导入正在写入 \(corpus)；等它完成后继续（Ctrl-C 停止，未写入任何文件）",
             "another import is writing into \(corpus); waiting for it to finish (Ctrl-C stops; nothing is written yet)")
    }

    /// Columns of the terminal on stdout, or nil when stdout is not a terminal (a pipe: never clip).
    static var columns: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// A usage error (exit 2, printed by the argument parser) in the analyst's language.
func usageError(_ zh: String, _ en: String) -> ValidationError {
    ValidationError(Terminal.text(zh, en))
}

/// An option naming a file or folder to write or make must name one: the file system takes an empty name for the
/// current directory (`init --from-catalog ""` said ": already exists and is not empty", `demo --out ""` wrote into
/// the current directory). `zh` and `en` say what the option names.
func requireName(_ value: String, of option: String, _ zh: String, _ en: String) throws {
    guard value.trimmingWhitespace().isEmpty else { return }
    throw usageError("\(option) 须给出\(zh)", "\(option) needs \(en)")
}
