import SafeText

/// The checks that need the whole corpus and its taxonomy: ids, references, regions, dates.
struct DocumentChecks: Sendable {
    let taxonomy: Taxonomy
    /// The documents and the files they were read from, in the same order.
    let documents: [PolicyDocument]
    let files: [FileReference]
    /// Ids of document files that failed to load (`CorpusLoader`): a reference to one is not a problem of its own.
    var unreadIDs: Set<String> = []

    /// Each document's problems, in document order: the documents are checked in parallel (on a large corpus
    /// this was the one part of loading on a single core), the duplicate ids found first, in order.
    func run() -> [PendingProblem] {
        var firstFile: [String: FileReference] = [:]
        var duplicateOf = [FileReference?](repeating: nil, count: documents.count)
        for i in documents.indices {
            if let other = firstFile[documents[i].id] { duplicateOf[i] = other } else { firstFile[documents[i].id] = files[i] }
        }
        let ids = Set(firstFile.keys)
        let checks = self, duplicates = duplicateOf
        return ParallelMap.map(documents.count) { i in checks.problems(of: i, ids: ids, duplicateOf: duplicates[i]) }.flatMap { $0 }
    }

    /// The problems of document `index`; `duplicateOf`: the file of an earlier document with its id.
    private func problems(of index: Int, ids: Set<String>, duplicateOf: FileReference?) -> [PendingProblem] {
        var problems: [PendingProblem] = []
        let doc = documents[index], file = files[index]
        func report(_ path: [JSONNode.PathComponent], _ zh: String, _ en: String) {
            problems.append(PendingProblem(file: file, path: path, message: LocalizedText(zh: zh, en: en)))
        }
        if !Self.isValidID(doc.id) {
            report([.key("id")], "id“\(doc.id.prefix(40))…”只能由小写 ASCII 字母、数字和 - 组成，最多 \(Self.maxIDLength) 个字符",
                   "id '\(doc.id.prefix(40))…' must be lower-case ASCII letters, digits and '-', at most \(Self.maxIDLength) characters")
        }
        if let other = duplicateOf {
            report([.key("id")], "id“\(doc.id)”重复（另见 \(other.displayPath)）；本文件未载入", "duplicate id '\(doc.id)' (also in \(other.displayPath)); this file is left out")
        }
        for (i, issuer) in doc.issuers.enumerated() where taxonomy.issuer(issuer) == nil {
            report([.key("issuers"), .index(i)], "未知发文机关“\(issuer)”（不在 issuers.json 中）", "unknown issuer '\(issuer)' (not in issuers.json)")
        }
        for (i, area) in doc.actionAreas.ids.enumerated() where taxonomy.area(area) == nil {
            report([.key("actionAreas"), .key("ids"), .index(i)], "未知行动领域“\(area)”（不在 action-areas.json 中）", "unknown action area '\(area)' (not in action-areas.json)")
        }
        for (i, base) in doc.basedOn.enumerated() {
            if base == doc.id {
                report([.key("basedOn"), .index(i)], "文件不能以自身为依据", "a document cannot be based on itself")
            } else if !ids.contains(base) && !unreadIDs.contains(base) {
                report([.key("basedOn"), .index(i)], "basedOn 中的“\(base)”不是本语料的文件", "basedOn names '\(base)', which is not a document of this corpus")
            }
        }
        // The level follows the issuer (docs/data-format.md): a document whose every issuer is local cannot be
        // central, nor the other way round (四川省人民政府 marked national lost its region and its province).
        let issuerLevels = doc.issuers.compactMap { taxonomy.issuer($0)?.level }
        if !issuerLevels.isEmpty, issuerLevels.count == doc.issuers.count, issuerLevels.allSatisfy({ $0.isCentral != doc.level.isCentral }) {
            let names = doc.issuers.compactMap { taxonomy.issuer($0) }
            report([.key("level")], "级别 \(doc.level.rawValue) 与发文机关不符（\(names.map(\.zh).joined(separator: "、")) 为\(doc.level.isCentral ? "地方" : "中央")机关）",
                   "level \(doc.level.rawValue) does not match the issuers (\(names.map(\.en).joined(separator: ", ")) \(names.count == 1 ? "is" : "are") \(doc.level.isCentral ? "local" : "central"))")
        }
        switch (doc.level, doc.region) {
        case (.provincial, nil), (.municipal, nil):
            report([.key("region")], "\(doc.level.name.zh)文件须有 region（行政区划代码）", "a \(doc.level.rawValue) document needs a region (a division code)")
        case (_, let code?) where taxonomy.division(code) == nil:
            report([.key("region")], "未知地区“\(code)”（不是 divisions.json 中的行政区划代码）", "unknown region '\(code)' (not a division code in divisions.json)")
        case (.national, _?), (.ministerial, _?):
            report([.key("region")], "\(doc.level.name.zh)文件没有地区；region 应为 null", "a \(doc.level.rawValue) document has no region; use null")
        default:
            break
        }
        if let written = doc.dateWritten, let published = doc.datePublished, published < written {
            report([.key("datePublished")], "发布日期 \(published) 早于成文日期（\(written)）", "published \(published) before it was written (\(written))")
        }
        // A claim that something was seen names where; a record that saw nothing claims no field.
        let seen = doc.source.seen
        if seen.place != .notSeen && (seen.url ?? "").trimmingWhitespace().isEmpty {
            report([.key("source"), .key("seen")], "source.seen 称见于 \(seen.place.rawValue)，却没有所见之处的 URL", "source.seen claims \(seen.place.rawValue) without the URL where it was seen")
        }
        if (seen.place == .officialSite || seen.place == .thirdPartyRepost) && seen.fields.isEmpty {
            report([.key("source"), .key("seen"), .key("fields")], "source.seen 没有列出在 \(seen.place.rawValue) 核实的字段", "source.seen names no field that was seen at \(seen.place.rawValue)")
        }
        if seen.place == .notSeen && !seen.fields.isEmpty {
            report([.key("source"), .key("seen"), .key("fields")], "source.seen 为 not-seen，却列出了字段", "source.seen says not-seen but lists fields")
        }
        if doc.title.trimmingWhitespace().isEmpty {
            report([.key("title")], "标题为空", "the title is empty")
        }
        // What the import refuses (terminal escapes, bidi overrides in metadata shown on analysts' terminals
        // and in reports) is a problem in a document written or edited by hand too.
        let fields: [([JSONNode.PathComponent], String, String?)] = [
            ([.key("title")], "title", doc.title), ([.key("number")], "number", doc.number),
            ([.key("issuerText")], "issuerText", doc.issuerText), ([.key("source"), .key("url")], "source.url", doc.source.url),
        ]
        // Each control character at its own column (the first few; the last named says how many more).
        for (path, field, value) in fields {
            guard let value else { continue }
            problems += PendingProblem.controlCharacters(in: value, field: field, path: path, file: file)
        }
        // Extra values are free text and may hold line breaks, as in the import.
        for (key, value) in doc.extra.sorted(by: { $0.key < $1.key }) {
            if let c = ControlCharacters.first(in: key) {
                let message = LocalizedText.controlCharacter(c, in: "extra field '\(key)'")
                report([.key("extra"), .key(key)], message.zh, message.en)
            } else {
                problems += PendingProblem.controlCharacters(in: value, field: "extra field '\(key)'", path: [.key("extra"), .key(key)],
                                                             file: file, lineBreaksAllowed: true)
            }
        }
        return problems
    }

