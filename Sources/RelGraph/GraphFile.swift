import Foundation

/// The relgraph graph file, format version 1: JSON, UTF-8, sorted keys, two-space indentation, canonical
/// order, no timestamps, written atomically. Identical content gives identical bytes.
///
/// ```
/// { "format": "relgraph", "version": 1, "documents": [...], "actors": [...], "relations": [...] }
/// ```
public enum GraphFile {
    public static let format = "relgraph"
    public static let version = 1

    private struct Envelope: Codable {
        var format: String
        var version: Int
        var documents: [Document]
        var actors: [Actor]
        var relations: [Relation]
    }

    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    /// The graph as the bytes of a graph file (canonicalized first).
    public static func encode(_ graph: Graph) -> Data {
        var data = Data()
        stream(graph) { data.append($0) }
        return data
    }

    /// Writes the graph file's bytes to `sink` in pieces of about 1 MB, so that a graph of any size is written
    /// without its whole text in memory. The bytes are those of `JSONEncoder` with sorted keys and pretty
    /// printing on the whole file (``referenceEncoding(_:)``); the records are written by ``GraphFileRecords``.
    /// - Complexity: O(S) for S bytes of output (plus canonicalisation, O(R) for a canonical graph); memory
    ///   O(largest record + 1 MB).
    public static func stream<E: Error>(_ graph: Graph, to sink: (Data) throws(E) -> Void) throws(E) {
        let g = graph.canonicalized()
        var buffer = ByteBuffer(capacity: 1 << 20 + 1 << 16)
        func flushIfFull() throws(E) {
            if buffer.count >= 1 << 20 { try sink(buffer.takeData()) }
        }
        func array<T>(
            _ key: StaticString, _ items: [T], _ write: (borrowing T, Int, inout ByteBuffer) -> Void
        )
            throws(E)
        {
            buffer.append("  \"")
            buffer.append(key)
            buffer.append("\" : [\n")
            if items.isEmpty { buffer.append(0x0A) }
            // Through a buffer: each record is borrowed from the array rather than copied.
            try items.withUnsafeBufferPointer { (b) throws(E) in
                for i in b.indices {
                    buffer.appendSpaces(4)
                    write(b[i], 4, &buffer)
                    if i + 1 < b.count { buffer.append(0x2C) }
                    buffer.append(0x0A)
                    try flushIfFull()
                }
            }
            buffer.append("  ],\n")
        }
        buffer.append("{\n")
        try array("actors", g.actors, GraphFileRecords.write)
        try array("documents", g.documents, GraphFileRecords.write)
        buffer.append(utf8Of: "  \"format\" : \"\(format)\",\n")
        try array("relations", g.relations, GraphFileRecords.write)
        buffer.append(utf8Of: "  \"version\" : \(version)\n}\n")
        try sink(buffer.takeData())
    }

    /// The encoder of one record; its settings are the file's.
    private static func recordEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// The whole file encoded by `JSONEncoder` at once: what ``stream(_:to:)`` must equal (tests).
    static func referenceEncoding(_ graph: Graph) -> Data {
        let g = graph.canonicalized()
        let envelope = Envelope(
            format: format, version: version, documents: g.documents, actors: g.actors, relations: g.relations)
        guard var data = try? recordEncoder().encode(envelope) else { preconditionFailure("encoding failed") }
        data.append(0x0A)
        return data
    }

    /// Decodes a graph file's bytes; `path` is used in error messages.
    ///
    /// Plain well-formed files (all that relgraph writes) are read in one pass by ``GraphFileFastReader``;
    /// anything it declines goes through `JSONDecoder`, which words the errors.
    public static func decode(_ data: Data, path: String) throws(GraphError) -> Graph {
        if let graph = data.withUnsafeBytes({ GraphFileFastReader.read($0, format: format, version: version) }) {
            try validate(graph, path: path)
            return graph.canonicalized()
        }
        return try referenceDecode(data, path: path)
    }

