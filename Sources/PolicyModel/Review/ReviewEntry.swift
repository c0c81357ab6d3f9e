import Foundation
import SafeText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One review action, as one line of an analyst's journal (`reviews/<user>.jsonl`).
/// Entries are never edited: an undo is a new entry naming the one it reverses (`undoes`).
///
/// ```json
/// {"schema":1,"id":"20250301T080910.123Z-alice-5f3a9c1e","time":"2025-03-01T08:09:10.123Z","author":"alice",
///  "kind":"tag","target":{"kind":"document","id":"gf-2015-40","span":[120,168]},"tags":["copied-goals"]}
/// ```
public struct ReviewEntry: Codable, Sendable, Hashable, Identifiable {
    public static let schemaVersion = 1

    public var schema: Int
    /// Unique: compact time, author and a random suffix.
    public var id: String
    /// ISO-8601 UTC with milliseconds: `2025-03-01T08:09:10.123Z` (sorts as text).
    public var time: String
    /// The OS account that wrote the entry; always the journal's owner.
    public var author: String
    public var kind: ReviewKind
    public var target: ReviewTarget
    public var tags: [String]?
    /// Free text, several lines, any script.
    public var note: String?
    public var rating: ReviewRating?
    public var override: ReviewOverride?
    /// For `undo`: the id of the entry it reverses.
    public var undoes: String?

    public init(id: String? = nil, time: Date = Date(), author: String, kind: ReviewKind, target: ReviewTarget,
                tags: [String]? = nil, note: String? = nil, rating: ReviewRating? = nil,
                override: ReviewOverride? = nil, undoes: String? = nil) {
        schema = Self.schemaVersion
        let stamp = ReviewTime.format(time)
        self.time = stamp
        self.id = id ?? ReviewEntry.makeID(time: stamp, author: author)
        self.author = author
        self.kind = kind
        self.target = target
        self.tags = tags
        self.note = note
        self.rating = rating
        self.override = override
        self.undoes = undoes
    }

    // MARK: Constructors for each kind

    public static func tag(_ tags: [String], on target: ReviewTarget, author: String, note: String? = nil) -> ReviewEntry {
        ReviewEntry(author: author, kind: .tag, target: target, tags: tags, note: note)
    }

    public static func note(_ text: String, on target: ReviewTarget, author: String) -> ReviewEntry {
        ReviewEntry(author: author, kind: .note, target: target, note: text)
    }

    public static func rating(_ rating: ReviewRating, on target: ReviewTarget, author: String, note: String? = nil) -> ReviewEntry {
        ReviewEntry(author: author, kind: .rating, target: target, note: note, rating: rating)
    }

    /// An override of a clause's machine code: the target must name a document and a clause.
    public static func override(_ override: ReviewOverride, on target: ReviewTarget, author: String,
                                note: String? = nil) -> ReviewEntry {
        ReviewEntry(author: author, kind: .override, target: target, note: note, override: override)
    }

    /// The reversal of `entry` (same target), written by `author`.
    public static func undo(_ entry: ReviewEntry, author: String) -> ReviewEntry {
        ReviewEntry(author: author, kind: .undo, target: entry.target, undoes: entry.id)
    }

    /// `20250301T080910.123Z-alice-5f3a9c1e`.
    static func makeID(time: String, author: String) -> String {
        let compact = time.filter { $0 != "-" && $0 != ":" }
        let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(compact)-\(author)-\(String(repeating: "0", count: 8 - suffix.count))\(suffix)"
    }

    /// The first control or bidi character in the text an analyst writes (tags, note, override value) and the
    /// field holding it: `review add` refuses them; a note keeps its line breaks.
    public var controlCharacter: (field: String, scalar: Unicode.Scalar)? {
        for tag in tags ?? [] { if let c = ControlCharacters.first(in: tag) { return ("tag", c) } }
        if let note, let c = ControlCharacters.firstBesideLineBreaks(in: note) { return ("note", c) }
        if let value = override?.value, let c = ControlCharacters.first(in: value) { return ("override value", c) }
        return nil
    }