    /// Ids name files (`documents/<id>.json`, with temporary names beside them): kept well under the
    /// 255-byte file-name limit of common file systems.
    public static let maxIDLength = 200

    static func isValidID(_ id: String) -> Bool {
        guard id.utf8.count <= maxIDLength, let first = id.unicodeScalars.first, first.isLowerAlphanumericASCII else { return false }
        return id.unicodeScalars.allSatisfy { $0.isLowerAlphanumericASCII || $0 == "-" }
    }
}

/// Findings must point at things that exist and cite a source the corpus lists.
struct FindingChecks {
    let taxonomy: Taxonomy
    let documentIDs: Set<String>
    let citationIDs: Set<String>
    let findings: [Finding]
    let file: FileReference

    func run() -> [PendingProblem] {
        var problems: [PendingProblem] = []
        var seen = Set<String>()
        for (i, finding) in findings.enumerated() {
            func report(_ path: [JSONNode.PathComponent], _ zh: String, _ en: String) {
                problems.append(PendingProblem(file: file, path: [.key("findings"), .index(i)] + path, message: LocalizedText(zh: zh, en: en)))
            }
            if !seen.insert(finding.id).inserted {
                report([.key("id")], "结论 id“\(finding.id)”重复", "duplicate finding id '\(finding.id)'")
            }
            if let family = finding.family, !taxonomy.problems.families.contains(where: { $0.id == family }) {
                report([.key("family")], "未知问题类别“\(family)”", "unknown problem family '\(family)'")
            }
            if !citationIDs.contains(finding.citation.source) {
                report([.key("citation"), .key("source")], "引用了 corpus.json 未列出的“\(finding.citation.source)”", "cites '\(finding.citation.source)', which corpus.json does not list")
            }
            for (j, subject) in finding.about.enumerated() {
                let known: Bool
                switch subject.kind {
                case .province: known = taxonomy.division(subject.id) != nil
                case .issuer: known = taxonomy.issuer(subject.id) != nil
                case .document: known = documentIDs.contains(subject.id)
                case .area: known = taxonomy.area(subject.id) != nil
                case .corpus: known = true
                }
                if !known {
                    report([.key("about"), .index(j), .key("id")], "未知\(Self.kindName(subject.kind))“\(subject.id)”", "unknown \(subject.kind.rawValue) '\(subject.id)'")
                }
            }
        }
        return problems
    }

    static func kindName(_ kind: Finding.Subject.Kind) -> String {
        switch kind {
        case .province: "省份"
        case .issuer: "发文机关"
        case .document: "文件"
        case .area: "行动领域"
        case .corpus: "语料"
        }
    }
}

extension Unicode.Scalar {
    var isLowerAlphanumericASCII: Bool {
        ("a"..."z").contains(self) || ("0"..."9").contains(self)
    }
}
