import Foundation

/// Finds the bundled data (taxonomy, catalogue, demo corpus) from any working directory:
/// `IPAP_DATA`, then the checkout or install the running executable belongs to.
public enum DataDirectory {
    /// Environment variable naming the data directory (holding `taxonomy/`, `catalog/`, `demo/`).
    public static let dataVariable = "IPAP_DATA"
    /// Environment variable naming the corpus to use when `--corpus` is not given.
    public static let corpusVariable = "IPAP_CORPUS"

    public struct NotFound: BilingualError {
        public func description(in language: Language) -> String {
            LocalizedText(zh: "找不到 ipap 的数据目录（data/taxonomy）；请把 \(DataDirectory.dataVariable) 设为该目录",
                          en: "cannot find ipap's data directory (data/taxonomy); set \(DataDirectory.dataVariable) to it").text(in: language)
        }
    }

    /// The data directory: `$IPAP_DATA`, else `data/` beside an ancestor of the executable
    /// (a checkout's `.build/debug/ipap`), else `share/ipap/` of an install prefix.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = currentExecutable()) throws -> URL {
        if let explicit = environment[dataVariable], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        var candidates: [URL] = []
        if let executable {
            var dir = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<8 {
                candidates.append(dir.appendingPathComponent("data", isDirectory: true))
                candidates.append(dir.appendingPathComponent("share/ipap", isDirectory: true))
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("data"))
        for candidate in candidates where isDataDirectory(candidate) {
            return candidate.standardizedFileURL
        }
        throw NotFound()
    }

    /// The corpus to open when none is named: `$IPAP_CORPUS`, else the bundled catalogue.
    public static func defaultCorpus(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        if let explicit = environment[corpusVariable], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        return try locate(environment: environment).appendingPathComponent("catalog", isDirectory: true)
    }

    /// Whether `corpus` is one of the corpora bundled with ipap (`catalog/` and `demo/` of the data directory). They
    /// ship in the checkout or the install, read by every analyst of the server, and are not written to: an
    /// analyst's reviews of them are their own (`ReviewJournal.reviewsDirectory(of:)`).
    public static func isBundled(_ corpus: URL) -> Bool {
        bundledCorpora.contains(corpus.resolvingSymlinksInPath().standardizedFileURL.path)
    }

    /// The bundled corpora's paths, symbolic links resolved; found once.
    private static let bundledCorpora: Set<String> = {
        guard let data = try? locate() else { return [] }
        return Set(["catalog", "demo"].map { data.appendingPathComponent($0, isDirectory: true).resolvingSymlinksInPath().standardizedFileURL.path })
    }()

    public static func taxonomyDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> URL {
        try locate(environment: environment).appendingPathComponent("taxonomy", isDirectory: true)
    }

    static func isDataDirectory(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("taxonomy/action-areas.json").path)
    }

    public static func currentExecutable() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL
    }
}
