import Foundation
import RelGraph

/// Draws a relgraph graph through Graphviz, in-process: ``RenderView`` decides what is shown, ``DotWriter``
/// how, and ``Graphviz`` lays it out and renders it.
public struct Renderer: Sendable {
    public var view: RenderView
    public var drawing: DrawingOptions
    /// Sizes actors and ranks them for `view.top`.
    public var scoring: any ActorScoring
    /// The scoring's name for the legend and tooltips.
    public var measure: String
    /// Required when `drawing.colorBy == .community`.
    public var communities: (any CommunityDetection)?

    public init(
        view: RenderView = RenderView(), drawing: DrawingOptions = DrawingOptions(),
        scoring: any ActorScoring = DegreeScoring(weighted: false), measure: String = SizeMeasure.degree.rawValue,
        communities: (any CommunityDetection)? = nil
    ) {
        self.view = view
        self.drawing = drawing
        self.scoring = scoring
        self.measure = measure
        self.communities = communities
    }

    /// A renderer with default view and style.
    public init(layout: Layout?, format: OutputFormat) {
        self.init(drawing: DrawingOptions(layout: layout, format: format))
    }

    /// What ``Renderer/prepare(_:)`` decided: the picture's content, its engine and its DOT statements.
    public struct Plan: Sendable {
        public var view: ViewGraph
        public var layout: Layout
        public var document: DotDocument
        /// The DOT text of ``document``.
        public var dot: String { document.text }
    }

    /// The picture's content, engine and DOT text, without running Graphviz.
    /// - Throws: ``GraphError/unknownActor(query:suggestions:)`` for an unknown focus; ``RenderError`` for options
    ///   that cannot work together.
    public func prepare(_ graph: Graph) throws -> Plan {
        try validate()
        let content = try view.apply(
            to: graph, scoring: scoring, measure: measure,
            communities: drawing.colorBy == .community ? communities : nil)
        let layout = drawing.layout ?? Layout.automatic(actors: content.actors.count, clustered: drawing.cluster)
        if drawing.cluster && !layout.drawsClusters { throw RenderError.clustersNeedDotOrFdp(layout) }
        let document = DotWriter(options: drawing).document(for: content, layout: layout)
        return Plan(view: content, layout: layout, document: document)
    }

    /// The rendered file's bytes (the DOT text itself for ``OutputFormat/dot``).
    /// - Throws: As ``prepare(_:)``, and ``RenderError``s from Graphviz.
    public func render(_ graph: Graph) throws -> Rendered {
        let plan = try prepare(graph)
        if drawing.format == .dot { return Rendered(data: Data(plan.dot.utf8), warnings: []) }
        return try Graphviz.shared.render(
            document: plan.document, layout: plan.layout.rawValue, format: drawing.format.graphvizName)
    }

    /// ``render(_:)`` with the layout run on Graphviz's own queue, off the cooperative thread pool.
    public func renderDetached(_ graph: Graph) async throws -> Rendered {
        let plan = try prepare(graph)
        if drawing.format == .dot { return Rendered(data: Data(plan.dot.utf8), warnings: []) }
        return try await Graphviz.shared.renderDetached(
            document: plan.document, layout: plan.layout.rawValue, format: drawing.format.graphvizName)
    }

    private func validate() throws(RenderError) {
        if drawing.colorBy == .community && communities == nil { throw .communitiesUnavailable }
        if let base = drawing.linkBase {
            let bad = base.unicodeScalars.contains {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
                    || "\"<>\\'`".unicodeScalars.contains($0)
            }
            if bad || base.isEmpty { throw .invalidLink(base) }
        }
        if !(36...600).contains(drawing.dpi) { throw .invalidDPI(drawing.dpi) }
    }
}
