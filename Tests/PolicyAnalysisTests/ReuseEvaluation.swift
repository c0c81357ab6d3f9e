import PolicyAnalysis

/// Scores reported reuse against the generator's planted ground truth, in content characters
/// (letters, digits, CJK; punctuation and whitespace are not counted).
struct ReuseEvaluation {
    var plantedChars = 0
    var coveredChars = 0
    var reportedChars = 0
    var correctChars = 0
    var editedChecked = 0
    var editedRight = 0
    var verbatimPlanted = 0
    var editedPlanted = 0
    var spuriousPairs: [String] = []

    var recall: Double { Double(coveredChars) / Double(max(1, plantedChars)) }
    var precision: Double { Double(correctChars) / Double(max(1, reportedChars)) }
    var editedAccuracy: Double { Double(editedRight) / Double(max(1, editedChecked)) }

    init(corpus: DemoCorpus, pairs: [ReusePair]) {
        let texts = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        func isContent(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || (0x30...0x39).contains(s.value)
        }
        // Formula passages are listed but are not copies (docs/indicators.md): only copies are scored.
        let pairs = pairs.map { pair -> ReusePair in
            var pair = pair
            pair.passages = pair.passages.filter { !$0.formula }
            return pair
        }
        var pairIndex: [String: ReusePair] = [:]
        for p in pairs { pairIndex[p.source + ">" + p.target] = p }
        var plantedByPair: [String: [PlantedPassage]] = [:]
        for p in corpus.planted { plantedByPair[p.sourceId + ">" + p.targetId, default: []].append(p) }

        for planted in corpus.planted {
            if planted.edited { editedPlanted += 1 } else { verbatimPlanted += 1 }
            guard let text = texts[planted.targetId] else { continue }
            let reported = pairIndex[planted.sourceId + ">" + planted.targetId]?.passages ?? []
            for i in planted.target.start..<planted.target.end where isContent(text[i]) {
                plantedChars += 1
                if reported.contains(where: { $0.target.contains(i) }) { coveredChars += 1 }
            }
            let best = reported.max { $0.target.overlap(with: planted.target) < $1.target.overlap(with: planted.target) }
            if let best, best.target.overlap(with: planted.target) > 0 {
                editedChecked += 1
                if best.edited == planted.edited { editedRight += 1 }
            }
        }
        for pair in pairs {
            guard let text = texts[pair.target] else { continue }
            let truth = plantedByPair[pair.source + ">" + pair.target] ?? []
            if truth.isEmpty { spuriousPairs.append(pair.source + ">" + pair.target) }
            for passage in pair.passages {
                for i in passage.target.start..<passage.target.end where isContent(text[i]) {
                    reportedChars += 1
                    if truth.contains(where: { $0.target.contains(i) }) { correctChars += 1 }
                }
            }
        }
    }
}
