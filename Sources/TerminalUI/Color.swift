/// A terminal colour. Backends degrade it to what the terminal supports
/// (256 → 16 → 8 → none); widgets must not rely on colour alone to carry meaning.
public enum Color: Sendable, Hashable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    /// An xterm 256-colour palette index.
    case indexed(UInt8)

    /// The xterm palette index, or nil for the terminal's default colour.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .brightBlack: return 8
        case .brightRed: return 9
        case .brightGreen: return 10
        case .brightYellow: return 11
        case .brightBlue: return 12
        case .brightMagenta: return 13
        case .brightCyan: return 14
        case .brightWhite: return 15
        case .indexed(let i): return Int(i)
        }
    }

    /// The nearest of the first 16 palette entries for a 256-colour index, so that 8- and
    /// 16-colour terminals still get a related hue.
    public static func nearestBasic(toPaletteIndex index: Int) -> Int {
        if index < 16 { return max(0, index) }
        let rgb: (Int, Int, Int)
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            rgb = (level, level, level)
        } else {
            let i = index - 16
            let steps = [0, 95, 135, 175, 215, 255]
            rgb = (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        // The xterm defaults for the 16 basic colours.
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        var best = 0
        var bestDistance = Int.max
        for (i, c) in basic.enumerated() {
            let d = (c.0 - rgb.0) * (c.0 - rgb.0) + (c.1 - rgb.1) * (c.1 - rgb.1) + (c.2 - rgb.2) * (c.2 - rgb.2)
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return best
    }
}
