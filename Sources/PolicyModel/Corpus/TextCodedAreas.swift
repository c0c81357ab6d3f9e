/// What the documents whose titles name no area say about the areas: central policies of that kind and the
/// provinces' comprehensive main implementation documents, by their text when an analysis coded it, else
/// unknown. Made in one pass for all areas.
struct TextCodedAreas {
    /// Per area: the issuers of central documents, and the provinces of comprehensive main documents, whose
    /// text is coded to it.
    var centralIssuers: [String: Set<String>] = [:]
    var regions: [String: Set<String>] = [:]
    /// Per area: the positions (in corpus order) of those documents coded to it, so that every issuer and
    /// province counted from a text is backed by a document an analyst can open.
    var documents: [String: [Int]] = [:]
    /// Issuers and provinces with such a document not coded from its text: unknown for the areas they are
    /// not otherwise seen in.
    var uncodedCentralIssuers = Set<String>()
    var uncodedRegions = Set<String>()
    /// Those documents not coded from their text (positions in corpus order): each may be in any area, unknown,
    /// not absent.
    var uncodedPositions: [Int] = []
    var uncodedDocuments: Int { uncodedPositions.count }
    /// Provinces with a main implementation document of any kind: without one a province's coverage is
    /// unknown (`ProvinceProfile.areaCoverage`), so it is unknown for every area its titles do not name.
    var regionsWithMain = Set<String>()

    init(corpus: Corpus, textAreas: [String: [String]]?) {
        let opinion = corpus.guidingOpinion?.id
        let all = corpus.documents
        for i in all.indices where all[i].level == .provincial && all[i].isMainImplementation(of: opinion) {
            if let region = all[i].region { regionsWithMain.insert(region) }
        }
        for i in all.indices where all[i].isComprehensive {
            if all[i].isCentral {
                // A central approval or notice transmits no policy: it covers none.
                guard all[i].coversAreasOnlyInText else { continue }
                if let areas = textAreas?[all[i].id] {
                    for a in areas {
                        centralIssuers[a, default: []].formUnion(all[i].issuers)
                        documents[a, default: []].append(i)
                    }
                } else {
                    uncodedCentralIssuers.formUnion(all[i].issuers)
                    uncodedPositions.append(i)
                }
            } else if all[i].level == .provincial, all[i].isMainImplementation(of: opinion), let region = all[i].region {
                if let areas = textAreas?[all[i].id] {
                    for a in areas {
                        regions[a, default: []].insert(region)
                        documents[a, default: []].append(i)
                    }
                } else {
                    uncodedRegions.insert(region)
                    uncodedPositions.append(i)
                }
            }
        }
    }
}