    /// What is wrong with the entry as a journal line, in both languages, or nil. Checked before writing and
    /// after reading.
    public var invalidReason: LocalizedText? {
        if schema != Self.schemaVersion {
            return LocalizedText(zh: "不支持的格式版本 \(schema)（本 ipap 读取版本 1）", en: "unsupported schema \(schema) (this ipap reads schema 1)")
        }
        if id.isEmpty { return LocalizedText(zh: "id 为空", en: "empty id") }
        if ReviewTime.parse(time) == nil {
            return LocalizedText(zh: "时间“\(time)”不是 ISO-8601 UTC 格式（YYYY-MM-DDThh:mm:ss.sssZ）", en: "time '\(time)' is not ISO-8601 UTC (YYYY-MM-DDThh:mm:ss.sssZ)")
        }
        if !ReviewAuthor.isValidName(author) {
            return LocalizedText(zh: "作者“\(author)”不是有效的账户名", en: "author '\(author)' is not a valid account name")
        }
        if target.id.isEmpty { return LocalizedText(zh: "对象 id 为空", en: "empty target id") }
        if let span = target.span, span.count != 2 || span[0] < 0 || span[1] < span[0] {
            return LocalizedText(zh: "span 须为 [起点, 终点]，且 0 <= 起点 <= 终点", en: "span must be [start, end] with 0 <= start <= end")
        }
        if let clause = target.clause, clause < 0 { return LocalizedText(zh: "条款序号为负数", en: "negative clause index") }
        switch kind {
        case .tag:
            guard let tags, !tags.isEmpty, tags.allSatisfy({ !$0.trimmingWhitespace().isEmpty }) else {
                return LocalizedText(zh: "标签记录至少需要一个非空标签", en: "a tag entry needs at least one non-empty tag")
            }
        case .note:
            guard let note, !note.trimmingWhitespace().isEmpty else {
                return LocalizedText(zh: "备注记录需要非空的备注", en: "a note entry needs a non-empty note")
            }
        case .rating:
            guard let rating, !rating.indicator.isEmpty else {
                return LocalizedText(zh: "评分记录需要带指标的评分", en: "a rating entry needs a rating with an indicator")
            }
        case .override:
            guard let override, !override.value.isEmpty else {
                return LocalizedText(zh: "更正记录需要字段和值", en: "an override entry needs a field and a value")
            }
            guard target.kind == .document, target.clause != nil else {
                return LocalizedText(zh: "更正的对象须是文件的某一条款（对象类型 document，并带条款序号）",
                                     en: "an override targets a document clause (target kind document with a clause index)")
            }
        case .undo:
            guard let undoes, !undoes.isEmpty else {
                return LocalizedText(zh: "撤销记录需要所撤销记录的 id", en: "an undo entry needs the id it undoes")
            }
        }
        return nil
    }

    enum CodingKeys: String, CodingKey { case schema, id, time, author, kind, target, tags, note, rating, override, undoes }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(time, forKey: .time)
        try c.encode(author, forKey: .author)
        try c.encode(kind, forKey: .kind)
        try c.encode(target, forKey: .target)
        try c.encodeIfPresent(tags, forKey: .tags)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encodeIfPresent(rating, forKey: .rating)
        try c.encodeIfPresent(override, forKey: .override)
        try c.encodeIfPresent(undoes, forKey: .undoes)
    }

    /// The journal line: compact JSON with sorted keys (no raw line breaks: they are escaped inside
    /// strings), then `\n`.
    public func journalLine() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = JSONEscaping.escapingControls(try encoder.encode(self))
        data.append(0x0A)
        return data
    }
}

public enum ReviewKind: String, Codable, Sendable, Hashable, CaseIterable {
    case tag, note, rating, override, undo
}

