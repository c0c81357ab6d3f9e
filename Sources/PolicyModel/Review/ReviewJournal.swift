import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current analyst's journal, `reviews/<user>.jsonl` in the corpus: the only file ipap appends review
/// entries to. Each entry is one complete line written with one `write(2)` on a descriptor opened with
/// `O_APPEND`, under an exclusive `flock` on the journal (concurrent sessions of the same analyst take
/// turns), then fsynced. A journal that belongs to another account is refused.
public struct ReviewJournal: Sendable {
    /// The longest line accepted (a note of a few hundred pages is still far below).
    public static let maxLineBytes = 1 << 20

    public let corpusDirectory: URL
    public let author: String

    public struct WriteError: BilingualError, Sendable {
        public let path: String
        public let reason: LocalizedText

        public func description(in language: Language) -> String { reason.at(path).text(in: language) }
    }

    /// "refused: …", the start of every reason ipap will not write an entry for.
    private static let refused = LocalizedText(zh: "已拒绝", en: "refused")

    /// The journal of the account running ipap.
    public init(corpusDirectory: URL) {
        self.corpusDirectory = corpusDirectory
        author = ReviewAuthor.current()
    }

    /// For the package's tests and test tools only (`package`: no shipped command reaches it): a journal under
    /// another name. The owner check still applies: the file must belong to the effective user.
    package init(corpusDirectory: URL, authorOverride: String) throws {
        guard ReviewAuthor.isValidName(authorOverride) else {
            throw WriteError(path: authorOverride, reason: LocalizedText(zh: "不是有效的账户名", en: "not a valid account name"))
        }
        self.corpusDirectory = corpusDirectory
        author = authorOverride
    }

    /// Where a corpus's journals are: its `reviews/`; for a corpus bundled with ipap (`DataDirectory.isBundled`:
    /// the demo and the catalogue, in the checkout or the install), the analyst's own
    /// `$XDG_STATE_HOME/ipap/reviews/<hash of the corpus path>/`, as the session file. `ipap browse --demo` wrote
    /// into the checkout's `data/demo/reviews/`, where every analyst running the demo from it wrote too.
    public static func reviewsDirectory(of corpus: URL) -> URL {
        guard DataDirectory.isBundled(corpus) else { return corpus.appendingPathComponent("reviews", isDirectory: true) }
        let path = corpus.resolvingSymlinksInPath().standardizedFileURL.path
        return SessionStateStore.stateDirectory().appendingPathComponent("reviews/" + SessionStateStore.hash(path), isDirectory: true)
    }

    /// `reviews/<author>.jsonl`; when a file of that name belongs to another account (planted by a
    /// colleague, or left over), `reviews/<author>+uid<N>.jsonl` instead: never a dead end, and readers
    /// attribute both by the file's owner (`ReviewStore`).
    public var url: URL {
        let primary = Self.reviewsDirectory(of: corpusDirectory).appendingPathComponent("\(author).jsonl")
        guard let owner = Self.owner(ofPath: primary.path), owner != geteuid() else { return primary }
        return Self.reviewsDirectory(of: corpusDirectory).appendingPathComponent("\(author)+uid\(geteuid()).jsonl")
    }

    /// The account that holds `reviews/<author>.jsonl` when it is not this user (then `url` is the fallback).
    public var displacedBy: String? {
        let primary = Self.reviewsDirectory(of: corpusDirectory).appendingPathComponent("\(author).jsonl")
        guard let owner = Self.owner(ofPath: primary.path), owner != geteuid() else { return nil }
        return Self.accountName(owner)
    }

    /// Appends one entry; returns when it is on disk. The entry's author must be this journal's.
    public func append(_ entry: ReviewEntry) throws {
        try append(entry, attempt: 0)
    }

