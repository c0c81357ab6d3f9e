import Foundation
import XCTest

/// Full-width forms were folded only by `--search`: `list --issuer ＭＩＩＴ`, `list --province ｈｅｂｅｉ` and
/// `show ＨＥＢＥＩ` were "unknown". Names are looked up with full-width ASCII as ASCII (`TextSearch.nameKey`), on
/// the bundled catalogue.
final class FullWidthNameTests: XCTestCase {
    func testFullWidthNamesFindWhatTheirASCIIFinds() {
        let pairs: [([String], [String])] = [
            (["list", "--issuer", "ＭＩＩＴ"], ["list", "--issuer", "MIIT"]),
            (["list", "--province", "ｈｅｂｅｉ"], ["list", "--province", "hebei"]),
            (["list", "--area", "ｅ－ｃｏｍｍｅｒｃｅ"], ["list", "--area", "e-commerce"]),
            (["list", "--level", "ｐｒｏｖｉｎｃｉａｌ"], ["list", "--level", "provincial"]),
            (["show", "ＨＥＢＥＩ"], ["show", "Hebei"]),
            (["show", "国发〔２０１５〕４０号"], ["show", "国发〔2015〕40号"]),
        ]
        for (wide, narrow) in pairs {
            let expected = ProcessRunner.run([ProcessRunner.ipap] + narrow)
            XCTAssertEqual(expected.status, 0, "\(narrow): \(expected.stderr)")
            let run = ProcessRunner.run([ProcessRunner.ipap] + wide)
            XCTAssertEqual(run.status, 0, "\(wide): \(run.stderr)")
            XCTAssertEqual(run.stdout, expected.stdout, "\(wide)")
        }
    }
}
