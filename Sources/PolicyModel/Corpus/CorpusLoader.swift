import Foundation
import SafeText

/// Loads a corpus directory and validates it, reporting every problem at once with file, line and column.
/// Nothing is written: loading never changes a file, even one it cannot parse.
public struct CorpusLoader: Sendable {
    /// The shared taxonomy (`data/taxonomy`); a corpus may override any file in its own `taxonomy/`.
    public var taxonomyDirectory: URL

    public init(taxonomyDirectory: URL) {
        self.taxonomyDirectory = taxonomyDirectory
    }

    /// A loader on the bundled taxonomy.
    public static func bundled() throws -> CorpusLoader {
        CorpusLoader(taxonomyDirectory: try DataDirectory.taxonomyDirectory())
    }

    public struct Result: Sendable {
        /// Nil when the corpus could not be assembled (the taxonomy or corpus.json is unusable).
        public var corpus: Corpus?
        /// Every problem found, in file order.
        public var problems: [Problem]
        /// With `useIndex`, when the document files were read: the metadata index of what was read, for the
        /// caller to write (`MetadataIndex.write`; loading itself writes nothing). Nil when the index was used.
        public var freshIndex: MetadataIndex? = nil
        /// True when the documents came from the metadata index instead of their files.
        public var fromIndex = false
        /// The document files (`documents/*.json`, as named in messages) whose document is not in `corpus`: a file
        /// that did not decode or validate as a document, or one whose id an earlier file has. Their problems say why.
        public var documentsNotLoaded: [String] = []
    }

    /// Loads and validates; `displayPath` is how the directory is named in messages (as the user typed it).
    /// With `deferTexts` the documents' texts are left unread (`textDeferred`): a quarter of the time on a
    /// large corpus, for a dashboard that shows its first frame before reading the texts in the background.
    /// With `useIndex` the documents folder is stamped before anything is read; with `deferTexts` too, the
    /// metadata index replaces the document files when it was written for that stamp (`MetadataIndex`), and
    /// otherwise the result carries a fresh index to write.
    public func load(_ directory: URL, displayPath: String? = nil, deferTexts: Bool = false, useIndex: Bool = false) -> Result {
        let root = displayPath ?? directory.path
        var problems: [Problem] = []
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return Result(corpus: nil, problems: [Problem(file: root, LocalizedText(zh: "没有这个语料目录", en: "no such corpus directory"))])
        }
        let realRoot = directory.resolvingSymlinksInPath().standardizedFileURL.path

        let (taxonomy, taxonomyProblems, taxonomyHash) = loadHashedTaxonomy(
            overrides: directory.appendingPathComponent("taxonomy"), overridesDisplay: join(root, "taxonomy"), realRoot: realRoot)
        problems += taxonomyProblems

        var info: CorpusInfo?
        // An import killed after its commit point reads as the new corpus (see ImportJournal).
        let current = ImportJournal.view(of: directory)
        switch LocatedFileDecoder.read(current.corpusJSON, displayPath: join(root, "corpus.json")) {
        case .failure(let p): problems.append(p)
        case .success(let file):
            switch file.decode(CorpusInfo.self) {
            case .success(let i):
                info = i
                // A misspelled `synthetic` left a synthetic corpus unlabelled: a problem, the corpus still loads.
                problems += file.memberProblems(.corpusInfo).unknown
                // The import refuses such a --name; a corpus.json written by hand is checked alike.
                problems += PendingProblem.resolve(PendingProblem.controlCharacters(in: i.name, field: "name", path: [.key("name")],
                                                                    file: FileReference(url: current.corpusJSON, displayPath: file.displayPath)))
            case .failure(let p): problems.append(p)
            }
        }

        let documentsDir = current.documents
        // Stamped before any document file is read: a file changed while the files are read shows as a
        // different stamp next time, so an index never holds what its stamp does not describe.
        let key = useIndex && taxonomy != nil
            ? FilesStamp.of(documentsDir, salt: "ipap-metadata-\(MetadataIndex.schema)", detail: .everyEntry).map {
                MetadataIndex.Key(files: $0, folder: documentsDir.path, taxonomy: taxonomyHash, displayRoot: root)
            }
            : nil
        var read: DocumentsRead
        var freshIndex: MetadataIndex?
        if deferTexts, let key, let index = MetadataIndex.read(corpus: directory, key: key) {
            read = DocumentsRead(documents: index.entries.map(\.document), names: index.entries.map(\.name),
                                 problems: index.problems, fromIndex: true)
            let listing = (try? fm.contentsOfDirectory(atPath: documentsDir.path)) ?? []
            read.unreadIDs = Self.unreadIDs(Self.documentFilesNotLoaded(listing, loaded: read.names))
            read.leaveOutRepeatedIDs()
        } else {
            read = readDocuments(documentsDir, root: root, realRoot: realRoot, taxonomy: taxonomy, deferTexts: deferTexts)
            if let key {
                freshIndex = MetadataIndex(key: key, entries: zip(read.names, read.documents).map {
                    MetadataIndex.Entry(name: $0, document: $1)
                }, problems: read.problems)
            }
        }
        problems += read.problems
        let documents = read.documents
        if !FileManager.default.fileExists(atPath: documentsDir.path) {
            problems.append(Problem(file: join(root, "documents"), LocalizedText(zh: "缺少 documents/ 目录", en: "missing documents/ directory")))
        }