    private func append(_ entry: ReviewEntry, attempt: Int) throws {
        let path = url.path
        guard entry.author == author else {
            throw WriteError(path: path, reason: Self.refused.then(LocalizedText(zh: "记录的作者“\(entry.author)”不是本日志的“\(author)”",
                                                                                 en: "the entry's author '\(entry.author)' is not the journal's '\(author)'")))
        }
        if let reason = entry.invalidReason { throw WriteError(path: path, reason: Self.refused.then(reason)) }
        let line = try entry.journalLine()
        guard line.count <= Self.maxLineBytes else {
            throw WriteError(path: path, reason: Self.refused.then(LocalizedText(zh: "记录有 \(line.count) 字节，上限为 \(Self.maxLineBytes) 字节",
                                                                                 en: "the entry is \(line.count) bytes; the limit is \(Self.maxLineBytes)")))
        }
        try ensureReviewsDirectory()

        // O_NOFOLLOW: a symbolic link planted in a shared directory is not followed. 0644: only the owner
        // writes a journal, so nobody can append entries that would be read as the owner's.
        let fd = open(path, O_APPEND | O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            let e = errno
            if e == ELOOP { throw WriteError(path: path, reason: Self.refused.then(LocalizedText(zh: "日志是符号链接", en: "the journal is a symbolic link"))) }
            if e == EACCES, let owner = Self.owner(ofPath: path), owner != geteuid() {
                throw Self.foreignOwner(path: path, owner: owner)
            }
            if e == EACCES || e == EPERM, Self.owner(ofPath: path) == nil {
                throw WriteError(path: path, reason: Self.cannotCreate(in: Self.reviewsDirectory(of: corpusDirectory).path))
            }
            throw WriteError(path: path, reason: LocalizedText(zh: "无法打开日志", en: "cannot open the journal").then(FileError.reasonText(errno: e)))
        }
        var closed = false
        defer { if !closed { close(fd) } }

        var info = stat()
        guard fstat(fd, &info) == 0 else { throw WriteError(path: path, reason: LocalizedText(zh: "无法读取日志的属性", en: "cannot stat the journal").then(FileError.reasonText(errno: errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw WriteError(path: path, reason: Self.refused.then(LocalizedText(zh: "日志不是普通文件", en: "the journal is not a regular file"))) }
        guard info.st_uid == geteuid() else { throw Self.foreignOwner(path: path, owner: info.st_uid) }
        // A journal created group-writable by an earlier version: closed to others' writes now.
        if info.st_mode & 0o022 != 0 { fchmod(fd, info.st_mode & 0o755) }

        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw WriteError(path: path, reason: LocalizedText(zh: "无法锁定日志", en: "cannot lock the journal").then(FileError.reasonText(errno: errno))) }
        }
        // `review repair` renames a new journal over this one under the same lock: an entry written to the old file
        // once the lock is ours would be lost, so it goes to the journal now at the path.
        if !Self.isStillAtPath(fd, path: path), attempt < 8 {
            closed = true
            close(fd)
            return try append(entry, attempt: attempt + 1)
        }
        // Under the lock: if an earlier writer died mid-line, start on a fresh line so that its torn
        // fragment stays a line of its own and this entry stays whole.
        var bytes = line
        if fstat(fd, &info) == 0, info.st_size > 0, !Self.endsWithNewline(path: path, inode: info) { bytes.insert(0x0A, at: 0) }
        // One write(2): a reader sees the whole line or none of it (a short write is an error, reported).
        let written = bytes.withUnsafeBytes { buffer -> Int in
            while true {
                let n = write(fd, buffer.baseAddress, buffer.count)
                if n < 0 && errno == EINTR { continue }
                return n
            }
        }
        let writeErrno = errno
        flock(fd, LOCK_UN)
        guard written == bytes.count else {
            let reason = written < 0 ? FileError.reasonText(errno: writeErrno)
                : LocalizedText(zh: "只写入了 \(bytes.count) 字节中的 \(written) 字节", en: "short write (\(written) of \(bytes.count) bytes)")
            throw WriteError(path: path, reason: LocalizedText(zh: "无法追加", en: "cannot append").then(reason))
        }
        // Durable before returning; done outside the lock so that concurrent sessions share a journal commit.
        guard fsync(fd) == 0 else { throw WriteError(path: path, reason: LocalizedText(zh: "无法同步到磁盘", en: "cannot fsync").then(FileError.reasonText(errno: errno))) }
        closed = true
        guard close(fd) == 0 else { throw WriteError(path: path, reason: LocalizedText(zh: "无法关闭", en: "cannot close").then(FileError.reasonText(errno: errno))) }
    }

    /// Creates `reviews/` when missing: setgid so that journals take the directory's group, sticky so that
    /// nobody removes or renames a colleague's journal; group-writable whatever the umask when the corpus
    /// is (a team folder), else mode 0775 less the umask. An existing directory is never changed. The folders
    /// above a bundled corpus's journals in the state directory are made private (0700) when missing.
    private func ensureReviewsDirectory() throws {
        let reviews = Self.reviewsDirectory(of: corpusDirectory)
        let dir = reviews.path, above = reviews.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: above.path) {
            try? FileManager.default.createDirectory(at: above, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if mkdir(dir, 0o775) == 0 {
            var info = stat()
            var corpus = stat()
            if stat(dir, &info) == 0 {
                var mode = info.st_mode & 0o777
                if stat(above.path, &corpus) == 0, corpus.st_mode & 0o020 != 0 { mode |= 0o070 }
                chmod(dir, mode | S_ISGID | S_ISVTX)
            }
            let parent = open(above.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if parent >= 0 {
                fsync(parent)
                close(parent)
            }
            return
        }
        let e = errno
        var info = stat()
        if e == EEXIST, lstat(dir, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw WriteError(path: dir, reason: Self.refused.then(LocalizedText(zh: "不是目录", en: "not a directory"))) }
            return
        }
        throw WriteError(path: dir, reason: LocalizedText(zh: "无法创建审阅目录", en: "cannot create the reviews directory").then(FileError.reasonText(errno: e)))
    }

    /// Why a journal cannot be created in `dir`, with the fix: usually a folder made without group write.
    static func cannotCreate(in dir: String) -> LocalizedText {
        var info = stat()
        guard stat(dir, &info) == 0 else { return LocalizedText(zh: "无法创建日志", en: "cannot create the journal").then(FileError.reasonText(errno: errno)) }
        let mode = String(info.st_mode & 0o7777, radix: 8)
        let owner = accountName(info.st_uid)
        let group = getgrgid(info.st_gid).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } ?? "gid \(info.st_gid)"
        return LocalizedText(
            zh: "无法创建你的日志：审阅文件夹（权限 \(mode)，所有者 \(owner)，组 \(group)）你不能写入；"
                + "其所有者或管理员可以这样修复：chmod g+w,g+s,+t \(dir)（并确认你在 \(group) 组中）",
            en: "cannot create your journal: the reviews folder (mode \(mode), owner \(owner), group \(group)) "
                + "is not writable by you; its owner or an administrator can fix it with: chmod g+w,g+s,+t \(dir) "
                + "(and make sure you are in group \(group))")
    }

    /// Whether the journal (the same inode as the append descriptor, which is write-only) ends with a newline.
    private static func endsWithNewline(path: String, inode: stat) -> Bool {
        let rfd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard rfd >= 0 else { return true }
        defer { close(rfd) }
        var info = stat()
        guard fstat(rfd, &info) == 0, info.st_ino == inode.st_ino, info.st_dev == inode.st_dev else { return true }
        var last: UInt8 = 0
        return pread(rfd, &last, 1, inode.st_size - 1) != 1 || last == 0x0A
    }

    /// Whether `fd` is still the file at `path` (not one renamed over it since it was opened).
    static func isStillAtPath(_ fd: Int32, path: String) -> Bool {
        var open = stat(), named = stat()
        guard fstat(fd, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    static func owner(ofPath path: String) -> uid_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_uid : nil
    }

    static func accountName(_ uid: uid_t) -> String {
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name { return "\(String(cString: name)) (uid \(uid))" }
        return "uid \(uid)"
    }

    static func foreignOwner(path: String, owner: uid_t) -> WriteError {
        WriteError(path: path, reason: refused.then(LocalizedText(
            zh: "该日志属于 \(accountName(owner))，不属于你（\(accountName(geteuid()))）；ipap 只写你自己的日志（读取时也不会把它当作你的）",
            en: "this journal belongs to \(accountName(owner)), not to you, \(accountName(geteuid())); ipap writes only your own journal (readers do not show it as yours)")))
    }
}
