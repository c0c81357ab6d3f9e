import Foundation
import XCTest
@testable import PolicyModel

/// Issuers named after a prefecture-level division of any province (the bundled `localities`), written as
/// policy databases and the documents' own 发文机关 write them, and the names that must stay provincial though
/// a city's name looks like them (吉林市 and 吉林省, 海南藏族自治州 and 海南省).
final class LocalityIssuerTests: XCTestCase {
    var taxonomy: Taxonomy!

    override func setUpWithError() throws {
        let (loaded, problems) = CorpusLoader(taxonomyDirectory: RealManifestTests.bundledTaxonomy).loadTaxonomy()
        XCTAssertEqual(problems, [])
        taxonomy = try XCTUnwrap(loaded)
    }

    /// `name` maps to the municipal level of `locality` in `province`, with `issuer` (nil: a department, the place only).
    func assertMunicipal(_ name: String, locality: String, province: String, issuer: String? = "municipal-government",
                         file: StaticString = #filePath, line: UInt = #line) {
        let r = IssuerText.resolve(name, in: taxonomy)
        XCTAssertEqual(r?.locality?.code, locality, name, file: file, line: line)
        XCTAssertEqual(r?.division?.code, province, name, file: file, line: line)
        XCTAssertEqual(r?.level, .municipal, name, file: file, line: line)
        XCTAssertEqual(r?.issuer?.id, issuer, name, file: file, line: line)
    }

    /// `name` maps to the provincial level of `province`, with no city.
    func assertProvincial(_ name: String, province: String, issuer: String? = "provincial-government",
                          file: StaticString = #filePath, line: UInt = #line) {
        let r = IssuerText.resolve(name, in: taxonomy)
        XCTAssertNil(r?.locality, name, file: file, line: line)
        XCTAssertEqual(r?.division?.code, province, name, file: file, line: line)
        XCTAssertEqual(r?.level, .provincial, name, file: file, line: line)
        XCTAssertEqual(r?.issuer?.id, issuer, name, file: file, line: line)
    }

    func testCitiesOfOtherProvincesMapToTheirProvince() {
        assertMunicipal("成都市人民政府", locality: "510100", province: "510000")
        assertMunicipal("杭州市人民政府办公厅", locality: "330100", province: "330000", issuer: "municipal-general-office")
        assertMunicipal("杭州市余杭区人民政府", locality: "330100", province: "330000")
        assertMunicipal("深圳市发展和改革委员会", locality: "440300", province: "440000", issuer: nil)
        assertMunicipal("Chengdu Municipal People's Government", locality: "510100", province: "510000")
    }

    /// A province's name before its city's (四川省成都市…) is the city, in that province.
    func testAProvinceFollowedByItsCityIsTheCity() {
        assertMunicipal("四川省成都市人民政府", locality: "510100", province: "510000")
        assertMunicipal("吉林省吉林市人民政府", locality: "220200", province: "220000")
        assertMunicipal("广西壮族自治区桂林市人民政府", locality: "450300", province: "450000")
    }

    /// 吉林市 is a city of 吉林省: the city's name with 市 is the city, the province's name (with 省, or alone
    /// before a body) the province; in English "Jilin" is the province unless the name says municipal or city.
    func testJilinCityAndJilinProvinceStayApart() {
        assertMunicipal("吉林市人民政府", locality: "220200", province: "220000")
        assertMunicipal("吉林市人民政府办公室", locality: "220200", province: "220000", issuer: "municipal-general-office")
        assertProvincial("吉林省人民政府", province: "220000")
        assertProvincial("吉林省人民政府办公厅", province: "220000", issuer: "provincial-general-office")
        assertProvincial("吉林省工业和信息化厅", province: "220000", issuer: "provincial-department")
        assertMunicipal("Jilin Municipal People's Government", locality: "220200", province: "220000")
        assertProvincial("Jilin Provincial People's Government", province: "220000")
        assertProvincial("General Office of the Jilin Provincial People's Government", province: "220000", issuer: "provincial-general-office")
    }

    /// 海南 is the province; 海南藏族自治州 (and its 海南州) lies in Qinghai.
    func testHainanProvinceAndHainanPrefectureOfQinghaiStayApart() {
        assertProvincial("海南省人民政府", province: "460000")
        assertProvincial("Hainan Provincial People's Government", province: "460000")
        assertMunicipal("海南藏族自治州人民政府", locality: "632500", province: "630000")
        assertMunicipal("海南州人民政府", locality: "632500", province: "630000")
        assertMunicipal("海东市人民政府", locality: "630200", province: "630000")
        assertMunicipal("海口市人民政府", locality: "460100", province: "460000")
    }

    /// The four municipalities are provincial-level divisions; their districts are not localities.
    func testMunicipalitiesStayProvincialBesideCitiesWithLikeNames() {
        assertProvincial("北京市人民政府", province: "110000")
        assertProvincial("上海市人民政府办公厅", province: "310000", issuer: "provincial-general-office")
        assertProvincial("天津市人民政府", province: "120000")
        assertProvincial("重庆市人民政府", province: "500000")
        assertProvincial("Beijing Municipal People's Government", province: "110000")
        assertMunicipal("北海市人民政府", locality: "450500", province: "450000")
        assertMunicipal("上饶市人民政府", locality: "361100", province: "360000")
        assertMunicipal("天水市人民政府", locality: "620500", province: "620000")
    }

