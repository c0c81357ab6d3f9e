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

    /// How well a name matches the query; nil when it does not.
    static func rank(_ name: String, _ query: String) -> Int? {
        let n = name.lowercased(), q = query.lowercased()
        if n == q { return 0 }
        if n.hasPrefix(q) { return 1 }
        if n.contains(q) { return 2 }
        // The query's characters in order, for abbreviations of Chinese names (CJK queries only: Latin ones
        // would match almost anything).
        guard q.unicodeScalars.contains(where: { $0.value >= 0x3400 }) else { return nil }
        var rest = Substring(n)
        for ch in q {
            guard let i = rest.firstIndex(of: ch) else { return nil }
            rest = rest[rest.index(after: i)...]
        }
        return 3
    }

    static func candidates(_ text: String, state: AppState) -> [Candidate] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return [] }
        let corpus = state.corpus
        let taxonomy = corpus.taxonomy
        let b = ScreenContext(state: state)
        let language = state.language
        var ranked: [(rank: Int, order: Int, candidate: Candidate)] = []
        func offer(_ names: [String], _ label: String, _ kind: String, _ route: Route, completion: String? = nil) {
            guard let best = names.compactMap({ rank($0, query) }).min() else { return }
            ranked.append((best, ranked.count, Candidate(label: label, kind: kind, route: route, completion: completion ?? label)))
        }
        // Screens by number or name in either language.
        if let n = Int(query), Route.tabs.indices.contains(n - 1) {
            let label = b.label(for: Route.tabs[n - 1])
            ranked.append((0, ranked.count, Candidate(label: label, kind: Label.screenKind.text(in: language), route: Route.tabs[n - 1], completion: label)))
        }
        for route in Route.tabs {
            offer(Labels.screens[route].map { [$0.name.zh, $0.name.en] } ?? [], b.label(for: route), Label.screenKind.text(in: language), route)
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
        var documents = 0
        for d in corpus.documents where documents < 20 {
            let before = ranked.count
            offer([d.id, d.number ?? ""].filter { !$0.isEmpty } + (query.count >= 2 ? [d.title] : []),
                  (d.number ?? d.id) + "  " + d.title, Label.documentKind.text(in: language), .document(d.id), completion: d.number ?? d.id)
            if ranked.count > before { documents += 1 }
        }
        return ranked.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.candidate)
    }
}
