import FoundationEssentials
import FuzzDriver
import RelGraph

// Graph-file reader: any bytes either decode to a graph that re-encodes and decodes to itself, or throw a
// GraphError; never crash.
runFuzzTarget { data, size in
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    if let graph = try? GraphFile.decode(bytes, path: "fuzz.json") {
        let again = try? GraphFile.decode(GraphFile.encode(graph), path: "fuzz.json")
        precondition(again == graph, "graph file round trip changed the graph")
    }
    return 0
}
