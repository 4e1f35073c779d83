import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

extension RelGraphCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a graph with Graphviz (in-process): svg, png, pdf, dot or json.",
            discussion: """
                Example:
                  relgraph render Graphs/seeds.json -o Graphs/seeds.svg --layout sfdp
                """)

        @Argument(help: "A graph file written by 'relgraph build'.")
        var graph: String

        @Option(name: .shortAndLong, help: "The picture to write; its extension picks the format.")
        var output: String

        @Option(help: "Layout engine: \(Layout.allCases.map(\.rawValue).joined(separator: ", ")).")
        var layout: String = "sfdp"

        func run() throws {
            guard let layout = Layout(rawValue: layout) else { throw RenderError.unknownLayout(layout) }
            let ext = (output as NSString).pathExtension.lowercased()
            guard let format = OutputFormat(rawValue: ext) else { throw RenderError.unknownFormat(ext) }
            let g = try GraphFile.read(graph)
            let data = try Renderer(layout: layout, format: format).render(g)
            try AtomicFile.write(data, to: output)
        }
    }
}
