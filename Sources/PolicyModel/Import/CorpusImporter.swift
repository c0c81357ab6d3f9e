import Foundation
import SafeText

/// `ipap import`: reads `SRC/manifest.csv` and the texts it lists, checks everything, and only then adds
/// the documents to a corpus directory (creating it if needed). Two steps so that nothing is written
/// unless every row is sound: `plan` collects every problem at once; `commit` writes.
public struct CorpusImporter: Sendable {
    public var source: URL
    public var destination: URL
    /// How the two directories are named in messages (as the user typed them).
    public var sourceDisplay: String
    public var destinationDisplay: String
    /// corpus.json `name` (new corpus: else the source folder's name; existing corpus: renames it).
    public var name: String?
    /// Marks the corpus and every imported document synthetic.
    public var synthetic: Bool
    /// Lets an id already in the corpus be replaced.
    public var replace: Bool
    /// Unknown issuers are errors (else warnings: the name is kept as written).
    public var strict: Bool
    /// Largest text file accepted, in bytes.
    public var maxFileSize: Int
    /// The shared taxonomy (a corpus's own `taxonomy/` overrides still apply).
    public var taxonomyDirectory: URL

    public static let defaultMaxFileSize = 20 * 1024 * 1024
    /// The day of the import (nil: not known): a date after it is a typing slip more often than not (2035 for 2015),
    /// said as a warning.
    let today: PolicyDate?
    public static let manifestName = "manifest.csv"
    /// The same list as an Excel workbook (first sheet, same columns).
    public static let workbookName = "manifest.xlsx"

    public init(source: URL, destination: URL, sourceDisplay: String? = nil, destinationDisplay: String? = nil,
                name: String? = nil, synthetic: Bool = false, replace: Bool = false, strict: Bool = false,
                maxFileSize: Int = CorpusImporter.defaultMaxFileSize, taxonomyDirectory: URL, today: PolicyDate? = nil) {
        self.source = source
        self.destination = destination
        self.sourceDisplay = sourceDisplay ?? source.path
        self.destinationDisplay = destinationDisplay ?? destination.path
        self.name = name
        self.synthetic = synthetic
        self.replace = replace
        self.strict = strict
        self.maxFileSize = maxFileSize
        self.taxonomyDirectory = taxonomyDirectory
        self.today = today
    }

    // MARK: - Plan

    /// Reads and checks everything; `progress(done, total)` after each manifest row.
    public func plan(progress: (Int, Int) -> Void = { _, _ in }) -> Result<ImportPlan, CorpusProblems> {
        let fm = FileManager.default
        var problems: [Problem] = []
        let loader = CorpusLoader(taxonomyDirectory: taxonomyDirectory)

        // The corpus as it is: absent (or an empty directory) is a new corpus; otherwise it must load cleanly.
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: destination.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            return .failure(CorpusProblems(problems: [Problem(file: destinationDisplay, LocalizedText(zh: "已存在且不是目录", en: "exists and is not a directory"))]))
        }
        let isNew = !exists || ((try? fm.contentsOfDirectory(atPath: destination.path))?.isEmpty ?? false)
        var existing: Corpus?
        let taxonomy: Taxonomy
        if isNew {
            let (t, p) = loader.loadTaxonomy()
            guard let t else { return .failure(CorpusProblems(problems: p)) }
            taxonomy = t
        } else {
            let result = loader.load(destination, displayPath: destinationDisplay)
            guard let corpus = result.corpus, result.problems.isEmpty else {
                return .failure(CorpusProblems(problems: result.problems + [Problem(
                    file: destinationDisplay,
                    LocalizedText(zh: "语料有问题，无法完整载入；请先修正（ipap validate --corpus \(destinationDisplay)）；未导入任何文件",
                                  en: "the corpus does not load cleanly; fix it first (ipap validate --corpus \(destinationDisplay)); nothing was imported"))]))
            }
            existing = corpus
            taxonomy = corpus.taxonomy
        }
        let existingIDs = Set(existing?.documents.map(\.id) ?? [])
        let corpusSynthetic = synthetic || (existing?.isSynthetic ?? false)

