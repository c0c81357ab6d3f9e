/// Anything that draws itself into a rectangle of a canvas. Widgets are values built fresh
/// for each frame from the app's state; they never draw outside `area`.
public protocol Widget {
    func render(into canvas: inout Canvas, area: Rect)
}
