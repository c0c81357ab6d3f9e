/// The numbering styles of Chinese official documents. The nesting depth of a style is not fixed across
/// documents (some start at （一）), so the parser nests by order of first appearance, not by kind.
public enum HeadingKind: String, Codable, Sendable, Hashable {
    case chapter        // 第X章
    case chineseNumeral // 一、
    case section        // 第X节
    case parenChinese   // （一）
    case article        // 第X条
    case arabic         // 1. or 1、
    case parenArabic    // （1）
}
