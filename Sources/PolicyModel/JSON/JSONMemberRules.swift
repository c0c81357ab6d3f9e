/// Which members the objects of a file may have, in the order they are written. Foundation's decoder takes the
/// first of a repeated member (Python, jq and most editors' tools take the last) and skips a member it does not
/// know (a misspelled `numbr` left the number unknown): both without a word. These rules say what to report
/// instead, and `JSONLayout` writes the members in their order.
package struct JSONMemberRules: Sendable {
    /// The names an object may have, in the order they are written; nil: any name (a free map, such as a
    /// document's `extra`, written in sorted order).
    let order: [String]?
    let known: Set<String>?
    /// The rules of a member's value (of each element when it is an array); a member not named here: any names.
    let nested: [String: JSONMemberRules]

    package init(known order: [String]?, nested: [String: JSONMemberRules] = [:]) {
        self.order = order
        self.known = order.map(Set.init)
        self.nested = nested
    }

    /// No name is unknown: only repeated members are found.
    package static let anyMembers = JSONMemberRules(known: nil)

    func rules(of member: String) -> JSONMemberRules { nested[member] ?? .anyMembers }

    /// A known name that `name` may be a misspelling of: the same but for case, else one at most two edits away
    /// (and fewer than half its length: `url` is not suggested for `id`). Nil for none or a known name.
    func suggestion(for name: String) -> String? {
        guard let known, !known.contains(name) else { return nil }
        if let sameButCase = known.sorted().first(where: { $0.lowercased() == name.lowercased() }) { return sameButCase }
        let scored = known.map { ($0, EditDistance.between(name, $0)) }.filter { $0.1 <= 2 && $0.1 * 2 < $0.0.count }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}

/// A member that a file should not have, found by `JSONNode.memberFindings`.
package struct JSONMemberFinding: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// The name stands earlier in the same object, at `firstAt`.
        case repeated(firstAt: SourcePosition)
        /// No reader knows the name; `suggestion` is a known one it may be a misspelling of.
        case unknown(suggestion: String?)
    }

    package let kind: Kind
    /// The member's path as messages name it: `source.seen.url`, `citations[0].doi`.
    package let path: String
    /// Where its name stands.
    package let position: SourcePosition
}

extension JSONNode {
    /// Every repeated member (each occurrence after the first) and every member `rules` does not know, at any
    /// depth, in file order.
    package func memberFindings(_ rules: JSONMemberRules, path: String = "") -> [JSONMemberFinding] {
        switch value {
        case .object(let members):
            var firstAt: [String: SourcePosition] = [:]
            var found: [JSONMemberFinding] = []
            for member in members {
                let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
                if let first = firstAt[member.key] {
                    found.append(JSONMemberFinding(kind: .repeated(firstAt: first), path: memberPath, position: member.keyPosition))
                } else {
                    firstAt[member.key] = member.keyPosition
                    if let known = rules.known, !known.contains(member.key) {
                        found.append(JSONMemberFinding(kind: .unknown(suggestion: rules.suggestion(for: member.key)),
                                                       path: memberPath, position: member.keyPosition))
                    }
                }
                found += member.value.memberFindings(rules.rules(of: member.key), path: memberPath)
            }
            return found
        case .array(let items):
            return items.enumerated().flatMap { i, item in item.memberFindings(rules, path: "\(path)[\(i)]") }
        case .null, .bool, .number, .string:
            return []
        }
    }
}
