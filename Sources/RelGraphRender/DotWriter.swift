import Foundation
import RelGraph

/// Writes the DOT text of a picture: relgraph's style (``RenderStyle``), the legend (``Legend``), tooltips with
/// the strongest evidence (``Provenance``), SVG ids, optional links, and per-engine readability settings.
///
/// The text is deterministic: equal views and options give equal bytes. Every value from the graph file passes
/// through ``DotEscape``.
public struct DotWriter: Sendable {
    public var options: DrawingOptions

    /// Edge labels are drawn up to this many edges; above it they would cover the picture (tooltips remain).
    public static let edgeLabelLimit = 150
    /// Edges are routed as splines around actors up to this many edges; above it as straight lines (spline
    /// routing is superlinear in the number of edges).
    public static let splineLimit = 60
    /// Above this many actors dot is bounded (`nslimit`, `mclimit`): unbounded it can take minutes.
    public static let dotBoundLimit = 200

    public init(options: DrawingOptions = DrawingOptions()) { self.options = options }

    /// The DOT text of `view` laid out by `layout`: ``document(for:layout:)``'s ``DotDocument/text``.
    /// - Complexity: O(A + E) for A actors and E edges (plus sorting clusters).
    public func dot(for view: ViewGraph, layout: Layout) -> String {
        document(for: view, layout: layout).text
    }

    /// The picture of `view` laid out by `layout` as DOT statements, for the DOT text and for Graphviz.
    /// - Complexity: O(A + E) for A actors and E edges (plus sorting clusters).
    public func document(for view: ViewGraph, layout: Layout) -> DotDocument {
        let edgeLabels = view.edges.count <= Self.edgeLabelLimit
        var doc = DotDocument()
        doc.graphAttributes = graphAttributes(view, layout: layout, edgeLabels: edgeLabels)
        let font = DotEscape.quoted(RenderStyle.fontName)
        doc.nodeDefaults = [
            .init("fontname", font), .init("fontsize", "11"), .init("style", "filled"),
            .init("color", "\"#404040\""), .init("margin", "\"0.10,0.05\""),
        ]
        doc.edgeDefaults = [.init("fontname", font), .init("fontsize", "10"), .init("arrowsize", "0.8")]

        var ids = UniqueIDs()
        var nodes: [DotDocument.Node] = []
        nodes.reserveCapacity(view.actors.count)
        for actor in view.actors {
            nodes.append(node(actor, view: view, id: ids.make("actor-" + DotEscape.identifier(actor.actor.id))))
        }
        if options.cluster {
            var byID: [String: DotDocument.Node] = [:]
            for (actor, node) in zip(view.actors, nodes) { byID[actor.actor.id] = node }
            for (index, group) in clusters(view).enumerated() {
                doc.clusters.append(
                    DotDocument.Cluster(
                        name: "cluster_\(index + 1)",
                        attributes: [
                            .init("label", DotEscape.quoted(group.label)), .init("style", "\"rounded,filled\""),
                            .init("fillcolor", "\"#fbfbfb\""), .init("color", "\"#c8c8c8\""), .init("fontsize", "12"),
                            .init("labeljust", "l"),
                        ],
                        nodes: group.members.compactMap { byID[$0] }))
            }
        } else {
            doc.nodes = nodes
        }

        let names = Dictionary(view.actors.map { ($0.actor.id, $0.actor.name) }, uniquingKeysWith: { a, _ in a })
        var perPair: [String: Int] = [:]
        func pairID(_ e: ViewEdge) -> String {
            "rel-" + DotEscape.identifier(min(e.source, e.target)) + "--"
                + DotEscape.identifier(max(e.source, e.target))
        }
        let pairIDs = view.edges.map(pairID)
        for base in pairIDs { perPair[base, default: 0] += 1 }
        doc.edges.reserveCapacity(view.edges.count)
        for (edge, base) in zip(view.edges, pairIDs) {
            // One edge per pair: `rel-A--B` (ends in id order). With --multi: `rel-A--B--TYPE`.
            let id = ids.make((perPair[base] ?? 0) > 1 ? base + "--" + DotEscape.identifier(edge.label) : base)
            doc.edges.append(self.edge(edge, id: id, names: names, documents: view.documents, label: edgeLabels))
        }
        return doc
    }

    private func graphAttributes(_ view: ViewGraph, layout: Layout, edgeLabels: Bool) -> [DotDocument.Attribute] {
        var a: [DotDocument.Attribute] = [
            .init("fontname", DotEscape.quoted(RenderStyle.fontName)), .init("fontsize", "12"),
            .init("bgcolor", "white"), .init("pad", "0.3"), .init("outputorder", "edgesfirst"),
        ]
        let splines = view.edges.count <= Self.splineLimit ? "true" : "line"
        switch layout {
        case .dot:
            a += [.init("rankdir", "LR"), .init("nodesep", "0.3"), .init("ranksep", "0.8"), .init("splines", splines)]
            if view.actors.count > Self.dotBoundLimit {
                a += [
                    .init("nslimit", "4"), .init("nslimit1", "4"), .init("mclimit", "0.3"),
                    .init("remincross", "false"),
                ]
            }
        case .neato, .fdp, .sfdp:
            a += [
                .init("overlap", "prism"), .init("sep", "\"+12\""), .init("esep", "\"+4\""), .init("splines", splines),
            ]
            if layout == .neato { a.append(.init("mode", "major")) }
        case .twopi:
            a += [
                .init("overlap", "prism"), .init("sep", "\"+12\""), .init("ranksep", "1.4"), .init("splines", splines),
            ]
            if let centre = view.centre { a.append(.init("root", DotEscape.quoted(centre))) }
        case .circo:
            a += [.init("mindist", "0.5"), .init("splines", splines)]
        }
        if options.format == .png { a.append(.init("dpi", String(options.dpi))) }
        if options.legend {
            a += [
                .init("labelloc", "b"), .init("labeljust", "l"),
                .init("label", Legend.html(for: view, options: options, edgeLabels: edgeLabels)),
            ]
        }
        return a
    }

