import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every analyst's journal of a corpus, read together, with the effective state of the review:
/// undone entries left out, the latest override per clause and field, tags, notes and ratings per target.
/// Loading never writes. A torn or corrupt line is a `Problem` (file, line, column 1) and is skipped;
/// the lines after it are read as usual.
public struct ReviewStore: Sendable {
    /// A loaded entry and where it came from.
    public struct Located: Sendable, Hashable {
        public var entry: ReviewEntry
        /// The path shown in messages (`<corpus>/reviews/alice.jsonl`).
        public var file: String
        public var line: Int

        public init(entry: ReviewEntry, file: String, line: Int) {
            self.entry = entry
            self.file = file
            self.line = line
        }
    }

    /// Every valid entry of every journal (including undo entries and undone ones), newest first.
    public private(set) var all: [Located]
    /// Valid entries that are in effect: not undo entries, not undone; newest first.
    public private(set) var active: [ReviewEntry]
    /// Ids of entries reversed by an effective undo.
    public private(set) var undone: Set<String>
    /// Overrides in effect that do not count, by the one rule of `overrides` (the latest in effect per document,
    /// clause and field): each one's id → the override that counts instead. Listings mark them, so that two
    /// analysts' codes of one clause are not both read as in effect.
    public private(set) var superseded: [String: ReviewEntry]
    /// Torn, corrupt or inconsistent lines, in file and line order.
    public private(set) var problems: [Problem]
    /// What the journals looked like when they were read: compare with `ReviewStore.stamp(of:)`.
    public private(set) var stamp: Stamp

    /// (mtime, size) of each journal: the dashboard re-reads when this changes.
    public struct Stamp: Sendable, Hashable {
        public struct FileStamp: Sendable, Hashable {
            public var seconds: Int
            public var nanoseconds: Int
            public var size: Int
        }

        public var files: [String: FileStamp]

        public static let empty = Stamp(files: [:])
    }

    public init(entries: [Located], problems: [Problem] = [], stamp: Stamp = .empty) {
        self.problems = problems
        self.stamp = stamp
        all = []
        active = []
        undone = []
        superseded = [:]
        resolve(entries)
    }

    public static let empty = ReviewStore(entries: [])

    // MARK: Reading

    /// The journal files of a corpus (`reviews/*.jsonl`, hidden files skipped), sorted by name.
    public static func journalNames(in corpusDirectory: URL) -> [String] {
        let dir = ReviewJournal.reviewsDirectory(of: corpusDirectory).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted()
    }

    /// A cheap look at the journals (stat only).
    public static func stamp(of corpusDirectory: URL) -> Stamp {
        let dir = ReviewJournal.reviewsDirectory(of: corpusDirectory)
        var files: [String: Stamp.FileStamp] = [:]
        for name in journalNames(in: corpusDirectory) {
            var info = stat()
            if stat(dir.appendingPathComponent(name).path, &info) == 0 {
                files[name] = Stamp.FileStamp(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
                                              size: Int(info.st_size))
            }
        }
        return Stamp(files: files)
    }

    /// Whether a journal's entries are attributed by the file's owner (always, outside tests).
    public enum Attribution: Sendable {
        /// The owner's account must be the journal's name: nobody's entries are shown under another name.
        case byOwner
        /// Names are trusted: tests that write several analysts' journals from one account (no shipped
        /// command asks for it).
        case byName
    }

    struct ForeignJournal: Error {
        let message: LocalizedText
    }

    /// The author a journal file may hold entries of, or why it is foreign: `<name>.jsonl` must belong to the
    /// account `<name>`; `<name>+uid<N>.jsonl` (the fallback of an analyst whose name was taken) to uid N.
    static func journalAuthor(name: String, owner: uid_t, attribution: Attribution) -> Result<String, ForeignJournal> {
        let stem = String(name.dropLast(".jsonl".count))
        var author = stem
        var expectedUID: uid_t?
        if let plus = stem.range(of: "+uid") {
            author = String(stem[..<plus.lowerBound])
            guard let uid = uid_t(stem[plus.upperBound...]) else { return .failure(ForeignJournal(message: LocalizedText(zh: "不是审阅日志的文件名（<账户>.jsonl）", en: "not a journal name (<account>.jsonl)"))) }
            expectedUID = uid
        }
        if attribution == .byName { return .success(author) }
        guard ReviewAuthor.name(of: owner) == author, expectedUID == nil || expectedUID == owner else {
            let ownerName = ReviewJournal.accountName(owner)
            return .failure(ForeignJournal(message: LocalizedText(
                zh: "他人的日志：该文件属于 \(ownerName)，不属于 \(author)；其中的记录不予显示（分析员的日志只能由本人账户写入）",
                en: "foreign journal: the file belongs to \(ownerName), not to '\(author)'; its entries are not shown (only an analyst's own account writes their journal)")))
        }
        return .success(author)
    }