        // The manifest: manifest.csv or manifest.xlsx, read like every listed file (one linking out of SRC is refused too).
        let manifest: ManifestReader.Output
        let manifestDisplay: String
        switch readManifest() {
        case .failure(let problem):
            return .failure(CorpusProblems(problems: [problem]))
        case .success(let read):
            (manifest, manifestDisplay) = read
        }
        problems += manifest.problems

        let files = SourceFiles(root: source, maxBytes: maxFileSize)
        var documents: [PolicyDocument] = []
        var firstLine: [String: Int] = [:]
        var basedOnCells: [(base: String, position: SourcePosition)] = []
        var gb18030 = 0
        var unknownIssuers: [String: [(file: String, position: SourcePosition, manifestLine: Int)]] = [:]
        var unknownOrder: [String] = []
        var rowWarnings: [Problem] = []
        for (done, entry) in manifest.entries.enumerated() {
            defer { progress(done + 1, manifest.entries.count) }
            var row = RowContext(entry: entry, manifestDisplay: manifestDisplay, problems: [])
            let document = buildDocument(&row, taxonomy: taxonomy, files: files, synthetic: corpusSynthetic, gb18030: &gb18030)
            problems += row.problems
            rowWarnings += row.warnings
            for unknown in row.unknownIssuers {
                if unknownIssuers[unknown.name] == nil { unknownOrder.append(unknown.name) }
                unknownIssuers[unknown.name, default: []].append((unknown.at.file, unknown.at.position, entry.line))
            }
            // The id and the based_on cell are checked against other rows and the corpus even when the row has
            // other problems, so that every problem is reported in one run.
            var idRefused = false
            if let id = entry.value(.id), DocumentChecks.isValidID(id) {
                if let line = firstLine[id] {
                    problems.append(row.problem(.id, "id“\(id)”重复（另见第 \(line) 行）", "duplicate id '\(id)' (also on \(entry.kind.lineWord) \(line))"))
                    idRefused = true
                } else {
                    firstLine[id] = entry.line
                    if existingIDs.contains(id) && !replace {
                        problems.append(row.problem(.id, "id“\(id)”已在 \(join(destinationDisplay, "documents/\(id).json")) 中；用 --replace 替换",
                                                    "id '\(id)' is already in \(join(destinationDisplay, "documents/\(id).json")); use --replace to replace it"))
                        idRefused = true
                    }
                }
            }
            basedOnCells += row.basedOn.map { ($0, entry.position(.basedOn)) }
            guard let document, !idRefused else { continue }
            documents.append(document)
        }
        // References resolve against the manifest and the corpus together (a row left out for a syntax error too:
        // its id is there once the error is fixed).
        let known = existingIDs.union(firstLine.keys).union(manifest.unreadIDs)
        for cell in basedOnCells where !known.contains(cell.base) {
            problems.append(Problem(file: manifestDisplay, position: cell.position,
                                    LocalizedText(zh: "based_on 中的“\(cell.base)”既不在清单中，也不在 \(destinationDisplay) 中",
                                                  en: "based_on names '\(cell.base)', which is neither in the manifest nor in \(destinationDisplay)")))
        }
        if manifest.problems.isEmpty && manifest.entries.isEmpty {
            problems.append(Problem(file: manifestDisplay, LocalizedText(zh: "清单中没有列出任何文件", en: "the manifest lists no documents")))
        }
        // In file order (a manifest's field-count problem on line 9 came before those of line 3).
        problems.sortInFileOrder()
        // Each unknown issuer once, where it first occurs, with how often and where else; said with the problems
        // too (they were said only on the run after the problems were fixed).
        let issuerWarnings = unknownOrder.compactMap { name -> Problem? in
            guard let places = unknownIssuers[name], let first = places.first else { return nil }
            // Places are named by their manifest line (or a workbook's row), 1-based with the header as 1, as every
            // manifest message counts them; a value read from a page also names the page's line ("line 1" of the page
            // was read as the manifest's).
            let word = (manifest.entries.first?.kind ?? .csv).lineWord
            let lines = places.map { String($0.manifestLine) }
            // A page listed by several rows is named once.
            var named = Set<String>()
            let pages = places.filter { $0.file != manifestDisplay }.map { "\($0.file):\($0.position.line)" }.filter { named.insert($0).inserted }
            let english = "manifest \(word)\(lines.count == 1 ? "" : "s") \(lines.joined(separator: ", "))"
                + (pages.isEmpty ? "" : "; read from \(pages.joined(separator: ", "))")
            let chinese = "清单第 \(lines.joined(separator: "、")) 行" + (pages.isEmpty ? "" : "；取自 \(pages.joined(separator: "、"))")
            return Problem(file: first.file, position: first.position, LocalizedText(
                zh: "警告：未知发文机关“\(name)”按原文保留，共 \(places.count) 处（\(chinese)）；请将其加入 taxonomy/issuers.json，或用 --strict 拒绝",
                en: "warning: unknown issuer '\(name)' kept as written, \(EnglishCount.of(places.count, "time")) (\(english)); add it to taxonomy/issuers.json or use --strict to refuse it"))
        }
        let warnings = rowWarnings + issuerWarnings
        guard problems.isEmpty else { return .failure(CorpusProblems(problems: problems, warnings: warnings)) }

