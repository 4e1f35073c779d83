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

    /// The DOT text of `view` laid out by `layout`.
    /// - Complexity: O(A + E) for A actors and E edges (plus sorting clusters).
    public func dot(for view: ViewGraph, layout: Layout) -> String {
        let edgeLabels = view.edges.count <= Self.edgeLabelLimit
        var out = "digraph relgraph {\n"
        out += "  graph [" + graphAttributes(view, layout: layout, edgeLabels: edgeLabels) + "];\n"
        let font = DotEscape.quoted(RenderStyle.fontName)
        out += "  node [fontname=\(font), fontsize=11, style=filled, color=\"#404040\", margin=\"0.10,0.05\"];\n"
        out += "  edge [fontname=\(font), fontsize=10, arrowsize=0.8];\n"

        var ids = UniqueIDs()
        var nodeLines: [String: String] = [:]
        for actor in view.actors {
            nodeLines[actor.actor.id] = node(
                actor, view: view, id: ids.make("actor-" + DotEscape.identifier(actor.actor.id)))
        }
        if options.cluster {
            for (index, group) in clusters(view).enumerated() {
                out += "  subgraph cluster_\(index + 1) {\n"
                out += "    graph [label=\(DotEscape.quoted(group.label)), style=\"rounded,filled\", "
                out += "fillcolor=\"#fbfbfb\", color=\"#c8c8c8\", fontsize=12, labeljust=l];\n"
                for id in group.members { out += "  " + (nodeLines[id] ?? "") + "\n" }
                out += "  }\n"
            }
        } else {
            for actor in view.actors { out += (nodeLines[actor.actor.id] ?? "") + "\n" }
        }

        let names = Dictionary(view.actors.map { ($0.actor.id, $0.actor.name) }, uniquingKeysWith: { a, _ in a })
        var perPair: [String: Int] = [:]
        func pairID(_ e: ViewEdge) -> String {
            "rel-" + DotEscape.identifier(min(e.source, e.target)) + "--"
                + DotEscape.identifier(max(e.source, e.target))
        }
        for edge in view.edges { perPair[pairID(edge), default: 0] += 1 }
        for edge in view.edges {
            // One edge per pair: `rel-A--B` (ends in id order). With --multi: `rel-A--B--TYPE`.
            let base = pairID(edge)
            let id = ids.make((perPair[base] ?? 0) > 1 ? base + "--" + DotEscape.identifier(edge.label) : base)
            out += self.edge(edge, id: id, names: names, documents: view.documents, label: edgeLabels) + "\n"
        }
        return out + "}\n"
    }

    private func graphAttributes(_ view: ViewGraph, layout: Layout, edgeLabels: Bool) -> String {
        var a: [(String, String)] = [
            ("fontname", DotEscape.quoted(RenderStyle.fontName)), ("fontsize", "12"), ("bgcolor", "white"),
            ("pad", "0.3"), ("outputorder", "edgesfirst"),
        ]
        let splines = view.edges.count <= Self.splineLimit ? "true" : "line"
        switch layout {
        case .dot:
            a += [("rankdir", "LR"), ("nodesep", "0.3"), ("ranksep", "0.8"), ("splines", splines)]
            if view.actors.count > Self.dotBoundLimit {
                a += [("nslimit", "4"), ("nslimit1", "4"), ("mclimit", "0.3"), ("remincross", "false")]
            }
        case .neato, .fdp, .sfdp:
            a += [("overlap", "prism"), ("sep", "\"+12\""), ("esep", "\"+4\""), ("splines", splines)]
            if layout == .neato { a.append(("mode", "major")) }
        case .twopi:
            a += [("overlap", "prism"), ("sep", "\"+12\""), ("ranksep", "1.4"), ("splines", splines)]
            if let centre = view.centre { a.append(("root", DotEscape.quoted(centre))) }
        case .circo:
            a += [("mindist", "0.5"), ("splines", splines)]
        }
        if options.format == .png { a.append(("dpi", String(options.dpi))) }
        if options.legend {
            a += [
                ("labelloc", "b"), ("labeljust", "l"),
                ("label", Legend.html(for: view, options: options, edgeLabels: edgeLabels)),
            ]
        }
        return a.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    }

    private func node(_ a: ViewActor, view: ViewGraph, id: String) -> String {
        let kind = a.actor.kind
        let fill =
            options.colorBy == .community
            ? RenderStyle.fill(ofCommunity: a.community ?? RenderStyle.communityFills.count)
            : RenderStyle.fill(of: kind)
        let isCentre = a.actor.id == view.centre
        var attributes: [(String, String)] = [
            ("id", DotEscape.quoted(id)), ("label", DotEscape.quoted(a.actor.name)),
            ("shape", RenderStyle.shape(of: kind)), ("fillcolor", DotEscape.quoted(fill)),
            ("fontsize", number(RenderStyle.fontSize(relativeScore: a.relativeScore))),
            ("penwidth", number(RenderStyle.borderWidth(relativeScore: a.relativeScore, isCentre: isCentre))),
        ]
        if kind == .state { attributes.append(("style", "\"rounded,filled\"")) }
        let tip = Provenance.tooltip(for: a, measure: view.measure, documents: view.documents)
        attributes.append(("tooltip", DotEscape.tooltip(tip)))
        if let url = link(["actor": a.actor.id]) { attributes.append(("URL", url)) }
        return "  \(DotEscape.quoted(a.actor.id)) [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
            + "];"
    }

    private func edge(
        _ e: ViewEdge, id: String, names: [String: String], documents: [String: Document], label: Bool
    ) -> String {
        let color = RenderStyle.color(of: e.tone)
        var attributes: [(String, String)] = [
            ("id", DotEscape.quoted(id)), ("color", DotEscape.quoted(color)),
            ("penwidth", number(RenderStyle.penWidth(weight: e.weight))),
            ("style", RenderStyle.lineStyle(tone: e.tone, modality: e.modality)),
            ("dir", e.direction == .none ? "none" : (e.direction == .both ? "both" : "forward")),
        ]
        if label && !e.label.isEmpty {
            attributes += [("label", DotEscape.quoted(e.label)), ("fontcolor", DotEscape.quoted(color))]
        }
        let tip = DotEscape.tooltip(Provenance.tooltip(for: e, names: names, documents: documents))
        attributes += [("tooltip", tip), ("labeltooltip", tip)]
        if let url = link(["source": e.source, "target": e.target]) { attributes.append(("URL", url)) }
        let body = attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
        return "  \(DotEscape.quoted(e.source)) -> \(DotEscape.quoted(e.target)) [\(body)];"
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
    private func number(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = abs(hundredths % 100)
        return (hundredths < 0 ? "-" : "") + "\(abs(hundredths) / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