    /// Reads every journal; `displayPath` is how the corpus directory is named in problems.
    public static func load(_ corpusDirectory: URL, displayPath: String? = nil,
                            attribution: Attribution = .byOwner) -> ReviewStore {
        let root = displayPath ?? corpusDirectory.path
        let dir = ReviewJournal.reviewsDirectory(of: corpusDirectory)
        let stamp = stamp(of: corpusDirectory)  // before reading: a write after this shows as a change
        // A bundled corpus's journals are in the state directory: named by their path there.
        let bundled = DataDirectory.isBundled(corpusDirectory)
        var entries: [Located] = []
        var problems: [Problem] = []
        for name in journalNames(in: corpusDirectory) {
            let display = bundled ? dir.appendingPathComponent(name).path : (root.hasSuffix("/") ? root : root + "/") + "reviews/" + name
            let path = dir.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                problems.append(Problem(file: display, LocalizedText(zh: "不是普通文件；已跳过", en: "not a regular file; skipped")))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(Problem(file: display, LocalizedText(zh: "无法读取审阅日志；已跳过", en: "cannot read the journal; skipped")))
                continue
            }
            let journalAuthor: String
            switch Self.journalAuthor(name: name, owner: info.st_uid, attribution: attribution) {
            case .failure(let foreign):
                problems.append(Problem(file: display, foreign.message))
                continue
            case .success(let a):
                journalAuthor = a
            }
            if attribution == .byOwner, info.st_mode & 0o022 != 0 {
                let mode = String(info.st_mode & 0o777, radix: 8)
                problems.append(Problem(file: display, LocalizedText(
                    zh: "其他人可写（权限 \(mode)）：其中的记录未必都出自其所有者；所有者下次用 ipap 写入时会改为 644（或：chmod 644）",
                    en: "writable by others (mode \(mode)): its entries may not all be its owner's; the owner's next ipap write makes it 644 (or: chmod 644)")))
            }
            let (found, bad) = parse(data, file: display, author: journalAuthor)
            entries += found
            problems += bad
        }
        return ReviewStore(entries: entries, problems: problems, stamp: stamp)
    }

    /// Parses one journal's bytes. Entries whose author is not the journal's are refused (nobody writes in
    /// another analyst's name), as are duplicate ids within the journal.
    public static func parse(_ data: Data, file: String, author: String) -> ([Located], [Problem]) {
        var entries: [Located] = []
        var problems: [Problem] = []
        var seen = Set<String>()
        let decoder = JSONDecoder()
        let bytes = [UInt8](data)
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let terminated = end < bytes.count
            let line = bytes[start..<end]
            start = end + 1
            func problem(_ zh: String, _ en: String) {
                problems.append(Problem(file: file, position: SourcePosition(line: lineNumber, column: 1), LocalizedText(zh: zh, en: en)))
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }  // blank lines
            guard terminated else {
                problem("最后一行不完整（写入尚未完成或被中断）；已跳过", "incomplete last line (a write in progress or interrupted); skipped")
                continue
            }
            guard String(validating: line, as: UTF8.self) != nil else {
                problem("该行不是有效的 UTF-8（残缺或损坏）；已跳过（日志的所有者运行 ipap review repair 可把它移到旁存文件）",
                        "the line is not valid UTF-8 (torn or corrupt); skipped (the journal's owner can move it aside with ipap review repair)")
                continue
            }
            let entry: ReviewEntry
            do {
                entry = try decoder.decode(ReviewEntry.self, from: Data(line))
            } catch {
                let why = describe(error)
                problem("不是有效的审阅记录（残缺或损坏的行）：\(why.zh)；已跳过（日志的所有者运行 ipap review repair 可把它移到旁存文件）",
                        "not a valid review entry (torn or corrupt line): \(why.en); skipped (the journal's owner can move it aside with ipap review repair)")
                continue
            }
            if let reason = entry.invalidReason {
                problem("\(reason.zh)；已跳过", "\(reason.en); skipped")
                continue
            }
            guard entry.author == author else {
                problem("\(author) 的日志中有 \(entry.author) 的记录；已跳过（每位分析员只写自己的日志）", "entry by '\(entry.author)' in \(author)'s journal; skipped (each analyst writes only their own)")
                continue
            }
            guard seen.insert(entry.id).inserted else {
                problem("记录 id“\(entry.id)”重复；已跳过", "duplicate entry id '\(entry.id)'; skipped")
                continue
            }
            entries.append(Located(entry: entry, file: file, line: lineNumber))
        }
        return (entries, problems)
    }

    private static func describe(_ error: Error) -> LocalizedText {
        let malformed = LocalizedText(zh: "JSON 格式错误", en: "malformed JSON")
        switch error {
        case DecodingError.keyNotFound(let key, _): return LocalizedText(zh: "缺少“\(key.stringValue)”", en: "missing '\(key.stringValue)'")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return LocalizedText(zh: "“\(path)”的类型不对", en: "wrong type at '\(path)'")
        case DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? malformed : LocalizedText(zh: "“\(path)”的值无效", en: "invalid value at '\(path)'")
        default: return malformed
        }
    }

    // MARK: Effective state

    private mutating func resolve(_ entries: [Located]) {
        // Newest first: time, then a later line of the same journal, then author (a stable order).
        all = entries.sorted { a, b in
            if a.entry.time != b.entry.time { return a.entry.time > b.entry.time }
            if a.file != b.file { return a.file > b.file }
            return a.line > b.line
        }
        var byID: [String: ReviewEntry] = [:]
        for l in all where byID[l.entry.id] == nil { byID[l.entry.id] = l.entry }
        // An undo takes effect when it is itself in effect (undoing an undo restores the entry) and when
        // its author wrote the entry it undoes: nobody retracts another analyst's work.
        var undoers: [String: [ReviewEntry]] = [:]
        for l in all where l.entry.kind == .undo {
            if let id = l.entry.undoes, let target = byID[id], target.author == l.entry.author {
                undoers[id, default: []].append(l.entry)
            }
        }
        var memo: [String: Bool] = [:]
        func isUndone(_ id: String, depth: Int) -> Bool {
            if let m = memo[id] { return m }
            guard depth < 64 else { return false }
            let result = (undoers[id] ?? []).contains { !isUndone($0.id, depth: depth + 1) }
            memo[id] = result
            return result
        }
        undone = Set(byID.keys.filter { isUndone($0, depth: 0) })
        active = all.map(\.entry).filter { $0.kind != .undo && !undone.contains($0.id) }
        let counting = overrides
        for e in active {
            guard let key = e.overrideKey, let winner = counting[key], winner.id != e.id else { continue }
            superseded[e.id] = winner
        }
    }

    public var isEmpty: Bool { all.isEmpty }

    /// The analysts of the entries in effect: one whose every entry is undone has none of them.
    public var authors: [String] { Array(Set(active.map(\.author))).sorted() }

    /// Where an entry was read from.
    public func location(of id: String) -> Located? { all.first { $0.entry.id == id } }

    /// Entries by filter, newest first. By default the effective entries; `includeRetracted` lists the
    /// whole journals (undo entries and undone entries too).
    public func entries(_ filter: ReviewFilter = ReviewFilter()) -> [ReviewEntry] {
        let pool = filter.includeRetracted ? all.map(\.entry) : active
        return pool.filter(filter.matches)
    }

    /// Everything in effect about a thing (any span or clause of it), newest first.
    public func entries(about subject: ReviewSubject) -> [ReviewEntry] {
        active.filter { $0.target.subject == subject }
    }

    /// Things with at least one entry in effect: the dashboard marks them as reviewed.
    public var reviewedSubjects: Set<ReviewSubject> { Set(active.map(\.target.subject)) }

    /// Tags on a thing (from every analyst), sorted.
    public func tags(on subject: ReviewSubject) -> [String] {
        Array(Set(entries(about: subject).flatMap { $0.tags ?? [] })).sorted()
    }

    /// Tags in use, most used first (then alphabetically): for completion.
    public var allTags: [String] {
        var counts: [String: Int] = [:]
        for e in active { for t in e.tags ?? [] { counts[t, default: 0] += 1 } }
        return counts.keys.sorted { counts[$0] != counts[$1] ? counts[$0] ?? 0 > counts[$1] ?? 0 : $0 < $1 }
    }

    public func notes(on subject: ReviewSubject) -> [ReviewEntry] {
        entries(about: subject).filter { $0.note != nil }
    }

    public func ratings(on subject: ReviewSubject) -> [ReviewEntry] {
        entries(about: subject).filter { $0.kind == .rating }
    }

    /// A clause's manual code for a field.
    public struct OverrideKey: Sendable, Hashable {
        public var document: String
        public var clause: Int
        public var field: ReviewOverride.Field

        public init(document: String, clause: Int, field: ReviewOverride.Field) {
            self.document = document
            self.clause = clause
            self.field = field
        }
    }

    /// The override in effect per document, clause and field: the latest by any analyst.
    public var overrides: [OverrideKey: ReviewEntry] { latestOverrides(active) }

    /// The latest override in effect per analyst, document, clause and field: what coder agreement compares.
    public func overrides(by author: String) -> [OverrideKey: ReviewEntry] {
        latestOverrides(active.filter { $0.author == author })
    }

    /// The rule that decides which override counts: of `entries` (newest first), the first seen per key wins.
    private func latestOverrides(_ entries: [ReviewEntry]) -> [OverrideKey: ReviewEntry] {
        var result: [OverrideKey: ReviewEntry] = [:]
        for e in entries {
            guard let key = e.overrideKey else { continue }
            if result[key] == nil { result[key] = e }
        }
        return result
    }

    /// The analyst's newest entry still in effect: what `u` undoes next.
    public func lastUndoable(by author: String) -> ReviewEntry? {
        active.first { $0.author == author }
    }

    /// The newest entry in effect among `ids` (those one dashboard session wrote): what its `u` undoes.
    public func lastUndoable(among ids: Set<String>) -> ReviewEntry? {
        active.first { ids.contains($0.id) }
    }
}

