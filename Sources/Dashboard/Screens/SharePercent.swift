/// How a share of a text that two documents have in common is printed: a whole percentage, and '<1%' for a share
/// above 0 that rounds to 0. A passage of a few dozen characters in a text of 9,000 (the 10,000-document corpora)
/// read '0%' beside '1 段', which says that nothing is shared.
enum SharePercent {
    static func text(_ share: Double) -> String {
        let percent = Int((share * 100).rounded())
        return percent == 0 && share > 0 ? "<1%" : "\(percent)%"
    }

    /// With `decimals` places (a scale named in tenths names its cells in tenths): '<0.1%' for a share above 0 that
    /// rounds to 0.
    static func text(_ share: Double, decimals: Int) -> String {
        guard decimals > 0 else { return text(share) }
        let shown = String(format: "%.\(decimals)f", share * 100)
        guard share > 0, Double(shown) == 0 else { return shown + "%" }
        return "<0." + String(repeating: "0", count: decimals - 1) + "1%"
    }
}
