/// Issuers as analysts, policy databases and pages write them: taxonomy ids, abbreviations, Chinese and English
/// names and former names, several in one cell (`国家发展改革委、交通运输部`, `ndrc;mot`, "Ministry of Industry and
/// Information Technology, Ministry of Science and Technology, and Ministry of Finance"), and local bodies named
/// with their province or city (四川省人民政府, Qingdao Municipal People's Government), which the taxonomy holds
/// only as generic issuers: the name then also tells the level, province and city.
public enum IssuerText {
    /// What one issuer name tells. `issuer` is nil for a name the taxonomy has no issuer for; the place may
    /// still be known (青岛市大数据局: a municipal body of 370200, but no municipal-department issuer).
    public struct Resolved: Sendable, Hashable {
        public var issuer: Issuer?
        /// The province a local issuer's name starts with (or the province of its city).
        public var division: Division?
        /// The city a municipal or district issuer's name starts with.
        public var locality: LocalDivision?
        /// The level the name tells: the issuer's, else municipal for a city's body, provincial for a province's.
        public var level: Level?
    }

    /// The names in an issuer cell. Separators that never occur inside a name (`、 ， , ; ；`, "and" after a
    /// comma) always split; `和` and " and " occur inside names (工业和信息化部, Ministry of Science and
    /// Technology), so they split only where both sides are names the taxonomy knows.
    public static func split(_ text: String, in taxonomy: Taxonomy) -> [String] {
        let hard = text.split(whereSeparator: { ";；、，,".contains($0) })
        var parts: [String] = []
        for piece in hard {
            var part = String(piece).trimmingWhitespace()
            // "A, B, and C": the last piece starts with "and ".
            if part.lowercased().hasPrefix("and ") { part = String(part.dropFirst(4)).trimmingWhitespace() }
            guard !part.isEmpty else { continue }
            parts += splitOnConjunction(part, in: taxonomy)
        }
        return parts
    }

    /// `part` as one name when it is a known issuer, else cut at a 和 / " and " where every side resolves, else as written.
    static func splitOnConjunction(_ part: String, in taxonomy: Taxonomy) -> [String] {
        if resolve(part, in: taxonomy)?.issuer != nil { return [part] }
        for conjunction in ["和", " and ", " AND "] {
            var search = part.startIndex..<part.endIndex
            while let range = part.range(of: conjunction, range: search) {
                let left = String(part[..<range.lowerBound]).trimmingWhitespace()
                let right = String(part[range.upperBound...]).trimmingWhitespace()
                // Both sides names, at least one of them known (国家邮政局和商务部; not 工业和信息化部).
                if !left.isEmpty, !right.isEmpty, looksLikeBody(left), looksLikeBody(right) {
                    let rest = splitOnConjunction(right, in: taxonomy)
                    if resolve(left, in: taxonomy)?.issuer != nil || rest.contains(where: { resolve($0, in: taxonomy)?.issuer != nil }) {
                        return [left] + rest
                    }
                }
                search = range.upperBound..<part.endIndex
            }
        }
        return [part]
    }

    /// What a single name tells, or nil when it tells nothing the taxonomy knows. A name the taxonomy does not
    /// know but that names a central body by its form (国家…, 中国…, 中央…; "National …", "State …", "China …",
    /// "Ministry of …") tells its level only: ministerial.
    public static func resolve(_ part: String, in taxonomy: Taxonomy) -> Resolved? {
        if let issuer = taxonomy.resolveIssuer(part) {
            return Resolved(issuer: issuer, division: nil, locality: nil, level: issuer.level)
        }
        if let local = resolveChinese(part, in: taxonomy) ?? resolveEnglish(part, in: taxonomy) { return local }
        return namesCentralBody(part) ? Resolved(issuer: nil, division: nil, locality: nil, level: .ministerial) : nil
    }

