import Foundation
import RelGraph

extension Fixtures {
    /// The two seed articles as an analyst annotated them (28 actors of every kind, typed relations of every
    /// polarity and modality, a denied relation, co-mentions), from `Tests/Fixtures/analyst-graph.json`, which
    /// `Tests/Fixtures/make-analyst-graph.py` writes from the gold annotations.
    public static func analystGraph() throws -> Graph {
        try GraphFile.read(packageRoot.appendingPathComponent("Tests/Fixtures/analyst-graph.json").path)
    }

    /// `graph` with one actor renamed to `name` (its id, relations and evidence unchanged).
    public static func renaming(_ id: String, to name: String, in graph: Graph) -> Graph {
        var g = graph
        for i in g.actors.indices where g.actors[i].id == id { g.actors[i].name = name }
        return g
    }
}
