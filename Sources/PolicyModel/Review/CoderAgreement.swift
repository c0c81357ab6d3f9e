/// Agreement between two analysts who coded the same clauses with a policy tool (override entries with
/// field `policyTool`, the latest in effect per analyst and clause): Cohen's kappa over the tool classes
/// (supply / environment / demand / other), one kappa per class (that class against the rest), and the
/// clauses on which they differ.
public struct CoderAgreement: Sendable, Hashable, Codable {
    /// A coded clause.
    public struct Unit: Sendable, Hashable, Codable, Comparable {
        public var document: String
        public var clause: Int

        public init(document: String, clause: Int) {
            self.document = document
            self.clause = clause
        }

        public static func < (a: Unit, b: Unit) -> Bool {
            a.document != b.document ? a.document < b.document : a.clause < b.clause
        }
    }

    /// Cohen's kappa with its parts: `kappa = (observed - expected) / (1 - expected)`; nil when
    /// `expected` is 1 (both coders used one and the same category throughout: kappa is undefined).
    public struct Kappa: Sendable, Hashable, Codable {
        /// Class id, or nil for the overall kappa over all classes.
        public var toolClass: String?
        public var units: Int
        public var agreements: Int
        public var observed: Double
        public var expected: Double
        public var kappa: Double?
    }

    public struct Disagreement: Sendable, Hashable, Codable {
        public var unit: Unit
        /// Tool ids: coder A's and coder B's.
        public var toolA: String
        public var toolB: String
        public var classA: String
        public var classB: String
        /// Same class, different tool: not a disagreement for the class kappas, listed for review.
        public var sameClass: Bool { classA == classB }
        /// The entries (ids) that carry the two codes.
        public var entryA: String
        public var entryB: String
    }

    public var coderA: String
    public var coderB: String
    /// Class ids in taxonomy order.
    public var classes: [String]
    public var overall: Kappa
    public var perClass: [Kappa]
    /// Clauses where the tools differ (class or tool), in document and clause order.
    public var disagreements: [Disagreement]
    /// Clauses both coded where a tool id is not in the taxonomy (left out of the kappas).
    public var unclassified: [Unit]

    /// Clauses coded with tools of different classes: what the kappas count as not agreeing (the overall row's
    /// clauses less its agreements).
    public var classDisagreements: Int { disagreements.filter { !$0.sameClass }.count }
    /// Clauses coded with different tools of one class: agreements for the kappas, listed for review.
    public var sameClassToolDifferences: Int { disagreements.filter(\.sameClass).count }

    /// The clauses on which the two differ, counted by what differs: the one wording of `ipap review agreement` and
    /// the dashboard's kappa line. A bare "分歧 1" counted a same-class tool difference beside kappas that count it
    /// as agreement.
    public var differencesText: LocalizedText {
        LocalizedText(zh: "类别不同 \(classDisagreements)，仅工具不同 \(sameClassToolDifferences)",
                      en: "differ in class \(classDisagreements), in tool only \(sameClassToolDifferences)")
    }

    /// Agreement of two analysts; nil when they coded no clause in common.
    public static func compute(_ store: ReviewStore, coderA: String, coderB: String,
                               scheme: PolicyToolScheme) -> CoderAgreement? {
        func codes(_ author: String) -> [Unit: ReviewEntry] {
            var out: [Unit: ReviewEntry] = [:]
            for (key, entry) in store.overrides(by: author) where key.field == .policyTool {
                out[Unit(document: key.document, clause: key.clause)] = entry
            }
            return out
        }
        let a = codes(coderA), b = codes(coderB)
        let shared = Set(a.keys).intersection(b.keys).sorted()
        guard !shared.isEmpty else { return nil }
        var pairs: [(Unit, String, String)] = []
        var unclassified: [Unit] = []
        var disagreements: [Disagreement] = []
        for unit in shared {
            guard let ea = a[unit], let eb = b[unit], let ta = ea.override?.value, let tb = eb.override?.value else { continue }
            guard let ca = scheme.toolClass(containing: ta)?.id, let cb = scheme.toolClass(containing: tb)?.id else {
                unclassified.append(unit)
                continue
            }
            pairs.append((unit, ca, cb))
            if ta != tb {
                disagreements.append(Disagreement(unit: unit, toolA: ta, toolB: tb, classA: ca, classB: cb,
                                                  entryA: ea.id, entryB: eb.id))
            }
        }
        let classes = scheme.classes.map(\.id)
        let overall = kappa(pairs.map { ($0.1, $0.2) }, toolClass: nil)
        let perClass = classes.map { c in
            kappa(pairs.map { ($0.1 == c ? c : "¬", $0.2 == c ? c : "¬") }, toolClass: c)
        }
        return CoderAgreement(coderA: coderA, coderB: coderB, classes: classes, overall: overall, perClass: perClass,
                              disagreements: disagreements, unclassified: unclassified)
    }

    /// Every pair of analysts with clauses coded in common, coders in name order.
    public static func all(_ store: ReviewStore, scheme: PolicyToolScheme) -> [CoderAgreement] {
        let coders = Array(Set(store.active.filter { $0.kind == .override && $0.override?.field == .policyTool }.map(\.author))).sorted()
        var out: [CoderAgreement] = []
        for i in coders.indices {
            for j in coders.indices where j > i {
                if let a = compute(store, coderA: coders[i], coderB: coders[j], scheme: scheme) { out.append(a) }
            }
        }
        return out
    }

    /// Cohen's kappa of paired categorical codes.
    public static func kappa(_ pairs: [(String, String)], toolClass: String?) -> Kappa {
        let n = pairs.count
        guard n > 0 else { return Kappa(toolClass: toolClass, units: 0, agreements: 0, observed: 0, expected: 0, kappa: nil) }
        let agreements = pairs.filter { $0.0 == $0.1 }.count
        var countA: [String: Int] = [:], countB: [String: Int] = [:]
        for (x, y) in pairs {
            countA[x, default: 0] += 1
            countB[y, default: 0] += 1
        }
        let total = Double(n)
        let observed = Double(agreements) / total
        var expected = 0.0
        for (category, ca) in countA { expected += Double(ca) / total * Double(countB[category] ?? 0) / total }
        let kappa: Double? = expected >= 1 - 1e-12 ? nil : (observed - expected) / (1 - expected)
        return Kappa(toolClass: toolClass, units: n, agreements: agreements, observed: observed, expected: expected, kappa: kappa)
    }
}