    static func namesCentralBody(_ part: String) -> Bool {
        let english = Taxonomy.englishKey(part)
        return ["国家", "中国", "中央", "全国"].contains(where: part.hasPrefix)
            || ["national ", "state ", "china ", "chinese ", "ministry of ", "general administration of "].contains(where: english.hasPrefix)
    }

    /// A name by its ending: the kinds of body that issue documents.
    static func looksLikeBody(_ part: String) -> Bool {
        let english = Taxonomy.englishKey(part)
        return ["部", "委", "委员会", "局", "总局", "厅", "办", "办公室", "办公厅", "署", "院", "行", "会", "政府"].contains(where: part.hasSuffix)
            || english.hasPrefix("ministry of ") || english.hasPrefix("general office")
            || ["ministry", "commission", "administration", "bureau", "office", "council", "bank", "government", "department", "committee"]
                .contains { english.hasSuffix(" " + $0) }
    }

    /// The body after a place name: its government, the government's general office, or one of its departments.
    enum Body {
        case government, generalOffice, department

        func issuer(municipal: Bool, in taxonomy: Taxonomy) -> Issuer? {
            switch (self, municipal) {
            case (.government, false): taxonomy.issuer("provincial-government")
            case (.generalOffice, false): taxonomy.issuer("provincial-general-office")
            case (.department, false): taxonomy.issuer("provincial-department")
            case (.government, true): taxonomy.issuer("municipal-government")
            case (.generalOffice, true): taxonomy.issuer("municipal-general-office")
            // The taxonomy has no generic municipal department: the place is known, the issuer is not.
            case (.department, true): nil
            }
        }
    }

    static func resolveChinese(_ part: String, in taxonomy: Taxonomy) -> Resolved? {
        func municipal(_ city: LocalDivision, _ rest: Substring) -> Resolved? {
            guard let body = municipalBody(rest) else { return nil }
            return Resolved(issuer: body.issuer(municipal: true, in: taxonomy), division: taxonomy.division(city.province),
                            locality: city, level: .municipal)
        }
        // A city's full name first (青岛市…, 吉林市…, 延边朝鲜族自治州…): no province's name starts with one.
        if let (length, city) = taxonomy.locality(startingWith: part, short: false) {
            return municipal(city, part.dropFirst(length))
        }
        // Then a province (四川省…, 北京市…, 广西壮族自治区…, 吉林…), or its city after it (四川省成都市…).
        if let (length, division) = taxonomy.division(startingWith: part) {
            let rest = part.dropFirst(length)
            for short in [false, true] {
                if let (cityLength, city) = taxonomy.locality(startingWith: String(rest), short: short, in: division.code),
                   let resolved = municipal(city, rest.dropFirst(cityLength)) { return resolved }
            }
            if let body = chineseBody(String(rest)) {
                return Resolved(issuer: body.issuer(municipal: false, in: taxonomy), division: division, locality: nil, level: .provincial)
            }
        }
        // Last a city's short name (青岛…, 延边州…), where no province's name was meant: 吉林… and 海南… stay
        // provinces above, 海南州 (Qinghai's 海南藏族自治州) comes here.
        if let (length, city) = taxonomy.locality(startingWith: part, short: true) {
            return municipal(city, part.dropFirst(length))
        }
        return nil
    }

    /// The body after a city's name, also past a district, county, banner or county-level city of it (青岛市崂山区,
    /// 阿拉善盟阿拉善左旗, 成都市都江堰市): the city is the place the taxonomy can tell. Only a government or office
    /// tells where a district's name ends: a department's own name may hold 区 or 市 (城市管理局).
    static func municipalBody(_ rest: Substring) -> Body? {
        for i in rest.indices.dropFirst() where "区县旗市".contains(rest[i]) {
            if let body = chineseBody(String(rest[rest.index(after: i)...])), body != .department { return body }
        }
        return chineseBody(String(rest))
    }