    /// ``decode(_:path:)`` through `JSONDecoder` alone: what the fast reader must equal, graph or error, for
    /// any bytes (tests and the graph-file fuzzer hold it to that).
    public static func referenceDecode(_ data: Data, path: String) throws(GraphError) -> Graph {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw describe(error, path: path, data: data)
        }
        guard header.format == format else {
            throw .wrongFormat(path: path, found: header.format ?? "unknown (no \"format\" key)")
        }
        guard header.version == version else { throw .unsupportedVersion(path: path, found: header.version ?? 0) }
        do {
            let e = try decoder.decode(Envelope.self, from: data)
            let graph = Graph(documents: e.documents, actors: e.actors, relations: e.relations)
            try validate(graph, path: path)
            return graph.canonicalized()
        } catch let error as GraphError {
            throw error
        } catch {
            throw describe(error, path: path, data: data)
        }
    }

    /// Reads a graph file.
    public static func read(_ path: String) throws(GraphError) -> Graph {
        // A regular file is read with POSIX calls: Foundation's `URL` costs ~0.7 million instructions on first
        // use, as much as decoding 20 KB of graph. Anything else, and every failure, goes through Foundation,
        // which words the error.
        if let data = PlainFile.contents(path) { return try decode(data, path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, reason: FileReason.describe(error))
        }
        return try decode(data, path: path)
    }

    /// Writes a graph file atomically, streaming (see ``stream(_:to:)``).
    public static func write(_ graph: Graph, to path: String) throws(GraphError) {
        try AtomicFile.write(to: path) { (sink: (Data) throws(GraphError) -> Void) throws(GraphError) in
            try stream(graph, to: sink)
        }
    }

    /// Checks references: every relation's ends and attributions name actors, every evidence a document.
    private static func validate(_ graph: Graph, path: String) throws(GraphError) {
        let actors = Set(graph.actors.map(\.id))
        let documents = Set(graph.documents.map(\.id))
        for (i, r) in graph.relations.enumerated() {
            for (key, id) in [("source", r.source), ("target", r.target)] where !actors.contains(id) {
                throw .malformed(path: path, jsonPath: "$.relations[\(i)].\(key)", reason: "no actor has id '\(id)'")
            }
            for (j, e) in r.evidence.enumerated() {
                if !documents.contains(e.document) {
                    throw .malformed(
                        path: path, jsonPath: "$.relations[\(i)].evidence[\(j)].document",
                        reason: "no document has id '\(e.document)'")
                }
                if e.start < 0 || e.end < e.start {
                    throw .malformed(
                        path: path, jsonPath: "$.relations[\(i)].evidence[\(j)]",
                        reason: "span \(e.start)..<\(e.end) is not a valid range")
                }
            }
        }
    }

    /// The decoder's error as a message with the JSON path of the problem. When the text is not JSON at all
    /// (cut short, a stray comma), ``JSONSyntaxProblem`` finds the path, line and column the decoder does not give.
    private static func describe(_ error: any Error, path: String, data: Data) -> GraphError {
        if case DecodingError.dataCorrupted(let ctx) = error, ctx.codingPath.isEmpty,
            let problem = JSONSyntaxProblem.find(in: data)
        {
            return .malformed(
                path: path, jsonPath: problem.jsonPath,
                reason: "line \(problem.line), column \(problem.column): \(problem.reason)")
        }
        guard let error = error as? DecodingError else {
            return .malformed(path: path, jsonPath: "$", reason: error.localizedDescription)
        }
        func jsonPath(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce("$") { p, key in
                if let i = key.intValue { return p + "[\(i)]" }
                return p + "." + key.stringValue
            }
        }
        switch error {
        case .dataCorrupted(let ctx):
            let underlying = (ctx.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return .malformed(
                path: path, jsonPath: jsonPath(ctx.codingPath),
                reason: trimmed(underlying ?? ctx.debugDescription))
        case .keyNotFound(let key, let ctx):
            return .malformed(
                path: path, jsonPath: jsonPath(ctx.codingPath + [key]), reason: "required key is missing")
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            return .malformed(path: path, jsonPath: jsonPath(ctx.codingPath), reason: trimmed(ctx.debugDescription))
        @unknown default:
            return .malformed(path: path, jsonPath: "$", reason: "\(error)")
        }
    }

    /// A decoder message without its final period (the error's sentence adds its own).
    private static func trimmed(_ reason: String) -> String {
        reason.hasSuffix(".") ? String(reason.dropLast()) : reason
    }
}

/// Turns Foundation file errors into short reasons a user can act on.
public enum FileReason {
    public static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        switch ns.code {
        case NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return ns.localizedDescription
        }
    }
}

/// Reading a whole file without Foundation's `URL`.
enum PlainFile {
    /// The bytes of the non-empty regular file at `path`, or nil if it cannot be opened, is not a regular file,
    /// is empty (some special files report size 0 yet have content) or its size changes while it is read.
    static func contents(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        var data = Data(count: size)
        let complete = data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) -> Bool in
            var filled = 0
            while filled < size {
                let n = read(fd, buffer.baseAddress! + filled, size - filled)
                if n > 0 {
                    filled += n
                } else if n == 0 || errno != EINTR {
                    return false
                }
            }
            var probe: UInt8 = 0
            return read(fd, &probe, 1) == 0
        }
        return complete ? data : nil
    }
}
