/// A size in terminal columns and rows.
public struct Size: Sendable, Hashable, Codable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// True when both dimensions reach `minimum`'s.
    public func fits(_ minimum: Size) -> Bool {
        width >= minimum.width && height >= minimum.height
    }

    public var description: String { "\(width)x\(height)" }
}
