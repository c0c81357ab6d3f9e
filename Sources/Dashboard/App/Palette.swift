import PolicyModel

/// The command palette (`:`): go to a screen, a province, an issuer, an area or a document by id, number or
/// name. Every kind is offered at once, best first: exact names, then names that start with what is typed,
/// then names that hold it, then names that hold its characters in order (`工信` finds 工业和信息化部).
enum Palette {
    struct Candidate {
        var label: String
        /// What kind of thing it is, shown beside it in the list.
        var kind: String
        var route: Route
        /// What Tab puts in the prompt: a name the palette resolves again.
        var completion: String
    }

    /// A name as the palette compares it: lowercased, as Unicode scalar values.
    typealias Name = [UInt32]

    static func name(_ text: String) -> Name {
        var name: Name = []
        appendName(text, to: &name)
        return name
    }

    /// Appends `text` lowercased as `String.lowercased()` does (each scalar's lowercase mapping), without making
    /// a string: ASCII and the CJK ideographs, which have no case, directly. Full-width ASCII and the ideographic
    /// space are folded as `/` folds them (`TextSearch.folded`): an input method in full-width mode types 互联网＋文旅.
    static func appendName(_ text: String, to name: inout Name) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0xFF01...0xFF5E).contains(v) || v == 0x3000 {
                name.append(TextSearch.folded(scalar).value)
            } else if v < 0x80 {
                name.append(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
            } else if v >= 0x3400 && v < 0xA000 {
                name.append(v)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { name.append(lower.value) }
            }
        }
    }

    /// The typed text, lowercased, and whether it may match a name's characters in order.
    struct Query: Hashable {
        let scalars: Name
        /// The query's characters in order, for abbreviations of Chinese names (CJK queries only: Latin ones
        /// would match almost anything).
        let inOrder: Bool

        init(_ text: String) {
            scalars = Palette.name(text)
            inOrder = scalars.contains { $0 >= 0x3400 }
        }
    }

    /// How well a name matches the query, nil when it does not: 0 the same name; 1 it starts with the query;
    /// 2 it holds it; 3 it holds its characters in order.
    static func rank(_ name: ArraySlice<UInt32>, _ query: Query) -> Int? {
        let q = query.scalars
        guard !q.isEmpty else { return name.isEmpty ? 0 : 1 }
        if name.count == q.count && name.elementsEqual(q) { return 0 }
        if name.starts(with: q) { return 1 }
        if name.count > q.count {
            let first = q[0]
            var i = name.startIndex
            let last = name.endIndex - q.count
            while i <= last {
                if name[i] == first && name[i..<(i + q.count)].elementsEqual(q) { return 2 }
                i += 1
            }
        }
        guard query.inOrder else { return nil }
        var at = name.startIndex
        for c in q {
            while at < name.endIndex && name[at] != c { at += 1 }
            guard at < name.endIndex else { return nil }
            at += 1
        }
        return 3
    }

    /// Every document's id, number and title as names, end to end: prepared once per corpus, since the
    /// palette compares them all at each keystroke (a corpus of 50,000 documents took a second a key when each
    /// comparison lowercased its name again).
    struct DocumentNames {
        private var scalars: [UInt32] = []
        /// Document i's names are `scalars[starts[3i]..<starts[3i + 1]]` (id), then number, then title.
        private var starts: [Int] = [0]

        init(_ documents: [PolicyDocument]) {
            for d in documents {
                for text in [d.id, d.number ?? "", d.title] {
                    Palette.appendName(text, to: &scalars)
                    starts.append(scalars.count)
                }
            }
        }

        /// The best rank of document `index`'s id and number, and its title when `titles`.
        func rank(_ index: Int, _ query: Query, titles: Bool) -> Int? {
            var best: Int?
            for field in 0..<(titles ? 3 : 2) {
                let range = starts[3 * index + field]..<starts[3 * index + field + 1]
                guard !range.isEmpty, let r = Palette.rank(scalars[range], query) else { continue }
                best = min(best ?? r, r)
            }
            return best
        }
    }

    /// How many documents are offered at most: the best by rank, then in corpus order.
    static let documentLimit = 20

    /// The candidates for what is typed, built once per text, corpus revision and language (the palette's
    /// list is drawn at every frame and read again by ↑ ↓, Tab and Enter).
    /// The corpus's document names as the palette compares them, prepared once per revision (also in the
    /// background when the analysis is ready: at 50,000 documents the first key after `:` took 262 ms).
    static func documentNames(_ state: AppState) -> DocumentNames {
        state.paletteNames.value(for: state.revision) { DocumentNames(state.corpus.documents) }
    }

    static func candidates(_ text: String, state: AppState) -> [Candidate] {
        let key = CandidatesKey(text: text, revision: state.revision, language: state.language)
        return state.paletteCandidates.value(for: key) { build(text, state: state) }
    }

    struct CandidatesKey: Hashable {
        var text: String
        var revision: Int
        var language: Language
    }

    private static func build(_ text: String, state: AppState) -> [Candidate] {
        let typed = text.trimmingWhitespace()
        guard !typed.isEmpty else { return [] }
        let query = Query(typed)
        let corpus = state.corpus
        let taxonomy = corpus.taxonomy
        let b = ScreenContext(state: state)
        let language = state.language
        var ranked: [(rank: Int, order: Int, candidate: Candidate)] = []
        func offer(_ names: [String], _ label: String, _ kind: String, _ route: Route, completion: String? = nil) {
            guard let best = names.compactMap({ rank(Palette.name($0)[...], query) }).min() else { return }
            ranked.append((best, ranked.count, Candidate(label: label, kind: kind, route: route, completion: completion ?? label)))
        }
        // Screens by number or name in either language.
        if let n = Int(typed), Route.tabs.indices.contains(n - 1) {
            let label = b.label(for: Route.tabs[n - 1])
            ranked.append((0, ranked.count, Candidate(label: label, kind: Label.screenKind.text(in: language), route: Route.tabs[n - 1], completion: label)))
        }
        // The tabs, then the screens no tab leads to (help, the findings check).
        for route in Route.tabs + [.help, .findings] {
            offer((Labels.screens[route].map { [$0.name.zh, $0.name.en] } ?? []) + (Labels.screenAliases[route] ?? []), b.label(for: route),
                  Label.screenKind.text(in: language), route)
        }
        for p in taxonomy.divisions {
            offer([p.zh, p.name, p.short, p.en, p.code], b.label(for: .province(p.code)), Label.provinceKind.text(in: language), .province(p.code))
        }
        for i in taxonomy.issuers {
            offer([i.zh, i.en, i.abbreviation, i.id] + i.aliases, b.label(for: .issuer(i.id)), Label.issuerKind.text(in: language), .issuer(i.id))
        }
        for a in taxonomy.areas {
            offer([a.zh, a.en, a.id], b.label(for: .area(a.id)), Label.areaKind.text(in: language), .area(a.id))
        }
        // Documents: the best `documentLimit` by rank (an exact number is never crowded out by earlier documents
        // that only hold its characters), in corpus order within a rank.
        let documentNames = Self.documentNames(state)
        let titles = typed.count >= 2
        var byRank = [[Int]](repeating: [], count: 4)
        for index in corpus.documents.indices {
            guard let r = documentNames.rank(index, query, titles: titles), byRank[r].count < documentLimit else { continue }
            byRank[r].append(index)
            if byRank[0].count == documentLimit { break }
        }
        var offered = 0
        for (r, indices) in byRank.enumerated() {
            for index in indices where offered < documentLimit {
                offered += 1
                let d = corpus.documents[index]
                ranked.append((r, ranked.count, Candidate(label: (d.number ?? d.id) + "  " + d.title, kind: Label.documentKind.text(in: language),
                                                          route: .document(d.id), completion: d.number ?? d.id)))
            }
        }
        return ranked.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.candidate)
    }
}