extension ReviewEntry {
    /// The clause and field an override codes; nil for any other entry.
    var overrideKey: ReviewStore.OverrideKey? {
        guard kind == .override, let o = override, let clause = target.clause else { return nil }
        return ReviewStore.OverrideKey(document: target.id, clause: clause, field: o.field)
    }

    /// How every listing marks an override that `winner` outranks (`ReviewStore.superseded`).
    public static func supersededMark(by winner: ReviewEntry) -> LocalizedText {
        // Short, the word first: at 80 columns the dashboard's content column keeps little more than it.
        LocalizedText(zh: "【已被 \(winner.author) 取代】", en: "[superseded by \(winner.author)]")
    }
}

/// Which entries to list. Empty fields match everything.
public struct ReviewFilter: Sendable, Hashable {
    public var author: String?
    public var tag: String?
    public var target: String?
    public var targetKind: ReviewTarget.Kind?
    public var kind: ReviewKind?
    public var includeRetracted: Bool

    public init(author: String? = nil, tag: String? = nil, target: String? = nil, targetKind: ReviewTarget.Kind? = nil,
                kind: ReviewKind? = nil, includeRetracted: Bool = false) {
        self.author = author
        self.tag = tag
        self.target = target
        self.targetKind = targetKind
        self.kind = kind
        self.includeRetracted = includeRetracted
    }

    public func matches(_ e: ReviewEntry) -> Bool {
        if let author, e.author != author { return false }
        if let tag, !(e.tags ?? []).contains(tag) { return false }
        if let target, e.target.id != target { return false }
        if let targetKind, e.target.kind != targetKind { return false }
        if let kind, e.kind != kind { return false }
        return true
    }
}
