/// Dates as analysts and government pages write them: 2015-07-04, 2015-7-4, 2015/7/4, 2015.7.4,
/// 2015年7月4日 (full-width digits too), normalised to a `PolicyDate`.
public enum DateText {
    public static func parse(_ text: String) -> PolicyDate? {
        fields(text).flatMap { PolicyDate(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The year of text written as a date whose year no date may have (1899-01-01), else nil: said as such, not as
    /// "not a date".
    public static func yearOutOfRange(_ text: String) -> Int? {
        fields(text).map(\.year).flatMap { PolicyDate.years.contains($0) ? nil : $0 }
    }

    /// Year, month and day of text in one of the accepted spellings, unchecked.
    private static func fields(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var numbers: [Int] = []
        var current: Int?
        var separators: [Character] = []
        for ch in text.trimmingWhitespace() {
            if let d = digit(ch) {
                current = (current ?? 0) * 10 + d
                guard (current ?? 0) < 10_000 else { return nil }
            } else {
                guard let c = current else { return nil }
                numbers.append(c)
                current = nil
                separators.append(ch)
            }
        }
        if let c = current { numbers.append(c) }
        guard numbers.count == 3 else { return nil }
        // One separator style throughout: 2015-07-04, 2015/7/4, 2015.7.4 or 2015年7月4日.
        let ok = separators == ["-", "-"] || separators == ["/", "/"] || separators == [".", "."]
            || separators == ["年", "月", "日"] || separators == ["年", "月"]
        guard ok, text.trimmingWhitespace().prefix(4).allSatisfy({ digit($0) != nil }) else { return nil }
        return (numbers[0], numbers[1], numbers[2])
    }

    private static func digit(_ ch: Character) -> Int? {
        guard let scalar = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)   // full-width ０-９
        default: return nil
        }
    }
}
