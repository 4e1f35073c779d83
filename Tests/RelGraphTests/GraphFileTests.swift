import Foundation
import RelGraph
import TestSupport
import Testing

struct GraphFileTests {
    @Test func roundTripKeepsEverything() throws {
        let graph = Fixtures.smallGraph()
        let decoded = try GraphFile.decode(GraphFile.encode(graph), path: "mem")
        #expect(decoded == graph)
        #expect(decoded.relations.count == 5)
        #expect(decoded.actor(id: "storm-corps")?.kind == .militaryUnit)
    }

    @Test func encodingIsDeterministicAndCanonical() {
        var shuffled = Fixtures.smallGraph()
        shuffled.actors.reverse()
        shuffled.relations.reverse()
        #expect(GraphFile.encode(shuffled) == GraphFile.encode(Fixtures.smallGraph()))
    }

    /// Found by fuzzing (Fuzz/corpus/graphfile/evidence-tie.json): evidence records of one span and cue that
    /// differ in text or modality used to sort in set order, so a graph's bytes changed from run to run.
    @Test func evidenceOfOneSpanSortsTheSameWhateverItsOrder() throws {
        var graph = Fixtures.smallGraph()
        let base = try #require(graph.relations.first)
        let variants = (0..<6).map { i in
            Evidence(
                document: "d1", sentence: 7, start: 70, end: 79, text: "version \(i)",
                modality: i % 2 == 0 ? .asserted : .reported, cue: "met", attribution: i < 3 ? nil : "tass")
        }
        var encodings = Set<Data>()
        for shift in 0..<variants.count {
            var relation = base
            relation.evidence = Array(variants[shift...] + variants[..<shift])
            graph.relations = [relation]
            encodings.insert(GraphFile.encode(graph))
            #expect(try GraphFile.decode(GraphFile.encode(graph), path: "mem") == graph.canonicalized())
        }
        #expect(encodings.count == 1)
        #expect(graph.canonicalized().relations.first?.evidence.map(\.text) == variants.map(\.text))
    }

    @Test func fileCarriesFormatVersionAndExplicitNulls() throws {
        let json = try #require(
            JSONSerialization.jsonObject(with: GraphFile.encode(Fixtures.smallGraph())) as? [String: Any])
        #expect(json["format"] as? String == "relgraph")
        #expect(json["version"] as? Int == 1)
        let relation = try #require((json["relations"] as? [[String: Any]])?.first)
        let evidence = try #require((relation["evidence"] as? [[String: Any]])?.first)
        #expect(evidence.keys.contains("attribution"))
        #expect(evidence["attribution"] is NSNull)
    }

    @Test func otherFormatIsRejected() {
        #expect(throws: GraphError.wrongFormat(path: "x.json", found: "gephi")) {
            try GraphFile.decode(Data(#"{"format":"gephi","version":1}"#.utf8), path: "x.json")
        }
    }

    @Test func otherVersionIsRejected() {
        #expect(throws: GraphError.unsupportedVersion(path: "x.json", found: 2)) {
            try GraphFile.decode(Data(#"{"format":"relgraph","version":2}"#.utf8), path: "x.json")
        }
    }

    @Test func truncatedFileNamesThePlace() throws {
        let bytes = GraphFile.encode(Fixtures.smallGraph())
        let error = #expect(throws: GraphError.self) {
            try GraphFile.decode(bytes.prefix(bytes.count / 2), path: "cut.json")
        }
        guard case .malformed(let path, _, _) = error else {
            Issue.record("expected .malformed, got \(String(describing: error))")
            return
        }
        #expect(path == "cut.json")
    }

    @Test func handEditedValueNamesItsJSONPath() throws {
        var text = String(decoding: GraphFile.encode(Fixtures.smallGraph()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"modality\" : \"speculative\"", with: "\"modality\" : \"maybe\"")
        let error = #expect(throws: GraphError.self) { try GraphFile.decode(Data(text.utf8), path: "e.json") }
        guard case .malformed(_, let jsonPath, _) = error else {
            Issue.record("expected .malformed, got \(String(describing: error))")
            return
        }
        #expect(jsonPath.hasPrefix("$.relations["))
        #expect(jsonPath.contains("evidence[0]"))
    }

    @Test func danglingActorReferenceIsRejected() throws {
        var g = Fixtures.smallGraph()
        g.actors.removeAll { $0.id == "ukraine" }
        let error = #expect(throws: GraphError.self) { try GraphFile.decode(GraphFile.encode(g), path: "d.json") }
        guard case .malformed(_, _, let reason) = error else {
            Issue.record("expected .malformed")
            return
        }
        #expect(reason.contains("ukraine"))
    }
}

struct AtomicFileTests {
    @Test func writeReplacesWholeFile() throws {
        let dir = try Fixtures.temporaryFolder()
        let path = dir + "/g.json"
        try GraphFile.write(Fixtures.smallGraph(), to: path)
        try GraphFile.write(Graph(), to: path)
        #expect(try GraphFile.read(path) == Graph())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["g.json"])
    }

    @Test func failingWriteLeavesOldFileIntact() throws {
        let dir = try Fixtures.temporaryFolder()
        let path = dir + "/g.json"
        try GraphFile.write(Fixtures.smallGraph(), to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Renaming a file over a non-empty folder fails: the destination below is a folder.
        let blocked = dir + "/blocked"
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)
        #expect(throws: GraphError.self) { try GraphFile.write(Graph(), to: blocked) }
        #expect(throws: GraphError.self) { try GraphFile.write(Graph(), to: dir + "/missing/g.json") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["blocked", "g.json"])
    }

    /// A write that does not wait for the disk (pictures, exports) is as atomic as a flushed one: the whole new
    /// file or the previous one, no temporary file left, and the same failures.
    @Test func renamedWriteIsAtomicWithoutFlushing() throws {
        let dir = try Fixtures.temporaryFolder()
        let path = dir + "/picture.svg"
        let old = Data("<svg>old</svg>".utf8)
        let new = Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try AtomicFile.write(old, to: path, durability: .renamed)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        try AtomicFile.write(new, to: path, durability: .renamed)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == new)
        #expect(throws: GraphError.self) { try AtomicFile.write(old, to: dir, durability: .renamed) }
        #expect(throws: GraphError.self) {
            try AtomicFile.write(old, to: dir + "/missing/picture.svg", durability: .renamed)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["picture.svg"])
    }
}
