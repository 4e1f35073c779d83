import Foundation

/// A graph brought from elsewhere as a CSV or TSV edge list: one edge per line, `source,target[,weight[,type]]`.
///
/// - The separator is a tab if the first data line holds one, else a comma. Fields are trimmed; a field may
///   be wrapped in double quotes (`"Kim, Jong-un"`), with `""` standing for a quote inside it.
/// - Lines that are empty or start with `#` are comments. A first line whose third field is not a number
///   (or that reads `source,target`) is a header and skipped.
/// - A missing weight is 1. Weights must be finite numbers; negative weights are kept (a signed analysis reads
///   them as conflict), and the analyses that need positive weights say so. Their magnitudes must add up to a
///   finite number, so that no merged tie, node strength or total weight overflows to infinity.
/// - Nodes are the names in the file, in order of first appearance.
public struct EdgeList: Sendable, Hashable {
    /// One line of the file.
    public struct Edge: Sendable, Hashable {
        public var source: Int32
        public var target: Int32
        public var weight: Double
        /// The fourth field, empty when absent.
        public var type: String
        /// 1-based line number in the file, for error messages.
        public var line: Int
    }

    /// Where the list was read from (for error messages).
    public var path: String
    /// Node names, in order of first appearance.
    public var names: [String]
    public var edges: [Edge]
    /// Whether any line gave a weight.
    public var hasWeights: Bool

    /// Reads an edge list file.
    /// - Throws: ``GraphError/cannotRead(path:reason:)``, ``GraphError/malformedEdgeList(path:line:reason:)``.
    public static func read(_ path: String) throws(GraphError) -> EdgeList {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, reason: FileReason.describe(error))
        }
        return try parse(data, path: path)
    }

    /// Parses edge-list bytes (UTF-8).
    /// - Complexity: O(bytes) time; O(nodes + edges) space.
    public static func parse(_ data: Data, path: String) throws(GraphError) -> EdgeList {
        var list = EdgeList(path: path, names: [], edges: [], hasWeights: false)
        var index: [String: Int32] = [:]
        var separator: UInt8?
        var lineNumber = 0
        var sawData = false
        var magnitude = 0.0
        let bytes = [UInt8](data)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            defer { start = end + 1 }
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            if line[first] == UInt8(ascii: "#") { continue }
            let sep = separator ?? (line.contains(0x09) ? 0x09 : UInt8(ascii: ","))
            separator = sep
            let fields = try split(line, separator: sep, path: path, line: lineNumber)
            guard fields.count >= 2, fields.count <= 4 else {
                throw .malformedEdgeList(
                    path: path, line: lineNumber, reason: "expected 2 to 4 fields, found \(fields.count)")
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformedEdgeList(path: path, line: lineNumber, reason: "a source or target is empty")
            }
            var weight = 1.0
            if fields.count >= 3 && !fields[2].isEmpty {
                guard let w = Double(fields[2]), w.isFinite else {
                    if !sawData { continue }  // a header: `source,target,weight`
                    throw .malformedEdgeList(
                        path: path, line: lineNumber, reason: "the weight '\(fields[2])' is not a number")
                }
                weight = w
                list.hasWeights = true
            } else if !sawData && isHeader(fields) {
                continue
            }
            sawData = true
            magnitude += abs(weight)
            guard magnitude.isFinite else {
                throw .malformedEdgeList(
                    path: path, line: lineNumber,
                    reason: "the weights add up to more than \(Double.greatestFiniteMagnitude); scale them down")
            }
            var ends: [Int32] = []
            for name in fields[0...1] {
                if let i = index[name] {
                    ends.append(i)
                } else {
                    let i = Int32(list.names.count)
                    index[name] = i
                    list.names.append(name)
                    ends.append(i)
                }
            }
            list.edges.append(
                Edge(
                    source: ends[0], target: ends[1], weight: weight, type: fields.count == 4 ? fields[3] : "",
                    line: lineNumber))
        }
        return list
    }

    private static func isHeader(_ fields: [String]) -> Bool {
        let known: Set<String> = ["source", "target", "from", "to", "src", "dst", "node1", "node2", "u", "v"]
        return known.contains(fields[0].lowercased()) && known.contains(fields[1].lowercased())
    }

    private static func split(
        _ line: ArraySlice<UInt8>, separator: UInt8, path: String, line number: Int
    ) throws(GraphError) -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < line.endIndex && line[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") && field.allSatisfy({ $0 == 0x20 }) {
                field.removeAll()
                quoted = true
            } else if b == separator {
                fields.append(trimmed(field))
                field.removeAll(keepingCapacity: true)
            } else {
                field.append(b)
            }
            i += 1
        }
        if quoted { throw .malformedEdgeList(path: path, line: number, reason: "a quote is not closed") }
        fields.append(trimmed(field))
        return fields
    }

    private static func trimmed(_ bytes: [UInt8]) -> String {
        var lo = 0
        var hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}
