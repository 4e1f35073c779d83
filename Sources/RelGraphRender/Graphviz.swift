import CGraphviz
import Dispatch
import Foundation
import Synchronization

/// The process's one Graphviz context. Graphviz is not thread-safe (not even with a context per thread), so
/// every libgvc/cgraph call goes through ``Graphviz/shared``'s lock, and one context is reused for every
/// render. Graphviz's messages are captured by an error callback instead of being printed: failures surface
/// as ``RenderError``s, warnings in ``Rendered/warnings``.
public final class Graphviz: Sendable {
    private struct State: ~Copyable {
        var context: OpaquePointer?
        /// Whether graphs are kept until the next render (see ``retainLastGraph()``), and the one kept.
        var retainsLastGraph = false
        var retained: Retained?
    }

    /// A graph left alive after its render, and whether its layout is to be freed with it.
    private struct Retained {
        var graph: UnsafeMutablePointer<Agraph_t>
        var freesLayout: Bool
    }

    private let state: Mutex<State>
    /// The context and font threads of ``prepareInBackground()`` still running. A render waits for the font
    /// thread (which never takes the lock) before it lays out; never for the context thread, which may be
    /// waiting for the lock the render holds.
    private let preparations = DispatchGroup()
    private let fontPreparation = DispatchGroup()

    /// The shared instance; its context is created on first use.
    public static let shared = Graphviz()

    /// Where ``render(dot:layout:format:)`` runs for async callers: a layout can take seconds, which must not
    /// block a thread of Swift's cooperative pool.
    private static let queue = DispatchQueue(label: "relgraph.graphviz", qos: .userInitiated)

    private init() {
        state = Mutex(State(context: nil))
    }

    deinit {
        state.withLock { s in
            if let c = s.context {
                Self.release(&s.retained, context: c)
                gvFreeContext(c)
            }
            s.context = nil
        }
    }

    /// From now on, leaves each graph and its layout alive until the next render starts (or the process ends)
    /// instead of freeing them before returning, as the `dot` program does with its last graph: for a command
    /// that renders once and exits, freeing is work nobody waits for (~1 % of a render's instructions). Memory
    /// stays bounded: at most one graph is kept. The pictures are the same. `false` frees the kept graph and
    /// restores the default.
    public func retainLastGraph(_ retains: Bool = true) {
        state.withLock { s in
            s.retainsLastGraph = retains
            if !retains, let c = s.context { Self.release(&s.retained, context: c) }
        }
    }

    /// Starts making Graphviz ready on two threads while the caller does other work (reading a graph file,
    /// choosing the view, writing the DOT statements): one creates the context, which reads the plugin
    /// configuration and loads the text-layout plugin with its ~30 libraries; the other loads the font
    /// configuration, which the first label measurement would otherwise wait for. A render that comes first
    /// simply does the work itself, and waits for a font configuration being loaded before it lays out; the
    /// pictures are the same either way. Call ``waitUntilPrepared()`` before the process exits, so that it does
    /// not end while a library is being loaded.
    ///
    /// The `dot` program does these steps one after the other (~4 ms each here); on a machine with a free core,
    /// a render command overlaps them with each other and with its own work.
    public func prepareInBackground() {
        // Threads of their own: the first job of a Dispatch queue waited up to 3 ms here for a worker to start.
        preparations.enter()
        fontPreparation.enter()
        // The context first: it is the longer chain (context, then the graph is built, then laid out).
        Thread { [self] in
            state.withLock { s in _ = Self.context(&s) }
            preparations.leave()
        }.start()
        Thread {
            _ = Self.fontConfigurationLoader()?()
            self.fontPreparation.leave()
        }.start()
    }

    /// Returns when every ``prepareInBackground()`` started before has finished.
    public func waitUntilPrepared() {
        preparations.wait()
        fontPreparation.wait()
    }

    /// The context, created on first use. Must be called with the lock held.
    private static func context(_ s: inout State) -> OpaquePointer? {
        if s.context == nil {
            // The context must exist before the first agopen/agmemread (else default labels are empty).
            _ = agseterrf(graphvizErrorSink)
            s.context = gvContext()
        }
        return s.context
    }

