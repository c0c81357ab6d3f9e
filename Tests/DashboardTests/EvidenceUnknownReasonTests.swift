import Foundation
import PolicyAnalysis
import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// A document with no measure recognised (its chapters all themed, none a task or safeguard chapter): its vague-measure
/// share is unknown, and its evidence page said only "（无：该文件没有此项的依据段落）", as for a value of none
/// (QA pass 50). It gives the reason the value is unknown.
final class EvidenceUnknownReasonTests: XCTestCase {
    func testTheEvidencePageSaysWhyTheValueIsUnknown() throws {
        let fixture = try DashboardFixture.corpus()
        let id = "51-fbf-2018-86"
        var documents = fixture.documents
        for i in documents.indices where documents[i].id == id {
            documents[i].text = "一、加强统筹协调\n各地要建立工作协调机制，加强部门协作。\n二、加强安全保障\n加强网络安全防护能力建设。\n"
        }
        let corpus = Corpus(directory: fixture.directory, info: fixture.info, taxonomy: fixture.taxonomy, documents: documents,
                            findings: fixture.findings)
        let (result, _) = CorpusAnalysis(corpus: corpus).result()
        XCTAssertEqual(result.documents.first { $0.id == id }?.measures.count, 0, "the text has no measure recognised")
        for language in [Language.chinese, .english] {
            var state = AppState(corpus: corpus, language: language, size: Size(width: 120, height: 30),
                                 analysis: AnalysisView(result: result), analysisStatus: .ready)
            state.stack = [.documents, .evidence(indicator: .vagueMeasures, subject: .document(id))]
            let (b, _) = try DemoFixture.resume(state, keys: [])
            let why = Phrase.noValueBecause(Label.noMeasureRecognised.text(in: language)).text(in: language)
            XCTAssertTrue(b.rows.contains { $0.contains(why) }, DemoFixture.screen(b))
            XCTAssertFalse(b.rows.contains { $0.contains(Label.noneNoPassageOfThis.text(in: language)) }, DemoFixture.screen(b))
        }
    }
}
