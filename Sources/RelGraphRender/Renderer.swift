import Foundation
import RelGraph

/// Draws a relgraph graph through Graphviz, in-process.
public struct Renderer: Sendable {
    public var layout: Layout
    public var format: OutputFormat

    public init(layout: Layout = .sfdp, format: OutputFormat = .svg) {
        self.layout = layout
        self.format = format
    }

    /// The rendered bytes of `graph`.
    public func render(_ graph: Graph) throws(RenderError) -> Data {
        let dot = DotWriter().dot(for: graph)
        if format == .dot { return Data(dot.utf8) }
        return try Graphviz.shared.render(dot: dot, layout: layout.rawValue, format: format.graphvizName)
    }
}
