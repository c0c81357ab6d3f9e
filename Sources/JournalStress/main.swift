// JournalStress: a test tool of the package, never shipped (Package.swift lists no product for it).
//   JournalStress append CORPUS AUTHOR COUNT   appends COUNT notes through the journal's own append path
//   JournalStress read CORPUS                  prints every note read back, names trusted; problems on stderr
// Exit status: 0 ok, 1 a write failed or a journal has problems, 2 usage.
import Foundation
import PolicyModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("JournalStress: \(message)\n".utf8))
    exit(status)
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "append" where arguments.count == 4:
    guard let count = Int(arguments[3]) else { fail("COUNT must be a number", status: 2) }
    let author = arguments[2]
    let journal: ReviewJournal
    do {
        journal = try ReviewJournal(corpusDirectory: URL(fileURLWithPath: arguments[1], isDirectory: true), authorOverride: author)
    } catch {
        fail("\(error)", status: 2)
    }
    let pid = getpid()
    for i in 0..<count {
        let note = "\(author) \(pid) \(i)\n压力测试：第\(i)条，互联网+行动。"
        do {
            try journal.append(.note(note, on: .document("stress"), author: author))
        } catch {
            fail("\(error)", status: 1)
        }
    }
case "read" where arguments.count == 2:
    let store = ReviewStore.load(URL(fileURLWithPath: arguments[1], isDirectory: true), attribution: .byName)
    for entry in store.entries() { print(entry.note ?? "") }
    for problem in store.problems { FileHandle.standardError.write(Data((problem.description + "\n").utf8)) }
    exit(store.problems.isEmpty ? 0 : 1)
default:
    fail("usage: JournalStress append CORPUS AUTHOR COUNT | read CORPUS", status: 2)
}
