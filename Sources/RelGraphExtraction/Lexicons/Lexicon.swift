import Foundation
import RelGraph
import Yams

/// An actor as a lexicon describes it.
///
/// YAML fields: `id` (defaults to the slug of `name`), `name`, `kind`, `aliases` (transliterations, metonyms
/// such as Moscow or the Kremlin, acronyms), `demonyms` (states: "North Korean"), `titles` (persons:
/// "Chairman"), `affiliation` (the id of a state), `roles` (`{title: Defense Minister, of: russia, from:
/// "2024-05", to: null}`), so that "the Russian Defense Minister" resolves to the holder.
public struct LexiconEntry: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    /// Adjectives naming the state's people or forces ("North Korean", "Russian"); states only.
    public var demonyms: [String]
    /// Titles that may stand before the name ("President", "Chairman").
    public var titles: [String]
    /// The id of the state the actor belongs to.
    public var affiliation: String?
    /// Offices the actor held, with dates.
    public var roles: [Role]

    /// An office: its title, the state (id) it is of, and when it was held (`YYYY-MM` or `YYYY-MM-DD`).
    public struct Role: Codable, Sendable, Hashable {
        public var title: String
        public var of: String?
        public var from: String?
        public var to: String?

        public init(title: String, of: String? = nil, from: String? = nil, to: String? = nil) {
            self.title = title
            self.of = of
            self.from = from
            self.to = to
        }

        /// Whether the role was held on `date` (`YYYY-MM-DD`); with no date, whether it is current.
        public func isHeld(on date: String?) -> Bool {
            guard let date else { return to == nil }
            if let from, date < from { return false }
            if let to, date > to + "-99" { return false }
            return true
        }
    }

    public init(
        id: String, name: String, kind: ActorKind, aliases: [String] = [], demonyms: [String] = [],
        titles: [String] = [], affiliation: String? = nil, roles: [Role] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.demonyms = demonyms
        self.titles = titles
        self.affiliation = affiliation
        self.roles = roles
    }

    private enum CodingKeys: String, CodingKey { case id, name, kind, aliases, demonyms, titles, affiliation, roles }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        id = try c.decodeIfPresent(String.self, forKey: .id) ?? NameKey.slug(name)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        demonyms = try c.decodeIfPresent([String].self, forKey: .demonyms) ?? []
        titles = try c.decodeIfPresent([String].self, forKey: .titles) ?? []
        affiliation = try c.decodeIfPresent(String.self, forKey: .affiliation)
        roles = try c.decodeIfPresent([Role].self, forKey: .roles) ?? []
    }
}

/// The actor lexicon: the one shipped with relgraph merged with the user's own YAML files.
/// A user entry with the id of a shipped one replaces it; a new id adds an actor.
public struct Lexicon: Sendable {
    public private(set) var entries: [LexiconEntry]

    public init(entries: [LexiconEntry]) { self.entries = entries }

    private struct File: Decodable { var actors: [LexiconEntry]? }

    /// The lexicon shipped as a resource of this module.
    public static func builtIn() throws(ExtractionError) -> Lexicon {
        guard let url = Bundle.module.url(forResource: "actors", withExtension: "yaml") else {
            throw .cannotRead(path: "actors.yaml", reason: "the built-in lexicon is missing from the installation")
        }
        return try load(path: url.path)
    }

    /// Reads a lexicon YAML file.
    public static func load(path: String) throws(ExtractionError) -> Lexicon {
        try parse(try text(of: path), path: path)
    }

    /// The UTF-8 text of a YAML file (actor or cue lexicon).
    static func text(of path: String) throws(ExtractionError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .cannotRead(path: path, reason: FileReason.describe(error))
        }
    }

    /// Parses lexicon YAML; `path` names it in errors.
    public static func parse(_ yaml: String, path: String) throws(ExtractionError) -> Lexicon {
        // The plain shape of the built-in lexicon is read from the bytes; any other is composed.
        if let entries = LexiconFastReader.entries(yaml) { return Lexicon(entries: entries) }
        // The basic resolver: no tag is resolved by regular expression (the reader needs none; see its keys).
        if let root = try? Yams.compose(yaml: yaml, .basic), let entries = LexiconNodeReader.entries(root) {
            return Lexicon(entries: entries)
        }
        return try decoded(yaml, path: path)
    }

    /// `parse(_:path:)` through `YAMLDecoder` alone: the definition the node reader is held to, and the
    /// source of every error message.
    static func decoded(_ yaml: String, path: String) throws(ExtractionError) -> Lexicon {
        do {
            let file = try YAMLDecoder().decode(File.self, from: yaml)
            return Lexicon(entries: file.actors ?? [])
        } catch {
            throw describe(error, path: path)
        }
    }

    static func describe(_ error: any Error, path: String) -> ExtractionError {
        var error = error
        if case DecodingError.dataCorrupted(let ctx) = error, let underlying = ctx.underlyingError {
            error = underlying
        }
        switch error {
        case YamlError.scanner(_, let problem, let mark, _), YamlError.parser(_, let problem, let mark, _),
            YamlError.composer(_, let problem, let mark, _):
            return .malformedLexicon(path: path, line: mark.line, column: mark.column, reason: problem)
        case let error as DecodingError:
            return .malformedLexicon(path: path, line: nil, column: nil, reason: describe(error))
        default:
            return .malformedLexicon(path: path, line: nil, column: nil, reason: "\(error)")
        }
    }

    /// This lexicon with `other`'s entries added; an entry of `other` replaces one with the same id.
    public func merged(with other: Lexicon) -> Lexicon {
        let replaced = Set(other.entries.map(\.id))
        return Lexicon(entries: entries.filter { !replaced.contains($0.id) } + other.entries)
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let ctx): return "\(path(ctx.codingPath + [key])) is missing"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            return "at \(path(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