    static func chineseBody(_ rest: String) -> Body? {
        var rest = rest
        for level in ["省", "市", "自治区"] where rest.hasPrefix(level + "人民政府") || rest.hasPrefix(level + "政府") {
            rest = String(rest.dropFirst(level.count))
        }
        switch rest {
        // 行政公署 (行署): the government of a prefecture or league (大兴安岭地区行政公署, 阿拉善盟行政公署).
        case "人民政府", "政府", "行政公署", "行署": return .government
        case "人民政府办公厅", "政府办公厅", "人民政府办公室", "政府办公室", "行政公署办公室", "行署办公室": return .generalOffice
        default:
            // A department, commission or bureau (发展和改革委员会, 经济和信息化厅, 大数据局 ...).
            let endings = ["厅", "委员会", "委", "局", "办公室", "办"]
            return !rest.isEmpty && endings.contains(where: { rest.hasSuffix($0) }) ? .department : nil
        }
    }

    /// "Qingdao Municipal People's Government", "General Office of the Shandong Provincial People's Government",
    /// "Shandong Provincial Big Data Bureau", "Department of Commerce of Shandong Province".
    static func resolveEnglish(_ part: String, in taxonomy: Taxonomy) -> Resolved? {
        let words = Taxonomy.englishKey(part).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        /// The places whose English name (`keys`, as words) occurs in `words`, the longest name first (Ma'anshan
        /// before Anshan, whose word it contains): every place with a name of that length, and where the first stands.
        func find<T>(_ places: [T], keys: [[String]], skipping skip: (Int) -> Bool = { _ in false }) -> (values: [T], range: Range<Int>)? {
            var found: (values: [T], range: Range<Int>)?
            for (i, key) in keys.enumerated() where !key.isEmpty && key.count <= words.count && key.count >= (found?.range.count ?? 0) && !skip(i) {
                guard let start = (0...(words.count - key.count)).first(where: { words[$0..<$0 + key.count].elementsEqual(key) }) else { continue }
                if let f = found, f.range.count == key.count { found?.values.append(places[i]) } else { found = ([places[i]], start..<start + key.count) }
            }
            return found
        }
        // A city spelt as its province is (吉林市, Jilin) is the city only where the name says city or municipal.
        let saysCity = words.contains { ["municipal", "municipality", "city"].contains($0) }
        let city = find(taxonomy.localities, keys: taxonomy.localityEnglishWords) { i in
            !saysCity && taxonomy.divisionEnglishWords.contains(taxonomy.localityEnglishWords[i])
        }
        let province = city == nil ? find(taxonomy.divisions, keys: taxonomy.divisionEnglishWords) : nil
        guard city != nil || province != nil else { return nil }
        // What is left once the place and the words saying its kind are taken out.
        let placeRange = city?.range ?? province?.range ?? 0..<0
        let placeWords: Set<String> = ["municipal", "municipality", "city", "provincial", "province", "autonomous", "region", "of", "the"]
        let rest = words.enumerated().filter { !placeRange.contains($0.offset) && !placeWords.contains($0.element) }.map(\.element)
        let body: Body
        switch rest.joined(separator: " ") {
        case "people s government", "peoples government", "government", "administrative office": body = .government
        case "general office people s government", "general office peoples government", "general office government", "general office":
            body = .generalOffice
        default:
            let endings: Set<String> = ["bureau", "department", "commission", "office", "administration", "committee", "agency"]
            guard !rest.isEmpty, rest.contains(where: endings.contains) else { return nil }
            body = .department
        }
        if let cities = city?.values {
            // Two cities spelt alike (Suzhou: 苏州, 宿州; Taizhou, Fuzhou, Yichun, Yulin): a city's body, of neither in particular.
            let c = cities.count == 1 ? cities.first : nil
            return Resolved(issuer: body.issuer(municipal: true, in: taxonomy), division: c.flatMap { taxonomy.division($0.province) },
                            locality: c, level: .municipal)
        }
        guard let d = province?.values.first else { return nil }
        return Resolved(issuer: body.issuer(municipal: false, in: taxonomy), division: d, locality: nil, level: .provincial)
    }
}
