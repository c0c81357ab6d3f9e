/// The members ipap reads in a corpus's own files, by the types' coding keys, in the order they are written
/// (docs/data-format.md shows them in it): any other is reported (`LocatedFileDecoder.memberProblems`), since
/// its value would be lost without a word.
extension JSONMemberRules {
    private static func names<K: CaseIterable & RawRepresentable>(_ keys: K.Type) -> [String] where K.RawValue == String {
        keys.allCases.map(\.rawValue)
    }

    /// A document file; its source's former `verified` / `verifiedURL` are still read (`DocumentSource`).
    package static let document = JSONMemberRules(known: names(PolicyDocument.CodingKeys.self), nested: [
        "locality": JSONMemberRules(known: ["zh", "code"]),
        "actionAreas": JSONMemberRules(known: ["ids", "coding"]),
        "source": JSONMemberRules(known: names(DocumentSource.CodingKeys.self), nested: [
            "seen": JSONMemberRules(known: names(Provenance.CodingKeys.self)),
            "fetched": JSONMemberRules(known: ["url", "at", "place"]),
        ]),
    ])

    /// `corpus.json`.
    package static let corpusInfo = JSONMemberRules(known: names(CorpusInfo.CodingKeys.self), nested: [
        "citations": JSONMemberRules(known: ["id", "text", "doi", "url"]),
    ])
}
