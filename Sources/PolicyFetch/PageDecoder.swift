import Foundation
import PolicyModel

/// The text of a fetched page: the charset named by the Content-Type header, else by the page's meta tag,
/// else found as TextDecoder finds it (UTF-8, else GB18030). GB2312, GBK and GB18030 are all read as
/// GB18030, their superset. Control characters other than line breaks, tabs and form feeds (C1 controls too) are
/// dropped: a page is not a file an analyst chose, and stray bytes in it are not text.
enum PageDecoder {
    enum Charset: Equatable {
        case utf8, gb18030
        case other(String)
    }

    struct Decoded: Equatable {
        var text: String
        /// What the page was read as: "UTF-8", "GB18030 (declared GBK)".
        var encoding: String
    }

    static func decode(_ body: Data, contentType: String?) -> Result<Decoded, FetchProblem> {
        let declared = contentType.flatMap(charset(inContentType:)) ?? metaCharset(body)
        let bytes = [UInt8](body)
        switch declared.map(Self.charset(named:)) {
        case .other(let name)?:
            return .failure(.undecodable("the page is in \(name), which ipap does not read (UTF-8, GB2312, GBK, GB18030)"))
        case .gb18030?:
            if TextDecoder.firstInvalidGB18030(bytes) == nil, let text = String(data: body, encoding: TextDecoder.gb18030) {
                return .success(Decoded(text: clean(text), encoding: "GB18030 (declared \(declared ?? ""))"))
            }
            // Declared GBK but not: some sites serve UTF-8 under an old header.
            if let text = String(validating: bytes, as: UTF8.self) {
                return .success(Decoded(text: clean(text), encoding: "UTF-8 (declared \(declared ?? ""))"))
            }
            return .failure(.undecodable("the page declares \(declared ?? "") but its bytes are not GB18030"))
        case .utf8?, nil:
            if let text = String(validating: bytes, as: UTF8.self) { return .success(Decoded(text: clean(text), encoding: "UTF-8")) }
            if TextDecoder.firstInvalidGB18030(bytes) == nil, let text = String(data: body, encoding: TextDecoder.gb18030) {
                return .success(Decoded(text: clean(text), encoding: "GB18030 (\(declared.map { "declared \($0)" } ?? "undeclared"))"))
            }
            return .failure(.undecodable("the page is neither UTF-8 nor GB18030"))
        }
    }

    static func charset(named name: String) -> Charset {
        switch name.lowercased().trimmingWhitespace() {
        case "utf-8", "utf8": .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "gb_2312-80": .gb18030
        default: .other(name)
        }
    }

    /// `text/html; charset=GBK` -> GBK.
    static func charset(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                let v = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                return v.isEmpty ? nil : v
            }
        }
        return nil
    }

    /// `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` in
    /// the first 4 KB, read as ASCII (the tag is ASCII in every encoding a page can be in).
    static func metaCharset(_ body: Data) -> String? {
        let head = String(decoding: body.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var search = head.startIndex..<head.endIndex
        while let meta = head.range(of: "<meta", range: search) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let at = tag.range(of: "charset=") {
                let value = tag[at.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                    .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                if !value.isEmpty { return String(value) }
            }
            search = end..<head.endIndex
        }
        return nil
    }

    /// Line endings made LF; dropped: the controls a text may not hold (`TextDecoder.isRefusedControl`, C1 ones
    /// included), and vertical tab. A form feed is kept: it is HTML white space, which `HTMLText` makes a space as
    /// it does for the same byte in an imported page (dropped, it ran the words on either side together).
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for c in TextDecoder.normalizeLineEndings(text).unicodeScalars where !(TextDecoder.isRefusedControl(c) || c == "\u{0B}") {
            scalars.append(c)
        }
        return String(scalars)
    }
}
