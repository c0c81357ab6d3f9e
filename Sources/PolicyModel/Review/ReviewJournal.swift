import Foundation
import Glibc

/// The current analyst's journal, `reviews/<user>.jsonl` in the corpus: the only file ipap appends review
/// entries to. Each entry is one complete line written with one `write(2)` on a descriptor opened with
/// `O_APPEND`, under an exclusive `flock` on the journal (concurrent sessions of the same analyst take
/// turns), then fsynced. A journal that belongs to another account is refused.
public struct ReviewJournal: Sendable {
    /// Environment variable that lets tests write a journal under another name (`ipap review stress`).
    public static let testAuthorOverrideVariable = "IPAP_TEST_AUTHOR_OVERRIDE"
    /// The longest line accepted (a note of a few hundred pages is still far below).
    public static let maxLineBytes = 1 << 20

    public let corpusDirectory: URL
    public let author: String

    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The journal of the account running ipap.
    public init(corpusDirectory: URL) {
        self.corpusDirectory = corpusDirectory
        author = ReviewAuthor.current()
    }

    /// For tests only: a journal under another name, refused unless `IPAP_TEST_AUTHOR_OVERRIDE=1` is set.
    /// The owner check still applies: the file must belong to the effective user.
    public init(corpusDirectory: URL, authorOverride: String,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard environment[Self.testAuthorOverrideVariable] == "1" else {
            throw WriteError(path: authorOverride, reason: "an author override is for tests only (set \(Self.testAuthorOverrideVariable)=1)")
        }
        guard ReviewAuthor.isValidName(authorOverride) else {
            throw WriteError(path: authorOverride, reason: "not a valid account name")
        }
        self.corpusDirectory = corpusDirectory
        author = authorOverride
    }

    public static func reviewsDirectory(of corpus: URL) -> URL {
        corpus.appendingPathComponent("reviews", isDirectory: true)
    }

    public var url: URL { Self.reviewsDirectory(of: corpusDirectory).appendingPathComponent("\(author).jsonl") }

    /// Appends one entry; returns when it is on disk. The entry's author must be this journal's.
    public func append(_ entry: ReviewEntry) throws {
        let path = url.path
        guard entry.author == author else {
            throw WriteError(path: path, reason: "refused: the entry's author '\(entry.author)' is not the journal's '\(author)'")
        }
        if let reason = entry.invalidReason { throw WriteError(path: path, reason: "refused: \(reason)") }
        let line = try entry.journalLine()
        guard line.count <= Self.maxLineBytes else {
            throw WriteError(path: path, reason: "refused: the entry is \(line.count) bytes; the limit is \(Self.maxLineBytes)")
        }
        try ensureReviewsDirectory()

        // O_NOFOLLOW: a symbolic link planted in a shared directory is not followed.
        let fd = open(path, O_APPEND | O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o664)
        guard fd >= 0 else {
            let e = errno
            if e == ELOOP { throw WriteError(path: path, reason: "refused: the journal is a symbolic link") }
            if e == EACCES, let owner = Self.owner(ofPath: path), owner != geteuid() {
                throw Self.foreignOwner(path: path, owner: owner)
            }
            throw WriteError(path: path, reason: "cannot open the journal: \(String(cString: strerror(e)))")
        }
        var closed = false
        defer { if !closed { close(fd) } }

        var info = stat()
        guard fstat(fd, &info) == 0 else { throw WriteError(path: path, reason: "cannot stat the journal: \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw WriteError(path: path, reason: "refused: the journal is not a regular file") }
        guard info.st_uid == geteuid() else { throw Self.foreignOwner(path: path, owner: info.st_uid) }

        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw WriteError(path: path, reason: "cannot lock the journal: \(String(cString: strerror(errno)))") }
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
            let reason = written < 0 ? String(cString: strerror(writeErrno)) : "short write (\(written) of \(bytes.count) bytes)"
            throw WriteError(path: path, reason: "cannot append: \(reason)")
        }
        // Durable before returning; done outside the lock so that concurrent sessions share a journal commit.
        guard fsync(fd) == 0 else { throw WriteError(path: path, reason: "cannot fsync: \(String(cString: strerror(errno)))") }
        closed = true
        guard close(fd) == 0 else { throw WriteError(path: path, reason: "cannot close: \(String(cString: strerror(errno)))") }
    }

    /// Creates `reviews/` when missing: mode 02775 less the umask, setgid so that journals take the
    /// directory's group. An existing directory is never changed.
    private func ensureReviewsDirectory() throws {
        let dir = Self.reviewsDirectory(of: corpusDirectory).path
        if mkdir(dir, 0o775) == 0 {
            var info = stat()
            if stat(dir, &info) == 0 { chmod(dir, (info.st_mode & 0o777) | S_ISGID) }
            let parent = open(corpusDirectory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if parent >= 0 {
                fsync(parent)
                close(parent)
            }
            return
        }
        let e = errno
        var info = stat()
        if e == EEXIST, lstat(dir, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw WriteError(path: dir, reason: "refused: not a directory") }
            return
        }
        throw WriteError(path: dir, reason: "cannot create the reviews directory: \(String(cString: strerror(e)))")
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

    static func owner(ofPath path: String) -> uid_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_uid : nil
    }

    static func accountName(_ uid: uid_t) -> String {
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name { return "\(String(cString: name)) (uid \(uid))" }
        return "uid \(uid)"
    }

    static func foreignOwner(path: String, owner: uid_t) -> WriteError {
        WriteError(path: path, reason: "refused: this journal belongs to \(accountName(owner)), not to you, "
                   + "\(accountName(geteuid())); ipap writes only your own journal")
    }
}
