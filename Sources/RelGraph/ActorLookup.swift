/// Finds actors by what a user types: id, name or alias, ignoring case, diacritics, hyphens and
/// transliteration variants (see ``NameKey``). When nothing matches, names the closest actors.
public struct ActorLookup: Sendable {
    private let actors: [Actor]
    private let exact: [String: [Int]]
    /// Actors by the last word of a name of two words or more ("belousov" for Andrei Belousov).
    private let surnames: [String: [Int]]

    public init(_ actors: [Actor]) {
        self.actors = actors
        var exact: [String: [Int]] = [:]
        for (i, a) in actors.enumerated() {
            for form in Set(([a.id, a.name] + a.aliases).map(NameKey.key)) where !form.isEmpty {
                exact[form, default: []].append(i)
            }
        }
        self.exact = exact
        var surnames: [String: [Int]] = [:]
        for (i, a) in actors.enumerated() {
            let words = a.name.split(whereSeparator: { $0 == " " })
            if words.count >= 2, let last = words.last { surnames[NameKey.key(String(last)), default: []].append(i) }
        }
        self.surnames = surnames
    }

    /// The actor `query` names.
    ///
    /// An id or full name wins over an alias; among several actors sharing an alias (two people called
    /// "Kim"), the one mentioned most wins only if the query is its id or name; otherwise the query is
    /// ambiguous and the error lists the candidates. Failing those, a surname alone ("Belousov") names the one
    /// actor whose name ends with it; shared by several ("Kim"), it is ambiguous.
    /// - Throws: ``GraphError/unknownActor(query:suggestions:)`` with up to five close names.
    public func find(_ query: String) throws(GraphError) -> Actor {
        let key = NameKey.key(query)
        if let hits = exact[key] {
            let primary = hits.filter { NameKey.key(actors[$0].id) == key || NameKey.key(actors[$0].name) == key }
            if primary.count == 1 { return actors[primary[0]] }
            if hits.count == 1 { return actors[hits[0]] }
            throw .unknownActor(query: query, suggestions: hits.map { actors[$0].name }.sorted())
        }
        if let hits = surnames[key], hits.count == 1 { return actors[hits[0]] }
        throw .unknownActor(query: query, suggestions: suggestions(for: query))
    }

    /// Up to `limit` actor names closest to `query`, best first.
    ///
    /// A form's distance is the Levenshtein distance between the plain forms of the query and of the actor's
    /// id, name, aliases and name words, also compared with the form's prefix of the query's length (so "Kimm"
    /// is near "Kim Jong-un"). Ties go to the actor mentioned more often.
    /// - Complexity: O(A · F · q · f) for A actors with F forms of length f and a query of length q.
    public func suggestions(for query: String, limit: Int = 5) -> [String] {
        let q = Array(NameKey.plain(query))
        guard !q.isEmpty else { return [] }
        let threshold = max(2, q.count / 2)
        var scored: [(distance: Int, mentions: Int, name: String)] = []
        for a in actors {
            var forms = [a.id, a.name] + a.aliases
            forms += a.name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            var best = Int.max
            for form in forms {
                let f = Array(NameKey.plain(form))
                guard !f.isEmpty else { continue }
                best = min(best, Self.levenshtein(q, f))
                if f.count > q.count { best = min(best, Self.levenshtein(q, Array(f.prefix(q.count))) + 1) }
            }
            if best <= threshold { scored.append((best, a.mentions, a.name)) }
        }
        scored.sort { ($0.distance, -$0.mentions, $0.name) < ($1.distance, -$1.mentions, $1.name) }
        return Array(scored.prefix(limit).map(\.name))
    }

    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