/// What an entry is about: a document (optionally a passage or a clause of it), a province, an issuer,
/// an action area or a problem indicator.
public struct ReviewTarget: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case document, province, issuer, area, indicator
    }

    public var kind: Kind
    /// Document id, division code, issuer id, area id or indicator id.
    public var id: String
    /// `[start, end)` in Unicode-scalar offsets of the document's stored text.
    public var span: [Int]?
    /// Clause index in the analysis of the document's text (`Clause.index`).
    public var clause: Int?

    public init(kind: Kind, id: String, span: (start: Int, end: Int)? = nil, clause: Int? = nil) {
        self.kind = kind
        self.id = id
        self.span = span.map { [$0.start, $0.end] }
        self.clause = clause
    }

    public static func document(_ id: String, span: (start: Int, end: Int)? = nil, clause: Int? = nil) -> ReviewTarget {
        ReviewTarget(kind: .document, id: id, span: span, clause: clause)
    }

    /// The thing without span or clause: what "reviewed" marks are attached to.
    public var subject: ReviewSubject { ReviewSubject(kind: kind, id: id) }
}

/// A reviewable thing (target without span or clause).
public struct ReviewSubject: Sendable, Hashable, Codable {
    public var kind: ReviewTarget.Kind
    public var id: String

    public init(kind: ReviewTarget.Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}

/// An analyst's judgement of a problem indicator for the target.
public struct ReviewRating: Codable, Sendable, Hashable {
    public enum Value: String, Codable, Sendable, Hashable, CaseIterable {
        case agree, disagree, unsure
    }

    public var value: Value
    /// The indicator id (problems.json) the rating is about.
    public var indicator: String

    public init(_ value: Value, indicator: String) {
        self.value = value
        self.indicator = indicator
    }
}

/// A manual code for a clause replacing the machine's: one policy tool or one action area.
public struct ReviewOverride: Codable, Sendable, Hashable {
    public enum Field: String, Codable, Sendable, Hashable, CaseIterable {
        case policyTool, actionArea
    }

    public var field: Field
    /// A tool id (`supply-talent`) or an area id (`e-commerce`).
    public var value: String
    /// The machine's codes for that field when the override was made (a clause may have several or none).
    public var previous: [String]?

    public init(field: Field, value: String, previous: [String]? = nil) {
        self.field = field
        self.value = value
        self.previous = previous
    }
}

/// Times as the journal writes them: `YYYY-MM-DDThh:mm:ss.sssZ`, UTC.
public enum ReviewTime {
    public static func format(_ date: Date) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t(total >= 0 ? total / 1000 : (total - 999) / 1000)
        let millis = Int(total - Int64(seconds) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(millis), 3))Z"
    }

    /// The date of a journal time, or nil when the text is not in the journal's format.
    public static func parse(_ text: String) -> Date? {
        let s = Array(text.utf8)
        guard s.count == 24, s[4] == 0x2D, s[7] == 0x2D, s[10] == 0x54, s[13] == 0x3A, s[16] == 0x3A, s[19] == 0x2E,
              s[23] == 0x5A else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var v = 0
            for i in range {
                guard s[i] >= 0x30 && s[i] <= 0x39 else { return nil }
                v = v * 10 + Int(s[i] - 0x30)
            }
            return v
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19), let millis = number(20..<23),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let seconds = timegm(&parts)
        return Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1000)
    }
}

/// The analyst: the OS account of the effective user.
public enum ReviewAuthor {
    /// `getpwuid(geteuid())`'s name; falls back to `uid<N>` when the account has no passwd entry.
    public static func current() -> String {
        name(of: geteuid())
    }

    /// The account name of `uid` as a journal names it; `uid<N>` when it has no valid passwd entry.
    public static func name(of uid: uid_t) -> String {
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name {
            let s = String(cString: name)
            if isValidName(s) { return s }
        }
        return "uid\(uid)"
    }

    /// Account names that can name a journal file: ASCII letters, digits, `.`, `_`, `-`, not starting with `.` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64, first != ".", first != "-" else {
            return false
        }
        return name.unicodeScalars.allSatisfy { c in
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "." || c == "_" || c == "-"
        }
    }
}
