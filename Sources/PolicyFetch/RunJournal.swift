import Foundation
import Glibc
import PolicyModel

/// `fetch/run.json` in the corpus: present while a run is unfinished. It holds when the run started and the
/// run's process; a run that finds one whose process is gone resumes it (pages the cache got since that start
/// are used without a request), and one whose process is alive is another analyst's run: refused. The corpus
/// folder is also locked (flock) for the run, so two runs never start at once.
struct RunJournal {
    let file: URL
    let corpus: URL
    private var lockFD: Int32 = -1

    struct State: Codable {
        var started: String
        var pid: Int32
    }

    init(corpus: URL) {
        self.corpus = corpus
        file = corpus.appendingPathComponent("fetch/run.json")
    }

    /// Starts or resumes a run; returns the start of the run it resumes, if any.
    func begin() throws -> String? {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(file.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw CorpusFetcher.Failure(text: LocalizedText(zh: "无法打开", en: "cannot open").then(FileError.reasonText(errno: errno)).at(file.deletingLastPathComponent().path)) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            let run = previous()
            let zh = run.map { "（进程 \($0.pid)，开始于 \($0.started)）" } ?? "", en = run.map { " (process \($0.pid), started \($0.started))" } ?? ""
            throw CorpusFetcher.Failure(text: LocalizedText(zh: "本语料上已有另一个 ipap fetch 在运行\(zh)；请等它结束",
                                                            en: "another ipap fetch is running on this corpus\(en); wait for it to finish"))
        }
        Self.locks.store(fd, for: file.path)
        let earlier = previous()
        let started = earlier?.started ?? PoliteClient.timestamp()
        try AtomicFile.write(try ImportWriter.encode(State(started: started, pid: getpid())), to: file)
        return earlier?.started
    }

    func previous() -> State? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return try? JSONDecoder().decode(State.self, from: data)
    }

    /// The run is complete: nothing to resume.
    func finish() {
        unlink(file.path)
    }

    /// Drops the lock (the journal stays unless `finish` removed it).
    func release() {
        if let fd = Self.locks.remove(file.path) { close(fd) }
    }

    /// Lock descriptors by journal path (RunJournal is a value; the descriptor outlives the call that took it).
    static let locks = LockTable()

    final class LockTable: @unchecked Sendable {
        private let lock = NSLock()
        private var fds: [String: Int32] = [:]

        func store(_ fd: Int32, for path: String) {
            lock.lock()
            fds[path] = fd
            lock.unlock()
        }

        func remove(_ path: String) -> Int32? {
            lock.lock()
            defer { lock.unlock() }
            return fds.removeValue(forKey: path)
        }
    }
}
