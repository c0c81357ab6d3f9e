import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What changes on disk when another analyst imports, fetches or removes documents: the `documents/` folder (an
/// import swaps it whole, a fetch renames files into it) and `corpus.json`, each by inode and modification time.
/// Two `stat` calls, cheap enough for the dashboard's idle tick.
public struct CorpusStamp: Hashable, Sendable {
    private var documents: [Int]
    private var corpusJSON: [Int]

    public static func of(_ corpusDirectory: URL) -> CorpusStamp {
        func stamp(_ url: URL) -> [Int] {
            var info = stat()
            guard stat(url.path, &info) == 0 else { return [] }
            return [Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        return CorpusStamp(documents: stamp(corpusDirectory.appendingPathComponent("documents")),
                           corpusJSON: stamp(corpusDirectory.appendingPathComponent("corpus.json")))
    }
}
