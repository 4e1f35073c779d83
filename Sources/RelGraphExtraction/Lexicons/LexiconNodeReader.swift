import RelGraph
import Yams

/// Reads lexicon entries straight from a composed YAML node tree, for lexicons of the plain shape the
/// documentation describes (a mapping whose `actors` is a sequence of mappings of scalars, sequences of scalars
/// and role mappings). Anything else (an anchor or alias, an explicit tag on a mapping, a repeated or non-scalar
/// key, a missing `name` or `kind`, an unknown kind, a value of the wrong shape) gives nil, and the caller
/// decodes with `YAMLDecoder`, which then also words the error. For every document it accepts, the entries are
/// those `YAMLDecoder` gives (tests hold it to that on the built-in lexicon and on crafted documents).
///
/// `YAMLDecoder` decodes through `Codable` containers one value at a time; for the built-in lexicon of 570
/// actors that cost a tenth of a second at every start of relgraph.
/// - Complexity: O(n) in the size of the tree.
enum LexiconNodeReader {
    /// The entries of the lexicon document `root`, or nil (see the type's documentation).
    static func entries(_ root: Node) -> [LexiconEntry]? {
        guard let file = members(root) else { return nil }
        guard let actors = file["actors"], !isNull(actors) else { return [] }
        guard case .sequence(let list) = actors, list.anchor == nil else { return nil }
        var out: [LexiconEntry] = []
        out.reserveCapacity(list.count)
        for node in list {
            guard let entry = entry(node) else { return nil }
            out.append(entry)
        }
        return out
    }

    private static func entry(_ node: Node) -> LexiconEntry? {
        guard let m = members(node), let name = m["name"].flatMap(string),
            let kind = m["kind"].flatMap(string).flatMap(ActorKind.init(rawValue:)),
            let id = optionalString(m["id"]), let affiliation = optionalString(m["affiliation"]),
            let aliases = strings(m["aliases"]), let demonyms = strings(m["demonyms"]),
            let titles = strings(m["titles"]), let roles = roles(m["roles"])
        else { return nil }
        return LexiconEntry(
            id: id ?? NameKey.slug(name), name: name, kind: kind, aliases: aliases, demonyms: demonyms,
            titles: titles, affiliation: affiliation, roles: roles)
    }

    private static func roles(_ node: Node?) -> [LexiconEntry.Role]? {
        guard let node, !isNull(node) else { return [] }
        guard case .sequence(let list) = node, list.anchor == nil else { return nil }
        var out: [LexiconEntry.Role] = []
        for item in list {
            guard let m = members(item), let title = m["title"].flatMap(string), let of = optionalString(m["of"]),
                let from = optionalString(m["from"]), let to = optionalString(m["to"])
            else { return nil }
            out.append(LexiconEntry.Role(title: title, of: of, from: from, to: to))
        }
        return out
    }

    /// The members of a plain mapping by key; nil for anything else or a repeated key.
    static func members(_ node: Node) -> [String: Node]? {
        guard case .mapping(let mapping) = node, mapping.anchor == nil,
            mapping.tag.rawValue == Tag.Name.implicit.rawValue
        else {
            return nil
        }
        var out: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let k) = key, k.anchor == nil, isPlainName(k.string),
                out.updateValue(value, forKey: k.string) == nil
            else { return nil }
            if case .alias = value { return nil }
        }
        return out
    }

    /// Whether a key is a plain name (a letter or `_`, then letters, digits, `_`, `-`) that YAML's default
    /// resolver reads as a string: so keys compare as text, and the document may be composed with the basic
    /// resolver (no regular expressions) without changing which keys are repeated.
    private static func isPlainName(_ key: String) -> Bool {
        guard let first = key.utf8.first,
            first == 0x5F || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
        else { return false }
        guard
            key.utf8.allSatisfy({
                $0 == 0x5F || $0 == 0x2D || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0 | 0x20)
            })
        else { return false }
        return !["y", "n", "yes", "no", "on", "off", "true", "false", "null"].contains(key.lowercased())
    }

    /// A scalar's text, as `YAMLDecoder` decodes a `String`.
    static func string(_ node: Node) -> String? {
        guard case .scalar(let s) = node, s.anchor == nil else { return nil }
        return s.string
    }

    /// An optional string member: `.some(nil)` when absent or null, nil when of the wrong shape.
    static func optionalString(_ node: Node?) -> String?? {
        guard let node, !isNull(node) else { return .some(nil) }
        return string(node).map { .some($0) }
    }

    /// A list of strings: empty when absent or null, nil when of the wrong shape.
    static func strings(_ node: Node?) -> [String]? {
        guard let node, !isNull(node) else { return [] }
        guard case .sequence(let list) = node, list.anchor == nil else { return nil }
        var out: [String] = []
        out.reserveCapacity(list.count)
        for item in list {
            guard let s = string(item) else { return nil }
            out.append(s)
        }
        return out
    }

    /// Whether `decodeIfPresent` reads the node as absent: a plain scalar `~`, `null`, `Null`, `NULL` or empty.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }
}
