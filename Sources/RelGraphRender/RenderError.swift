import Foundation

/// Errors of drawing a graph.
public enum RenderError: Error, Equatable, LocalizedError {
    case unknownLayout(String)
    case unknownFormat(String)
    case graphvizRejected(message: String)
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)
    case contextUnavailable

    public var errorDescription: String? {
        switch self {
        case .unknownLayout(let l):
            "Unknown layout '\(l)'. Use one of: \(Layout.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownFormat(let f):
            "Unknown output format '\(f)'. Use one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))."
        case .graphvizRejected(let m):
            "Graphviz could not read the generated graph: \(m). This is a relgraph bug; please report it."
        case .layoutFailed(let e, let m):
            "The \(e) layout failed: \(m). If Graphviz lists no layouts, reinstall its plugins: "
                + "apt-get install --reinstall libgvc6."
        case .renderFailed(let f, let m):
            "Rendering \(f) failed: \(m). For png and pdf Graphviz needs its cairo plugin (libgvc6)."
        case .contextUnavailable:
            "Graphviz could not start (gvContext failed). Install it with: apt-get install libgraphviz-dev."
        }
    }
}

/// Graphviz layout engines relgraph offers.
public enum Layout: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// Output formats of `render`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot, json

    /// The Graphviz `-T` name of the format.
    var graphvizName: String {
        switch self {
        case .svg: "svg"
        case .png: "png"
        case .pdf: "pdf"
        case .dot: "dot"
        case .json: "json"
        }
    }
}
