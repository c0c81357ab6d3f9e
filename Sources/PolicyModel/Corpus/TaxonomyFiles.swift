/// The on-disk shape of each taxonomy file: a schema number and one list.
struct ActionAreasFile: Codable { var schema: Int; var areas: [ActionArea] }
struct DivisionsFile: Codable { var schema: Int; var divisions: [Division]; var localities: [LocalDivision]? }
struct IssuersFile: Codable { var schema: Int; var issuers: [Issuer] }
struct PolicyToolsFile: Codable { var schema: Int; var classes: [PolicyToolClass]; var goalOrientation: GoalOrientationTerms? }
struct ProblemsFile: Codable { var schema: Int; var citation: String?; var families: [ProblemFamily] }

/// The names of the taxonomy files, shared by the loader, the docs and the tests.
public enum TaxonomyFile: String, CaseIterable, Sendable {
    case actionAreas = "action-areas.json"
    case divisions = "divisions.json"
    case issuers = "issuers.json"
    case policyTools = "policy-tools.json"
    case problems = "problems.json"
}
