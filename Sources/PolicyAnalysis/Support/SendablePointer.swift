/// A raw pointer handed to parallel iterations that touch disjoint parts of one buffer.
struct SendablePointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