    /// fontconfig's `FcInit`, which loads its configuration, or nil if fontconfig is not installed. Graphviz's
    /// text-layout plugin (pango, which libgvc6 ships and which loads fontconfig) does the same on a thread of its
    /// own that the first label measurement waits for; fontconfig keeps one configuration per process, so that later
    /// call finds it loaded. fontconfig is thread-safe: this needs no Graphviz lock. Without pango it is ~4 ms of
    /// work on a spare core for nothing. The library is left open: the text-layout plugin loads the same library,
    /// and closing it first could unload it, with the configuration just loaded, if the plugin had not yet.
    private static func fontConfigurationLoader() -> (@convention(c) () -> Int32)? {
        guard let library = dlopen("libfontconfig.so.1", RTLD_NOW), let symbol = dlsym(library, "FcInit") else {
            return nil
        }
        return unsafeBitCast(symbol, to: (@convention(c) () -> Int32).self)
    }

    /// Frees `retained` (layout, then graph) and clears it. Must be called with the lock held.
    private static func release(_ retained: inout Retained?, context: OpaquePointer) {
        guard let r = retained else { return }
        if r.freesLayout { gvFreeLayout(context, r.graph) }
        agclose(r.graph)
        retained = nil
    }

    /// Lays out DOT text with the engine `layout` and renders it as `format` (Graphviz `-T` names).
    ///
    /// Blocks the calling thread for the whole layout; from async code use ``renderDetached(dot:layout:format:)``.
    /// Every Graphviz object is freed before returning: render data, then layout, then graph (unless
    /// ``retainLastGraph()`` was called: then layout and graph are freed when the next render starts).
    /// - Returns: The rendered bytes and the warnings Graphviz wrote.
    /// - Throws: ``RenderError/graphvizRejected(message:)``, ``RenderError/layoutUnavailable(engine:available:)``,
    ///   ``RenderError/layoutFailed(engine:message:)``, ``RenderError/rendererUnavailable(format:available:)``,
    ///   ``RenderError/renderFailed(format:message:)``, ``RenderError/contextUnavailable``.
    public func render(dot: String, layout: String, format: String) throws(RenderError) -> Rendered {
        try run(layout: layout, format: format) { () -> Result<Graph, RenderError> in
            guard let graph = agmemread(dot) else {
                return .failure(.graphvizRejected(message: ErrorSink.take().errors ?? "syntax error"))
            }
            return .success(graph)
        }
    }

    /// Lays out `document` with the engine `layout` and renders it as `format`, as ``render(dot:layout:format:)``
    /// does for `document.text`, with the same result, but without writing and parsing the text: the graph is
    /// built with cgraph calls, the same calls in the same order as Graphviz's DOT reader makes for the text.
    /// - Throws: As ``render(dot:layout:format:)``.
    public func render(document: DotDocument, layout: String, format: String) throws(RenderError) -> Rendered {
        try run(layout: layout, format: format) { () -> Result<Graph, RenderError> in
            guard let graph = Self.build(document) else {
                return .failure(.graphvizRejected(message: ErrorSink.take().errors ?? "the graph could not be built"))
            }
            return .success(graph)
        }
    }

    private typealias Graph = UnsafeMutablePointer<Agraph_t>

