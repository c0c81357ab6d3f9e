/// Maps a character a terminal sends to a `Key`: control codes become named keys. Pure, and free of any
/// terminal library (the ncurses key codes are decoded by `NcursesKeys` in NcursesTerminal).
public enum KeyDecoder {
    /// A character (get_wch's OK result): control codes become named keys.
    public static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 8, 127: return .backspace  // terminals send either for the Backspace key
        case 9: return .tab
        case 10, 13: return .enter  // LF with nl(), CR with nonl() or a raw terminal
        case 27: return .escape
        case 0: return .ctrl("@")
        case 1...26:
            guard let scalar = Unicode.Scalar(UInt32(0x60) + value) else { return nil }
            return .ctrl(Character(scalar))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80...0x9F: return nil  // C1 controls are never keys
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}
