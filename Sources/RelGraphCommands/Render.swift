import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

extension RelGraphCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Draw a graph with Graphviz (in-process): svg, png, pdf, dot or json.",
            discussion: """
                Actors: shape and colour = kind, size = centrality. Relations: colour = polarity, width = weight,
                dashed = speculative only, dotted grey 'not' = denied by the text, arrow = directed. The legend is
                drawn in the picture; in SVG every actor and line has a tooltip with its strongest evidence.
                Examples:
                  relgraph render Graphs/seeds.json -o Graphs/seeds.svg
                  relgraph render Graphs/seeds.json -o kim.png --focus "Kim Jong-un" --depth 2
                  relgraph render Graphs/seeds.json -o coop.pdf --types meet,visit,supply --min-weight 0.5
                  relgraph render Graphs/seeds.json -o seeds.dot      # the DOT text, for post-processing
                """)

        @Argument(help: "A graph file written by 'relgraph build'.")
        var graph: String

        @Option(name: .shortAndLong, help: "The file to write; its extension picks the format.")
        var output: String

        @Option(help: "svg, png, pdf, dot or json (default: from the output's extension).")
        var format: String?

        @Option(help: "dot, neato, fdp, sfdp, circo or twopi (default: neato up to 150 actors, sfdp above).")
        var layout: String?

        @Option(name: .customLong("size-by"), help: "Actor size: degree, strength, pagerank or betweenness.")
        var sizeBy = "degree"

        @Option(name: .customLong("color-by"), help: "Actor fill: kind or community.")
        var colorBy = "kind"

        @Flag(help: "Draw each community (or kind) as a box (dot and fdp layouts).")
        var cluster = false

        @Flag(help: "One line per relation instead of one per pair of actors.")
        var multi = false

        @Flag(name: .customLong("include-co-mentions"), help: "Also draw co-mentions (actors sharing a sentence).")
        var includeCoMentions = false

        @Option(help: "Show only the actors within --depth hops of this actor (id, name or alias).")
        var focus: String?

        @Option(help: "Hops from --focus.")
        var depth = 1

        @Option(name: .customLong("min-weight"), help: "Hide pairs whose summed weight is below this.")
        var minWeight = 0.0

        @Option(help: "Only these relation types, comma-separated (meet,supply,...).")
        var types: String?

        @Option(help: "Keep only the N most central actors.")
        var top: Int?

        @Option(help: "Only evidence published on or after this date (YYYY-MM-DD).")
        var since: String?

        @Option(help: "Only evidence published on or before this date (YYYY-MM-DD).")
        var until: String?

        @Option(help: "PNG resolution in dots per inch.")
        var dpi = 96

        @Option(name: .customLong("link-base"), help: "Link actors and lines to URL?actor=ID / ?source=ID&target=ID.")
        var linkBase: String?

        @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
        var noLegend = false

        /// For the render benchmark: write the DOT text exactly as it is laid out for FORMAT (an SVG's legend has
        /// one more line than `--format dot`'s), so the Graphviz program is timed on the same text.
        @Option(name: .customLong("dot-for"), help: .hidden)
        var dotFor: String?

        func validate() throws { try settings.validate() }

        func run() throws { try settings.run() }

        /// The parsed options as one value: what both ArgumentParser and ``Settings/init(fastParsing:)`` give.
        var settings: Settings {
            Settings(
                graph: graph, output: output, format: format, layout: layout, sizeBy: sizeBy, colorBy: colorBy,
                cluster: cluster, multi: multi, includeCoMentions: includeCoMentions, focus: focus, depth: depth,
                minWeight: minWeight, types: types, top: top, since: since, until: until, dpi: dpi,
                linkBase: linkBase, noLegend: noLegend, dotFor: dotFor)
        }
    }
}