        var findings: [Finding] = []
        var findingsFile: FileReference?
        let findingsURL = directory.appendingPathComponent("findings.json")
        if fm.fileExists(atPath: findingsURL.path) {
            switch LocatedFileDecoder.read(findingsURL, displayPath: join(root, "findings.json")) {
            case .failure(let p): problems.append(p)
            case .success(let file):
                findingsFile = FileReference(url: findingsURL, displayPath: file.displayPath)
                switch file.decode(FindingsFile.self) {
                case .success(let f): findings = f.findings
                case .failure(let p): problems.append(p)
                }
            }
        }

        if let taxonomy, let findingsFile {
            problems += PendingProblem.resolve(FindingChecks(taxonomy: taxonomy, documentIDs: Set(documents.map(\.id)).union(read.unreadIDs),
                                                             citationIDs: Set(info?.citations.map(\.id) ?? []),
                                                             findings: findings, file: findingsFile).run())
        }
        problems.sortInFileOrder()

        guard let taxonomy, let info else { return Result(corpus: nil, problems: problems) }
        var corpus = Corpus(directory: directory, info: info, taxonomy: taxonomy, documents: documents, findings: findings)
        // Also when the texts were read: a caller may release them and read them again (`releaseLoadedTexts`).
        if !read.names.isEmpty {
            corpus.texts = DocumentTexts(folder: documentsDir, files: Dictionary(zip(documents, read.names).map { ($0.id, $1) },
                                                                                 uniquingKeysWith: { first, _ in first }))
        }
        let notLoaded = Self.documentFilesNotLoaded((try? fm.contentsOfDirectory(atPath: documentsDir.path)) ?? [], loaded: read.names)
            .map { join(root, "documents/\($0)") }
        return Result(corpus: corpus, problems: problems, freshIndex: freshIndex, fromIndex: read.fromIndex, documentsNotLoaded: notLoaded)
    }

    /// The names of the document files (`<id>.json`, not hidden) of `files` that did not load, sorted.
    static func documentFilesNotLoaded(_ files: [String], loaded: [String]) -> [String] {
        let loadedNames = Set(loaded)
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && !loadedNames.contains($0) }.sorted()
    }

    /// The ids those files name: a reference to one of them is not a problem of its own, the file's is reported.
    static func unreadIDs(_ notLoaded: [String]) -> Set<String> { Set(notLoaded.map { String($0.dropLast(5)) }) }

    /// The document files as read: the documents that decoded with their file names, in file-name order, and
    /// every problem of the files, the checks across documents included (located).
    private struct DocumentsRead {
        var documents: [PolicyDocument]
        var names: [String]
        var problems: [Problem]
        var fromIndex: Bool
        /// The ids of document files that failed to load (their names without `.json`): their own problem is
        /// reported, so a reference to one of them (`basedOn`, a finding's subject) is not a second problem.
        var unreadIDs: Set<String> = []

        /// A document whose id an earlier file (in name order) has is left out, as its problem says: both were
        /// kept, so `list` showed the id twice and the analysis paired it with itself (100% "reuse"). Also
        /// for an index written before, which holds both.
        mutating func leaveOutRepeatedIDs() {
            var ids = Set<String>()
            let kept = documents.indices.filter { ids.insert(documents[$0].id).inserted }
            guard kept.count < documents.count else { return }
            documents = kept.map { documents[$0] }
            names = kept.map { names[$0] }
        }
    }

    private func readDocuments(_ documentsDir: URL, root: String, realRoot: String, taxonomy: Taxonomy?,
                               deferTexts: Bool) -> DocumentsRead {
        var read = DocumentsRead(documents: [], names: [], problems: [], fromIndex: false)
        var files: [FileReference] = []
        var pending: [PendingProblem] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: documentsDir.path)) ?? []).sorted().filter { !$0.hasPrefix(".") }
        let documentsInside = isInside(documentsDir, realRoot: realRoot)
        // Each file by its path, joined as a string: a URL made per file (appended, then its path taken again
        // for each system call) cost a tenth of the loading CPU.
        let documentsPath = documentsDir.path
        // Files are read and decoded in parallel (most of the loading time), then gathered in name order; the
        // kernel is asked to read them ahead, so that files not in the page cache come from the disk many at once.
        let readAhead = ReadAhead.start(names.map { join(documentsPath, $0) })
        defer { readAhead.stop() }
        enum Outcome: Sendable {
            case problems([Problem])
            /// With the problems of the members ipap does not read: the document loads all the same.
            case document(PolicyDocument, FileReference, [Problem])
        }
        let outcomes = ParallelMap.map(names.count) { i -> Outcome in
            let name = names[i]
            let display = join(root, "documents/\(name)")
            let path = join(documentsPath, name)
            guard name.hasSuffix(".json") else {
                return .problems([Problem(file: display, LocalizedText(zh: "不是 .json 文件；documents/ 中只能有 <id>.json 文件", en: "not a .json file; documents/ holds only <id>.json files"))])
            }
            // A plain file in a documents folder inside the corpus is inside without resolving its path.
            if !(documentsInside && isPlainFile(path)) && !isInside(documentsDir.appendingPathComponent(name), realRoot: realRoot) {
                return .problems([Problem(file: display, LocalizedText(zh: "链接指向语料目录之外的文件；已拒绝", en: "links to a file outside the corpus directory; refused"))])
            }
            switch LocatedFileDecoder.read(path: path, displayPath: display) {
            case .failure(let p): return .problems([p])
            case .success(let file):
                switch file.decodeDocument(deferText: deferTexts) {
                case .failure(let p): return .problems(p.problems)
                case .success(let read): return .document(read.document, FileReference(path: path, displayPath: display), read.unknownMembers)
                }
            }
        }
        for (name, outcome) in zip(names, outcomes) {
            switch outcome {
            case .problems(let p): read.problems += p
            case .document(let doc, let file, let unknownMembers):
                read.problems += unknownMembers
                files.append(file)
                read.names.append(name)
                read.documents.append(doc)
                let expected = String(name.dropLast(5))
                if doc.id != expected {
                    pending.append(PendingProblem(file: file, path: [.key("id")],
                                                  message: LocalizedText(zh: "id“\(doc.id)”与文件名“\(name)”不符", en: "id '\(doc.id)' does not match the file name '\(name)'")))
                }
            }
        }
        read.unreadIDs = Self.unreadIDs(Self.documentFilesNotLoaded(names, loaded: read.names))
        if let taxonomy {
            pending += DocumentChecks(taxonomy: taxonomy, documents: read.documents, files: files, unreadIDs: read.unreadIDs).run()
        }
        read.problems += PendingProblem.resolve(pending)
        read.leaveOutRepeatedIDs()
        return read
    }

    /// Loads the five taxonomy files, each from the override directory when it has it.
    public func loadTaxonomy(overrides: URL? = nil, overridesDisplay: String? = nil,
                             realRoot: String? = nil) -> (Taxonomy?, [Problem]) {
        let (taxonomy, problems, _) = loadHashedTaxonomy(overrides: overrides, overridesDisplay: overridesDisplay, realRoot: realRoot)
        return (taxonomy, problems)
    }

    /// The same, with a hash of the files' bytes in the order read (the metadata index's key).
    private func loadHashedTaxonomy(overrides: URL?, overridesDisplay: String?, realRoot: String?) -> (Taxonomy?, [Problem], String) {
        var problems: [Problem] = []
        var hash = InputHash()
        func file<T: Decodable>(_ name: TaxonomyFile, _ type: T.Type) -> T? {
            var url = taxonomyDirectory.appendingPathComponent(name.rawValue)
            var display = url.path
            if let overrides, FileManager.default.fileExists(atPath: overrides.appendingPathComponent(name.rawValue).path) {
                url = overrides.appendingPathComponent(name.rawValue)
                display = join(overridesDisplay ?? overrides.path, name.rawValue)
                if let realRoot, !isInside(url, realRoot: realRoot) {
                    problems.append(Problem(file: display, LocalizedText(zh: "链接指向语料目录之外的文件；已拒绝", en: "links to a file outside the corpus directory; refused")))
                    return nil
                }
            }
            switch LocatedFileDecoder.read(url, displayPath: display) {
            case .failure(let p):
                problems.append(p)
                return nil
            case .success(let f):
                hash.add(url.path)
                hash.add(String(decoding: f.data, as: UTF8.self))
                switch f.decode(type) {
                case .success(let v): return v
                case .failure(let p):
                    problems.append(p)
                    return nil
                }
            }
        }
        let areas = file(.actionAreas, ActionAreasFile.self)
        let divisions = file(.divisions, DivisionsFile.self)
        let issuers = file(.issuers, IssuersFile.self)
        let tools = file(.policyTools, PolicyToolsFile.self)
        let problemsFile = file(.problems, ProblemsFile.self)
        guard let areas, let divisions, let issuers, let tools, let problemsFile else { return (nil, problems, hash.hex) }
        let taxonomy = Taxonomy(areas: areas.areas, divisions: divisions.divisions, localities: divisions.localities ?? [],
                                issuers: issuers.issuers,
                                tools: PolicyToolScheme(classes: tools.classes, goalOrientation: tools.goalOrientation),
                                problems: ProblemCatalog(citation: problemsFile.citation, families: problemsFile.families))
        return (taxonomy, problems, hash.hex)
    }

    private func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Whether `path` is there and no symbolic link (one lstat, where `isInside` resolves the whole path): a
    /// document that is, in a folder inside the corpus, is inside it.
    private func isPlainFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFLNK
    }

    private func isInside(_ url: URL, realRoot: String) -> Bool {
        let real = url.resolvingSymlinksInPath().standardizedFileURL.path
        return real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }
}

