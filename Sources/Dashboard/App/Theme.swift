import PolicyAnalysis
import TerminalUI

/// The styles the dashboard uses, in one place, so that colour and monochrome stay consistent: every colour
/// is paired with an attribute (bold, underline) that still reads when colours are off.
enum Theme {
    static let heading = Style(foreground: .cyan, bold: true)
    static let match = Style(foreground: .yellow, bold: true)
    static let chart = Style(foreground: .cyan)
    static let synthetic = Style(foreground: .black, background: .magenta, bold: true)
    /// Text copied from the centre (vertical), from another province (horizontal), shared between ministries.
    static let fromCentre = Style(foreground: .cyan, underline: true)
    static let fromProvince = Style(foreground: .magenta, underline: true)
    static let sharedCentral = Style(foreground: .blue, bold: true, underline: true)
    static let otherReuse = Style(underline: true)
    static let vague = Style(foreground: .yellow, bold: true)
    static let reviewed = Style(foreground: .green, bold: true)
    /// A review prompt's refusal, in the status line's place (reversed as it is).
    static let refusal = Style(bold: true, reverse: true)
    /// Compare: shared text, and what differs inside an edited passage.
    static let shared = Style(foreground: .green)
    static let difference = Style(foreground: .red, bold: true, reverse: true)
    static let toolMark: [String: Style] = [
        "supply": Style(foreground: .green, bold: true),
        "environment": Style(foreground: .blue, bold: true),
        "demand": Style(foreground: .magenta, bold: true),
    ]

    static func reuse(_ relation: ReuseRelation) -> Style {
        switch relation {
        case .vertical: fromCentre
        case .horizontal: fromProvince
        case .central: sharedCentral
        case .other, .provinceToCity: otherReuse
        }
    }
}
