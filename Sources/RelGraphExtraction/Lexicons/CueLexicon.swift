import Foundation
import RelGraph
import Yams

/// The cue lexicon: which words signal which relation type, and which words make a statement negated,
/// speculative or reported. Shipped as `Resources/cues.yaml`; users extend it with their own file of the same
/// form (its words are added to the shipped ones).
///
/// ```yaml
/// cues:
///   - type: meet                 # a RelationType
///     words: [met, meeting, summit, "held talks with"]
///     negated: [snubbed]         # forms that say the relation did not happen ("skipped" for attend)
///     reach: clause              # optional: every actor in the rest of the clause is a target (invite)
/// modality:
///   negation: [not, never, "refrained from"]
///   speculation: [may, likely, "is expected to"]
///   frames: [speculation, rumors]   # a word that makes the whole sentence speculative
/// ```
public struct CueLexicon: Sendable {
    /// One cue phrase.
    public struct Cue: Sendable, Hashable {
        public var type: RelationType
        /// The phrase's token keys ("held", "talks").
        public var words: [String]
        /// Whether the phrase itself denies the relation ("skipped").
        public var negated: Bool
        /// Whether every actor in the rest of the clause is a target (invite, request).
        public var reachesClause: Bool
    }

    public private(set) var cues: [Cue]
    public private(set) var negation: [[String]]
    public private(set) var speculation: [[String]]
    public private(set) var frames: [[String]]

    /// The phrase lists indexed by their last word, for the modality tests that try every position of a clause.
    let negationIndex: PhraseIndex
    let speculationIndex: PhraseIndex
    let frameIndex: PhraseIndex

    public init(cues: [Cue], negation: [[String]], speculation: [[String]], frames: [[String]]) {
        self.cues = cues
        self.negation = negation
        self.speculation = speculation
        self.frames = frames
        negationIndex = PhraseIndex(negation)
        speculationIndex = PhraseIndex(speculation)
        frameIndex = PhraseIndex(frames)
    }

    struct File: Decodable {
        struct Entry: Decodable {
            var type: RelationType
            var words: [String]?
            var negated: [String]?
            var reach: String?
        }
        struct Modality: Decodable {
            var negation: [String]?
            var speculation: [String]?
            var frames: [String]?
        }
        var cues: [Entry]?
        var modality: Modality?

        /// The decoded document in the node reader's form (absent lists empty).
        var read: CueNodeReader.File {
            CueNodeReader.File(
                cues: (cues ?? []).map {
                    CueNodeReader.Entry(
                        type: $0.type, words: $0.words ?? [], negated: $0.negated ?? [], reach: $0.reach)
                },
                negation: modality?.negation ?? [], speculation: modality?.speculation ?? [],
                frames: modality?.frames ?? [])
        }
    }

    /// The cue lexicon shipped as a resource of this module.
    public static func builtIn() throws(ExtractionError) -> CueLexicon {
        guard let url = Bundle.module.url(forResource: "cues", withExtension: "yaml") else {
            throw .cannotRead(path: "cues.yaml", reason: "the built-in cue lexicon is missing from the installation")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .cannotRead(path: url.path, reason: FileReason.describe(error))
        }
        return try parse(text, path: url.path)
    }

    /// Reads a cue lexicon YAML file.
    public static func load(path: String) throws(ExtractionError) -> CueLexicon {
        try parse(try Lexicon.text(of: path), path: path)
    }

    /// Parses cue lexicon YAML; `path` names it in errors.
    public static func parse(_ yaml: String, path: String) throws(ExtractionError) -> CueLexicon {
        // The plain shape of the built-in cue lexicon is read from the bytes; any other is composed.
        if let file = LexiconFastReader.cueFile(yaml) { return CueLexicon(file) }
        // The basic resolver, as for the actor lexicon: the reader needs no tag resolved by regular expression.
        if let root = try? Yams.compose(yaml: yaml, .basic), let file = CueNodeReader.file(root) {
            return CueLexicon(file)
        }
        return try decoded(yaml, path: path)
    }

    /// `parse(_:path:)` through `YAMLDecoder` alone: the definition ``CueNodeReader`` is held to, and the
    /// source of every error message.
    static func decoded(_ yaml: String, path: String) throws(ExtractionError) -> CueLexicon {
        do {
            return CueLexicon(try YAMLDecoder().decode(File.self, from: yaml).read)
        } catch {
            throw Lexicon.describe(error, path: path)
        }
    }

    /// The lexicon a document gives: each word or negated form of an entry becomes a cue, each modality form a
    /// phrase, all as token keys.
    init(_ file: CueNodeReader.File) {
        func keys(_ phrase: String) -> [String] { Tokenizer.tokenize(phrase).map(\.key) }
        var cues: [Cue] = []
        for entry in file.cues {
            for w in entry.words where !w.isEmpty {
                cues.append(
                    Cue(type: entry.type, words: keys(w), negated: false, reachesClause: entry.reach == "clause"))
            }
            for w in entry.negated where !w.isEmpty {
                cues.append(
                    Cue(type: entry.type, words: keys(w), negated: true, reachesClause: entry.reach == "clause"))
            }
        }
        self.init(
            cues: cues, negation: file.negation.map(keys), speculation: file.speculation.map(keys),
            frames: file.frames.map(keys))
    }

    /// This lexicon with `other`'s cues and modality words added.
    public func merged(with other: CueLexicon) -> CueLexicon {
        CueLexicon(
            cues: cues + other.cues, negation: negation + other.negation, speculation: speculation + other.speculation,
            frames: frames + other.frames)
    }
}

/// Phrases (sequences of token keys) grouped by their last word, so that testing whether one ends at a token
/// costs one table lookup instead of a comparison per phrase.
struct PhraseIndex: Sendable {
    private let byLastWord: WordTable<[[String]]>

    init(_ phrases: [[String]]) {
        var byLastWord: [String: [[String]]] = [:]
        for p in phrases {
            guard let last = p.last else { continue }
            byLastWord[last, default: []].append(p)
        }
        self.byLastWord = WordTable(byLastWord)
    }

    /// Whether one of the phrases ends at token `end` (exclusive).
    ///
    /// Inlined: the modality tests ask it at every token before a cue, and most words end no phrase (one table
    /// probe); the phrases sharing the last word are compared out of line.
    /// - Complexity: O(1) expected, plus O(k) for the k phrases sharing the last word.
    @inline(__always)
    func matches(_ tokens: [Token], endingAt end: Int) -> Bool {
        guard end > 0, let candidates = byLastWord[token: tokens[end - 1]] else { return false }
        return Self.matches(candidates, tokens, endingAt: end)
    }

    /// Whether one of `candidates`, phrases whose last word is token `end - 1`'s key, ends at token `end`.
    @inline(never)
    private static func matches(_ candidates: [[String]], _ tokens: [Token], endingAt end: Int) -> Bool {
        // The last word is the table's key; the words before it are compared from the end.
        candidates.contains { p in
            guard p.count <= end else { return false }
            var k = p.count - 1
            while k > 0 {
                k -= 1
                if tokens[end - p.count + k].key != p[k] { return false }
            }
            return true
        }
    }
}