/// A decoded file, by name only: its bytes are read again only if a problem must be located in it.
struct FileReference: Sendable {
    /// The file's path (a string: a URL per document file cost more than reading it).
    let path: String
    let displayPath: String

    init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
    }

    init(url: URL, displayPath: String) {
        self.init(path: url.path, displayPath: displayPath)
    }

    func locatedTree() -> JSONNode? {
        located()?.tree
    }

    /// The located tree of the file and its text (to place a problem at a character of a string).
    func located() -> (tree: JSONNode, text: String)? {
        guard case .success(let file) = LocatedFileDecoder.read(path: path, displayPath: displayPath),
              let text = String(validatingUTF8Data: file.data), let tree = try? JSONLocatingParser.parse(text) else { return nil }
        return (tree, text)
    }
}

/// A problem found after decoding, located lazily: the file is re-parsed only when it has one.
struct PendingProblem: Sendable {
    let file: FileReference
    let path: [JSONNode.PathComponent]
    let message: LocalizedText
    /// For a problem with one character of a string value (a control character): its offset in the value, in
    /// Unicode scalars. The problem is placed at that character in the file, not at the value's opening quote.
    var scalarOffset: Int? = nil

    /// How many control characters of one value are named, each at its place; the last named says how many more.
    static let controlCharactersNamed = 5

