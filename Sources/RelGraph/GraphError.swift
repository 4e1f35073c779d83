import Foundation

/// Errors of the model module: reading and writing graph files and edge lists, finding actors.
public enum GraphError: Error, Equatable, LocalizedError {
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    /// The file is not JSON, or not a relgraph graph; `jsonPath` says where it went wrong.
    case malformed(path: String, jsonPath: String, reason: String)
    case wrongFormat(path: String, found: String)
    case unsupportedVersion(path: String, found: Int)
    case malformedEdgeList(path: String, line: Int, reason: String)
    case unknownActor(query: String, suggestions: [String])
    case emptyGraph(path: String)

    public var errorDescription: String? {
        switch self {
        case .cannotRead(let path, let reason):
            "Cannot read \(path): \(reason)."
        case .cannotWrite(let path, let reason):
            "Cannot write \(path): \(reason). Nothing was changed; check the folder exists and is writable."
        case .malformed(let path, let jsonPath, let reason):
            "\(path) is not a valid relgraph graph file: at \(jsonPath): \(reason). "
                + "Rebuild it with 'relgraph build' or fix that value."
        case .wrongFormat(let path, let found):
            "\(path) is a '\(found)' file, not a relgraph graph (\"format\": \"relgraph\"). "
                + "Pass a file written by 'relgraph build', or a CSV/TSV edge list."
        case .unsupportedVersion(let path, let found):
            "\(path) is a relgraph graph of format version \(found); this relgraph reads version "
                + "\(GraphFile.version). Rebuild it from its articles with this version of relgraph."
        case .malformedEdgeList(let path, let line, let reason):
            "\(path), line \(line): \(reason). An edge list has lines 'source,target[,weight[,type]]'."
        case .unknownActor(let query, let suggestions):
            suggestions.isEmpty
                ? "No actor matches '\(query)'. List the actors with 'relgraph actors GRAPH'."
                : "No actor matches '\(query)'. Did you mean: \(suggestions.joined(separator: ", "))?"
        case .emptyGraph(let path):
            "\(path) holds no actors: nothing to analyse."
        }
    }
}