    /// Autonomous prefectures, prefectures and leagues, whose governments are 人民政府 or 行政公署.
    func testPrefecturesAndLeaguesMap() {
        assertMunicipal("延边朝鲜族自治州人民政府", locality: "222400", province: "220000")
        assertMunicipal("延边州人民政府办公室", locality: "222400", province: "220000", issuer: "municipal-general-office")
        assertMunicipal("黔东南苗族侗族自治州人民政府", locality: "522600", province: "520000")
        assertMunicipal("阿拉善盟行政公署", locality: "152900", province: "150000")
        assertMunicipal("大兴安岭地区行政公署", locality: "232700", province: "230000")
        assertMunicipal("大兴安岭地区行政公署办公室", locality: "232700", province: "230000", issuer: "municipal-general-office")
        assertMunicipal("Yanbian Korean Autonomous Prefecture People's Government", locality: "222400", province: "220000")
        assertMunicipal("Alxa League Administrative Office", locality: "152900", province: "150000")
    }

    /// A county, banner or county-level city below the prefecture: the prefecture is the place the taxonomy tells.
    func testCountiesBannersAndCountyLevelCitiesMapToTheirPrefecture() {
        assertMunicipal("阿拉善盟阿拉善左旗人民政府", locality: "152900", province: "150000")
        assertMunicipal("成都市都江堰市人民政府", locality: "510100", province: "510000")
        assertMunicipal("延边朝鲜族自治州延吉市人民政府", locality: "222400", province: "220000")
    }

    /// Where one English name is a word of another (Anshan in Ma'anshan) the longer is meant; where two cities
    /// share a spelling (苏州 and 宿州 are both Suzhou) the English name tells the level, not the place.
    func testEnglishNamesTakeTheLongestAndLeaveAmbiguousSpellingsUnplaced() {
        assertMunicipal("Ma'anshan Municipal People's Government", locality: "340500", province: "340000")
        assertMunicipal("Anshan Municipal People's Government", locality: "210300", province: "210000")
        let suzhou = IssuerText.resolve("Suzhou Municipal People's Government", in: taxonomy)
        XCTAssertEqual(suzhou?.issuer?.id, "municipal-government")
        XCTAssertEqual(suzhou?.level, .municipal)
        XCTAssertNil(suzhou?.locality)
        XCTAssertNil(suzhou?.division)
        assertMunicipal("苏州市人民政府", locality: "320500", province: "320000")
        assertMunicipal("宿州市人民政府", locality: "341300", province: "340000")
    }

    /// Every province and autonomous region has its cities; codes lie in their province and name nothing twice.
    func testTheBundledLocalitiesCoverEveryProvince() {
        let localities = taxonomy.localities
        XCTAssertEqual(localities.count, 333)
        XCTAssertEqual(Set(localities.map(\.code)).count, localities.count)
        XCTAssertEqual(Set(localities.map(\.zh)).count, localities.count)
        let municipalities: Set<String> = ["110000", "120000", "310000", "500000"]
        for d in taxonomy.divisions {
            let cities = localities.filter { $0.province == d.code }
            XCTAssertEqual(cities.isEmpty, municipalities.contains(d.code), d.zh)
        }
        for c in localities {
            XCTAssertEqual(String(c.code.prefix(2)) + "0000", c.province, c.zh)
            XCTAssertNil(taxonomy.division(c.code), c.zh)
        }
        // No name of one place takes another's: each city's government by its full and short names, and each
        // province's by its own, maps to itself (only names a province also has, 吉林 and 海南, stay the province's).
        for c in localities {
            let englishShared = localities.filter { $0.en == c.en }.count > 1 || taxonomy.resolveDivision(c.en) != nil
            let names = [c.zh] + c.shortNames.filter { taxonomy.resolveDivision($0) == nil }
                + (englishShared ? [] : [c.en + " Municipal People's Government"])
            for name in names {
                let full = name.hasSuffix("Government") ? name : name + "人民政府"
                XCTAssertEqual(IssuerText.resolve(full, in: taxonomy)?.locality?.code, c.code, full)
            }
        }
        for d in taxonomy.divisions {
            for name in [d.zh + "人民政府", d.name + "人民政府", d.zh + "人民政府办公厅", d.en + " Provincial People's Government"] {
                let r = IssuerText.resolve(name, in: taxonomy)
                XCTAssertEqual(r?.division?.code, d.code, name)
                XCTAssertEqual(r?.level, .provincial, name)
            }
        }
    }

    /// `resolveLocality` does not take a province's name for a city's (吉林, 海南, Jilin).
    func testResolveLocalityLeavesProvinceNamesToProvinces() {
        XCTAssertEqual(taxonomy.resolveLocality("吉林市")?.code, "220200")
        XCTAssertEqual(taxonomy.resolveLocality("510100")?.code, "510100")
        XCTAssertEqual(taxonomy.resolveLocality("Chengdu")?.code, "510100")
        XCTAssertEqual(taxonomy.resolveLocality("延边")?.code, "222400")
        XCTAssertNil(taxonomy.resolveLocality("吉林"))
        XCTAssertNil(taxonomy.resolveLocality("海南"))
        XCTAssertNil(taxonomy.resolveLocality("Jilin"))
        XCTAssertNil(taxonomy.resolveLocality("Suzhou"))
    }
}
