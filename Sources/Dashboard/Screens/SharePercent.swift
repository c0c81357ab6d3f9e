/// How a share of a text that two documents have in common is printed: a whole percentage, and '<1%' for a share
/// above 0 that rounds to 0. A passage of a few dozen characters in a text of 9,000 (the 10,000-document corpora)
/// read '0%' beside '1 段', which says that nothing is shared. `ipap show` prints them by the same rules.
public enum SharePercent {
    public static func text(_ share: Double) -> String {
        let percent = Int((share * 100).rounded())
        return percent == 0 && share > 0 ? "<1%" : "\(percent)%"
    }

    /// With `decimals` places (a scale named in tenths names its cells in tenths): '<0.1%' for a share above 0 that
    /// rounds to 0.
    public static func text(_ share: Double, decimals: Int) -> String {
        guard decimals > 0 else { return text(share) }
        let shown = String(format: "%.\(decimals)f", share * 100)
        guard share > 0, Double(shown) == 0 else { return shown + "%" }
        return "<0." + String(repeating: "0", count: decimals - 1) + "1%"
    }

    /// The parts of one whole as whole percents that add up to what the whole rounds to (largest remainder):
    /// 62.5% and 37.5% read 63% and 38% each rounded, 101% in all; here 63% and 37%. The larger remainder gets
    /// the point, the earlier part on a tie; a part above 0 that gets none reads '<1%'.
    public static func texts(ofParts shares: [Double]) -> [String] {
        let exact = shares.map { $0 * 100 }
        var whole = exact.map { Int($0.rounded(.down)) }
        let remainder = { (i: Int) in exact[i] - Double(whole[i]) }
        let order = exact.indices.sorted { remainder($0) != remainder($1) ? remainder($0) > remainder($1) : $0 < $1 }
        let points = Int(exact.reduce(0, +).rounded()) - whole.reduce(0, +)
        for i in order.prefix(max(0, points)) { whole[i] += 1 }
        return zip(whole, shares).map { $0 == 0 && $1 > 0 ? "<1%" : "\($0)%" }
    }
}
