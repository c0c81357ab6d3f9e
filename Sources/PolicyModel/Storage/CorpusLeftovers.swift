import Foundation

/// What writers stopped by a kill left in a corpus folder: an import's staging folder (`.import-<pid>`) and the
/// temporary files of atomic writes (`.<name>.tmp-<pid>-<random>`, in the corpus folder, `analysis/` and
/// `reviews/`) whose process is gone. Readers never read them and the next writer of the same kind removes them,
/// but they take space and puzzle whoever lists the folder (QA pass 51), so `ipap validate` names them.
public enum CorpusLeftovers {
    public struct Leftover: Sendable, Equatable {
        /// The path as the analyst named the corpus, then the leftover's place in it.
        public var path: String
        public var bytes: Int
        /// Which run removes it.
        public var removedBy: LocalizedText
    }

    public static func find(in corpus: URL, displayPath: String) -> [Leftover] {
        let fm = FileManager.default
        var found: [Leftover] = []
        func visit(_ folder: URL, relative: String, depth: Int) {
            for name in ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
                let url = folder.appendingPathComponent(name)
                let shown = relative.isEmpty ? name : relative + "/" + name
                if relative.isEmpty, name.hasPrefix(".import-"), let pid = Int32(name.dropFirst(".import-".count)), AtomicFile.processIsGone(pid) {
                    found.append(Leftover(path: displayPath + "/" + shown, bytes: size(of: url),
                                          removedBy: LocalizedText(zh: "下一次导入会删除它", en: "the next import removes it")))
                } else if AtomicFile.isAbandonedTemporary(name) {
                    found.append(Leftover(path: displayPath + "/" + shown, bytes: size(of: url),
                                          removedBy: LocalizedText(zh: "下一次写该文件时会删除它", en: "the next write of that file removes it")))
                } else if depth < 3, name == "analysis" || name == "reviews" || (depth > 0 && isFolder(url)) {
                    visit(url, relative: shown, depth: depth + 1)
                }
            }
        }
        visit(corpus, relative: "", depth: 0)
        return found
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func size(of url: URL) -> Int {
        guard isFolder(url) else { return (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0 }
        var total = 0
        if let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) {
            for case let file as URL in walker {
                guard let values = try? file.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), values.isRegularFile == true else { continue }
                total += values.fileSize ?? 0
            }
        }
        return total
    }
}
