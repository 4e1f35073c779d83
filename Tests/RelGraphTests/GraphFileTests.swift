import Foundation
import TestSupport
import Testing

@testable import RelGraph

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

    /// Replacing a picture by exchanging names keeps a rename's meaning: the name gets a new file, another hard
    /// link keeps the old one, a symbolic link is replaced rather than followed, and nothing else is left.
    @Test func renamedWriteOverAFileKeepsRenameSemantics() throws {
        let dir = try Fixtures.temporaryFolder()
        let path = dir + "/picture.svg"
        try AtomicFile.write(Data("old".utf8), to: path, durability: .renamed)
        #expect(link(path, dir + "/other-link.svg") == 0)
        try AtomicFile.write(Data("new".utf8), to: path, durability: .renamed)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: dir + "/other-link.svg", encoding: .utf8) == "old")

        try Data("target".utf8).write(to: URL(fileURLWithPath: dir + "/target.svg"))
        #expect(symlink("target.svg", dir + "/symlink.svg") == 0)
        try AtomicFile.write(Data("replaced".utf8), to: dir + "/symlink.svg", durability: .renamed)
        #expect(try String(contentsOfFile: dir + "/target.svg", encoding: .utf8) == "target")
        #expect(try String(contentsOfFile: dir + "/symlink.svg", encoding: .utf8) == "replaced")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
                "other-link.svg", "picture.svg", "symlink.svg", "target.svg",
            ])
    }

    /// The exchange itself: two regular files swap contents; a missing name, a folder or a symbolic link is
    /// declined with nothing changed.
    @Test func exchangeSwapsOnlyRegularFiles() throws {
        let dir = try Fixtures.temporaryFolder()
        try Data("a".utf8).write(to: URL(fileURLWithPath: dir + "/a"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: dir + "/b"))
        #expect(AtomicFile.exchange(dir + "/a", dir + "/b"))
        #expect(try String(contentsOfFile: dir + "/a", encoding: .utf8) == "b")
        #expect(try String(contentsOfFile: dir + "/b", encoding: .utf8) == "a")
        #expect(!AtomicFile.exchange(dir + "/a", dir + "/missing"))
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: false)
        #expect(!AtomicFile.exchange(dir + "/a", dir + "/folder"))
        #expect(symlink("b", dir + "/link") == 0)
        #expect(!AtomicFile.exchange(dir + "/a", dir + "/link"))
        #expect(try String(contentsOfFile: dir + "/a", encoding: .utf8) == "b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a", "b", "folder", "link"])
    }
}
