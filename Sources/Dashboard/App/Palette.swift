import PolicyModel

/// The command palette (`:`): go to a screen, a province, an issuer, an area or a document by id or number.
enum Palette {
    struct Candidate {
        var label: String
        var route: Route
    }

    static func candidates(_ text: String, state: AppState) -> [Candidate] {
        let query = text.trimmingWhitespace()
        guard !query.isEmpty else { return [] }
        let corpus = state.corpus
        let taxonomy = corpus.taxonomy
        let b = ScreenContext(state: state)
        var out: [Candidate] = []
        // Screens by number or name in either language.
        if let n = Int(query), Route.tabs.indices.contains(n - 1) {
            out.append(Candidate(label: b.label(for: Route.tabs[n - 1]), route: Route.tabs[n - 1]))
        }
        for route in Route.tabs {
            let names = Labels.screens[route].map { [$0.name.zh, $0.name.en] } ?? []
            if names.contains(where: { $0.lowercased().hasPrefix(query.lowercased()) }) {
                out.append(Candidate(label: b.label(for: route), route: route))
            }
        }
        if let d = corpus.resolveDocument(query) {
            out.append(Candidate(label: d.number ?? d.id, route: .document(d.id)))
        }
        if let p = taxonomy.resolveDivision(query) {
            out.append(Candidate(label: p.zh, route: .province(p.code)))
        }
        if let i = taxonomy.resolveIssuer(query) {
            out.append(Candidate(label: i.zh, route: .issuer(i.id)))
        }
        if let a = taxonomy.resolveArea(query) {
            out.append(Candidate(label: a.zh, route: .area(a.id)))
        }
        // Prefix matches: 河 finds 河北, 河南; MI finds MIIT; gf-2016 finds document ids.
        if out.isEmpty {
            let lower = query.lowercased()
            out += taxonomy.divisions.filter { $0.name.hasPrefix(query) || $0.en.lowercased().hasPrefix(lower) }
                .map { Candidate(label: $0.zh, route: .province($0.code)) }
            out += taxonomy.issuers.filter { $0.zh.hasPrefix(query) || $0.abbreviation.lowercased().hasPrefix(lower) }
                .map { Candidate(label: $0.zh, route: .issuer($0.id)) }
            out += taxonomy.areas.filter { $0.zh.hasPrefix(query) || $0.id.hasPrefix(lower) }
                .map { Candidate(label: $0.zh, route: .area($0.id)) }
            out += corpus.documents.filter { $0.id.hasPrefix(lower) || ($0.number?.hasPrefix(query) ?? false) }.prefix(20)
                .map { Candidate(label: $0.number ?? $0.id, route: .document($0.id)) }
        }
        return out
    }
}
