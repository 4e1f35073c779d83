import Foundation

/// A picture's DOT graph as statements whose attribute values are DOT tokens: the one description that both
/// the DOT text (``text``) and the graph handed to Graphviz (built with cgraph calls, see ``Graphviz``) are made
/// from, so that `--format dot` shows exactly what relgraph lays out.
///
/// A token is written into the text as it is: an ID (`11`, `filled`), a double-quoted string escaped by
/// ``DotEscape`` (`"Kim Jong-un"`), or an HTML-like string (`<<table>...</table>>`). ``DotToken/value(of:)`` gives
/// the value Graphviz's own DOT reader would make of it.
public struct DotDocument: Sendable, Hashable {
    /// `name=token`.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var token: String

        public init(_ name: String, _ token: String) {
            self.name = name
            self.token = token
        }
    }

    /// `name [attributes];` where `name` is a token.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var attributes: [Attribute]
    }

    /// `tail -> head [attributes];` where `tail` and `head` are node-name tokens.
    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
        public var attributes: [Attribute]
    }

    /// `subgraph name { graph [attributes]; nodes }`.
    public struct Cluster: Sendable, Hashable {
        public var name: String
        public var attributes: [Attribute]
        public var nodes: [Node]
    }

    /// The (directed) graph's name.
    public var name = "relgraph"
    public var graphAttributes: [Attribute] = []
    public var nodeDefaults: [Attribute] = []
    public var edgeDefaults: [Attribute] = []
    /// Written before ``nodes``; their nodes belong to no other statement.
    public var clusters: [Cluster] = []
    public var nodes: [Node] = []
    /// Written after every node, in this order.
    public var edges: [Edge] = []

    public init() {}

    /// The DOT text: `digraph`, graph, node and edge defaults, clusters, nodes, edges, one statement a line.
    /// - Complexity: O(n) in the length of the text, written into one byte buffer.
    public var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(estimatedLength)
        out.append(contentsOf: "digraph ".utf8)
        out.append(contentsOf: name.utf8)
        out.append(contentsOf: " {\n".utf8)
        Self.statement(&out, indent: 2, head: "graph", attributes: graphAttributes)
        Self.statement(&out, indent: 2, head: "node", attributes: nodeDefaults)
        Self.statement(&out, indent: 2, head: "edge", attributes: edgeDefaults)
        for cluster in clusters {
            out.append(contentsOf: "  subgraph ".utf8)
            out.append(contentsOf: cluster.name.utf8)
            out.append(contentsOf: " {\n".utf8)
            Self.statement(&out, indent: 4, head: "graph", attributes: cluster.attributes)
            for node in cluster.nodes { Self.statement(&out, indent: 4, head: node.name, attributes: node.attributes) }
            out.append(contentsOf: "  }\n".utf8)
        }
        for node in nodes { Self.statement(&out, indent: 2, head: node.name, attributes: node.attributes) }
        for edge in edges {
            out.append(contentsOf: "  ".utf8)
            out.append(contentsOf: edge.tail.utf8)
            out.append(contentsOf: " -> ".utf8)
            Self.statement(&out, indent: 0, head: edge.head, attributes: edge.attributes)
        }
        out.append(contentsOf: "}\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    private static func statement(_ out: inout [UInt8], indent: Int, head: String, attributes: [Attribute]) {
        for _ in 0..<indent { out.append(UInt8(ascii: " ")) }
        out.append(contentsOf: head.utf8)
        out.append(contentsOf: " [".utf8)
        for (i, a) in attributes.enumerated() {
            if i > 0 { out.append(contentsOf: ", ".utf8) }
            out.append(contentsOf: a.name.utf8)
            out.append(UInt8(ascii: "="))
            out.append(contentsOf: a.token.utf8)
        }
        out.append(contentsOf: "];\n".utf8)
    }

    /// An upper-bound-ish guess of the text's length, so the buffer grows at most once or twice.
    private var estimatedLength: Int {
        func size(_ list: [Attribute]) -> Int { list.reduce(4) { $0 + $1.name.utf8.count + $1.token.utf8.count + 3 } }
        var n = 64 + size(graphAttributes) + size(nodeDefaults) + size(edgeDefaults)
        for c in clusters { n += 32 + size(c.attributes) + c.nodes.reduce(0) { $0 + 8 + size($1.attributes) } }
        n += nodes.reduce(0) { $0 + $1.name.utf8.count + 8 + size($1.attributes) }
        n += edges.reduce(0) { $0 + $1.tail.utf8.count + $1.head.utf8.count + 12 + size($1.attributes) }
        return n
    }
}

/// How Graphviz's DOT reader turns a token into a value.
enum DotToken {
    /// Writes the value of a DOT token into `destination` (at least as long as the token) as Graphviz 2.4x's lexer
    /// makes it: a quoted string loses its quotes, `\"` becomes `"`, `\` + newline disappears, and every other
    /// backslash (including `\\`) stays as written (Graphviz interprets those later, per attribute); `<...>` loses
    /// its outer angle brackets; an ID is its own value.
    /// - Returns: The value's length (no terminating NUL is written) and whether it is an HTML-like string.
    /// - Complexity: O(n) in the token's length; the runs between backslashes are copied in one piece.
    static func decode(
        _ token: UnsafeBufferPointer<UInt8>, into destination: UnsafeMutableBufferPointer<UInt8>
    ) -> (count: Int, html: Bool) {
        precondition(destination.count >= token.count, "destination shorter than the token")
        guard let first = token.first, token.count >= 2, first == UInt8(ascii: "\"") || first == UInt8(ascii: "<")
        else {
            _ = destination.initialize(from: token)
            return (token.count, false)
        }
        let inner = UnsafeBufferPointer(rebasing: token[1..<(token.count - 1)])
        if first == UInt8(ascii: "<") {
            _ = destination.initialize(from: inner)
            return (inner.count, true)
        }
        var n = 0
        var i = 0
        func copy(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            _ = UnsafeMutableBufferPointer(rebasing: destination[n..<(n + range.count)]).update(
                fromContentsOf: UnsafeBufferPointer(rebasing: inner[range]))
            n += range.count
        }
        while i < inner.count {
            // The next backslash, through `memchr` (a byte loop cost ~4 instructions for every byte of every token).
            let start = UnsafeRawPointer(inner.baseAddress!)
            let end =
                memchr(start + i, 0x5C, inner.count - i).map { start.distance(to: UnsafeRawPointer($0)) } ?? inner.count
            copy(i..<end)
            i = end
            guard i < inner.count else { break }
            // A backslash: `\"` -> `"`, `\\` kept (both bytes), `\` + newline dropped, else the backslash kept.
            let next: UInt8? = i + 1 < inner.count ? inner[i + 1] : nil
            switch next {
            case UInt8(ascii: "\""):
                destination[n] = UInt8(ascii: "\"")
                n += 1
                i += 2
            case UInt8(ascii: "\\"):
                copy(i..<(i + 2))
                i += 2
            case UInt8(ascii: "\n"):
                i += 2
            default:
                copy(i..<(i + 1))
                i += 1
            }
        }
        return (n, false)
    }

    /// ``decode(_:into:)`` for a `String` token, handing `body` the value's bytes.
    static func value<R>(of token: String, _ body: (UnsafeBufferPointer<UInt8>, _ html: Bool) -> R) -> R {
        var token = token
        return token.withUTF8 { t in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(t.count, 1)) { buffer in
                let (count, html) = decode(t, into: buffer)
                return body(UnsafeBufferPointer(rebasing: buffer[0..<count]), html)
            }
        }
    }
}