    private func node(_ a: ViewActor, view: ViewGraph, id: String) -> DotDocument.Node {
        let kind = a.actor.kind
        let fill =
            options.colorBy == .community
            ? RenderStyle.fill(ofCommunity: a.community ?? RenderStyle.communityFills.count)
            : RenderStyle.fill(of: kind)
        let isCentre = a.actor.id == view.centre
        var attributes: [DotDocument.Attribute] = [
            .init("id", DotEscape.quoted(id)), .init("label", DotEscape.quoted(a.actor.name)),
            .init("shape", RenderStyle.shape(of: kind)), .init("fillcolor", DotEscape.quoted(fill)),
            .init("fontsize", Self.number(RenderStyle.fontSize(relativeScore: a.relativeScore))),
            .init("penwidth", Self.number(RenderStyle.borderWidth(relativeScore: a.relativeScore, isCentre: isCentre))),
        ]
        if kind == .state { attributes.append(.init("style", "\"rounded,filled\"")) }
        var tip = DotEscape.tooltipWriter(capacity: 384)
        Provenance.tooltip(for: a, measure: view.measure, documents: view.documents, into: &tip)
        attributes.append(.init("tooltip", tip.finish()))
        if let url = link(["actor": a.actor.id]) { attributes.append(.init("URL", url)) }
        return DotDocument.Node(name: DotEscape.quoted(a.actor.id), attributes: attributes)
    }

    private func edge(
        _ e: ViewEdge, id: String, names: [String: String], documents: [String: Document], label: Bool
    ) -> DotDocument.Edge {
        let color = DotEscape.quoted(RenderStyle.color(of: e.tone))
        var attributes: [DotDocument.Attribute] = [
            .init("id", DotEscape.quoted(id)), .init("color", color),
            .init("penwidth", Self.number(RenderStyle.penWidth(weight: e.weight))),
            .init("style", RenderStyle.lineStyle(tone: e.tone, modality: e.modality)),
            .init("dir", e.direction == .none ? "none" : (e.direction == .both ? "both" : "forward")),
        ]
        if label && !e.label.isEmpty {
            attributes += [.init("label", DotEscape.quoted(e.label)), .init("fontcolor", color)]
        }
        var writer = DotEscape.tooltipWriter(capacity: 448)
        Provenance.tooltip(for: e, names: names, documents: documents, into: &writer)
        let tip = writer.finish()
        attributes += [.init("tooltip", tip), .init("labeltooltip", tip)]
        if let url = link(["source": e.source, "target": e.target]) { attributes.append(.init("URL", url)) }
        return DotDocument.Edge(
            tail: DotEscape.quoted(e.source), head: DotEscape.quoted(e.target), attributes: attributes)
    }

    /// `linkBase?key=value&...` as a quoted DOT string. Graphviz writes URLs into SVG unescaped, so for SVG
    /// every `&` is written as `&amp;` here.
    private func link(_ query: KeyValuePairs<String, String>) -> String? {
        guard let base = options.linkBase else { return nil }
        let pairs = query.map { "\($0.key)=\(DotEscape.queryValue($0.value))" }.joined(separator: "&")
        var url = base + (base.contains("?") ? "&" : "?") + pairs
        if options.format == .svg { url = url.replacingOccurrences(of: "&", with: "&amp;") }
        return DotEscape.url(url)
    }

    private struct Cluster {
        var label: String
        var members: [String]
    }

    /// Actors grouped by community (or kind), largest group first.
    private func clusters(_ view: ViewGraph) -> [Cluster] {
        var groups: [String: [String]] = [:]
        var order: [String: Int] = [:]
        for a in view.actors {
            let key: String
            let rank: Int
            if options.colorBy == .community, let c = a.community {
                (key, rank) = ("community \(c + 1)", c)
            } else {
                let k = a.actor.kind
                (key, rank) = (RenderStyle.name(of: k), ActorKind.allCases.firstIndex(of: k) ?? 0)
            }
            groups[key, default: []].append(a.actor.id)
            order[key] = rank
        }
        return groups.map { Cluster(label: $0.key, members: $0.value) }
            .sorted { (order[$0.label] ?? 0, $0.label) < (order[$1.label] ?? 0, $1.label) }
    }

    /// `x` with two decimals (`18.78`, `0.80`), without Foundation's locale-aware formatting.
    /// - Complexity: O(digits), written backwards into a stack buffer (no interpolation, no intermediate strings).
    static func number(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        var m = hundredths.magnitude
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var i = buffer.count
            func put(_ b: UInt8) {
                i -= 1
                buffer[i] = b
            }
            func digit() {
                put(UInt8(ascii: "0") + UInt8(m % 10))
                m /= 10
            }
            digit()
            digit()
            put(UInt8(ascii: "."))
            repeat { digit() } while m > 0
            if hundredths < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[i...]), as: UTF8.self)
        }
    }
}
