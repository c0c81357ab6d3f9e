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

/// `list --level 省` was unknown though 省级 is taken, and the English message named the English levels only: the
/// Chinese levels are taken with or without 级, and the message names each level's id and Chinese name.
final class LevelNameTests: XCTestCase {
    func testChineseLevelsWithoutTheirGradeAreTaken() {
        for (short, level) in [("省", "provincial"), ("市", "municipal"), ("国家", "national"), ("部委", "ministerial"), ("国家级", "national")] {
            let expected = ProcessRunner.run([ProcessRunner.ipap, "list", "--level", level])
            let run = ProcessRunner.run([ProcessRunner.ipap, "list", "--level", short])
            XCTAssertEqual(run.status, 0, "\(short): \(run.stderr)")
            XCTAssertEqual(run.stdout, expected.stdout, short)
        }
        let unknown = ProcessRunner.run([ProcessRunner.ipap, "list", "--level", "县"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr.components(separatedBy: "\n").first,
                       "Error: unknown level '县' (national 国家, ministerial 部委, provincial 省级, municipal 市级)")
    }
}
