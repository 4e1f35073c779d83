import FoundationEssentials
import FuzzDriver
import RelGraph

// Graph-file reader: any bytes either decode to a graph that re-encodes and decodes to itself, or throw a
// GraphError; never crash. The single-pass reader and JSONDecoder must agree on every input: the same graph or
// the same error.
runFuzzTarget { data, size in
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let fast = Result { () throws(GraphError) -> Graph in try GraphFile.decode(bytes, path: "fuzz.json") }
    let reference = Result { () throws(GraphError) -> Graph in try GraphFile.referenceDecode(bytes, path: "fuzz.json") }
    precondition(fast == reference, "the fast graph-file reader and JSONDecoder disagree")
    if let graph = try? GraphFile.decode(bytes, path: "fuzz.json") {
        let again = try? GraphFile.decode(GraphFile.encode(graph), path: "fuzz.json")
        precondition(again == graph, "graph file round trip changed the graph")
    }
    return 0
}
