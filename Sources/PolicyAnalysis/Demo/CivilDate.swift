/// Calendar dates of the generated corpora: day 0 is 2015-07-01, the guiding opinion's month.
enum CivilDate {
    /// Year, month and day of 2015-07-01 plus `day` days (civil-from-days, proleptic Gregorian; H. Hinnant).
    static func components(day: Int) -> (y: Int, m: Int, d: Int) {
        let z = 16617 + day + 719468  // 16617 = days from 1970-01-01 to 2015-07-01
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
