import RelGraph
import Yams

/// Reads a cue lexicon straight from a composed YAML node tree, as ``LexiconNodeReader`` reads the actor
/// lexicon: for documents of the plain shape ``CueLexicon`` documents (a mapping with a `cues` sequence of
/// mappings and a `modality` mapping, their values scalars or sequences of scalars). Anything else (an anchor or
/// alias, an explicit tag on a mapping, a repeated or non-scalar key, an unknown relation type, a value of the
/// wrong shape) gives nil, and the caller decodes with `YAMLDecoder`, which then also words the error. For every
/// document it accepts, the result is the one `YAMLDecoder` gives (tests hold it to that).
///
/// `YAMLDecoder` cost ~25 million instructions for the 7 KB built-in cue lexicon at every start (most of it
/// first-time protocol-conformance lookups of its `Codable` containers); this reader costs a small fraction.
/// - Complexity: O(n) in the size of the tree.
enum CueNodeReader {
    /// One `cues` entry as written.
    struct Entry: Equatable {
        var type: RelationType
        var words: [String]
        var negated: [String]
        var reach: String?
    }

    /// The document's entries and modality lists (empty when absent or null).
    struct File: Equatable {
        var cues: [Entry]
        var negation: [String]
        var speculation: [String]
        var frames: [String]
    }

    /// The cue lexicon document `root`, or nil (see the type's documentation).
    static func file(_ root: Node) -> File? {
        guard let top = LexiconNodeReader.members(root) else { return nil }
        var file = File(cues: [], negation: [], speculation: [], frames: [])
        if let cues = top["cues"], !LexiconNodeReader.isNull(cues) {
            guard case .sequence(let list) = cues, list.anchor == nil else { return nil }
            for node in list {
                guard let m = LexiconNodeReader.members(node),
                    let type = m["type"].flatMap(LexiconNodeReader.string).flatMap(RelationType.init(rawValue:)),
                    let words = LexiconNodeReader.strings(m["words"]),
                    let negated = LexiconNodeReader.strings(m["negated"]),
                    let reach = LexiconNodeReader.optionalString(m["reach"])
                else { return nil }
                file.cues.append(Entry(type: type, words: words, negated: negated, reach: reach))
            }
        }
        if let modality = top["modality"], !LexiconNodeReader.isNull(modality) {
            guard let m = LexiconNodeReader.members(modality),
                let negation = LexiconNodeReader.strings(m["negation"]),
                let speculation = LexiconNodeReader.strings(m["speculation"]),
                let frames = LexiconNodeReader.strings(m["frames"])
            else { return nil }
            file.negation = negation
            file.speculation = speculation
            file.frames = frames
        }
        return file
    }
}
