import PolicyAnalysis
import PolicyModel

/// The per-document indicator table of `ipap analyze` (table and CSV), and the strongest reuse pairs.
enum AnalysisTable {
    static let headers = ["id", "region", "length", "content_length", "copied_from_centre", "copied_goals", "copied_actions",
                          "identical_goals", "identical_actions", "nearest_province", "nearest_share", "distinctiveness",
                          "measures", "vague_measures", "financial_support", "evaluation_clauses", "evaluation_indicators",
                          "evaluation_schedule", "governance_topics", "supply", "environment", "demand", "goal_orientation",
                          "mission_clauses", "diffusion_clauses", "quantified_dated_goals", "goal_clauses"]

    static func rows(_ result: AnalysisResult, corpus: Corpus) -> [[String]] {
        result.documents.map { d in
            // Empty where unknown, and for a central document, where copying from the centre is not applicable.
            let local = Self.copiesFromCentreApply(d, corpus: corpus)
            return [d.id, corpus.document(d.id)?.region ?? "", String(d.length), String(d.contentLength),
                    (local ? d.copiedFromCentre : nil).map(share) ?? "",
             (local ? d.copiedFromCentreGoals : nil).map(share) ?? "", (local ? d.copiedFromCentreActions : nil).map(share) ?? "",
             String(d.identicalGoals), String(d.identicalActions), d.nearestProvince?.region ?? "",
             d.nearestProvince.map { share($0.share) } ?? "", share(d.distinctiveness),
             String(d.measures.count), String(d.vagueMeasures), String(d.financialSupport), String(d.evaluation.count),
             String(d.evaluationNamesIndicators), String(d.evaluationHasSchedule),
             d.governancePresent.filter(\.value).keys.sorted().map(\.rawValue).joined(separator: ";"),
             toolShare(d, "supply"), toolShare(d, "environment"), toolShare(d, "demand"),
             d.goalOrientation.rawValue, String(d.missionClauses), String(d.diffusionClauses),
             String(d.quantifiedDatedGoals.count), String(d.goalClauses)]
        }
    }

    /// Whether the shares copied from the centre apply to the document: defined for local documents only (a
    /// central document's are not applicable, shown "-" and written empty, never 0).
    static func copiesFromCentreApply(_ d: DocumentIndicators, corpus: Corpus) -> Bool {
        corpus.document(d.id)?.isCentral != true
    }

    /// A tool class's share (`DocumentIndicators.toolShare`), empty when unknown as the other columns write it: it
    /// read 0.000 in all three for a document without a tool-coded clause.
    static func toolShare(_ d: DocumentIndicators, _ toolClass: String) -> String {
        DocumentIndicators.toolShare(toolClass, of: d.toolShares).map(share) ?? ""
    }

    static func share(_ v: Double) -> String {
        String(format: "%.3f", v)
    }

    static func percent(_ v: Double?) -> String {
        guard let v else { return "-" }
        return String(Int((v * 100).rounded())) + "%"
    }

    /// Whether the text names funding: "✓", else "no" / "否", said apart from the "-" the table keeps for not
    /// applicable or unknown (the CSV's financial_support=false read as "-").
    static func money(_ named: Bool, zh: Bool) -> String {
        named ? "✓" : (zh ? "否" : "no")
    }

    static func render(_ result: AnalysisResult, corpus: Corpus, language: Language, width: Int?) -> String {
        let zh = language == .chinese
        let taxonomy = corpus.taxonomy
        let headers = zh
            ? ["编号", "地区", "内容字数", "照搬中央", "目标", "行动", "最相似省份", "独特", "措施", "空泛", "资金", "评估", "治理"]
            : ["ID", "Region", "Content", "Centre", "Goals", "Actions", "Nearest", "Own", "Meas.", "Vague", "Money", "Eval.", "Gov."]
        let rows = result.documents.map { d -> [String] in
            func place(_ code: String) -> String { taxonomy.division(code)?.displayName.text(in: language) ?? code }
            let region = corpus.document(d.id)?.region.map(place) ?? "-"
            let nearest = d.nearestProvince.map { place($0.region) + " " + percent($0.share) } ?? "-"
            // No evaluation clause is a count, 0: "-" is not applicable or unknown in this table.
            let eval = "\(d.evaluation.count)" + (d.evaluationNamesIndicators ? (zh ? "+指" : "+ind") : "")
                + (d.evaluationHasSchedule ? (zh ? "+期" : "+sch") : "")
            let local = copiesFromCentreApply(d, corpus: corpus)
            // The shares' denominator (content characters), not the text's length: 1,141 characters quoted of 3,686
            // read as 31% beside a share of 32%.
            return [d.id, region, String(d.contentLength), percent(local ? d.copiedFromCentre : nil),
                    percent(local ? d.copiedFromCentreGoals : nil) + (local && d.identicalGoals ? "=" : ""),
                    percent(local ? d.copiedFromCentreActions : nil) + (local && d.identicalActions ? "=" : ""), nearest, percent(d.distinctiveness),
                    String(d.measures.count), d.measures.isEmpty ? "-" : String(d.vagueMeasures), money(d.financialSupport, zh: zh), eval,
                    "\(d.governancePresent.filter(\.value).count)/\(GovernanceTopic.allCases.count)"]
        }
        var out = TextTable(headers: headers, rows: rows, rightAligned: [2, 3, 4, 5, 7, 8, 9]).render(maxWidth: width)
        let pairs = result.reuse.sorted { $0.targetShare != $1.targetShare ? $0.targetShare > $1.targetShare : $0.target < $1.target }.prefix(20)
        if !pairs.isEmpty {
            out += "\n\n" + (zh ? "复用最多的文件对（前 20）" : "Strongest reuse (top 20)") + "\n"
            out += TextTable(headers: zh ? ["来源", "目标", "关系", "目标占比", "段落"] : ["Source", "Target", "Relation", "Share", "Passages"],
                             rows: pairs.map { [$0.source, $0.target, $0.relation.label.text(in: language), percent($0.targetShare), String($0.copies.count)] },
                             rightAligned: [3, 4]).render(maxWidth: width)
        }
        out += "\n\n" + (zh ? "内容字数：汉字、字母和数字（不计标点与空白），照搬中央、目标、行动、最相似省份和独特的比例均以此计。"
                              : "Content: letters, digits and ideographs (no punctuation or spaces), what the Centre, Goals, Actions, Nearest and Own shares count.")
        out += "\n" + (zh ? "“=”：该章节九成以上出自同一份中央文件（含改动的照搬）；评估 +指 含指标，+期 含时间安排。"
                         : "“=”: ≥ 90% of that section from one central document (edited copies included); Eval. +ind names indicators, +sch a schedule.")
        out += "\n" + (zh ? "资金：✓ 有资金支持条款，否 没有；“-”：不适用（中央文件的照搬中央）或未知。"
                         : "Money: ✓ names funding, no: names none; “-”: not applicable (Centre for a central document) or unknown.")
        return out
    }
}
