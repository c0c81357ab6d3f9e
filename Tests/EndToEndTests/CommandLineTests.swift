import Foundation
import XCTest

/// The `ipap` command line on the bundled catalogue and on broken corpora, run as a user would.
final class CommandLineTests: XCTestCase {
    private func ipap(_ arguments: String..., environment: [String: String] = [:]) -> ProcessRunner.Output {
        ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: environment)
    }

    func testValidateTheBundledCatalogue() {
        let out = ipap("validate")
        XCTAssertEqual(out.status, 0, out.stdout + out.stderr)
        XCTAssertEqual(out.stdout, "")
        XCTAssertTrue(out.stderr.hasPrefix("ok: "), out.stderr)
        // In Chinese, in Chinese: the summary line was English whatever the language.
        let chinese = ipap("validate", environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(chinese.status, 0, chinese.stderr)
        XCTAssertTrue(chinese.stderr.hasPrefix("通过："), chinese.stderr)
        XCTAssertTrue(chinese.stderr.contains("没有问题"), chinese.stderr)
        XCTAssertNil(chinese.stderr.range(of: "documents|findings|problems", options: .regularExpression), chinese.stderr)
    }

    /// A --corpus that names no directory exited 1 ("problems found") with a made-up location
    /// (`/tmp/nonexist:1:1:`); it is a usage error (exit 2) that names the option and the path.
    func testACorpusThatIsNoDirectoryIsAUsageError() {
        for command in ["list", "stats", "validate", "show"] {
            let out = command == "show" ? ipap(command, "gf-2015-40", "--corpus", "/nonexistent/ipap-corpus") : ipap(command, "--corpus", "/nonexistent/ipap-corpus")
            XCTAssertEqual(out.status, 2, command + ": " + out.stderr)
            XCTAssertTrue(out.stderr.contains("--corpus: no such corpus directory: /nonexistent/ipap-corpus"), command + ": " + out.stderr)
        }
        // The path is echoed through the sanitiser: an escape in it reaches the terminal visible, not raw.
        let escaped = ipap("list", "--corpus", "/nonexistent/\u{1B}[31mred")
        XCTAssertEqual(escaped.status, 2)
        XCTAssertFalse(escaped.stderr.contains("\u{1B}"), escaped.stderr)
        XCTAssertTrue(escaped.stderr.contains("/nonexistent/␛[31mred"), escaped.stderr)
    }

    /// A mistyped subcommand reached the dashboard's (the default) as "Unexpected argument 'lst'" with the
    /// browse usage; it names the subcommand meant, and exits 2.
    func testAMistypedSubcommandNamesTheOneMeant() {
        for (typed, meant) in [("lst", "list"), ("shwo", "show"), ("valdate", "validate")] {
            let out = ipap(typed)
            XCTAssertEqual(out.status, 2, out.stderr)
            XCTAssertTrue(out.stderr.contains("no subcommand '\(typed)'; did you mean '\(meant)'?"), out.stderr)
        }
    }

    /// `ipap report` (a report is what `export` writes) was answered "did you mean 'import'?": import and export
    /// are as near to it, and the first in the list was named alone. Every subcommand as near is named.
    func testAMistypedSubcommandNamesEverySubcommandAsNear() {
        let out = ipap("report")
        XCTAssertEqual(out.status, 2, out.stderr)
        XCTAssertTrue(out.stderr.contains("no subcommand 'report'; did you mean 'import' or 'export'?"), out.stderr)
        let zh = ipap("report", environment: ["IPAP_LANG": "zh"])
        XCTAssertTrue(zh.stderr.contains("是不是“import”或“export”？"), zh.stderr)
    }

    /// A word far from every subcommand (`ipap reprot`) got the dashboard's "Unexpected argument 'reprot'" with the
    /// browse usage, as if browse had been asked for. It is told that there is no such subcommand, with their list,
    /// in the terminal's language, exit 2. Browse takes no word: `ipap browse reprot` keeps its own error, and so
    /// does what is no word (a path), and `ipap help` still helps.
    func testAWordThatIsNoSubcommandIsToldSoWithTheList() {
        let out = ipap("reprot")
        XCTAssertEqual(out.status, 2, out.stderr)
        XCTAssertTrue(out.stderr.hasPrefix("ipap: no subcommand 'reprot'; the subcommands: browse, validate, init, import, "), out.stderr)
        XCTAssertTrue(out.stderr.contains(", findings (ipap --help describes them)"), out.stderr)
        XCTAssertFalse(out.stderr.contains("Unexpected argument"), out.stderr)
        let zh = ipap("报告", environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(zh.status, 2, zh.stderr)
        XCTAssertTrue(zh.stderr.hasPrefix("ipap：没有子命令“报告”；子命令有 browse、validate、init、import、"), zh.stderr)
        XCTAssertTrue(zh.stderr.contains("、findings（ipap --help 逐一说明）"), zh.stderr)
        for arguments in [["browse", "reprot"], ["/srv/ipap/corpus"]] {
            let own = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: [:])
            XCTAssertEqual(own.status, 2, own.stderr)
            XCTAssertTrue(own.stderr.contains("Unexpected argument '\(arguments.last ?? "")'"), own.stderr)
        }
        let help = ipap("help")
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("SUBCOMMANDS:"), help.stdout)
    }

    /// 'ipap version' got the list of subcommands, which does not say where the version is: it is pointed to --version.
    func testTheWordVersionIsPointedToTheOption() {
        for (language, said) in [("en", "ipap: no subcommand 'version'; for the version: ipap --version"),
                                 ("zh", "ipap：没有子命令“version”；版本号请用 ipap --version")] {
            let out = ipap("version", environment: ["IPAP_LANG": language])
            XCTAssertEqual(out.status, 2, out.stderr)
            XCTAssertEqual(out.stderr.trimmingCharacters(in: .newlines), said)
        }
        let option = ipap("--version")
        XCTAssertEqual(option.status, 0, option.stderr)
        XCTAssertFalse(option.stdout.isEmpty)
    }

    /// In a pipe, 'ipap --until 2099-13' was answered 'the dashboard needs a terminal', the bad value unsaid: usage
    /// errors come first, whatever the terminal (exit 2), then the terminal check.
    func testTheDashboardsUsageErrorsComeBeforeTheTerminalCheck() {
        for (arguments, said) in [(["--until", "2099-13"], "Error: --until wants YYYY-MM, not '2099-13'"),
                                  (["browse", "--demo", "--kinds", "bogus"], "Error: unknown kind 'bogus' (policy, approval, notice)")] {
            let out = ProcessRunner.run([ProcessRunner.ipap] + arguments)
            XCTAssertEqual(out.status, 2, out.stderr)
            XCTAssertTrue(out.stderr.hasPrefix(said), out.stderr)
            XCTAssertFalse(out.stderr.contains("needs a terminal"), out.stderr)
        }
        let zh = ipap("--until", "2099-13", environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(zh.status, 2, zh.stderr)
        XCTAssertTrue(zh.stderr.hasPrefix("错误：--until 须为 YYYY-MM 格式，而不是“2099-13”"), zh.stderr)
        let valid = ipap("--until", "2020-06")
        XCTAssertEqual(valid.status, 2, valid.stderr)
        XCTAssertTrue(valid.stderr.contains("the dashboard needs a terminal"), valid.stderr)
    }

    /// The argument parser's usage errors were English with IPAP_LANG=zh, beside ipap's own messages in
    /// Chinese; its known phrasings are put into Chinese (the options' help text stays as written).
    func testUsageErrorsAreInTheAnalystsLanguage() {
        let cases: [([String], String)] = [
            (["list", "--year", "abc"], "错误：“--year <year>”的值“abc”无效"),
            (["list", "--year"], "错误：“--year <year>”缺少取值"),
            (["analyze", "--format", "xml"], "错误：“--format <format>”的值“xml”无效；可选：table、csv、json"),
            (["stats", "--bogus"], "错误：没有选项“--bogus”"),
            (["show"], "错误：缺少参数“<thing>”"),
            (["list", "a", "b"], "错误：多余的参数 2 个：“a”、“b”"),
        ]
        for (arguments, expected) in cases {
            let zh = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": "zh"])
            XCTAssertEqual(zh.status, 2, zh.stderr)
            XCTAssertTrue(zh.stderr.hasPrefix(expected), zh.stderr)
            XCTAssertTrue(zh.stderr.contains("用法：ipap \(arguments[0]) "), zh.stderr)
            XCTAssertTrue(zh.stderr.contains("  详见 ipap \(arguments[0]) --help。"), zh.stderr)
            XCTAssertFalse(zh.stderr.contains("Error:") || zh.stderr.contains("Usage:"), zh.stderr)
            let en = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": "en"])
            XCTAssertEqual(en.status, 2, en.stderr)
            XCTAssertTrue(en.stderr.hasPrefix("Error: "), en.stderr)
        }
    }

    /// A usage error a subcommand finds when it runs showed the root's usage, "ipap <subcommand>".
    func testAUsageErrorFoundWhileRunningShowsItsSubcommandsUsage() {
        let arguments = ["review", "add", "--target", "no-such-thing", "--tag", "x"]
        let zh = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(zh.status, 2, zh.stderr)
        XCTAssertTrue(zh.stderr.hasPrefix("错误：“no-such-thing”不是"), zh.stderr)
        XCTAssertTrue(zh.stderr.contains("用法：ipap review add [--corpus <DIR>] --target <ID>"), zh.stderr)
        XCTAssertTrue(zh.stderr.contains("  详见 ipap review add --help。"), zh.stderr)
        XCTAssertFalse(zh.stderr.contains("<subcommand>"), zh.stderr)
        let en = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(en.status, 2, en.stderr)
        XCTAssertTrue(en.stderr.contains("Usage: ipap review add [--corpus <DIR>]"), en.stderr)
        XCTAssertTrue(en.stderr.contains("See 'ipap review add --help' for more information."), en.stderr)
    }

    /// `ipap --corpus C list` parsed as the dashboard's options with "list" an unexpected argument; it says
    /// where the subcommand goes.
    func testASubcommandAfterItsOptionsIsExplained() {
        let out = ipap("--corpus", "/tmp", "list", environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(out.status, 2, out.stderr)
        XCTAssertTrue(out.stderr.contains("ipap: the subcommand comes first: ipap list --corpus /tmp"), out.stderr)
        let zh = ipap("--corpus", "/tmp", "list", environment: ["IPAP_LANG": "zh"])
        XCTAssertTrue(zh.stderr.contains("ipap：子命令写在最前：ipap list --corpus /tmp"), zh.stderr)
    }

    func testValidateABrokenCorpusListsEveryProblem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("documents"), withIntermediateDirectories: true)
        try Data(#"{"schema": 1, "name": "broken"}"#.utf8).write(to: dir.appendingPathComponent("corpus.json"))
        try Data("{\"schema\": 1, \"id\": \"a\", \"title\": \"t\", \"issuers\": [\"nobody\"],\n \"level\": \"national\", \"source\": {\"verified\": false}}".utf8)
            .write(to: dir.appendingPathComponent("documents/a.json"))
        try Data("{\"schema\": 1,".utf8).write(to: dir.appendingPathComponent("documents/b.json"))
        let out = ipap("validate", "--corpus", dir.path)
        XCTAssertEqual(out.status, 1)
        XCTAssertEqual(out.stdout, """
            \(dir.path)/documents/a.json:1:52: unknown issuer 'nobody' (not in issuers.json)
            \(dir.path)/documents/b.json:1:14: malformed JSON: expected a quoted member name, found end of file

            """)
        // `show` of the document that did not load says so (it said "not a document id" of this corpus).
        let show = ipap("show", "b", "--corpus", dir.path)
        XCTAssertEqual(show.status, 1, show.stderr)
        XCTAssertTrue(show.stderr.contains("'b' is in the corpus, but documents/b.json did not load"), show.stderr)
    }

    /// `ipap demo --style formula` writes an importable corpus whose planted.json has categories, the style and
    /// the chance-shared pairs; the standard style's planted.json has none of them.
    /// `--corpus` on what `ipap demo` writes (an import source) says so and gives the import command, for
    /// the dashboard as for every command (issue 15 #15).
    func testAnImportSourceGivenAsACorpusSaysHowToImportIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-src-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(ipap("demo", "--out", dir.path, "--documents", "3").status, 0)
        for command in ["browse", "list"] {
            let out = ipap(command, "--corpus", dir.path)
            XCTAssertEqual(out.status, 1, command)
            XCTAssertTrue(out.stderr.contains("is an import source"), "\(command): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains("ipap import \(dir.path) --into CORPUS --synthetic"), "\(command): \(out.stderr)")
        }
    }

    func testDemoFormulaStyleWritesCategoriesAndImports() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let formula = ipap("demo", "--style", "formula", "--out", dir.appendingPathComponent("f").path,
                           "--documents", "60", "--seed", "3", "--length", "3000")
        XCTAssertEqual(formula.status, 0, formula.stderr)
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("f/planted.json"))) as! [String: Any]
        XCTAssertEqual(truth["style"] as? String, "formula")
        XCTAssertNotNil(truth["chanceShared"] as? [Any])
        let planted = truth["planted"] as! [[String: Any]]
        XCTAssertFalse(planted.isEmpty)
        XCTAssertTrue(planted.allSatisfy { $0["category"] is String })
        let imported = ipap("import", dir.appendingPathComponent("f").path, "--into", dir.appendingPathComponent("c").path, "--synthetic")
        XCTAssertEqual(imported.status, 0, imported.stdout + imported.stderr)

        let standard = ipap("demo", "--out", dir.appendingPathComponent("s").path, "--documents", "12", "--length", "2000")
        XCTAssertEqual(standard.status, 0, standard.stderr)
        let plain = try String(contentsOf: dir.appendingPathComponent("s/planted.json"), encoding: .utf8)
        for key in ["category", "style", "chanceShared"] { XCTAssertFalse(plain.contains("\"\(key)\""), key) }
        XCTAssertNotEqual(ipap("demo", "--style", "plain", "--out", dir.appendingPathComponent("x").path).status, 0)
    }

    /// Piped JSON is compact (one line); `--pretty` indents it; both carry the same result.
    func testAnalyzeJSONIsCompactWhenPipedAndIndentedWithPretty() throws {
        let demo = ProcessRunner.repository.appendingPathComponent("data/demo").path
        let compact = ipap("analyze", "--corpus", demo, "--format", "json")
        let pretty = ipap("analyze", "--corpus", demo, "--format", "json", "--pretty")
        XCTAssertEqual(compact.status, 0, compact.stderr)
        XCTAssertEqual(pretty.status, 0, pretty.stderr)
        XCTAssertEqual(compact.stdout.filter { $0 == "\n" }.count, 1, "compact JSON is one line")
        XCTAssertTrue(pretty.stdout.hasPrefix("{\n  \""), String(pretty.stdout.prefix(40)))
        XCTAssertGreaterThan(pretty.stdout.utf8.count, 2 * compact.stdout.utf8.count)
        let a = try JSONSerialization.jsonObject(with: Data(compact.stdout.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.stdout.utf8)) as? NSDictionary
        XCTAssertEqual(a, b)
        XCTAssertEqual((a?["documents"] as? [Any])?.count, 48)
    }

    /// The English table showed Chinese places (上海), the evaluation flags +指 and +期, and relations as their
    /// JSON ids (vertical): each in the language of the rest of the table.
    func testAnalyzeTableSpeaksOneLanguage() {
        let demo = ProcessRunner.repository.appendingPathComponent("data/demo").path
        let english = ipap("analyze", "--corpus", demo, "--format", "table", environment: ["IPAP_LANG": "en"])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertTrue(english.stdout.contains("Shanghai"), english.stdout)
        XCTAssertTrue(english.stdout.contains("+ind"), english.stdout)
        XCTAssertTrue(english.stdout.contains("vertical (centre → local)"), english.stdout)
        XCTAssertNil(english.stdout.range(of: #"\p{Han}"#, options: .regularExpression), "no Chinese in the English table")
        let chinese = ipap("analyze", "--corpus", demo, "--format", "table", environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(chinese.status, 0, chinese.stderr)
        XCTAssertTrue(chinese.stdout.contains("上海") && chinese.stdout.contains("+指") && chinese.stdout.contains("纵向（中央→地方）"), chinese.stdout)
        // `ipap show` named an English document's region 安徽省.
        let shown = ipap("show", "--corpus", demo, "demo-00008", environment: ["IPAP_LANG": "en"])
        let region = shown.stdout.split(separator: "\n").first { $0.hasPrefix("  Region") }
        XCTAssertEqual(region?.split(separator: " ").last, "Anhui", shown.stdout)
    }

    func testUsageErrorsExitTwo() {
        XCTAssertEqual(ipap("list", "--bogus").status, 2)
        XCTAssertEqual(ipap("list", "--province", "Atlantis").status, 2)
        XCTAssertEqual(ipap("show", "no-such-thing").status, 2)
    }

    func testShowTheGuidingOpinion() {
        let out = ipap("show", "国发〔2015〕40号")
        XCTAssertEqual(out.status, 0, out.stderr)
        for expected in ["国务院关于积极推进“互联网+”行动的指导意见", "国发〔2015〕40号", "Written       2015-07-01",
                         "Published     2015-07-04", "Seen          title, number seen on an official government site; date not seen",
                         "Source        http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2015-07/04/content_10002.htm"] {
            XCTAssertTrue(out.stdout.contains(expected), "missing \(expected) in\n\(out.stdout)")
        }
        XCTAssertEqual(ipap("show", "gf-2015-40").stdout, out.stdout, "by id and by number alike")
    }

    func testShowHebeiByAnyNameIncludingTheReviewFinding() {
        let byName = ipap("show", "河北")
        XCTAssertEqual(byName.status, 0, byName.stderr)
        XCTAssertTrue(byName.stdout.hasPrefix("河北省 Hebei"), byName.stdout)
        XCTAssertTrue(byName.stdout.contains("130000"))
        XCTAssertTrue(byName.stdout.contains("Cited findings"), byName.stdout)
        XCTAssertTrue(byName.stdout.contains("doi") || byName.stdout.contains("中国工程科学"), "the finding carries its citation")
        // Where in the work, in brackets after it: joined by a comma it read "131-138.，二，引言".
        let zh = ipap("show", "河北", environment: ["IPAP_LANG": "zh"])
        XCTAssertTrue(zh.stdout.contains("131-138.（"), zh.stdout)
        XCTAssertFalse(zh.stdout.contains(".，"), zh.stdout)
        XCTAssertTrue(byName.stdout.contains("131-138. (section"), byName.stdout)
        XCTAssertEqual(ipap("show", "130000").stdout, byName.stdout)
        XCTAssertEqual(ipap("show", "Hebei").stdout, byName.stdout)
        XCTAssertEqual(ipap("show", "冀").stdout, byName.stdout)
        let chinese = ipap("show", "河北", environment: ["IPAP_LANG": "zh"])
        XCTAssertTrue(chinese.stdout.contains("文献结论"), chinese.stdout)
    }

    func testListFiltersAndFormats() throws {
        let sichuan = ipap("list", "--province", "川", "--format", "csv")
        XCTAssertEqual(sichuan.status, 0, sichuan.stderr)
        let lines = sichuan.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "id,date,year,number,level,region,issuers,areas,title,title_note,scope")
        XCTAssertGreaterThan(lines.count, 5)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.contains(",510000,") && $0.hasSuffix(",every document") }, sichuan.stdout)
        // A CSV kept for later says which documents were listed (the scope was on stderr only).
        let scoped = ipap("list", "--province", "川", "--format", "csv", "--review-scope")
        XCTAssertEqual(scoped.status, 0, scoped.stderr)
        let scopedRows = scoped.stdout.split(separator: "\n").dropFirst()
        XCTAssertFalse(scopedRows.isEmpty)
        XCTAssertTrue(scopedRows.allSatisfy { $0.hasSuffix(",\"policy (related records left out), up to 2020-06-30\"") }, scoped.stdout)

        let json = ipap("list", "--issuer", "MIIT", "--format", "json")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertFalse(decoded?.isEmpty ?? true)
        XCTAssertTrue(decoded?.allSatisfy { ($0["issuers"] as? [String])?.contains("miit") ?? false } ?? false)

        let search = ipap("list", "--search", "医疗健康", "--year", "2018", "--format", "csv")
        // The year column: the date's year, or the year in the number when the date is unknown (湘政办发〔2018〕85号).
        let rows = search.stdout.split(separator: "\n").dropFirst()
        XCTAssertTrue(rows.allSatisfy { $0.contains("医疗健康") && $0.split(separator: ",", omittingEmptySubsequences: false)[2] == "2018" },
                      search.stdout)
        XCTAssertTrue(rows.contains { $0.hasPrefix("43-zbf-2018-85,,2018,") }, search.stdout)
    }

    /// The commands that only read the corpus (stats, list, problems, review list, show) read the metadata index
    /// when it is fresh and never write it, and say the same with it, without it, and once a document changed
    /// after it was written (issue 16: at 50,000 documents `stats` read every text, 7.6 s and 1.4 GB).
    func testReadingCommandsGiveTheSameAnswerWithAndWithoutTheIndexAndWriteNothing() throws {
        let corpus = try EvidencePathEndToEndTests.demoCopy()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let commands: [[String]] = [["stats"], ["stats", "--format", "csv"], ["list", "--format", "csv"],
                                    ["list", "--search", "人才培训", "--format", "csv"], ["list", "--search", "人才培训"],
                                    ["problems"], ["review", "list"], ["show", "demo-00000"], ["show", "四川"], ["show", "miit"]]
        func answers() -> [String] {
            commands.map { c in
                let out = ProcessRunner.run([ProcessRunner.ipap] + c + ["--corpus", corpus.path], environment: ["IPAP_LANG": "zh", "COLUMNS": "120"])
                XCTAssertEqual(out.status, 0, "\(c): \(out.stderr)")
                return out.stdout
            }
        }
        // A stored analysis (which `show` reads for a document's text areas), first without the index.
        let index = corpus.appendingPathComponent("metadata-index.jsonl")
        let stored = ipap("analyze", "--corpus", corpus.path, "--write")
        XCTAssertEqual(stored.status, 0, stored.stderr)
        try? FileManager.default.removeItem(at: index)
        let files = { try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() }
        let before = try files()
        let without = answers()
        XCTAssertEqual(try files(), before, "a reading command wrote into the corpus")
        // The analysis kept as it is, the index written.
        let analysed = ipap("analyze", "--corpus", corpus.path, "--write")
        XCTAssertEqual(analysed.status, 0, analysed.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: index.path), "analyze --write writes the index")
        let stamp = try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date
        XCTAssertEqual(answers(), without, "with the index")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date, stamp)
        // A title changed after the index was written: the commands read the file, not the stale index.
        let file = corpus.appendingPathComponent("documents/demo-00000.json")
        var document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        document["title"] = "人才培训专项试点方案（合成示例）"
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        let changed = answers()
        XCTAssertTrue(changed[2].contains("人才培训专项试点方案"), changed[2])
    }

    /// `--search` looks in the texts too (issue 15, item 16): a document whose title lacks the words is listed
    /// for its text, with how often and where (scalar offsets that point at the words in the stored text), and
    /// the table shows each hit as a passage.
    func testListSearchFindsWordsInTheTexts() throws {
        let demo = ProcessRunner.repository.appendingPathComponent("data/demo")
        let csv = ipap("list", "--corpus", demo.path, "--search", "人才培训", "--format", "csv")
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first?.hasSuffix(",text_hits,hit_offsets,scope"), true, lines.first ?? "")
        guard let row = lines.first(where: { $0.hasPrefix("demo-00000,") }) else { return XCTFail(csv.stdout) }
        XCTAssertFalse(row.split(separator: ",")[8].contains("人才培训"), "listed for its text, not its title")
        let offsets = try XCTUnwrap(row.split(separator: ",", omittingEmptySubsequences: false).dropLast().last).split(separator: ";").compactMap { Int($0) }
        XCTAssertFalse(offsets.isEmpty, row)
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: demo.appendingPathComponent("documents/demo-00000.json"))) as? [String: Any]
        let text = Array(try XCTUnwrap(document?["text"] as? String).unicodeScalars)
        for o in offsets {
            XCTAssertEqual(String(String.UnicodeScalarView(text[o..<(o + 4)])), "人才培训", "offset \(o)")
        }
        let table = ipap("list", "--corpus", demo.path, "--search", "人才培训", environment: ["IPAP_LANG": "zh"])
        XCTAssertTrue(table.stdout.contains("  demo-00000 @\(offsets[0])  "), table.stdout)
        XCTAssertTrue(table.stdout.contains("【人才培训】"), table.stdout)
        XCTAssertTrue(table.stderr.contains("正文中"), table.stderr)
    }

    /// A passage of `list --search` starts as the dashboard's quotes do (`QuoteStart`): with "…" where it starts
    /// inside a bracketed part opened just before it ("…二十一）"), not where it starts outside brackets or with the
    /// text itself (every passage began with "…", as if something before it had been cut).
    func testListSearchPassagesMarkWhereTheTextGoesOn() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ipap-list-quotes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try ReviewCommandLineTests.makeCorpus(at: dir, withTexts: true)
        let file = dir.appendingPathComponent("documents/gf-2015-40.json")
        var document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        document["text"] = "一、总体要求\n（二十一）大力发展农村地区跨境贸易，支持跨境贸易进农村，完善农村物流配送体系，加快建设县级服务中心。"
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        let passages = { (query: String) in
            self.ipap("list", "--corpus", dir.path, "--search", query, environment: ["IPAP_LANG": "zh"]).stdout
                .split(separator: "\n").filter { $0.hasPrefix("  gf-2015-40 @") }.map(String.init)
        }
        // Cut on both sides: an ellipsis at both ends, also where the cut falls inside a bracket.
        XCTAssertEqual(passages("跨境贸易"), [
            "  gf-2015-40 @20  …二十一）大力发展农村地区【跨境贸易】，支持跨境贸易进农村，完善农村物流配送体系，加快…",
            "  gf-2015-40 @27  …展农村地区跨境贸易，支持【跨境贸易】进农村，完善农村物流配送体系，加快建设县级服务中…",
        ])
        // From the text's start, and to its end: no ellipsis there (every line began and ended with one).
        XCTAssertEqual(passages("总体要求"), ["  gf-2015-40 @2  一、【总体要求】 （二十一）大力发展农村地区跨境贸易，支持跨境贸…"])
        XCTAssertEqual(passages("服务中心"), ["  gf-2015-40 @52  …流配送体系，加快建设县级【服务中心】。"])
    }

    /// Usage errors in the analyst's language (issue 15, item 11: they were English only).
    func testUsageErrorsSpeakTheAnalystsLanguage() {
        let zh = ipap("list", "--province", "Atlantis", environment: ["IPAP_LANG": "zh"])
        XCTAssertEqual(zh.status, 2)
        XCTAssertTrue(zh.stderr.contains("未知省份“Atlantis”"), zh.stderr)
        let en = ipap("list", "--province", "Atlantis")
        XCTAssertTrue(en.stderr.contains("unknown province 'Atlantis'"), en.stderr)
        let until = ipap("list", "--until", "2018", environment: ["IPAP_LANG": "zh"])
        XCTAssertTrue(until.stderr.contains("--until 须为 YYYY-MM 格式"), until.stderr)
    }

    func testListTableAlignsChineseColumns() throws {
        let out = ipap("list", "--level", "national")
        XCTAssertEqual(out.status, 0)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        // Every row starts its date column at the same display column: the id column is padded by width.
        let header = try XCTUnwrap(lines.first)
        XCTAssertTrue(header.hasPrefix("ID"))
        let dateColumn = header.range(of: "Date").map { header.distance(from: header.startIndex, to: $0.lowerBound) }
        for line in lines.dropFirst() {
            let date = line.range(of: "[0-9]{4}-[0-9]{2}-[0-9]{2}| - ", options: .regularExpression).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
            XCTAssertNotNil(date)
            if let date, let dateColumn { XCTAssertLessThanOrEqual(abs(date - dateColumn), 2, line) }
        }
    }

    func testStats() throws {
        let out = ipap("stats", "--format", "json")
        XCTAssertEqual(out.status, 0)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.filter { $0["dimension"] as? String == "province" }.count, 31)
        let areas = rows.filter { $0["dimension"] as? String == "area" }
        XCTAssertEqual(areas.filter { $0["key"] as? String != "unknown" }.count, 11)
        // Documents whose title names no area are counted apart (their areas are in their text), never as none.
        let uncoded = try XCTUnwrap(areas.first { $0["key"] as? String == "unknown" })
        let levels = rows.filter { $0["dimension"] as? String == "level" }.compactMap { $0["documents"] as? Int }.reduce(0, +)
        XCTAssertGreaterThan(uncoded["documents"] as? Int ?? 0, 0)
        XCTAssertLessThan(uncoded["documents"] as? Int ?? 0, levels)
        XCTAssertTrue(rows.allSatisfy { $0["scope"] as? String == "every document" }, "which documents were counted")
        // --review-scope went to stderr only: a CSV kept for later said nothing of it. Each row says it.
        let scoped = ipap("stats", "--format", "csv", "--review-scope")
        XCTAssertEqual(scoped.status, 0, scoped.stderr)
        let lines = scoped.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "dimension,key,name,documents,scope")
        XCTAssertGreaterThan(lines.count, 40)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasSuffix(#","policy (related records left out), up to 2020-06-30""#) }, scoped.stdout)
        // The kinds are the scope's: the others are not counted, not absent (it listed "notice,0").
        XCTAssertEqual(lines.filter { $0.hasPrefix("kind,") }.map { $0.split(separator: ",")[1] }, ["policy"], scoped.stdout)
        let everything = ipap("stats", "--format", "csv").stdout.split(separator: "\n")
        XCTAssertTrue(everything.dropFirst().allSatisfy { $0.hasSuffix(",every document") }, "\(everything.prefix(3))")
        let table = ipap("stats")
        XCTAssertTrue(table.stdout.contains("By province"))
        XCTAssertTrue(table.stdout.contains("By action area (title coding)"))
        XCTAssertTrue(table.stdout.contains("title names no area"))
    }

    /// `show` of a document said "everything known" and gave none of its indicators (QA pass 50): with an analysis
    /// stored it gives them and its reuse pairs, as the document's page does; without one it says how to store one.
    /// `list --area` says its count is of titles (the dashboard's, with the documents coded from their text, is larger).
    func testShowGivesADocumentsIndicatorsAndListSaysItCountsTitles() throws {
        let corpus = try EvidencePathEndToEndTests.demoCopy()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let before = ipap("show", "--corpus", corpus.path, "demo-00019").stdout
        XCTAssertTrue(before.contains("no analysis stored: ipap analyze --write"), before)
        XCTAssertEqual(ipap("analyze", "--corpus", corpus.path, "--write").status, 0)
        let shown = ipap("show", "--corpus", corpus.path, "demo-00019").stdout
        let json = ipap("analyze", "--corpus", corpus.path, "--format", "json").stdout
        let analysis = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let document = try XCTUnwrap((analysis["documents"] as? [[String: Any]])?.first { $0["id"] as? String == "demo-00019" })
        let centre = try XCTUnwrap(document["copiedFromCentre"] as? Double)
        let measures = try XCTUnwrap(document["measures"] as? [Any]).count
        let lines = shown.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let centreLine = try XCTUnwrap(lines.first { $0.hasPrefix("Copied from centre") }, shown)
        XCTAssertTrue(centreLine.contains("\(Int((centre * 100).rounded()))%"), centreLine)
        let measuresLine = try XCTUnwrap(lines.first { $0.hasPrefix("Measures") }, shown)
        XCTAssertTrue(measuresLine.contains("\(measures), vague "), measuresLine)
        XCTAssertTrue(lines.contains { $0.contains("← demo-0000") && $0.contains("passages") }, shown)
        // A document file changed since (QA pass 51: after an import, show said no analysis was stored).
        let file = corpus.appendingPathComponent("documents/demo-00002.json")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: file.path)
        let outdated = ipap("show", "--corpus", corpus.path, "demo-00019").stdout
        // Read as one line: show wraps it to the terminal.
        let unwrapped = outdated.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(unwrapped.contains("the stored analysis was not recorded for the corpus's files as they are now (changed or copied since): ipap analyze --write"), outdated)
        XCTAssertFalse(outdated.contains("no analysis stored"), outdated)
        let listed = ipap("list", "--corpus", corpus.path, "--area", "电子商务")
        XCTAssertTrue(listed.stderr.contains("whose titles name E-commerce (those coded to it from their text: ipap show e-commerce)"), listed.stderr)
    }

    /// `show` of a document names the areas its text is coded to once an analysis is stored, without computing
    /// one; `analyze --write` that finds the stored analysis up to date (a copied corpus) records its files'
    /// stamp, so that `show` and the dashboard know it current without reading the texts.
    func testShowNamesADocumentsTextAreasFromAStoredAnalysis() throws {
        let corpus = try EvidencePathEndToEndTests.demoCopy()
        defer { try? FileManager.default.removeItem(at: corpus) }
        XCTAssertFalse(ipap("show", "--corpus", corpus.path, "demo-00001").stdout.contains("Areas in text"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("analysis").path), "show computed no analysis")
        XCTAssertEqual(ipap("analyze", "--corpus", corpus.path, "--write").status, 0)
        let shown = ipap("show", "--corpus", corpus.path, "demo-00001")
        let line = try XCTUnwrap(shown.stdout.split(separator: "\n").first { $0.contains("Areas in text") }, shown.stdout)
        XCTAssertTrue(line.hasSuffix("(coding of the text's clauses and headings)"), String(line))
        // Copied elsewhere, the stored analysis is still valid by its inputs but its files' stamp is not.
        let copy = corpus.deletingLastPathComponent().appendingPathComponent(corpus.lastPathComponent + "-copy")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: corpus, to: copy)
        XCTAssertFalse(ipap("show", "--corpus", copy.path, "demo-00001").stdout.contains("Areas in text"))
        let kept = ipap("analyze", "--corpus", copy.path, "--write")
        XCTAssertTrue(kept.stderr.contains("the stored analysis is up to date"), kept.stderr)
        XCTAssertTrue(ipap("show", "--corpus", copy.path, "demo-00001").stdout.contains(String(line)))
    }

    func testBundledDataIsFoundFromAnyDirectory() {
        let out = ProcessRunner.run(["/bin/sh", "-c", "cd / && \(ProcessRunner.ipap) validate"])
        XCTAssertEqual(out.status, 0, out.stderr)
    }

    /// An issuer's documents per year name those of no known year: MIIT's three documents read "2015: 1  2016: 1",
    /// which summed to two, one undated document unsaid.
    func testShowAnIssuerCountsItsUndatedDocumentsPerYear() throws {
        for (language, documents, perYear) in [("en", "Documents", "Per year"), ("zh", "文件数", "逐年文件")] {
            let out = ipap("show", "miit", environment: ["IPAP_LANG": language])
            XCTAssertEqual(out.status, 0, out.stderr)
            let lines = out.stdout.components(separatedBy: "\n")
            let count = try XCTUnwrap(lines.first { $0.hasPrefix("  \(documents) ") }, out.stdout)
            XCTAssertTrue(count.hasSuffix(" 3"), count)
            let years = try XCTUnwrap(lines.first { $0.hasPrefix("  \(perYear) ") }, out.stdout)
            XCTAssertTrue(years.hasSuffix("2015: 1  2016: 1  " + (language == "zh" ? "日期未知: 1" : "date unknown: 1")), years)
        }
    }

    /// A province, issuer or area the taxonomy does not know said only "unknown province '火星'": it says which
    /// names are understood and where to find them all, in the analyst's language.
    func testAnUnknownListFilterSaysWhatToWrite() {
        for (option, example) in [("--province", "Sichuan"), ("--issuer", "MIIT"), ("--area", "e-commerce")] {
            for language in ["en", "zh"] {
                let out = ipap("list", option, "火星", environment: ["IPAP_LANG": language])
                XCTAssertEqual(out.status, 2, out.stderr)
                let message = out.stderr.components(separatedBy: "\n")[0]
                XCTAssertTrue(message.contains("火星") && message.contains(example) && message.contains("`ipap stats`"), message)
                XCTAssertEqual(message.contains("lists"), language == "en", message)
            }
        }
    }

    /// `ipap show 河` and `ipap list --province 河` said the name was unknown, though it is part of 河北 and 河南: they
    /// say it is ambiguous and which provinces it is part of (exit 2); a part of one name asks whether it is meant.
    func testAPartOfSeveralProvinceNamesIsAmbiguousAndNamesThem() {
        let cases: [([String], String, String)] = [
            (["show", "河"], "Error: '河' is ambiguous: it is part of the names of the provinces 河北 (Hebei) and 河南 (Henan); give the name in full",
             "错误：“河”不明确：省份 河北、河南 的名称都含有它；请写全名"),
            (["list", "--province", "河"], "Error: ambiguous province '河': it is part of the names of 河北 (Hebei) and 河南 (Henan); give the name in full",
             "错误：省份“河”不明确：河北、河南 的名称都含有它；请写全名"),
            (["list", "--province", "江"], "Error: ambiguous province '江': it is part of the names of 黑龙江 (Heilongjiang), 江苏 (Jiangsu), 浙江 (Zhejiang) and 江西 (Jiangxi); give the name in full",
             "错误：省份“江”不明确：黑龙江、江苏、浙江、江西 的名称都含有它；请写全名"),
            (["list", "--province", "蒙古"], "Error: unknown province '蒙古'; did you mean 内蒙古 (Inner Mongolia)?", "错误：未知省份“蒙古”；是不是 内蒙古？"),
        ]
        for (arguments, english, chinese) in cases {
            for (language, message) in [("en", english), ("zh", chinese)] {
                let out = ProcessRunner.run([ProcessRunner.ipap] + arguments, environment: ["IPAP_LANG": language])
                XCTAssertEqual(out.status, 2, "\(arguments): \(out.stderr)")
                XCTAssertEqual(out.stderr.components(separatedBy: "\n")[0], message, "\(language) \(arguments)")
                XCTAssertEqual(out.stdout, "")
            }
        }
        // A whole name, a short name and the English name still name one province.
        for name in ["河北", "冀", "Henan"] {
            XCTAssertEqual(ipap("show", name).status, 0, name)
        }
    }

    /// `--kinds ,` (or an empty `--kinds`) named no kind: every command counted nothing, said "scope: " and
    /// exited 0, as if the corpus had no documents. It is a usage error, as an unknown kind is.
    func testKindsThatNameNoKindAreAUsageError() {
        for (command, kinds) in [("list", ","), ("stats", ""), ("show", " , ")] {
            let arguments = [command, "--kinds", kinds] + (command == "show" ? ["gf-2015-40"] : [])
            let out = ProcessRunner.run([ProcessRunner.ipap] + arguments)
            XCTAssertEqual(out.status, 2, "\(arguments): \(out.stderr)")
            XCTAssertTrue(out.stderr.hasPrefix("Error: --kinds names no kind (policy, approval, notice, comma-separated)"), out.stderr)
            XCTAssertEqual(out.stdout, "", "\(arguments)")
        }
    }
}
