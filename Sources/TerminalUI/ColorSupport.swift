/// How many colours the terminal can show, after honouring NO_COLOR.
public enum ColorSupport: Int, Sendable, Comparable {
    /// Monochrome: widgets must convey everything with bold, reverse, underline and glyphs.
    case none = 0
    case basic8 = 8
    case basic16 = 16
    case palette256 = 256

    public static func < (lhs: ColorSupport, rhs: ColorSupport) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decides from what the terminal reports and the NO_COLOR variable. Following
    /// no-color.org, NO_COLOR disables colour when it is present and not empty, whatever its value.
    public static func detect(hasColors: Bool, colorCount: Int, noColor: String?) -> ColorSupport {
        if let value = noColor, !value.isEmpty { return .none }
        guard hasColors else { return .none }
        if colorCount >= 256 { return .palette256 }
        if colorCount >= 16 { return .basic16 }
        if colorCount >= 8 { return .basic8 }
        return .none
    }

    /// The palette index to use for `color` at this level (nil: terminal default), and whether
    /// bold should stand in for a bright variant that 8-colour terminals lack.
    public func resolve(_ color: Color) -> (index: Int?, boldForBright: Bool) {
        guard let index = color.paletteIndex else { return (nil, false) }
        switch self {
        case .none: return (nil, false)
        case .palette256: return (index, false)
        case .basic16: return (Color.nearestBasic(toPaletteIndex: index), false)
        case .basic8:
            let basic = Color.nearestBasic(toPaletteIndex: index)
            return (basic % 8, basic >= 8)
        }
    }
}
