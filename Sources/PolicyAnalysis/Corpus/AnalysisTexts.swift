/// The documents to analyse, in canonical (id) order, with their texts held apart and handed out once: the
/// analysis takes a document's text when it normalises it and keeps only the normalised form, so the texts
/// are freed as the first stage goes (1.3 GB at 50,000 documents of 9,000 characters) when nobody else holds
/// them (`CorpusAnalysis.detachingTexts(of:)`).
///
/// Unchecked Sendable: the analysis's workers take distinct documents' texts, each once, through a raw buffer.
public final class AnalysisTexts: @unchecked Sendable {
    /// The documents in id order, their `text` left empty.
    public let documents: [AnalysisDocument]
    private let slots: UnsafeMutablePointer<String>

    /// `input` in any order; the texts are taken from its documents.
    public init(_ input: [AnalysisDocument]) {
        var sorted = input.sorted { $0.id < $1.id }
        slots = UnsafeMutablePointer<String>.allocate(capacity: max(1, sorted.count))
        for i in sorted.indices {
            (slots + i).initialize(to: sorted[i].text)
            sorted[i].text = ""
        }
        documents = sorted
    }

    deinit {
        slots.deinitialize(count: documents.count)
        slots.deallocate()
    }

    public var count: Int { documents.count }

    /// Document `i`'s text, left in place (for the inputs' fingerprint, before the analysis takes them).
    public func text(at i: Int) -> String { slots[i] }

    /// Document `i`'s text, no longer held here. Called once per document, from any thread.
    func take(at i: Int) -> String {
        let text = slots[i]
        slots[i] = ""
        return text
    }
}
