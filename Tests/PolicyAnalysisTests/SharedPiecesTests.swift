import XCTest
@testable import PolicyAnalysis

/// `ChainContext.sharedPieces` (which a hop asks at every replaced edit it weighs) against the plain table it
/// replaced, on stretches of a few characters drawn from a small alphabet (so that pieces of three or more are
/// common): the same count whole, and with `enough`, a count at least `enough` (and no more than the whole)
/// once the whole reaches it, else the whole.
final class SharedPiecesTests: XCTestCase {
    /// The most characters `a` and `b` have in common, in order, in identical pieces of `piece` or more: every
    /// cell of the table filled, as before the table was narrowed.
    private func reference(_ a: [UInt16], _ b: [UInt16], piece: Int) -> Int {
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return 0 }
        var best = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        var run = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for x in 1...n {
            for y in 1...m {
                run[x][y] = a[x - 1] == b[y - 1] ? run[x - 1][y - 1] + 1 : 0
                var most = max(best[x - 1][y], best[x][y - 1])
                if run[x][y] >= max(1, piece) {
                    for length in max(1, piece)...run[x][y] { most = max(most, best[x - length][y - length] + length) }
                }
                best[x][y] = most
            }
        }
        return best[n][m]
    }

    func testCountsAsTheWholeTable() {
        var rng = SplitMix64(seed: 49)
        for _ in 0..<3_000 {
            let alphabet = 2 + rng.next() % 4
            let a = (0..<Int(rng.next() % 34)).map { _ in UInt16(0x4E00 + rng.next() % alphabet) }
            let b = (0..<Int(rng.next() % 34)).map { _ in UInt16(0x4E00 + rng.next() % alphabet) }
            let piece = 1 + Int(rng.next() % 4)
            let whole = reference(a, b, piece: piece)
            XCTAssertEqual(ChainContext.sharedPieces(a[...], b[...], piece: piece), whole, "\(a) \(b) piece \(piece)")
            let enough = Int(rng.next() % 20) - 2
            let early = ChainContext.sharedPieces(a[...], b[...], piece: piece, enough: enough)
            if whole >= enough {
                XCTAssertTrue(early >= enough && early <= whole, "\(a) \(b) piece \(piece) enough \(enough): \(early) of \(whole)")
            } else {
                XCTAssertEqual(early, whole, "\(a) \(b) piece \(piece) enough \(enough)")
            }
        }
    }

    /// Slices that do not start at index 0, as the hops pass them (`s[sourceGap]`).
    func testReadsSlicesWhereTheyStart() {
        let text: [UInt16] = Array("推动互联网与经济社会各领域深度融合，加快发展互联网经济".utf16)
        let other: [UInt16] = Array("加快推动互联网与经济深度融合，发展数字经济".utf16)
        let a = text[2..<20], b = other[2..<18]
        XCTAssertEqual(ChainContext.sharedPieces(a, b, piece: 3), reference(Array(a), Array(b), piece: 3))
        XCTAssertGreaterThan(ChainContext.sharedPieces(a, b, piece: 3), 0)
    }
}
