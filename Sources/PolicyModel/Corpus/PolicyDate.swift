/// A calendar date as written in documents (`YYYY-MM-DD`), without time zone or time.
public struct PolicyDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date may have.
    public static let years = 1900...2200

    public init?(year: Int, month: Int, day: Int) {
        guard PolicyDate.years.contains(year), (1...12).contains(month),
              (1...PolicyDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (or an impossible day such as 2015-02-30) is nil.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PolicyDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public func days(since other: PolicyDate) -> Int { dayNumber - other.dayNumber }

    /// The day after (nil after 2200-12-31).
    public var nextDay: PolicyDate? {
        PolicyDate(year: year, month: month, day: day + 1) ?? PolicyDate(year: year, month: month + 1, day: 1) ?? PolicyDate(year: year + 1, month: 1, day: 1)
    }

    public static func < (a: PolicyDate, b: PolicyDate) -> Bool { a.dayNumber < b.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension PolicyDate {
    /// 国发〔2015〕40号's written date, from which response lags count in a corpus that does not hold the opinion
    /// (the State Council's catalogue record, `../shared/reference/state-council-catalog.csv`: written 2015-07-01,
    /// published 2015-07-04).
    public static let guidingOpinionWritten = PolicyDate(year: 2015, month: 7, day: 1)
}
