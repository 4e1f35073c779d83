import Foundation
import RelGraph

/// Errors of drawing a graph, each with a sentence the user can act on.
public enum RenderError: Error, Equatable, Sendable, LocalizedError {
    case unknownLayout(String)
    case unknownFormat(String)
    case unknownMeasure(String)
    case unknownRelationType(String)
    case unknownColorBy(String)
    /// The centrality exists in relgraph's vocabulary but this build cannot compute it yet.
    case measureUnavailable(String)
    /// `--color-by community` or community clusters without a community detection.
    case communitiesUnavailable
    /// Clusters were asked for with an engine that ignores them.
    case clustersNeedDotOrFdp(Layout)
    /// A `--link-base` that would break the SVG or the link.
    case invalidLink(String)
    case invalidDPI(Int)
    /// Graphviz could not parse the DOT relgraph generated (a relgraph bug).
    case graphvizRejected(message: String)
    /// The layout plugin is not installed or not registered; `available` lists what is.
    case layoutUnavailable(engine: String, available: String)
    case layoutFailed(engine: String, message: String)
    /// The renderer for the format is not installed or not registered; `available` lists what is.
    case rendererUnavailable(format: String, available: String)
    case renderFailed(format: String, message: String)
    case contextUnavailable

    public var errorDescription: String? {
        switch self {
        case .unknownLayout(let l):
            "Unknown layout '\(l)'. Use one of: \(Layout.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownFormat(let f):
            (f.isEmpty ? "The output file has no extension to tell its format. " : "Unknown output format '\(f)'. ")
                + "Use one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")) "
                + "(as the file's extension or with --format)."
        case .unknownMeasure(let m):
            "Unknown centrality '\(m)'. Use one of: \(SizeMeasure.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownRelationType(let t):
            "Unknown relation type '\(t)'. Use a comma-separated list of: "
                + "\(RelationType.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownColorBy(let c):
            "Unknown colouring '\(c)'. Use one of: \(ColorBy.allCases.map(\.rawValue).joined(separator: ", "))."
        case .measureUnavailable(let m):
            "Sizing by \(m) is not available in this build of relgraph yet. Use --size-by degree or --size-by strength."
        case .communitiesUnavailable:
            "Community detection is not available in this build of relgraph yet. Use --color-by kind "
                + "(--cluster then groups actors by kind)."
        case .clustersNeedDotOrFdp(let l):
            "The \(l.rawValue) layout does not draw clusters. Use --layout fdp or --layout dot with --cluster, "
                + "or leave --layout out."
        case .invalidLink(let base):
            "The link base '\(base)' cannot be used: it must be a URL without spaces, quotes, '<', '>' or '\\'."
        case .invalidDPI(let dpi):
            "A resolution of \(dpi) dpi is out of range. Use a value from 36 to 600."
        case .graphvizRejected(let m):
            "Graphviz could not read the generated graph: \(m). This is a relgraph bug; please report it with the "
                + "output of 'relgraph render GRAPH -o out.dot'."
        case .layoutUnavailable(let e, let available):
            available.isEmpty
                ? "Graphviz on this system has no layout plugins registered, so it cannot run '\(e)'. "
                    + "Reinstall them: apt-get install --reinstall libgvc6 (or run 'dot -c' as root)."
                : "Graphviz on this system cannot run the '\(e)' layout (it offers: \(available)). "
                    + "Install the full plugin set: apt-get install libgvc6."
        case .layoutFailed(let e, let m):
            "The \(e) layout failed: \(m). Try another --layout (sfdp copes with the largest graphs)."
        case .rendererUnavailable(let f, let available):
            "Graphviz on this system cannot write \(f)"
                + (available.isEmpty ? "" : " (it writes: \(available))")
                + ". png and pdf need Graphviz's cairo plugin: apt-get install libgvc6 "
                + "(then 'dot -c' as root), or write svg."
        case .renderFailed(let f, let m):
            "Rendering \(f) failed: \(m). Try --format svg, or a smaller picture with --top N or --focus."
        case .contextUnavailable:
            "Graphviz could not start (gvContext failed). Install it with: apt-get install libgraphviz-dev."
        }
    }
}