        var info = existing?.info ?? CorpusInfo(name: name ?? source.standardizedFileURL.lastPathComponent,
                                                 synthetic: corpusSynthetic)
        let before = existing?.info
        if let name { info.name = name }
        info.synthetic = corpusSynthetic
        return .success(ImportPlan(documents: documents, replacing: Set(documents.map(\.id)).intersection(existingIDs),
                                   info: info, infoChanged: before != info, createsCorpus: isNew, gb18030Files: gb18030,
                                   warnings: warnings))
    }

    /// The manifest's rows and how it is named in messages: manifest.csv, else manifest.xlsx (not both).
    func readManifest() -> Result<(ManifestReader.Output, String), Problem> {
        let reader = SourceFiles(root: source, maxBytes: max(maxFileSize, 256 << 20))
        let csvDisplay = sourceFileDisplay(Self.manifestName)
        let workbookDisplay = sourceFileDisplay(Self.workbookName)
        let csv = reader.read(Self.manifestName)
        let workbook = reader.read(Self.workbookName)
        switch (csv, workbook) {
        case (.failure(.missing), .failure(.missing)):
            return .failure(Problem(file: csvDisplay, LocalizedText(zh: "没有清单：源目录中须有 manifest.csv 或 manifest.xlsx", en: "no manifest: the source directory needs a manifest.csv or manifest.xlsx")))
        case (.failure(.missing), .failure(let refusal)):
            return .failure(Problem(file: workbookDisplay, refusal.text))
        case (.failure(.missing), .success(let data)):
            return .success((ManifestReader(displayPath: workbookDisplay).read(workbook: data), workbookDisplay))
        case (.success(let data), .failure(.missing)):
            return .success((ManifestReader(displayPath: csvDisplay).read(data), csvDisplay))
        case (.failure(let refusal), .failure(.missing)):
            return .failure(Problem(file: csvDisplay, refusal.text))
        default:
            return .failure(Problem(file: workbookDisplay, LocalizedText(zh: "manifest.csv 与 manifest.xlsx 同时存在；只保留当前使用的一个", en: "both manifest.csv and manifest.xlsx are here; keep the one that is current")))
        }
    }

    /// One manifest row being checked, collecting its problems.
    struct RowContext {
        let entry: ManifestEntry
        let manifestDisplay: String
        var problems: [Problem]
        /// What was changed in the row's values and said as a warning (invisible characters removed).
        var warnings: [Problem] = []
        /// The ids the row's based_on names (itself left out), read whatever else is wrong with the row: they are
        /// checked against the manifest and the corpus once every row is read.
        var basedOn: [String] = []
        /// Issuer names the taxonomy does not know, each with the file and position it was read at.
        var unknownIssuers: [(name: String, at: (file: String, position: SourcePosition))] = []

        func problem(_ column: ManifestColumn, _ zh: String, _ en: String) -> Problem {
            Problem(file: manifestDisplay, position: entry.position(column), LocalizedText(zh: zh, en: en))
        }

        mutating func report(_ column: ManifestColumn, _ zh: String, _ en: String) {
            problems.append(problem(column, zh, en))
        }
    }

    /// Invisible characters removed from titles and numbers (with a warning): the zero-width space and the
    /// byte-order mark (zero-width no-break space).
    static let removedInvisibles: [Unicode.Scalar] = ["\u{200B}", "\u{FEFF}"]

    /// The document a row describes, or nil with its problems in `row`.
    func buildDocument(_ row: inout RowContext, taxonomy: Taxonomy, files: SourceFiles, synthetic: Bool,
                       gb18030: inout Int) -> PolicyDocument? {
        let entry = row.entry
        let id = entry.value(.id) ?? ""
        if id.isEmpty {
            row.report(.id, "id 为空；每一行都须有 id", "the id is empty; every row needs one")
        } else if id.utf8.count > DocumentChecks.maxIDLength {
            row.report(.id, "id 长 \(id.utf8.count) 个字符；最多 \(DocumentChecks.maxIDLength) 个（它是文件名 documents/<id>.json）",
                       "the id is \(id.utf8.count) characters long; at most \(DocumentChecks.maxIDLength) (it names the file documents/<id>.json)")
        } else if !DocumentChecks.isValidID(id) {
            row.report(.id, "id“\(id)”须符合 ^[a-z0-9][a-z0-9-]*$（小写 ASCII 字母、数字和 -）", "id '\(id)' must match ^[a-z0-9][a-z0-9-]*$ (lower-case ASCII letters, digits and '-')")
        }

        // The text first: an HTML page's header table fills what the manifest leaves empty.
        var text: String?
        var header: [String: String] = [:]
        var headerPositions: [String: SourcePosition] = [:]
        var pageTitle: String?
        var pageTitlePosition: SourcePosition?
        var pageRefusedControl = false
        var fileDisplay = ""
        if let relative = entry.value(.file) {
            fileDisplay = sourceFileDisplay(relative)
            switch readText(relative, files: files, row: &row, fileDisplay: fileDisplay, gb18030: &gb18030) {
            case .none: break
            case .some(let extracted):
                text = extracted.text
                header = extracted.header
                headerPositions = extracted.headerPositions
                pageTitle = extracted.pageTitle
                pageTitlePosition = extracted.pageTitlePosition
                pageRefusedControl = extracted.refusedControl
            }
        }
        func fromPage(_ label: String) -> String? { header[label].flatMap { $0.isEmpty ? nil : $0 } }
        /// Where the page gives `label`: its header cell (标题: else the element of `pageTitle`).
        func pagePosition(_ label: String) -> SourcePosition {
            headerPositions[label] ?? (label == "标题" ? pageTitlePosition : nil) ?? SourcePosition(line: 1, column: 1)
        }
        /// The header label a page gives a column's value under (title, number, issuer).
        func pageLabel(_ column: ManifestColumn) -> String {
            switch column {
            case .title: return "标题"
            case .number: return "发文字号"
            default: return "发文机关"
            }
        }
        func pageProblem(_ label: String, _ zh: String, _ en: String) {
            row.problems.append(Problem(file: fileDisplay, position: pagePosition(label),
                                        LocalizedText(zh: "\(zh)（清单第 \(entry.line) 行）", en: "\(en) (manifest \(entry.kind.lineWord) \(entry.line))")))
        }

        // gov.cn pages carry zero-width spaces and stray byte-order marks in titles and numbers: invisible, they
        // change no reading, yet the title would not match the same title typed. Removed with a warning naming
        // where; bidi controls, which change how a title reads, stay refused (`refuseControls`).
        func withoutInvisibles(_ column: ManifestColumn, _ value: String?) -> String? {
            guard let value, value.unicodeScalars.contains(where: Self.removedInvisibles.contains) else { return value }
            let names = Self.removedInvisibles.filter(value.unicodeScalars.contains).map(ControlCharacters.name).joined(separator: ", ")
            let fromManifest = entry.value(column) != nil
            let (zhFrom, enFrom) = fromManifest ? ("", "")
                : ("（来自网页，清单第 \(entry.line) 行）", " (it comes from the page; manifest \(entry.kind.lineWord) \(entry.line))")
            row.warnings.append(Problem(file: fromManifest ? row.manifestDisplay : fileDisplay,
                                        position: fromManifest ? entry.position(column) : pagePosition(pageLabel(column)),
                                        LocalizedText(zh: "警告：已删去\(column.rawValue)中的不可见字符 \(names)\(zhFrom)",
                                                      en: "warning: removed the invisible character \(names) from the \(column.rawValue)\(enFrom)")))
            let kept = String(String.UnicodeScalarView(value.unicodeScalars.filter { !Self.removedInvisibles.contains($0) })).trimmingWhitespace()
            return kept.isEmpty ? nil : kept
        }

        let title = withoutInvisibles(.title, entry.value(.title) ?? fromPage("标题") ?? pageTitle)
        if title == nil {
            row.report(.title, "标题为空，文件中也没有", "the title is empty and the file gives none")
        }
        let number = withoutInvisibles(.number, entry.value(.number) ?? fromPage("发文字号"))

        // Issuers: each known name becomes an issuer; the cell is kept as written (issuerText) whatever it holds.
        var issuers: [String] = []
        var inferredDivision: Division?
        var inferredLocality: LocalDivision?
        var issuerLevels: [Level] = []
        let issuerCell = entry.value(.issuer)
        let issuerText = issuerCell ?? fromPage("发文机关")
        if let issuerText {
            for part in IssuerText.split(issuerText, in: taxonomy) {
                let resolved = IssuerText.resolve(part, in: taxonomy)
                if let issuer = resolved?.issuer {
                    if !issuers.contains(issuer.id) { issuers.append(issuer.id) }
                } else {
                    let zh = "未知发文机关“\(part)”（不是 issuers.json 中的 id、代码、名称或曾用名）"
                    let en = "unknown issuer '\(part)' (not an id, code, name or former name in issuers.json)"
                    let position = issuerCell != nil ? entry.position(.issuer) : nil
                    if strict {
                        if let position { row.problems.append(Problem(file: row.manifestDisplay, position: position, LocalizedText(zh: zh, en: en))) }
                        else { pageProblem("发文机关", zh + "，取自网页的发文机关；请在清单中填写 issuer", en + ", from the page's 发文机关; give issuer in the manifest") }
                    } else {
                        row.unknownIssuers.append((part, position.map { (row.manifestDisplay, $0) } ?? (fileDisplay, pagePosition("发文机关"))))
                    }
                }
                if let level = resolved?.level { issuerLevels.append(level) }
                if inferredDivision == nil { inferredDivision = resolved?.division }
                if inferredLocality == nil { inferredLocality = resolved?.locality }
            }
        }

        // Region and level.
        var region: String?
        let regionCell = withoutInvisibles(.region, entry.value(.region))
        if let cell = regionCell {
            if let division = taxonomy.resolveDivision(cell) {
                region = division.code
            } else {
                row.report(.region, "未知地区“\(cell)”（不是 divisions.json 中的行政区划代码或名称）", "unknown region '\(cell)' (not a division code or name in divisions.json)")
            }
        } else {
            region = inferredDivision?.code
        }
        // A city's body: the city when it lies in the document's province.
        let locality = inferredLocality.flatMap { $0.province == region ? Locality(zh: $0.zh, code: $0.code) : nil }
        var level: Level?
        if let cell = entry.value(.level) {
            level = Level(resolving: cell)
            // The names `Level(resolving:)` takes, from its one list, as `ipap list --level` gives them.
            if level == nil { row.report(.level, "未知级别“\(cell)”（\(Level.namesAccepted.replacingOccurrences(of: ", ", with: "、"))）",
                                          "unknown level '\(cell)' (\(Level.namesAccepted))") }
        } else if !issuerLevels.isEmpty {
            // National only when every issuer is the State Council or its General Office; else the lowest level.
            level = issuerLevels.max()
        } else if region != nil {
            level = .provincial
        } else if regionCell != nil {
            // A region given but unknown is said above: the level follows from it once it is right ("cannot be
            // inferred (no issuer, no region)" beside "unknown region '火星省'" said a region was missing).
        } else if !id.isEmpty {
            // Say what was seen: an issuer given but not known is not "no issuer".
            if let issuerText, issuers.isEmpty {
                row.report(.level, "级别为空且无法推断（发文机关“\(issuerText)”不在 issuers.json 中，也没有地区）；请填写级别",
                           "the level is empty and cannot be inferred (the issuer '\(issuerText)' is not in issuers.json, and no region); give the level")
            } else {
                row.report(.level, "级别为空且无法推断（没有发文机关，也没有地区）", "the level is empty and cannot be inferred (no issuer, no region)")
            }
        }
        if let level, entry.value(.level) != nil, !issuerLevels.isEmpty, issuerLevels.count == issuers.count,
           issuerLevels.allSatisfy({ $0.isCentral != level.isCentral }) {
            // The level follows the issuer: a provincial government's document marked national would lose its region.
            row.report(.level, "级别“\(level.name.zh)”与发文机关不符（发文机关为\(level.isCentral ? "地方" : "中央")机关）",
                       "level '\(level.rawValue)' does not match the issuer (a \(level.isCentral ? "local" : "central") body)")
        } else if let level {
            if level.isCentral, region != nil, entry.value(.region) != nil {
                row.report(.region, "\(level.name.zh)文件没有地区；此格请留空", "a \(level.rawValue) document has no region; leave the cell empty")
            } else if level.isCentral {
                region = nil
            } else if region == nil, entry.value(.region) == nil {
                row.report(.region, "\(level.name.zh)文件须有地区（行政区划代码或名称）", "a \(level.rawValue) document needs a region (division code or name)")
            }
        }

        // Dates: the manifest's, else the page's.
        func date(_ column: ManifestColumn, _ label: String) -> PolicyDate? {
            if let cell = withoutInvisibles(column, entry.value(column)) {
                guard let d = DateText.parse(cell) else {
                    if let year = DateText.yearOutOfRange(cell) {
                        row.report(column, "“\(cell)”的年份 \(year) 不在 \(PolicyDate.years.lowerBound)–\(PolicyDate.years.upperBound) 之内",
                                   "'\(cell)' has the year \(year), outside \(PolicyDate.years.lowerBound)-\(PolicyDate.years.upperBound)")
                    } else {
                        row.report(column, "“\(cell)”不是日期（YYYY-MM-DD、2015/7/4 或 2015年7月4日）", "'\(cell)' is not a date (YYYY-MM-DD, 2015/7/4 or 2015年7月4日)")
                    }
                    return nil
                }
                if let today, today < d {
                    row.warnings.append(Problem(file: row.manifestDisplay, position: entry.position(column), LocalizedText(
                        zh: "警告：\(column.rawValue) \(d) 晚于今天（\(today)）；请核对", en: "warning: the \(column.rawValue) \(d) is after today (\(today)); check it")))
                }
                return d
            }
            guard let page = fromPage(label) else { return nil }
            guard let d = DateText.parse(page) else {
                pageProblem(label, "网页的\(label)“\(page)”不是日期；请在清单中填写 \(column.rawValue)", "the page's \(label) '\(page)' is not a date; give \(column.rawValue) in the manifest")
                return nil
            }
            return d
        }
        let written = date(.dateWritten, "成文日期")
        let published = date(.datePublished, "发布日期")
        if let written, let published, published < written {
            row.report(.datePublished, "发布日期 \(published) 早于成文日期（\(written)）", "published \(published) before it was written (\(written))")
        }

        var basedOn: [String] = []
        if let cell = entry.value(.basedOn) {
            for base in cell.split(whereSeparator: { $0 == ";" || $0 == "；" }).map({ String($0).trimmingWhitespace() }) where !base.isEmpty {
                if base == id {
                    row.report(.basedOn, "文件不能以自身为依据", "a document cannot be based on itself")
                } else if !basedOn.contains(base) {
                    basedOn.append(base)
                }
            }
        }
        row.basedOn = basedOn

        var verified = false
        if let cell = entry.value(.verified) {
            switch cell.lowercased() {
            case "true", "yes", "1", "是", "y": verified = true
            case "false", "no", "0", "否", "n": verified = false
            default: row.report(.verified, "verified 须为 true 或 false，而不是“\(cell)”", "verified must be true or false, not '\(cell)'")
            }
        }

        var extra = entry.extra
        if let v = fromPage("索引号"), extra["indexNumber"] == nil { extra["indexNumber"] = v }
        if let v = fromPage("主题分类"), extra["topic"] == nil { extra["topic"] = v }

        // Metadata is shown on analysts' terminals and in reports: control characters (ESC, bidi overrides)
        // are refused here, where the cell can be named, rather than only neutralised on output.
        func refuseControls(_ column: ManifestColumn, _ value: String?) {
            guard let value, let c = ControlCharacters.first(in: value) else { return }
            // Such a control in a page's value is written as a reference (raw, the page was refused), reported
            // already where the reference is (`HTMLText.refusedControl`): not twice.
            if entry.value(column) == nil, pageRefusedControl, TextDecoder.isRefusedControl(c) { return }
            // Every control character of the cell, the first with its name, the others after it (one was said per run).
            let message = LocalizedText.controlCharacters(in: value, field: column.rawValue) ?? LocalizedText.controlCharacter(c, in: column.rawValue)
            if entry.value(column) != nil { row.report(column, message.zh, message.en) } else { pageProblem(pageLabel(column), message.zh + "（来自网页）", message.en + " (it comes from the page)") }
        }
        refuseControls(.title, title)
        refuseControls(.number, number)
        refuseControls(.issuer, issuerText)
        refuseControls(.url, entry.value(.url))
        for (name, value) in extra.sorted(by: { $0.key < $1.key }) {
            // A free-text column may hold line breaks; nothing else.
            if let c = ControlCharacters.firstBesideLineBreaks(in: value) ?? ControlCharacters.first(in: name) {
                // At the cell when the value holds it (QA pass 51: column 1 was named for a cell at column 64).
                let inValue = ControlCharacters.firstBesideLineBreaks(in: value) != nil
                let position = inValue ? entry.extraPositions[name] ?? SourcePosition(line: entry.line, column: 1)
                                       : SourcePosition(line: entry.line, column: 1)
                row.problems.append(Problem(file: row.manifestDisplay, position: position,
                                            LocalizedText(zh: "列“\(name)”中有控制字符 \(LocalizedText.controlCharacterName(c).zh)；请删除",
                                                          en: "column '\(name)' contains the control character \(LocalizedText.controlCharacterName(c).en); remove it")))
            }
        }

        guard row.problems.isEmpty, let title, let level else { return nil }
        // Whether the page's own header (or its <title>) gave what the manifest left empty (QA pass 51: such a
        // document said its metadata came "from the import's manifest").
        let metadataFromPage = (entry.value(.title) == nil && title != nil) || (entry.value(.number) == nil && number != nil)
            || (entry.value(.dateWritten) == nil && written != nil) || (entry.value(.datePublished) == nil && published != nil)
        // Area keywords are matched after the issuer part (before 关于), so that 交通运输部 does not code transport.
        let subject = title.range(of: "关于").map { String(title[$0.upperBound...]) } ?? title
        return PolicyDocument(
            id: id, title: title, number: number, issuers: issuers, issuerText: issuerText, level: level, region: region,
            locality: level == .municipal ? locality : nil,
            dateWritten: written, datePublished: published, kind: TitleKind.kind(of: title), basedOn: basedOn,
            actionAreas: AreaCoding(ids: taxonomy.codeAreas(in: subject), coding: .machine),
            source: DocumentSource(url: entry.value(.url), verified: verified, origin: metadataFromPage ? "import-page" : "import", number: number,
                                   date: published ?? written),
            synthetic: synthetic, text: text, extra: extra)
    }

    struct Extracted {
        var text: String
        var header: [String: String] = [:]
        var headerPositions: [String: SourcePosition] = [:]
        var pageTitle: String?
        var pageTitlePosition: SourcePosition?
        /// The page was refused for a control written as a reference (`HTMLText.refusedControl`).
        var refusedControl = false
    }

    /// The stored text of a listed file by its extension, or nil with the problem in `row`.
    func readText(_ relative: String, files: SourceFiles, row: inout RowContext, fileDisplay: String, gb18030: inout Int) -> Extracted? {
        // Where the file is comes first: a path out of SRC is refused whatever its type.
        let data: Data
        switch files.read(relative) {
        case .failure(let refusal):
            row.report(.file, "\(fileDisplay)：\(refusal.text.zh)", "\(fileDisplay): \(refusal)")
            return nil
        case .success(let d):
            data = d
        }
        let ext = (relative as NSString).pathExtension.lowercased()
        guard ["txt", "md", "html", "htm", "docx"].contains(ext) else {
            row.report(.file, "\(fileDisplay)：不支持的文件类型“.\(ext)”（可用 txt、md、html、htm、docx）", "\(fileDisplay): unsupported file type '.\(ext)' (txt, md, html, htm, docx)")
            return nil
        }
        let extracted: Extracted
        if ext == "docx" {
            switch DocxText.extract(data, maxXMLSize: max(maxFileSize * 8, 1 << 20)) {
            case .failure(let f):
                // A problem found inside word/document.xml is placed there, the part named beside the file (as an
                // .html page's is placed in the page): "d1.docx:1:1" sent the analyst nowhere. One of the whole
                // file (not a ZIP archive) stays at the file.
                let place = f.position.map { ("\(fileDisplay) (word/document.xml)", $0) } ?? (fileDisplay, SourcePosition(line: 1, column: 1))
                row.problems.append(Problem(file: place.0, position: place.1, LocalizedText(zh: "\(f.text.zh)（清单第 \(row.entry.line) 行）", en: "\(f.message) (manifest \(row.entry.kind.lineWord) \(row.entry.line))")))
                return nil
            case .success(let t):
                extracted = Extracted(text: t)
            }
        } else {
            switch TextDecoder.decode(data) {
            case .failure(let f):
                row.problems.append(Problem(file: fileDisplay, position: SourcePosition(line: f.line, column: f.column),
                                            LocalizedText(zh: "\(f.text.zh)（清单第 \(row.entry.line) 行）", en: "\(f.message) (manifest \(row.entry.kind.lineWord) \(row.entry.line))")))
                return nil
            case .success(let decoded):
                if decoded.encoding == .gb18030 { gb18030 += 1 }
                if ext == "html" || ext == "htm" {
                    let page = HTMLText(html: decoded.text)
                    // A control written as a reference is refused as the raw byte is (.txt): the analyst's text is
                    // never silently changed, and the stored text holds no control either way. The page's header is
                    // still read (the row is refused by its problem), so that its title is not also said missing.
                    if let refused = page.refusedControl {
                        row.problems.append(Problem(file: fileDisplay, position: refused.position, LocalizedText(
                            zh: "\(refused.reason.zh)；请删除（清单第 \(row.entry.line) 行）",
                            en: "\(refused.reason.en); remove it (manifest \(row.entry.kind.lineWord) \(row.entry.line))")))
                    }
                    extracted = Extracted(text: page.text, header: page.header, headerPositions: page.headerPositions,
                                          pageTitle: page.pageTitle, pageTitlePosition: page.pageTitlePosition,
                                          refusedControl: page.refusedControl != nil)
                } else {
                    extracted = Extracted(text: ext == "md" ? MarkdownSource.plainText(decoded.text) : decoded.text)
                }
            }
        }
        if extracted.text.trimmingWhitespace().isEmpty {
            row.problems.append(Problem(file: fileDisplay, LocalizedText(zh: "文件中没有正文（清单第 \(row.entry.line) 行）", en: "no text in the file (manifest \(row.entry.kind.lineWord) \(row.entry.line))")))
            return nil
        }
        return extracted
    }

    // MARK: - Commit

    /// Writes a checked plan; see `ImportWriter` for how nothing half-written is ever left behind.
    /// `whileWaiting`: called once if another import into the corpus is running, before waiting for it.
    public func commit(_ plan: ImportPlan, whileWaiting: (@Sendable () -> Void)? = nil) throws -> ImportWriter.Outcome {
        try ImportWriter(destination: destination, destinationDisplay: destinationDisplay, whileWaiting: whileWaiting).write(plan)
    }

    /// How a file under SRC is named in every message: SRC as typed, then the path without `.` and empty parts
    /// (`./b.txt`, `b.txt` and `.//b.txt` are one file, named one way in a run); an absolute path as written.
    func sourceFileDisplay(_ relative: String) -> String {
        guard !relative.hasPrefix("/") else { return relative }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return parts.isEmpty ? sourceDisplay : join(sourceDisplay, parts.joined(separator: "/"))
    }

    func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
