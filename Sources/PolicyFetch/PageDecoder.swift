import Foundation
import PolicyModel

/// The text of a fetched page: the charset named by the Content-Type header, else by the page's meta tag,
/// else found as TextDecoder finds it (UTF-8, else GB18030). GB2312, GBK and GB18030 are all read as
/// GB18030, their superset. The control characters the import refuses in a file (`TextDecoder.isRefusedControl`,
/// C1 controls too) are dropped: a page is not a file an analyst chose, and stray bytes in it are not text.
enum PageDecoder {
    enum Charset: Equatable {
        case utf8, gb18030
        case other(String)
    }

    struct Decoded: Equatable {
        var text: String
        /// What the page was read as: "UTF-8", "GB18030 (declared GBK)".
        var encoding: String
        /// Where a raw control was dropped: its line, and the column in `text` of what followed it.
        var dropped: [SourcePosition] = []

        init(_ page: String, encoding: String) {
            (text, dropped) = PageDecoder.clean(page)
            self.encoding = encoding
        }

        /// Where a position in `text` is in the page as served: a control dropped before it on its line still
        /// counts as a column there (a reference after a dropped ESC was said a column early).
        func pagePosition(of position: SourcePosition) -> SourcePosition {
            let before = dropped.lazy.filter { $0.line == position.line && $0.column <= position.column }.count
            return SourcePosition(line: position.line, column: position.column + before)
        }
    }

    static func decode(_ body: Data, contentType: String?) -> Result<Decoded, FetchProblem> {
        let declared = contentType.flatMap(charset(inContentType:)) ?? metaCharset(body)
        let bytes = [UInt8](body)
        switch declared.map(Self.charset(named:)) {
        case .other(let name)?:
            return .failure(.undecodable("the page is in \(name), which ipap does not read (UTF-8, GB2312, GBK, GB18030)"))
        case .gb18030?:
            if TextDecoder.firstInvalidGB18030(bytes) == nil, let text = String(data: body, encoding: TextDecoder.gb18030) {
                return .success(Decoded(text, encoding: "GB18030 (declared \(declared ?? ""))"))
            }
            // Declared GBK but not: some sites serve UTF-8 under an old header.
            if let text = String(validating: bytes, as: UTF8.self) {
                return .success(Decoded(text, encoding: "UTF-8 (declared \(declared ?? ""))"))
            }
            return .failure(.undecodable("the page declares \(declared ?? "") but its bytes are not GB18030"))
        case .utf8?, nil:
            if let text = String(validating: bytes, as: UTF8.self) { return .success(Decoded(text, encoding: "UTF-8")) }
            // Undeclared (or wrongly declared UTF-8): GB18030 only when the bytes read as Chinese, so a Big5 or
            // Shift-JIS page is refused rather than stored as nonsense.
            if TextDecoder.firstInvalidGB18030(bytes) == nil, TextDecoder.uncommonGB18030(bytes) == nil,
               let text = String(data: body, encoding: TextDecoder.gb18030) {
                return .success(Decoded(text, encoding: "GB18030 (\(declared.map { "declared \($0)" } ?? "undeclared"))"))
            }
            return .failure(.undecodable("the page is neither UTF-8 nor GB18030 Chinese"))
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

    /// Line endings made LF, and the controls a text may not hold (`TextDecoder.isRefusedControl`, C1 ones included)
    /// dropped, with where each was. The rest is kept for `HTMLText`, as the import keeps it: a form feed is HTML
    /// white space, a space in the text; a vertical tab stays white space between words (dropped, either ran the
    /// words on either side together).
    static func clean(_ text: String) -> (text: String, dropped: [SourcePosition]) {
        var scalars = String.UnicodeScalarView()
        var dropped: [SourcePosition] = []
        var line = 1
        var column = 1
        for c in TextDecoder.normalizeLineEndings(text).unicodeScalars {
            if TextDecoder.isRefusedControl(c) {
                dropped.append(SourcePosition(line: line, column: column))
                continue
            }
            scalars.append(c)
            if c == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(scalars), dropped)
    }
}
