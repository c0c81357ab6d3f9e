import PolicyModel
import TerminalUI
import XCTest
@testable import Dashboard

/// An override that gives a clause the code the machine gave it was written with the same message as any other, and
/// the codes on screen did not change: the analyst could not tell whether it took (QA pass 49). The message says it.
final class OverrideSameAsMachineTests: XCTestCase {
    /// The draft Enter asks to write after typing `typed` into the override prompt of the first clause the machine
    /// coded with exactly one tool, and that tool.
    private func draft(typing typed: (String) -> String) throws -> (ReviewDraft, machineTool: String, AppState) {
        var state = DemoFixture.initialState(try DemoFixture.shared(), width: 120, height: 40)
        state.stack = [.documents, .document("demo-00019")]
        for row in Layout.content(state).rows.indices {
            state.view.selected = row
            let opened = Dashboard.update(state, .key(.char("o"))).0
            guard case .override(_, let previous)? = opened.prompt?.kind, let tools = previous.machine?.tools,
                  tools.count == 1 else { continue }
            var typing = opened
            typing.prompt?.text = typed(tools[0])
            let effects = Dashboard.update(typing, .key(.enter)).1
            for case .appendReview(let draft) in effects { return (draft, tools[0], typing) }
            XCTFail("Enter wrote nothing")
        }
        throw XCTSkip("no clause coded with one tool")
    }

    func testTheMachinesOwnCodeIsSaid() throws {
        let (draft, tool, state) = try draft { $0 }
        XCTAssertEqual(draft.override?.value, tool)
        let phrase = Dashboard.written(draft, taxonomy: state.corpus.taxonomy)
        let name = try XCTUnwrap(state.corpus.taxonomy.codeName(tool, field: .policyTool))
        XCTAssertEqual(phrase.text(in: .chinese), "已记入你的审阅日志：\(ReviewKind.override.name.zh)（与机器编码相同：\(name.zh)）")
        XCTAssertTrue(phrase.text(in: .english).hasSuffix("(the same as the machine's code: \(name.en))"), phrase.text(in: .english))
    }

    func testAnotherCodeIsWrittenAsBefore() throws {
        let (draft, tool, state) = try draft { machine in machine == "supply-talent" ? "supply-funding" : "supply-talent" }
        XCTAssertNotEqual(draft.override?.value, tool)
        XCTAssertEqual(Dashboard.written(draft, taxonomy: state.corpus.taxonomy).text(in: .chinese),
                       Phrase.writtenToJournal(ReviewKind.override.name).text(in: .chinese))
    }
}
