import PolicyModel

/// What an indicator's value is about: the whole corpus, or one province, issuer, action area or document.
/// Said by the route that opens it, never guessed from the shape of an id.
public enum Subject: Hashable, Sendable, Codable {
    case corpus
    case province(String)
    case issuer(String)
    case area(String)
    case document(String)

    /// Whether an indicator's value for it is over several documents (their mean), not one document's.
    var isGroup: Bool {
        if case .document = self { return false }
        return true
    }

    /// The review target an analyst's tag or rating of this subject is about (none for the corpus: the
    /// indicator itself is then the target).
    var reviewTarget: ReviewTarget? {
        switch self {
        case .corpus: nil
        case .province(let code): ReviewTarget(kind: .province, id: code)
        case .issuer(let id): ReviewTarget(kind: .issuer, id: id)
        case .area(let id): ReviewTarget(kind: .area, id: id)
        case .document(let id): .document(id)
        }
    }
}
