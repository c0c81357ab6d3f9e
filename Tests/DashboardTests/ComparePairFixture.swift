import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
@testable import Dashboard

/// Two documents of the small fixture corpus (`DashboardFixture.corpus`) given the texts a test needs, and the passages
/// between them the test says (one text taken whole into the other, say): what is tested is how the comparison shows
/// them, not what the detector finds.
enum ComparePairFixture {
    static let source = "gf-2015-40", target = "51-fbf-2018-86"

    static func state(source sourceText: String, target targetText: String, passages: [ReusePassage], width: Int, height: Int,
                      language: Language) throws -> AppState {
        let fixture = try DashboardFixture.corpus()
        var documents = fixture.documents
        for i in documents.indices where documents[i].id == source { documents[i].text = sourceText }
        for i in documents.indices where documents[i].id == target { documents[i].text = targetText }
        let corpus = Corpus(directory: fixture.directory, info: fixture.info, taxonomy: fixture.taxonomy, documents: documents,
                            findings: fixture.findings)
        var (result, _) = CorpusAnalysis(corpus: corpus).result()
        result.reuse = [ReusePair(source: source, target: target, relation: .vertical, targetShare: 1, sourceShare: 1, passages: passages)]
        var state = AppState(corpus: corpus, language: language, size: Size(width: width, height: height),
                             analysis: AnalysisView(result: result), analysisStatus: .ready)
        state = Dashboard.reloadingReviews(state)
        state.stack = [.documents, .compare(source, target)]
        return state
    }

    /// The pair's one passage: each text whole.
    static func whole(_ sourceText: String, _ targetText: String, edited: Bool) -> ReusePassage {
        ReusePassage(source: TextSpan(0, sourceText.unicodeScalars.count), target: TextSpan(0, targetText.unicodeScalars.count), edited: edited)
    }

    /// The screen's split rows as (left, right), each pane's text trimmed (and the left of the mark ▸ that heads a passage).
    static func panes(_ b: TestBackend) -> [(left: String, right: String)] {
        b.rows.compactMap { row in
            guard let bar = row.firstIndex(of: "│") else { return nil }
            return (row[..<bar].trimmingCharacters(in: CharacterSet(charactersIn: " ▸")), row[row.index(after: bar)...].trimmingCharacters(in: .whitespaces))
        }
    }
}
