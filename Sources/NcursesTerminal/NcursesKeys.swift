import CNcursesw
import TerminalUI

/// Maps what ncurses' `get_wch` returns to a `Key`: a KEY_* code here, a character by `KeyDecoder`.
public enum NcursesKeys {
    /// `isKeyCode` is true when get_wch returned KEY_CODE_YES (value is a KEY_* code),
    /// false when it returned OK (value is a character). Nil for codes with no meaning here.
    public static func decode(isKeyCode: Bool, value: UInt32) -> Key? {
        isKeyCode ? decodeKeyCode(Int32(bitPattern: value)) : KeyDecoder.decodeCharacter(value)
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
