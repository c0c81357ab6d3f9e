import ArgumentParser
import Dashboard
import Foundation

/// Prints the key reference as Markdown: `docs/keys.md` is its output, kept in step by a test.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every dashboard key as Markdown (the text of docs/keys.md)."
    )

    func run() throws {
        FileHandle.standardOutput.write(Data(KeyMap.markdown().utf8))
    }
}
