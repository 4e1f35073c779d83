import Foundation
import TestSupport
import Testing

@testable import RelGraph

/// The fast reader must give exactly what JSONDecoder gives, or decline (and leave the file to JSONDecoder).
struct GraphFileFastReaderTests {
    private func fast(_ text: String) -> Graph? {
        Data(text.utf8).withUnsafeBytes { GraphFileFastReader.read($0, format: "relgraph", version: 1) }
    }

    @Test func encodedGraphReadsAsJSONDecoderReadsIt() throws {
        var graph = Fixtures.smallGraph()
        graph.actors[0].name = "Ким \"Q\" \\ a/b \u{1F600}\ttab"
        graph.actors[0].aliases = ["\u{0001}ctl", "é"]
        graph.relations[0].evidence[0].text = "line\nbreak “quoted” \u{2028} end"
        let data = GraphFile.encode(graph)
        let viaFast = try #require(
            data.withUnsafeBytes { GraphFileFastReader.read($0, format: "relgraph", version: 1) })
        #expect(viaFast.canonicalized() == (try GraphFile.referenceDecode(data, path: "mem")))
        #expect(try GraphFile.decode(data, path: "mem") == (try GraphFile.referenceDecode(data, path: "mem")))
    }

    @Test func nullsAndAbsentOptionalsTakeTheDecodersDefaults() throws {
        let text = """
            {"format":"relgraph","version":1,"extra":{"a":[1,2.5e3,null,true]},
             "documents":[{"id":"d","path":"p","title":"t","sha256":"s","published":null}],
             "actors":[{"id":"a","name":"A","kind":"person","aliases":null,"mentions":null},
                       {"id":"b","name":"B\\u00e9\\ud83d\\ude00","kind":"state"}],
             "relations":[{"source":"a","target":"b","type":"meet","directed":false,"polarity":"cooperative",
               "weight":1.25,"evidence":[{"document":"d","sentence":0,"start":0,"end":3,"text":"x",
               "modality":"asserted","cue":null}]}]}
            """
        let graph = try #require(fast(text))
        let reference = try GraphFile.referenceDecode(Data(text.utf8), path: "x")
        #expect(graph.canonicalized() == reference)
        #expect(try GraphFile.decode(Data(text.utf8), path: "x") == reference)
        #expect(graph.actors[1].name == "Bé😀")
        #expect(graph.actors[0].aliases.isEmpty && graph.actors[0].mentions == 0)
        #expect(graph.relations[0].evidence[0].cue == "")
    }

    /// Keys are matched as bytes and relation types through a cache of names seen: every type, each named twice,
    /// and keys that differ from known ones by a prefix or a letter, read as JSONDecoder reads them.
    @Test func everyRelationTypeAndNearMissKeysReadAsJSONDecoderReadsThem() throws {
        let relations = (RelationType.allCases + RelationType.allCases).enumerated().map { i, type in
            """
            {"source":"a","target":"b","type":"\(type.rawValue)","typ":1,"types":"x","directed":\(i % 2 == 0),
             "polarity":"neutral","weight":0.5,"evidence":[{"document":"d","sentence":\(i),"start":0,"end":1,
             "text":"x","modality":"reported","documents":[],"Text":"y"}]}
            """
        }
        let text = """
            {"format":"relgraph","version":1,"versio":2,
             "documents":[{"id":"d","path":"p","title":"t","sha256":"s","ids":"x"}],
             "actors":[{"id":"a","name":"A","kind":"person","kinds":"alien"},{"id":"b","name":"B","kind":"state"}],
             "relations":[\(relations.joined(separator: ","))]}
            """
        let graph = try #require(fast(text))
        #expect(graph.canonicalized() == (try GraphFile.referenceDecode(Data(text.utf8), path: "x")))
        #expect(Set(graph.relations.map(\.type)) == Set(RelationType.allCases))
    }

    /// Strings are scanned eight bytes at a time: an escape, a non-ASCII character, a raw control character or
    /// an invalid byte at every position of strings of every length up to 26 reads as JSONDecoder reads it (raw
    /// control characters and invalid UTF-8 are declined, as JSONDecoder refuses them).
    @Test func everyByteOfAStringIsCheckedWhereverItLies() throws {
        let pieces: [[UInt8]] = [
            Array(#"\""#.utf8), Array(#"\\"#.utf8), Array(#"\u0001"#.utf8), Array(#"\n"#.utf8), Array("é".utf8),
            Array("\u{1F600}".utf8), [0x01], [0x1F], [0x7F], [0xFF], [0xC3],
        ]
        for length in 1...26 {
            for position in 0..<length {
                for piece in pieces {
                    var name = [UInt8](repeating: UInt8(ascii: "a"), count: position) + piece
                    name += [UInt8](repeating: UInt8(ascii: "b"), count: length - position - 1)
                    let text =
                        Array(#"{"format":"relgraph","version":1,"documents":[],"actors":[{"id":"a","name":""#.utf8)
                        + name + Array(#"","kind":"person"}],"relations":[]}"#.utf8)
                    let data = Data(text)
                    let viaFast = data.withUnsafeBytes { GraphFileFastReader.read($0, format: "relgraph", version: 1) }
                    let reference = try? GraphFile.referenceDecode(data, path: "x")
                    if let viaFast {
                        #expect(viaFast.canonicalized() == reference, "\(length) \(position) \(piece)")
                    } else {
                        let declined = piece.first! < 0x20 || piece == [0xFF] || piece == [0xC3] || piece == [0x7F]
                        #expect(declined, "\(length) \(position) \(piece)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        #"{"format":"relgraph","version":1,"documents":[],"actors":[],"relations":[],}"#,  // trailing comma
        #"{"format":"relgraph","version":1,"version":1,"documents":[],"actors":[],"relations":[]}"#,  // duplicate
        #"{"format":"relgraph","version":1.0,"documents":[],"actors":[],"relations":[]}"#,  // integer as 1.0
        #"{"format":"relgraph","version":1,"documents":[],"actors":[{"id":"a","name":"A","kind":"alien"}],"relations":[]}"#,
        #"{"format":"relgraph","version":1,"documents":[],"actors":[],"relations":[{"source":"a","target":"b","type":"meets","directed":true,"polarity":"neutral","evidence":[]}]}"#,
        #"{"format":"gephi","version":1,"documents":[],"actors":[],"relations":[]}"#,
        #"{"format":"relgraph","version":1,"documents":[],"actors":[],"relations":[]"#,  // cut short
        // An integer longer than Int: found by the graph-file fuzzer, it trapped (overflow) before being declined.
        #"{"format":"relgraph","version":12888888888888888888888888888888,"documents":[],"actors":[],"relations":[]}"#,
        #"{"format":"relgraph","version":1,"documents":[],"actors":[{"id":"a","name":"A","kind":"person","mentions":99999999999999999999}],"relations":[]}"#,
    ])
    func unusualFilesAreLeftToJSONDecoder(text: String) {
        #expect(fast(text) == nil)
    }

    @Test func declinedFilesKeepJSONDecodersErrors() {
        let text =
            #"{"format":"relgraph","version":1,"documents":[],"actors":[{"id":"a","name":"A","kind":"alien"}],"relations":[]}"#
        let viaDecode = #expect(throws: GraphError.self) { try GraphFile.decode(Data(text.utf8), path: "k.json") }
        let viaReference = #expect(throws: GraphError.self) {
            try GraphFile.referenceDecode(Data(text.utf8), path: "k.json")
        }
        #expect(viaDecode != nil && viaDecode == viaReference)
        guard case .malformed(_, let jsonPath, _)? = viaDecode else {
            Issue.record("expected a malformed-file error, got \(String(describing: viaDecode))")
            return
        }
        #expect(jsonPath == "$.actors[0].kind")
    }
}
