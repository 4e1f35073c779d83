import Foundation
import RelGraph
import RelGraphRender
import TestSupport
import Testing

/// The libgvc wrapper: typed errors instead of crashes or printing, and bounded memory.
struct GraphvizTests {
    @Test func unknownLayoutNameIsAUsageError() throws {
        #expect(throws: RenderError.unknownLayout("spring")) { try Layout(parsing: "spring") }
        #expect(throws: RenderError.unknownFormat("gif")) { try OutputFormat(path: "out.gif") }
        #expect(throws: RenderError.unknownFormat("")) { try OutputFormat(path: "out") }
        #expect(try OutputFormat(path: "x/Out.SVG") == .svg)
        #expect(try Layout(parsing: "SFDP") == .sfdp)
    }

    @Test func unknownEngineIsAnErrorNotACrash() throws {
        #expect {
            try Graphviz.shared.render(dot: "digraph { a -> b }", layout: "spring", format: "svg")
        } throws: { error in
            guard case RenderError.layoutUnavailable(let engine, let available) = error else { return false }
            return engine == "spring" && available.contains("sfdp")
        }
        // The context still works afterwards.
        let ok = try Graphviz.shared.render(dot: "digraph { a -> b }", layout: "dot", format: "svg")
        #expect(XMLText.parse(ok.data) != nil)
    }

    @Test func unknownRendererNamesWhatThereIs() {
        #expect {
            try Graphviz.shared.render(dot: "digraph { a -> b }", layout: "dot", format: "gif-nope")
        } throws: { error in
            guard case RenderError.rendererUnavailable(let format, let available) = error else { return false }
            return format == "gif-nope" && available.contains("svg")
                && (error.localizedDescription.contains("apt-get install"))
        }
    }

    @Test func malformedDotIsRejectedWithGraphvizsMessage() {
        #expect {
            try Graphviz.shared.render(dot: "digraph { a -> }", layout: "dot", format: "svg")
        } throws: { error in
            guard case RenderError.graphvizRejected(let message) = error else { return false }
            return message.contains("syntax error")
        }
    }

    @Test func clustersNeedAnEngineThatDrawsThem() throws {
        let r = Renderer(drawing: DrawingOptions(layout: .sfdp, cluster: true))
        #expect(throws: RenderError.clustersNeedDotOrFdp(.sfdp)) { try r.prepare(Fixtures.smallGraph()) }
        let auto = try Renderer(drawing: DrawingOptions(cluster: true)).prepare(Fixtures.smallGraph())
        #expect(auto.layout == .fdp)
        #expect(auto.dot.contains("subgraph cluster_1"))
    }

    @Test func communityColouringNeedsADetector() throws {
        let r = Renderer(drawing: DrawingOptions(colorBy: .community))
        #expect(throws: RenderError.communitiesUnavailable) { try r.prepare(Fixtures.smallGraph()) }
        #expect(throws: RenderError.invalidLink("https://x.org/\"a")) {
            try Renderer(drawing: DrawingOptions(linkBase: "https://x.org/\"a")).prepare(Fixtures.smallGraph())
        }
    }

    /// Graphviz 2.42's dot frees this clustered layout twice (the `dot` program aborts on it too, given the graph
    /// twice in one file); relgraph must still render it, more than once in one process.
    @Test func clusteredDotLayoutGraphvizCannotFreeStillRenders() throws {
        let renderer = Renderer(
            view: RenderView(includeCoMentions: true), drawing: DrawingOptions(layout: .dot, cluster: true))
        for _ in 0..<2 {
            let svg = try #require(XMLText.parse(try renderer.render(try Fixtures.analystGraph()).data))
            #expect(svg.elements.contains("svg"))
            #expect(svg.texts.contains("Kim Jong-un"))
        }
    }

    /// Keeping each graph until the next render (as the CLI does) changes when Graphviz frees, not what it draws.
    /// (Content, not bytes: renders of other tests run in between, and some layouts depend on library statics.)
    @Test func retainingTheLastGraphGivesTheSamePictures() throws {
        let graph = try Fixtures.analystGraph()
        let renderer = Renderer(drawing: DrawingOptions(layout: .neato))
        let freed = try #require(XMLText.parse(try renderer.render(graph).data))
        Graphviz.shared.retainLastGraph()
        defer { Graphviz.shared.retainLastGraph(false) }
        for _ in 0..<3 {
            let kept = try #require(XMLText.parse(try renderer.render(graph).data))
            #expect(kept.texts == freed.texts)
            #expect(kept.elements == freed.elements)
        }
        let clustered = Renderer(
            view: RenderView(includeCoMentions: true), drawing: DrawingOptions(layout: .dot, cluster: true))
        for _ in 0..<2 { #expect(XMLText.parse(try clustered.render(graph).data) != nil) }
    }

    /// The CLI creates the context and loads the font configuration on other threads while it reads the graph
    /// file (``Graphviz/prepareInBackground()``): a render that races those threads must neither deadlock nor
    /// draw anything differently, and ``Graphviz/waitUntilPrepared()`` must return.
    @Test func preparingInTheBackgroundChangesNoPicture() throws {
        let graph = try Fixtures.analystGraph()
        let renderer = Renderer(drawing: DrawingOptions(layout: .dot))
        let before = try #require(XMLText.parse(try renderer.render(graph).data))
        for _ in 0..<5 {
            Graphviz.shared.prepareInBackground()
            let during = try #require(XMLText.parse(try renderer.render(graph).data))
            #expect(during.texts == before.texts)
            #expect(during.elements == before.elements)
        }
        Graphviz.shared.waitUntilPrepared()
        let after = try #require(XMLText.parse(try renderer.render(graph).data))
        #expect(after.texts == before.texts)
    }

    @Test func manyRendersDoNotGrowMemoryWithoutBound() throws {
        let graph = try Fixtures.analystGraph()
        let renderer = Renderer(drawing: DrawingOptions(layout: .neato))
        for _ in 0..<20 { _ = try renderer.render(graph) }
        // Other tests run in parallel in this process and move its resident size (by 3.6 MB in each of four windows
        // of 60 renders once, on a loaded machine), but only for a while; a leak of the graph, layout or render data
        // (well over 100 KB per render) grows it by 12 MB or more in every window of 120 renders.
        var growth: [Int] = []
        for _ in 0..<4 {
            let before = try #require(ResidentMemory.bytes())
            for _ in 0..<120 { _ = try renderer.render(graph) }
            growth.append(try #require(ResidentMemory.bytes()) - before)
        }
        let least = try #require(growth.min())
        #expect(least < 6 << 20, "grew at least \(least >> 10) KB in every window of 120 renders: \(growth)")
    }
}

/// Resident memory of this process (Linux `/proc/self/statm`).
enum ResidentMemory {
    static func bytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
