import XCTest
@testable import PolicyModel

/// A raw control in a JSON string was named `U+1` (`control character U+1 inside a string must be escaped`) where
/// every other message names it with four digits (`U+001B`): the parser names it through `ControlCharacters.name`.
final class ControlCharacterNameTests: XCTestCase {
    func testARawControlInAJSONStringIsNamedWithFourDigits() {
        for (scalar, name) in [("\u{0}", "U+0000"), ("\u{1}", "U+0001"), ("\u{1F}", "U+001F")] {
            do {
                _ = try JSONLocatingParser.parse("{\"id\": \"a\(scalar)b\"}")
                XCTFail("parsed a raw control")
            } catch {
                XCTAssertTrue(error.text.en.contains("control character \(name) "), error.text.en)
                XCTAssertTrue(error.text.zh.contains("控制字符 \(name)"), error.text.zh)
            }
        }
    }
}
