import Foundation

/// The frame of an official document: its addressee line (主送机关, "各省、自治区、直辖市人民政府，国务院各部委、
/// 各直属机构：") at the top and its signature (落款: the issuer's name and the date) at the bottom. Every
/// document of an issuer carries its issuer's frame, so frame text is a formula by where it stands,
/// however few documents of the corpus hold it.
enum DocumentFrame {
    /// Lines searched from the top for the addressee (title, blank lines, document number, addressee).
    static let addresseeLines = 6
    /// Lines searched from the bottom for the signature (issuer, date, perhaps a copy note).
    static let signatureLines = 3
    /// Frame lines are short; a longer line ending in a colon is body text ("具体要求如下：").
    static let maxLength = 60

    /// Stored-text scalar spans of the addressee line and of the signature lines the text has.
    static func spans(in text: String) -> [TextSpan] {
        var lines: [TextSpan] = []
        var kept: [Substring] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                lines.append(TextSpan(offset, offset + length))
                kept.append(line)
            }
            offset += length + 1
        }
        var out: [TextSpan] = []
        for (i, line) in kept.prefix(addresseeLines).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.count <= maxLength, trimmed.hasSuffix("：") || trimmed.hasSuffix(":") {
                out.append(lines[i])
                break
            }
        }
        // The signature: the last lines while they are short and end no sentence.
        var i = kept.count - 1
        while i >= max(0, kept.count - signatureLines) {
            let trimmed = kept[i].trimmingCharacters(in: .whitespaces)
            guard trimmed.count <= maxLength / 2, !trimmed.hasSuffix("。"), !trimmed.hasSuffix("；"),
                  !out.contains(lines[i]) else { break }
            out.append(lines[i])
            i -= 1
        }
        return out
    }

    /// Content-character ranges of each document's frame lines.
    static func ranges(_ documents: [AnalysisDocument], texts: [NormalizedText]) -> [[Range<Int>]] {
        ParallelSlots<[Range<Int>]>.map(documents.count) { i in
            spans(in: documents[i].text).map { texts[i].normalizedRange(of: $0) }.filter { !$0.isEmpty }
        }
    }
}
