import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash of what a folder's files look like without reading them: names and `stat` fields. A cache keyed by it
/// is trusted only while the folder's files are the ones it was made from.
public enum FilesStamp {
    public enum Detail: Sendable {
        /// The `.json` files' name, size, modification time and inode, following links: the stored analysis's
        /// stamp (a file copied or touched is read again and compared by content).
        case documentFiles
        /// Every visible name, and of each entry as it is (links not followed) its type, size, modification
        /// time, change time and inode: the metadata index's stamp. The change time cannot be set back by a
        /// program, so an edit that restores size and modification time still shows.
        case everyEntry
    }

    /// Nil when the folder cannot be listed or an entry vanishes while it is stamped.
    public static func of(_ folder: URL, salt: String, detail: Detail) -> String? {
        // readdir and fstatat on the open folder: Foundation's listing and a path per file took most of the
        // time on 10,000 documents.
        guard let dir = opendir(folder.path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        let fd = dirfd(dir)
        var hash = InputHash()
        hash.add(salt)
        for name in names.sorted() {
            var info = stat()
            var words: [Int]
            switch detail {
            case .documentFiles:
                guard name.hasSuffix(".json") else { continue }
                guard fstatat(fd, name, &info, 0) == 0 else { return nil }
                words = [info.st_size, info.st_mtim.tv_sec, info.st_mtim.tv_nsec, Int(bitPattern: UInt(info.st_ino))]
            case .everyEntry:
                guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
                words = [Int(info.st_mode), info.st_size, info.st_mtim.tv_sec, info.st_mtim.tv_nsec,
                         info.st_ctim.tv_sec, info.st_ctim.tv_nsec, Int(bitPattern: UInt(info.st_ino))]
            }
            hash.add(name)
            for word in words { hash.add(word: UInt64(bitPattern: Int64(word))) }
        }
        return hash.hex
    }
}
