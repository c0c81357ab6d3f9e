import CNcursesw

/// Maps what ncurses' `get_wch` returns to a `Key`. Pure, so it can be tested without a terminal.
public enum KeyDecoder {
    /// `isKeyCode` is true when get_wch returned KEY_CODE_YES (value is a KEY_* code),
    /// false when it returned OK (value is a character). Nil for codes with no meaning here.
    public static func decode(isKeyCode: Bool, value: UInt32) -> Key? {
        isKeyCode ? decodeKeyCode(Int32(bitPattern: value)) : decodeCharacter(value)
    }

    /// A character from get_wch's OK result: control codes become named keys.
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

    /// A KEY_* code from get_wch's KEY_CODE_YES result.
    public static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        case KEY_F0 + 1...KEY_F0 + 63: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
