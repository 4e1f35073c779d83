/// Something that acts or is acted upon politically: a person, state, organisation, military unit or outlet.
public struct Actor: Codable, Sendable, Hashable, Comparable, Identifiable {
    /// Lowercase, hyphenated canonical id (`kim-jong-un`).
    public var id: String
    /// The fullest canonical name (`Kim Jong-un`).
    public var name: String
    public var kind: ActorKind
    /// Every other surface form seen or known (`Kim Jong Un`, `Chairman Kim`), sorted, without `name`.
    public var aliases: [String]
    /// Number of mentions over all documents.
    public var mentions: Int
    /// Number of distinct documents that mention the actor.
    public var documents: Int
    /// True when no lexicon knew the actor: the extractor discovered it from the text.
    public var discovered: Bool
    /// The id of the state a person or organisation belongs to, when known (`russia` for Putin).
    public var affiliation: String?

    public init(
        id: String, name: String, kind: ActorKind, aliases: [String] = [], mentions: Int = 0, documents: Int = 0,
        discovered: Bool = false, affiliation: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.documents = documents
        self.discovered = discovered
        self.affiliation = affiliation
    }

    public static func < (lhs: Actor, rhs: Actor) -> Bool { lhs.id < rhs.id }
}
