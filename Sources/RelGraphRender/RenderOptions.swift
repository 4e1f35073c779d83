import Foundation

/// Graphviz layout engines relgraph offers.
public enum Layout: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// The layout named `name` (case-insensitive).
    /// - Throws: ``RenderError/unknownLayout(_:)`` naming the layouts there are.
    public init(parsing name: String) throws(RenderError) {
        guard let layout = Layout(rawValue: name.lowercased()) else { throw .unknownLayout(name) }
        self = layout
    }

    /// Whether the engine draws clusters (`subgraph cluster_*`); the others ignore them.
    public var drawsClusters: Bool { self == .dot || self == .fdp }

    /// The layout relgraph picks when none is asked for.
    ///
    /// Actor networks have no hierarchy, so the default is force-directed: neato (stress majorisation, the
    /// tidiest for small graphs) up to 150 actors, sfdp (multilevel, O(n log n)) above. Clusters are drawn only
    /// by dot and fdp, so a clustered picture uses fdp up to 1,500 actors and dot above (bounded, see
    /// ``DotWriter``).
    /// - Parameters:
    ///   - actors: Actors in the picture.
    ///   - clustered: Whether communities are drawn as clusters.
    public static func automatic(actors: Int, clustered: Bool) -> Layout {
        if clustered { return actors <= 1_500 ? .fdp : .dot }
        return actors <= 150 ? .neato : .sfdp
    }
}

/// Output formats of `render`.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Scalable picture with tooltips and ids (the analyst's format).
    case svg
    case png
    case pdf
    /// The DOT text relgraph generates, not laid out (for users who post-process it).
    case dot
    /// Graphviz's layout as JSON (`-Tjson`): coordinates for web front ends.
    case json

    /// The format a file name's extension names (case-insensitive).
    /// - Throws: ``RenderError/unknownFormat(_:)`` when the extension is missing or not a format.
    public init(path: String) throws(RenderError) {
        // The common case without Foundation's URL (its path parsing costs ~0.7 million instructions at start-up):
        // a last path component `stem.ext` whose stem is not all dots and whose ext names a format. Anything
        // else goes through URL, so names and error messages stay exactly as Foundation splits them.
        if let (stem, ext) = Self.lastComponentSplit(path), stem.contains(where: { $0 != "." }),
            let format = OutputFormat(rawValue: ext == "gv" ? "dot" : ext)
        {
            self = format
            return
        }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        try self.init(parsing: ext == "gv" ? "dot" : ext)
    }

    /// The last path component of `path` (trailing slashes ignored) split at its last dot, the extension
    /// lowercased; nil when it has no dot.
    private static func lastComponentSplit(_ path: String) -> (stem: Substring, ext: String)? {
        var name = Substring(path)
        while name.count > 1, name.hasSuffix("/") { name = name.dropLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return (name[..<dot], name[name.index(after: dot)...].lowercased())
    }

    /// The format named `name` (case-insensitive).
    /// - Throws: ``RenderError/unknownFormat(_:)``.
    public init(parsing name: String) throws(RenderError) {
        guard let format = OutputFormat(rawValue: name.lowercased()) else { throw .unknownFormat(name) }
        self = format
    }

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

/// What colours an actor's fill.
public enum ColorBy: String, Sendable, CaseIterable {
    /// Its kind: person, state, organisation, military unit, media.
    case kind
    /// Its community (from a ``CommunityDetection``); the shape still shows the kind.
    case community

    /// The choice named `name` (case-insensitive).
    /// - Throws: ``RenderError/unknownColorBy(_:)``.
    public init(parsing name: String) throws(RenderError) {
        guard let c = ColorBy(rawValue: name.lowercased()) else { throw .unknownColorBy(name) }
        self = c
    }
}

/// How the picture is drawn (as opposed to ``RenderView``, which decides what is drawn).
public struct DrawingOptions: Sendable, Hashable {
    /// The engine; `nil` picks one from the picture's size (``Layout/automatic(actors:clustered:)``).
    public var layout: Layout?
    public var format: OutputFormat
    public var colorBy: ColorBy
    /// Draw each community (or kind, with `colorBy == .kind`) as a cluster. Only dot and fdp draw clusters.
    public var cluster: Bool
    /// Draw a legend inside the picture.
    public var legend: Bool
    /// Resolution of bitmap output (png), dots per inch.
    public var dpi: Int
    /// When set, nodes and edges link to `linkBase?actor=ID` and `linkBase?source=ID&target=ID`.
    public var linkBase: String?

    public init(
        layout: Layout? = nil, format: OutputFormat = .svg, colorBy: ColorBy = .kind, cluster: Bool = false,
        legend: Bool = true, dpi: Int = 96, linkBase: String? = nil
    ) {
        self.layout = layout
        self.format = format
        self.colorBy = colorBy
        self.cluster = cluster
        self.legend = legend
        self.dpi = dpi
        self.linkBase = linkBase
    }
}
