import ArgumentParser
import Foundation
import PolicyModel

/// `ipap init --from-catalog DIR`: the analyst's own copy of the bundled catalogue, to fetch texts into.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a corpus of your own from the bundled catalogue (metadata only), to fetch or import texts into.",
        discussion: "Then: ipap fetch --corpus DIR (downloads the documents' texts), ipap browse --corpus DIR."
    )

    @Option(name: .customLong("from-catalog"), help: ArgumentHelp("The new corpus directory (must not exist, or be empty).", valueName: "DIR"))
    var directory: String

    func validate() throws {
        try requireName(directory, of: "--from-catalog", "新语料的目录名", "the name of the new corpus directory")
    }

    func run() throws {
        let zh = Terminal.language == .chinese
        do {
            let catalog = try DataDirectory.locate().appendingPathComponent("catalog", isDirectory: true)
            let count = try CorpusCopy.copy(from: catalog, to: URL(fileURLWithPath: directory, isDirectory: true), destinationDisplay: directory)
            Terminal.print(zh ? "已从目录复制 \(count) 篇文件的元数据到 \(directory)；下一步：ipap fetch --corpus \(directory)"
                              : "copied the catalogue's \(count) document records to \(directory); next: ipap fetch --corpus \(directory)")
        } catch {
            Terminal.error(error)
            throw ExitCode(1)
        }
    }
}
