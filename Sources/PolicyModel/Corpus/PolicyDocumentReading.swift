// A document's metadata read directly from the JSON ipap writes (the metadata index holds a line per
// document): see `DirectJSONReadable` for why. Each `init(json:)` mirrors the type's `init(from:)`: a key it
// decodes with `decode` is required, one with `decodeIfPresent` may be missing or null, an unknown key (or
// the former `verified` flag, which `init(from:)` maps) is left to `JSONDecoder`. When a type's coding keys
// change, change its reader here too (`MetadataIndexTests` compares both readers on the catalogue).

private typealias Unexpected = DirectJSONReader.Unexpected

extension PolicyDocument: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var schema: Int?, id: String?, title: String?, number: String?, issuers: [String]?, issuerText: String?
        var level: Level?, region: String?, locality: Locality?, dateWritten: PolicyDate?, datePublished: PolicyDate?
        var kind: DocumentKind?, basedOn: [String]?, actionAreas: AreaCoding?, source: DocumentSource?, note: String?
        var synthetic: Bool?, text: String?, extra: [String: String]?
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "schema": schema = try r.int()
            case "id": id = try r.string()
            case "title": title = try r.string()
            case "number": number = try r.optional(String.self)
            case "issuers": issuers = try r.array(of: String.self)
            case "issuerText": issuerText = try r.optional(String.self)
            case "level": level = try r.raw(Level.self)
            case "region": region = try r.optional(String.self)
            case "locality": locality = try r.optional(Locality.self)
            case "dateWritten": dateWritten = try r.optional(PolicyDate.self)
            case "datePublished": datePublished = try r.optional(PolicyDate.self)
            case "kind": kind = try r.takeNull() ? nil : try r.raw(DocumentKind.self)
            case "basedOn": basedOn = try r.takeNull() ? nil : try r.array(of: String.self)
            case "actionAreas": actionAreas = try r.optional(AreaCoding.self)
            case "source": source = try DocumentSource(json: &r)
            case "note": note = try r.optional(String.self)
            case "synthetic": synthetic = try r.optional(Bool.self)
            case "text": text = try r.optional(String.self)
            case "extra": extra = try r.takeNull() ? nil : try r.dictionary(of: String.self)
            default: throw r.unexpected
            }
        }
        guard let schema, let id, let title, let issuers, let level, var source else { throw r.unexpected }
        if source.legacyVerified == true {
            source.seen.fields = Provenance.legacyFields(number: number, date: datePublished ?? dateWritten)
        }
        self.init(id: id, title: title, number: number, issuers: issuers, issuerText: issuerText, level: level, region: region,
                  locality: locality, dateWritten: dateWritten, datePublished: datePublished, kind: kind ?? .other,
                  basedOn: basedOn ?? [], actionAreas: actionAreas ?? AreaCoding(ids: [], coding: .machine), source: source,
                  note: note, synthetic: synthetic ?? false, text: text, extra: extra ?? [:])
        self.schema = schema
    }
}

extension Locality: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var zh: String?, code: String?
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "zh": zh = try r.string()
            case "code": code = try r.optional(String.self)
            default: throw r.unexpected
            }
        }
        guard let zh else { throw r.unexpected }
        self.init(zh: zh, code: code)
    }
}

extension PolicyDate: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        guard let date = PolicyDate(try r.string()) else { throw r.unexpected }
        self = date
    }
}

extension AreaCoding: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var ids: [String]?, coding: Coding?
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "ids": ids = try r.array(of: String.self)
            case "coding": coding = try r.raw(Coding.self)
            default: throw r.unexpected
            }
        }
        guard let ids, let coding else { throw r.unexpected }
        self.init(ids: ids, coding: coding)
    }
}

extension DocumentSource: DirectJSONReadable {
    /// `seen`, or else the former `verified` / `verifiedURL`, as `init(from:)` maps them (the generated corpora
    /// are written in the former form). Read here, a `verified` beside `seen` must be a boolean, which
    /// `init(from:)` does not ask: such a file is left to it.
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var url: String?, seen: Provenance?, origin: String?, fetched: FetchedText?
        var verified: Bool?, verifiedURL: String?
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "url": url = try r.optional(String.self)
            case "seen": seen = try Provenance(json: &r)
            case "origin": origin = try r.optional(String.self)
            case "fetched": fetched = try r.optional(FetchedText.self)
            case "verified": verified = try r.bool()
            case "verifiedURL": verifiedURL = try r.optional(String.self)
            default: throw r.unexpected
            }
        }
        if let seen {
            self.init(url: url, seen: seen, origin: origin)
        } else if let verified {
            self.init(url: url, seen: verified ? Provenance(legacyURL: verifiedURL ?? url, number: nil, date: nil) : .notSeen,
                      origin: origin)
            legacyVerified = verified
        } else {
            throw r.unexpected
        }
        self.fetched = fetched
    }
}

extension Provenance: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var place: Place?, fields: [Field]?, url: String?
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "where": place = try r.raw(Place.self)
            case "fields": fields = try r.array { (r: inout DirectJSONReader) throws(Unexpected) in try r.raw(Field.self) }
            case "url": url = try r.optional(String.self)
            default: throw r.unexpected
            }
        }
        guard let place, let fields else { throw r.unexpected }
        // As decoded: in the stored order (the memberwise initializer sorts them).
        self.init(place: place, fields: [], url: url)
        self.fields = fields
    }
}

extension FetchedText: DirectJSONReadable {
    package init(json r: inout DirectJSONReader) throws(DirectJSONReader.Unexpected) {
        var url: String?, at: String?, place: Provenance.Place?
        try r.object { (r: inout DirectJSONReader, key) throws(Unexpected) in
            switch key {
            case "url": url = try r.string()
            case "at": at = try r.string()
            case "place": place = try r.raw(Provenance.Place.self)
            default: throw r.unexpected
            }
        }
        guard let url, let at, let place else { throw r.unexpected }
        self.init(url: url, at: at, place: place)
    }
}