    /// Under the lock: creates the context if needed, makes the graph, lays it out, renders it, frees it all.
    private func run(
        layout: String, format: String, makeGraph: () -> Result<Graph, RenderError>
    ) throws(RenderError) -> Rendered {
        let result: Result<Rendered, RenderError> = state.withLock { s in
            guard let gvc = Self.context(&s) else { return .failure(.contextUnavailable) }
            Self.release(&s.retained, context: gvc)
            ErrorSink.reset()
            let graph: Graph
            switch makeGraph() {
            case .success(let g): graph = g
            case .failure(let error): return .failure(error)
            }
            var freesLayout = false
            defer {
                if s.retainsLastGraph {
                    s.retained = Retained(graph: graph, freesLayout: freesLayout)
                } else {
                    if freesLayout { gvFreeLayout(gvc, graph) }
                    agclose(graph)
                }
            }
            // A font configuration still loading would be loaded a second time by pango's own thread.
            fontPreparation.wait()
            guard gvLayout(gvc, graph, layout) == 0 else {
                let message = ErrorSink.take().errors ?? "unknown error"
                if let available = Self.notRecognized(message) {
                    return .failure(.layoutUnavailable(engine: layout, available: available))
                }
                return .failure(.layoutFailed(engine: layout, message: message))
            }
            // Graphviz 2.42's dot frees some clustered layouts twice in gvFreeLayout (the `dot` program aborts the
            // same way on a file holding such a graph twice): those layouts are left to the process's end.
            freesLayout = !(layout == "dot" && agfstsubg(graph) != nil)
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, graph, format, &buffer, &length) == 0, let buffer else {
                let message = ErrorSink.take().errors ?? "unknown error"
                let devices = Self.plugins(gvc, kind: "device")
                if Self.notRecognized(message) != nil || !devices.contains(format.split(separator: ":")[0].lowercased())
                {
                    return .failure(.rendererUnavailable(format: format, available: devices.joined(separator: " ")))
                }
                return .failure(.renderFailed(format: format, message: message))
            }
            // The rendered bytes stay in Graphviz's buffer (a copy of a 10 MB SVG is 2,500 fresh pages);
            // `gvFreeRenderData` is `free`, safe without the lock.
            let data = Data(
                bytesNoCopy: buffer, count: Int(length),
                deallocator: .custom { bytes, _ in gvFreeRenderData(bytes.assumingMemoryBound(to: CChar.self)) })
            return .success(Rendered(data: data, warnings: ErrorSink.take().warnings))
        }
        return try result.get()
    }

    /// `document` as a cgraph graph, or nil if cgraph refused it. Must be called with the lock held.
    ///
    /// Mirrors Graphviz's DOT reader (`lib/cgraph/grammar.y`: `attrstmt`, `appendnode`, `bindattrs`,
    /// `applyattrs`, `newedge`, `opensubg`) call for call, so that the graph, its attribute declarations (order,
    /// defaults, `print` flags) and therefore the layout and the output equal those of `agmemread(document.text)`.
    /// - Complexity: O(n) in the size of the document (plus cgraph's own dictionary work).
    private static func build(_ document: DotDocument) -> Graph? {
        let root = document.name.withCString { agopen(UnsafeMutablePointer(mutating: $0), relgraph_agdirected(), nil) }
        guard let root else { return nil }
        var ok = true
        // `graph [...]`, `node [...]`, `edge [...]` in `g`: declare what is new (default ""), then set the defaults.
        func attributeStatement(_ g: Graph, kind: Int32, _ attributes: [DotDocument.Attribute]) {
            _ = bind(g, kind: kind, attributes)
            for a in attributes {
                let sym = withValue(a.token, in: root) { value in
                    a.name.withCString { agattr(g, kind, UnsafeMutablePointer(mutating: $0), value) }
                }
                if g == root { sym?.pointee.print = 1 }
            }
        }
        // `bindattrs`: each name's symbol, declared with default "" if it was not. Most statements name the same
        // attributes as the one before (every edge, every node): their symbols are reused, a pure lookup saved.
        var lastBound: (graph: Graph, kind: Int32, names: [String], symbols: [UnsafeMutablePointer<Agsym_t>?])?
        func bind(_ g: Graph, kind: Int32, _ attributes: [DotDocument.Attribute]) -> [UnsafeMutablePointer<Agsym_t>?] {
            if let last = lastBound, last.graph == g, last.kind == kind, last.names.count == attributes.count,
                zip(last.names, attributes).allSatisfy({ $0 == $1.name })
            {
                return last.symbols
            }
            let symbols = attributes.map { a in
                a.name.withCString { name in
                    let n = UnsafeMutablePointer(mutating: name)
                    return agattr(g, kind, n, nil)
                        ?? "".withCString { agattr(g, kind, n, UnsafeMutablePointer(mutating: $0)) }
                }
            }
            lastBound = (g, kind, attributes.map(\.name), symbols)
            return symbols
        }
        // `applyattrs`.
        func apply(
            _ object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>?],
            _ attributes: [DotDocument.Attribute]
        ) {
            for (sym, a) in zip(symbols, attributes) {
                guard let sym else { continue }
                if withValue(a.token, in: root, { agxset(object, sym, $0) }) != 0 { ok = false }
            }
        }
        // Nodes by name token, for the edges (an edge's `agnode` lookup of an existing node has no other effect).
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(document.nodes.count)
        func node(_ g: Graph, _ node: DotDocument.Node) {
            let n = withValue(node.name, in: root) { agnode(g, $0, 1) }
            let symbols = bind(g, kind: Int32(AGNODE), node.attributes)
            guard let n else {
                ok = false
                return
            }
            nodes[node.name] = n
            apply(UnsafeMutableRawPointer(n), symbols, node.attributes)
        }
        func endpoint(_ token: String) -> UnsafeMutablePointer<Agnode_t>? {
            nodes[token] ?? withValue(token, in: root) { agnode(root, $0, 1) }
        }

        attributeStatement(root, kind: Int32(AGRAPH), document.graphAttributes)
        attributeStatement(root, kind: Int32(AGNODE), document.nodeDefaults)
        attributeStatement(root, kind: Int32(AGEDGE), document.edgeDefaults)
        for cluster in document.clusters {
            let sub = cluster.name.withCString { agsubg(root, UnsafeMutablePointer(mutating: $0), 1) }
            guard let sub else { ok = false; continue }
            attributeStatement(sub, kind: Int32(AGRAPH), cluster.attributes)
            for n in cluster.nodes { node(sub, n) }
        }
        for n in document.nodes { node(root, n) }
        for e in document.edges {
            let tail = endpoint(e.tail)
            let head = endpoint(e.head)
            let symbols = bind(root, kind: Int32(AGEDGE), e.attributes)
            guard let tail, let head, let edge = agedge(root, tail, head, nil, 1) else { ok = false; continue }
            apply(UnsafeMutableRawPointer(edge), symbols, e.attributes)
        }
        guard ok else {
            agclose(root)
            return nil
        }
        return root
    }

    /// Calls `body` with the C string Graphviz's DOT reader makes of `token` (see ``DotToken``); an HTML-like
    /// string is interned as such in `graph` first, so that cgraph keeps it HTML when it copies the value.
    private static func withValue<R>(
        _ token: String, in graph: Graph, _ body: (UnsafeMutablePointer<CChar>) -> R
    ) -> R {
        var token = token
        return token.withUTF8 { t in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: t.count + 1) { buffer in
                let (count, html) = DotToken.decode(t, into: buffer)
                buffer[count] = 0
                // A temporary allocation of at least one element always has an address.
                guard let bytes = buffer.baseAddress else { preconditionFailure("empty temporary allocation") }
                return bytes.withMemoryRebound(to: CChar.self, capacity: count + 1) { value in
                    guard html else { return body(value) }
                    let interned = agstrdup_html(graph, value)
                    defer { agstrfree(graph, interned) }
                    return body(interned ?? value)
                }
            }
        }
    }

    /// ``render(dot:layout:format:)`` on Graphviz's own serial queue, off the cooperative thread pool.
    public func renderDetached(dot: String, layout: String, format: String) async throws(RenderError) -> Rendered {
        try await detached { () throws(RenderError) in try self.render(dot: dot, layout: layout, format: format) }
    }

    /// ``render(document:layout:format:)`` on Graphviz's own serial queue, off the cooperative thread pool.
    public func renderDetached(
        document: DotDocument, layout: String, format: String
    ) async throws(RenderError) -> Rendered {
        try await detached { () throws(RenderError) in
            try self.render(document: document, layout: layout, format: format)
        }
    }

    private func detached(
        _ work: @escaping @Sendable () throws(RenderError) -> Rendered
    ) async throws(RenderError)
        -> Rendered
    {
        let result = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<Rendered, RenderError>, Never>) in
            Self.queue.async {
                do throws(RenderError) {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }

    /// The names of the plugins of `kind` (`layout`, `device`, ...) the context has loaded, sorted.
    /// Must be called with the lock held.
    private static func plugins(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(gvc, $0, &count, nil) }) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for i in 0..<Int(max(count, 0)) {
            guard let name = list[i] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return Array(Set(names)).sorted()
    }

    /// For Graphviz's `... not recognized. Use one of: a b c` message, the list (possibly empty); else nil.
    static func notRecognized(_ message: String) -> String? {
        guard message.contains("not recognized") else { return nil }
        guard let range = message.range(of: "Use one of:") else { return "" }
        return message[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// What Graphviz produced: the bytes, and the warnings it wrote while doing so.
public struct Rendered: Sendable, Hashable {
    public var data: Data
    public var warnings: [String]
}

/// Accumulates Graphviz's messages (delivered in pieces, only while ``Graphviz``'s lock is held).
enum ErrorSink {
    private static let buffer = Mutex("")

    static func reset() { buffer.withLock { $0 = "" } }

    static func append(_ s: String) { buffer.withLock { $0 += s } }

    struct Messages {
        /// Error lines joined with `; `, or nil if none.
        var errors: String?
        var warnings: [String]
    }

    /// The messages so far, split into errors and warnings; the buffer is emptied.
    static func take() -> Messages {
        let text = buffer.withLock { b in
            defer { b = "" }
            return b
        }
        var errors: [String] = []
        var warnings: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { continue }
            if t.hasPrefix("Warning:") {
                warnings.append(String(t.dropFirst("Warning:".count)).trimmingCharacters(in: .whitespaces))
            } else if t.hasPrefix("Error:") {
                errors.append(String(t.dropFirst("Error:".count)).trimmingCharacters(in: .whitespaces))
            } else {
                errors.append(t)
            }
        }
        return Messages(errors: errors.isEmpty ? nil : errors.joined(separator: "; "), warnings: warnings)
    }
}

private func graphvizErrorSink(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { ErrorSink.append(String(cString: message)) }
    return 0
}
