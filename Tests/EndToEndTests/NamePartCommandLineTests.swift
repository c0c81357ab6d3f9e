import Foundation
import XCTest

/// A part of names (农业: 农业农村部 and 现代农业; 河: 河北 and 河南) typed where a province, issuer or area is meant: the
/// command says which names hold it (exit 2), or asks "did you mean" the one it is part of; it never takes it.
/// `show 河` and `list --province 河` did so already; `show 农业`, `list --issuer/--area 农业` said "unknown" and `review
/// add --target 河` "not a document id …".
final class NamePartCommandLineTests: XCTestCase {
    private func assertUsageError(_ arguments: [String], _ english: String, _ chinese: String, file: StaticString = #filePath, line: UInt = #line) {
        for (language, message) in [("en", english), ("zh", chinese)] {
            let out = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": language])
            XCTAssertEqual(out.status, 2, "\(arguments): \(out.stderr)", file: file, line: line)
            XCTAssertEqual(out.stderr.components(separatedBy: "\n")[0], message, "\(language) \(arguments)", file: file, line: line)
            XCTAssertEqual(out.stdout, "", file: file, line: line)
        }
    }

    func testAPartOfIssuerAndAreaNamesIsAmbiguousOrAsked() {
        assertUsageError(["show", "农业"],
                         "Error: '农业' is ambiguous: it is part of the names of the issuer 农业农村部 (MARA); the action area 现代农业 (Modern agriculture); give the name in full",
                         "错误：“农业”不明确：发文机关 农业农村部，行动领域 现代农业 的名称都含有它；请写全名")
        assertUsageError(["list", "--issuer", "农业"], "Error: unknown issuer '农业'; did you mean 农业农村部 (Ministry of Agriculture and Rural Affairs)?",
                         "错误：未知发文机关“农业”；是不是 农业农村部？")
        assertUsageError(["list", "--area", "农业"], "Error: unknown action area '农业'; did you mean 现代农业 (Modern agriculture)?", "错误：未知行动领域“农业”；是不是 现代农业？")
        assertUsageError(["list", "--area", "finan"], "Error: unknown action area 'finan'; did you mean 普惠金融 (Inclusive finance)?", "错误：未知行动领域“finan”；是不是 普惠金融？")
        assertUsageError(["list", "--issuer", "国务院办"],
                         "Error: unknown issuer '国务院办'; did you mean 国务院办公厅 (General Office of the State Council)?", "错误：未知发文机关“国务院办”；是不是 国务院办公厅？")
        assertUsageError(["list", "--issuer", "人民政府"],
                         "Error: ambiguous issuer '人民政府': it is part of the names of 省人民政府 (PG), 省人民政府办公厅 (PGO), 市人民政府 (MG) and 市人民政府办公厅 (MGO); give the name in full",
                         "错误：发文机关“人民政府”不明确：省人民政府、省人民政府办公厅、市人民政府、市人民政府办公厅 的名称都含有它；请写全名")
        // Whole names, abbreviations and aliases still name one.
        for arguments in [["list", "--issuer", "农业部"], ["list", "--issuer", "MARA"], ["list", "--area", "现代农业"], ["show", "agriculture"]] {
            XCTAssertEqual(ProcessRunner.run([ProcessRunner.ipap] + arguments).status, 0, "\(arguments)")
        }
    }

    /// `review add --target 河` said "'河' is not a document id or number, indicator, province, issuer or action area of
    /// this corpus"; `--set-area 农业` "unknown action area '农业'". Nothing is written either way.
    func testReviewAddSaysAPartIsAmbiguous() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-name-part-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        try ReviewCommandLineTests.makeCorpus(at: corpus, withTexts: true)
        assertUsageError(["review", "add", "--corpus", corpus.path, "--target", "河", "--note", "看"],
                         "Error: '河' is ambiguous: it is part of the names of the provinces 河北 (Hebei) and 河南 (Henan); give the name in full",
                         "错误：“河”不明确：省份 河北、河南 的名称都含有它；请写全名")
        assertUsageError(["review", "add", "--corpus", corpus.path, "--target", "蒙古", "--note", "看"],
                         "Error: '蒙古' is not a document id or number, indicator, province, issuer or action area of this corpus; did you mean the province 内蒙古 (Inner Mongolia)?",
                         "错误：“蒙古”不是本语料中的文件编号或文号、指标、省份、发文机关或行动领域；是不是省份 内蒙古？")
        assertUsageError(["review", "add", "--corpus", corpus.path, "--target", "gf-2015-40", "--clause", "2", "--set-area", "农业"],
                         "Error: unknown action area '农业'; did you mean 现代农业 (Modern agriculture)?", "错误：未知行动领域“农业”；是不是 现代农业？")
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("reviews").path))
        // `review list --target 河` filtered on the literal text and listed nothing, as if no analyst had written about
        // the two; now the same answer (exit 2).
        assertUsageError(["review", "list", "--corpus", corpus.path, "--target", "河"],
                         "Error: '河' is ambiguous: it is part of the names of the provinces 河北 (Hebei) and 河南 (Henan); give the name in full",
                         "错误：“河”不明确：省份 河北、河南 的名称都含有它；请写全名")
    }

    /// `省` is part of 22 province names (and of three issuers'): the message listed every one, six lines at 80 columns.
    /// It lists the first eight and how many more.
    func testAPartOfManyNamesListsTheFirstEight() {
        assertUsageError(["list", "--province", "省"],
                         "Error: ambiguous province '省': it is part of the names of 河北 (Hebei), 山西 (Shanxi), 辽宁 (Liaoning), 吉林 (Jilin), 黑龙江 (Heilongjiang), "
                             + "江苏 (Jiangsu), 浙江 (Zhejiang), 安徽 (Anhui) and 14 more; give the name in full",
                         "错误：省份“省”不明确：河北、山西、辽宁、吉林、黑龙江、江苏、浙江、安徽 等 22 个 的名称都含有它；请写全名")
        assertUsageError(["show", "省"],
                         "Error: '省' is ambiguous: it is part of the names of the provinces 河北 (Hebei), 山西 (Shanxi), 辽宁 (Liaoning), 吉林 (Jilin), 黑龙江 (Heilongjiang), "
                             + "江苏 (Jiangsu), 浙江 (Zhejiang), 安徽 (Anhui) and 14 more; and of 3 issuers; give the name in full",
                         "错误：“省”不明确：省份 河北、山西、辽宁、吉林、黑龙江、江苏、浙江、安徽 等 22 个，另有发文机关 3 个 的名称都含有它；请写全名")
        // Five are listed in full.
        assertUsageError(["list", "--province", "自治区"],
                         "Error: ambiguous province '自治区': it is part of the names of 内蒙古 (Inner Mongolia), 广西 (Guangxi), 西藏 (Tibet), 宁夏 (Ningxia) and 新疆 (Xinjiang); give the name in full",
                         "错误：省份“自治区”不明确：内蒙古、广西、西藏、宁夏、新疆 的名称都含有它；请写全名")
    }
}
