import XCTest

/// The audit of one code (an action area, a tool class): sentences written for it that must code it, sentences that
/// must not, and `known`, those still coded against their reading (limits in docs/indicators.md, "Policy tools and
/// action areas").
struct CodingAudit {
    let code: String
    let codes: [String]
    let doesNotCode: [String]
    var known: Set<String> = []

    /// Fails on a sentence coded against its reading that is not known, and on a known one that agrees (update
    /// `known`); `coded(sentence, code)`: whether the sentence is coded to the code. Returns the lines to print: per
    /// code, must code found/total and must not code avoided/total, then the sentences disagreeing.
    static func check(_ audits: [CodingAudit], coded: (String, String) -> Bool,
                      file: StaticString = #filePath, line: UInt = #line) -> [String] {
        var lines: [String] = []
        for a in audits {
            let missed = a.codes.filter { !coded($0, a.code) }
            let misread = a.doesNotCode.filter { coded($0, a.code) }
            lines.append("\(a.code): must code \(a.codes.count - missed.count)/\(a.codes.count), "
                + "must not code \(a.doesNotCode.count - misread.count)/\(a.doesNotCode.count)")
            let disagreeing = missed + misread
            lines += disagreeing.map { "  \(a.code) disagrees: \($0)" }
            for s in disagreeing where !a.known.contains(s) { XCTFail("\(a.code) disagrees: \(s)", file: file, line: line) }
            for s in a.known where !disagreeing.contains(s) {
                XCTFail("\(a.code) now agrees (update known): \(s)", file: file, line: line)
            }
        }
        return lines
    }
}
