import Foundation
import TerminalUI
import XCTest
@testable import Dashboard

/// A view saved with the session before `fittedTo` existed (session 37) still decodes: a saved session that does not
/// decode is ignored whole ('saved by another version?'), and the analyst would lose where they were.
final class SavedViewCompatibilityTests: XCTestCase {
    func testAViewSavedWithoutFittedToDecodesAndOneWithItKeepsIt() throws {
        var view = ViewState()
        view.selected = 12
        view.offset = 4
        view.fittedTo = Size(width: 100, height: 30)
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(view)) as? [String: Any])
        XCTAssertNotNil(object["fittedTo"])
        let kept = try JSONDecoder().decode(ViewState.self, from: JSONEncoder().encode(view))
        XCTAssertEqual(kept, view)

        object["fittedTo"] = nil
        let old = try JSONDecoder().decode(ViewState.self, from: JSONSerialization.data(withJSONObject: object))
        XCTAssertEqual(old.selected, 12)
        XCTAssertEqual(old.offset, 4)
        XCTAssertNil(old.fittedTo)
    }
}