    /// Each control character of `value` (line breaks aside when `lineBreaks` are allowed), each at its own column:
    /// a title holding ESC, U+202E and BEL was reported for ESC alone, the others coming out one fix at a time.
    static func controlCharacters(in value: String, field: String, path: [JSONNode.PathComponent], file: FileReference,
                                  lineBreaksAllowed: Bool = false) -> [PendingProblem] {
        var found: [(offset: Int, scalar: Unicode.Scalar)] = []
        var count = 0
        for (offset, scalar) in value.unicodeScalars.enumerated() where ControlCharacters.isControl(scalar) {
            if lineBreaksAllowed && (scalar == "\n" || scalar == "\r") { continue }
            count += 1
            if found.count < controlCharactersNamed { found.append((offset, scalar)) }
        }
        return found.enumerated().map { k, f in
            var message = LocalizedText.controlCharacter(f.scalar, in: field)
            if k == found.count - 1, count > found.count {
                let more = count - found.count
                message = message.and(LocalizedText(zh: "其后另有 \(more) 个控制字符", en: "\(EnglishCount.of(more, "more control character", plural: "more control characters")) after it"))
            }
            return PendingProblem(file: file, path: path, message: message, scalarOffset: f.offset)
        }
    }

    static func resolve(_ pending: [PendingProblem]) -> [Problem] {
        var located: [String: (tree: JSONNode, text: String)?] = [:]
        return pending.map { p in
            if located[p.file.displayPath] == nil { located[p.file.displayPath] = .some(p.file.located()) }
            let file = located[p.file.displayPath] ?? nil
            var position = file?.tree.deepest(along: p.path).position ?? SourcePosition(line: 1, column: 1)
            if let offset = p.scalarOffset, let text = file?.text,
               let at = JSONLocatingParser.position(ofScalar: offset, inStringAt: position, in: text) {
                position = at
            }
            return Problem(file: p.file.displayPath, position: position, p.message)
        }
    }
}
