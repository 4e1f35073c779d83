import RelGraph

/// Reads the actor and cue lexicons of the plain shape the built-in ones have straight from their UTF-8 bytes,
/// without composing a YAML node tree: a top-level block mapping (`actors:` holding a block sequence of
/// entries, each a block mapping or a one-line flow mapping of the known fields `id`, `name`, `kind`,
/// `aliases`, `demonyms`, `titles`, `affiliation`, `roles`; or `cues:` and `modality:`, see ``cueFile(_:)``);
/// values are one-line plain scalars, double-quoted scalars without escapes, flow sequences (over several lines
/// when broken after a comma) and one-line flow mappings, or block sequences and block mappings of those.
/// Comments stand on lines of their own.
///
/// Anything else gives nil, and the caller composes the document with Yams and reads it with
/// ``LexiconNodeReader`` or ``CueNodeReader`` (which then decline or word the error as before): a tab, a
/// carriage return or another character YAML treats as a line break or refuses; a `:` or `#` inside a plain
/// scalar; a plain scalar starting with an indicator (quotes, anchors, tags, brackets, `-`, `?` ...); an
/// escape in a quoted scalar; a multi-line scalar; a flow collection broken elsewhere than after a comma, or
/// continued on a line not indented past its key; a repeated or unknown field; a trailing comma; a comment
/// after a value; any other key at the top. For every document it accepts, the result is what the node
/// reader gives on `Yams.compose(yaml:, .basic)` (tests hold it to that on the built-in lexicons, on crafted
/// documents and on random damage to the built-in ones).
///
/// Composing the node tree (libyaml's events, one `Node` per scalar, a duplicate-key check that hashes every
/// mapping's keys) and reading it through dictionaries cost about 100 M instructions at every start of
/// relgraph, a tenth of a 1 MB build.
/// - Complexity: O(n) in the document's length.
struct LexiconFastReader {
    /// A value of the accepted shape.
    private indirect enum Value {
        /// A scalar's text and whether it was plain (only a plain scalar can be null).
        case scalar(String, plain: Bool)
        case list([Value])
        case map([(key: String, value: Value)])
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// The least indentation of a line that continues a flow sequence: beyond the key or dash it follows.
    private var flowFloor = 1

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The entries of the lexicon document `yaml`, or nil when it is not of the plain shape (see the type's
    /// documentation).
    static func entries(_ yaml: String) -> [LexiconEntry]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard allPlainCharacters(bytes) else { return nil }
            var reader = LexiconFastReader(bytes)
            return reader.document()
        }
    }

    /// The cue lexicon document `yaml` as ``CueNodeReader`` reads it from the composed tree, or nil when it is
    /// not of the plain shape (the built-in cue lexicon's: `cues` entries of `type`, `words`, `negated` and
    /// `reach`, and a `modality` mapping of `negation`, `speculation` and `frames`; phrase lists may run over
    /// several lines, broken after a comma).
    static func cueFile(_ yaml: String) -> CueNodeReader.File? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            guard allPlainCharacters(bytes) else { return nil }
            var reader = LexiconFastReader(bytes)
            return reader.cueDocument()
        }
    }

    /// Whether every character is one YAML reads without complaint and not as a line break other than the line
    /// feed: printable ASCII and line feeds, and non-ASCII characters libyaml accepts, except NEL (U+0085), the
    /// line and paragraph separators (U+2028, U+2029) and the byte order mark (U+FEFF).
    private static func allPlainCharacters(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < b.count {
            let c = b[k]
            if c < 0x80 {
                guard c == 0x0A || (0x20...0x7E).contains(c) else { return false }
                k += 1
                continue
            }
            // The text is valid UTF-8 (a Swift string): the lead byte gives the length.
            var v: UInt32
            var n: Int
            if c >= 0xF0 {
                v = UInt32(c & 0x07)
                n = 4
            } else if c >= 0xE0 {
                v = UInt32(c & 0x0F)
                n = 3
            } else {
                v = UInt32(c & 0x1F)
                n = 2
            }
            guard k + n <= b.count else { return false }
            for m in 1..<n { v = v << 6 | UInt32(b[k + m] & 0x3F) }
            guard v >= 0xA0, v != 0x2028, v != 0x2029, v != 0xFEFF, v <= 0xD7FF || v >= 0xE000,
                v <= 0xFFFD || v >= 0x10000
            else { return false }
            k += n
        }
        return true
    }

    // MARK: Lines

    private var atLineEnd: Bool { i >= bytes.count || bytes[i] == 0x0A }

    private mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    }

    /// Moves past blank and comment lines to the first content character of the next content line, and
    /// returns its column (nil at the end of the text). `i` must be at the start of a line.
    private mutating func nextContentLine() -> Int? {
        while i < bytes.count {
            let start = i
            skipSpaces()
            if i >= bytes.count { return nil }
            if bytes[i] == 0x0A {
                i += 1
                continue
            }
            if bytes[i] == 0x23 {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                if i < bytes.count { i += 1 }
                continue
            }
            return i - start
        }
        return nil
    }

    /// Ends a line after a value: only spaces may follow. Leaves `i` at the start of the next line.
    private mutating func endLine() -> Bool {
        skipSpaces()
        guard atLineEnd else { return false }
        if i < bytes.count { i += 1 }
        return true
    }

    /// Whether the content at `i` is a block sequence's dash ("- " or "-" at the line's end).
    private var atDash: Bool {
        i < bytes.count && bytes[i] == 0x2D && (i + 1 >= bytes.count || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A)
    }

    // MARK: Document

    /// The document's top-level block mapping (keys at column 0), which must run to the end of the text.
    private mutating func topLevel() -> [(key: String, value: Value)]? {
        guard nextContentLine() == 0, let (map, next) = blockMap(column: 0), next == nil,
            case .map(let pairs) = map
        else { return nil }
        return pairs
    }

    /// The entries of the actor lexicon: a top level of the one key `actors`, a sequence of entries.
    private mutating func document() -> [LexiconEntry]? {
        guard let top = topLevel(), top.count == 1, top[0].key == "actors", case .list(let items) = top[0].value
        else { return nil }
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            guard let entry = Self.entry(item) else { return nil }
            entries.append(entry)
        }
        return entries
    }

    /// The cue lexicon: a top level of `cues` (a sequence of entries) and `modality` (a mapping of phrase lists).
    private mutating func cueDocument() -> CueNodeReader.File? {
        guard let top = topLevel(), let f = Self.fields(.map(top), ["cues", "modality"]) else { return nil }
        var file = CueNodeReader.File(cues: [], negation: [], speculation: [], frames: [])
        if let cues = f[0], !Self.isNull(cues) {
            guard case .list(let list) = cues else { return nil }
            for item in list {
                guard let g = Self.fields(item, ["type", "words", "negated", "reach"]),
                    let type = g[0].flatMap(Self.string).flatMap(RelationType.init(rawValue:)),
                    let words = Self.strings(g[1]), let negated = Self.strings(g[2]),
                    let reach = Self.optionalString(g[3])
                else { return nil }
                file.cues.append(CueNodeReader.Entry(type: type, words: words, negated: negated, reach: reach))
            }
        }
        if let modality = f[1], !Self.isNull(modality) {
            guard let g = Self.fields(modality, ["negation", "speculation", "frames"]),
                let negation = Self.strings(g[0]), let speculation = Self.strings(g[1]),
                let frames = Self.strings(g[2])
            else { return nil }
            file.negation = negation
            file.speculation = speculation
            file.frames = frames
        }
        return file
    }

    /// The position of the start of the line holding position `k`.
    private func lineStart(_ k: Int) -> Int {
        var s = k
        while s > 0, bytes[s - 1] != 0x0A { s -= 1 }
        return s
    }

    /// A block mapping whose keys stand at `column`, the first at `i`. Returns it and the column of the content
    /// line after it (nil at the end of the text), with `i` at that line's content.
    private mutating func blockMap(column: Int) -> (Value, Int?)? {
        var pairs: [(key: String, value: Value)] = []
        while true {
            guard let k = key(), i < bytes.count, bytes[i] == 0x3A else { return nil }
            i += 1
            guard atLineEnd || bytes[i] == 0x20 else { return nil }
            skipSpaces()
            var next: Int?
            if atLineEnd {
                if i < bytes.count { i += 1 }
                next = nextContentLine()
                if let n = next, n >= column, atDash {
                    // A block sequence (its dashes may stand at the key's column).
                    guard let (list, after) = blockSequence(column: n) else { return nil }
                    pairs.append((k, list))
                    next = after
                } else if let n = next, n > column {
                    // A block mapping, indented.
                    guard let (map, after) = blockMap(column: n) else { return nil }
                    pairs.append((k, map))
                    next = after
                } else {
                    pairs.append((k, .scalar("", plain: true)))
                }
            } else {
                flowFloor = column + 1
                guard let v = inlineValue(inFlow: false), endLine() else { return nil }
                pairs.append((k, v))
                next = nextContentLine()
            }
            guard let n = next, n == column else { return (.map(pairs), next) }
            // A dash at the keys' column would be a sequence where a key must stand.
            guard !atDash else { return nil }
        }
    }

    /// A block sequence whose dashes stand at `column`, the first at `i`; each item is a block mapping starting
    /// on the dash's line, or a one-line value. Returns it and the column of the content line after it.
    private mutating func blockSequence(column: Int) -> (Value, Int?)? {
        var items: [Value] = []
        while true {
            i += 1
            skipSpaces()
            guard !atLineEnd else { return nil }
            let next: Int?
            if atKey {
                guard let (map, after) = blockMap(column: i - lineStart(i)) else { return nil }
                items.append(map)
                next = after
            } else {
                flowFloor = column + 1
                guard let v = inlineValue(inFlow: false), endLine() else { return nil }
                items.append(v)
                next = nextContentLine()
            }
            guard let n = next, n == column, atDash else { return (.list(items), next) }
        }
    }

    /// Whether a mapping key (``key()``'s characters, then `:` and a space or the line's end) starts at `i`.
    private var atKey: Bool {
        var k = i
        guard k < bytes.count, bytes[k] == 0x5F || Self.isLetter(bytes[k]) else { return false }
        k += 1
        while k < bytes.count,
            bytes[k] == 0x5F || bytes[k] == 0x2D || Self.isLetter(bytes[k]) || (0x30...0x39).contains(bytes[k])
        {
            k += 1
        }
        guard k < bytes.count, bytes[k] == 0x3A else { return false }
        return k + 1 == bytes.count || bytes[k + 1] == 0x20 || bytes[k + 1] == 0x0A
    }

    /// Moves from the end of a line inside a flow sequence (after a comma) to the content of the next line, which
    /// must be indented to at least `flowFloor` and be neither blank nor a comment.
    private mutating func continueFlow() -> Bool {
        guard i < bytes.count else { return false }
        i += 1
        let start = i
        skipSpaces()
        guard i - start >= flowFloor, !atLineEnd, bytes[i] != 0x23 else { return false }
        return true
    }

    // MARK: Values

    /// A key: a letter or `_`, then letters, digits, `_` and `-`.
    private mutating func key() -> String? {
        let start = i
        guard i < bytes.count, bytes[i] == 0x5F || Self.isLetter(bytes[i]) else { return nil }
        i += 1
        while i < bytes.count,
            bytes[i] == 0x5F || bytes[i] == 0x2D || Self.isLetter(bytes[i]) || (0x30...0x39).contains(bytes[i])
        {
            i += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    private static func isLetter(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b | 0x20) }

    /// A value on the current line: a flow sequence, a flow mapping (only in a block, or as a flow sequence's
    /// item), a double-quoted scalar or a plain scalar.
    private mutating func inlineValue(inFlow: Bool) -> Value? {
        switch bytes[i] {
        case 0x5B: return inFlow ? nil : flowSequence()
        case 0x7B: return flowMap()
        case 0x22: return quoted()
        default: return plain(inFlow: inFlow)
        }
    }

    /// A double-quoted scalar without escapes or line breaks.
    private mutating func quoted() -> Value? {
        i += 1
        let start = i
        while i < bytes.count, bytes[i] != 0x22 {
            guard bytes[i] != 0x5C, bytes[i] != 0x0A else { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        i += 1
        return .scalar(text, plain: false)
    }

    /// A one-line plain scalar, without trailing spaces. In a flow collection it ends before `,`, `]` or `}`.
    private mutating func plain(inFlow: Bool) -> Value? {
        let start = i
        guard !Self.indicators.contains(bytes[i]) else { return nil }
        var end = i
        while i < bytes.count, bytes[i] != 0x0A {
            let c = bytes[i]
            if inFlow && (c == 0x2C || c == 0x5D || c == 0x7D) { break }
            guard c != 0x3A, c != 0x23, c != 0x5B, c != 0x7B, c != 0x5D, c != 0x7D else { return nil }
            i += 1
            if c != 0x20 { end = i }
        }
        guard end > start else { return nil }
        return .scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), plain: true)
    }

    /// The bytes that may not start a plain scalar here: YAML's indicators and white space.
    private static let indicators: Set<UInt8> = Set(Array("-?:,[]{}#&*!|>'\"%@` ".utf8))

    /// A one-line flow sequence of scalars and flow mappings, without a trailing comma.
    private mutating func flowSequence() -> Value? {
        i += 1
        skipSpaces()
        var items: [Value] = []
        if i < bytes.count, bytes[i] == 0x5D {
            i += 1
            return .list(items)
        }
        while true {
            guard !atLineEnd, let v = inlineValue(inFlow: true) else { return nil }
            items.append(v)
            skipSpaces()
            guard i < bytes.count else { return nil }
            if bytes[i] == 0x5D {
                i += 1
                return .list(items)
            }
            guard bytes[i] == 0x2C else { return nil }
            i += 1
            skipSpaces()
            // The sequence may go on on the next line after a comma.
            if atLineEnd, !continueFlow() { return nil }
        }
    }

    /// A one-line flow mapping of keys and scalars or flow sequences, without a trailing comma.
    private mutating func flowMap() -> Value? {
        i += 1
        skipSpaces()
        var pairs: [(key: String, value: Value)] = []
        if i < bytes.count, bytes[i] == 0x7D {
            i += 1
            return .map(pairs)
        }
        while true {
            guard let k = key(), i + 1 < bytes.count, bytes[i] == 0x3A, bytes[i + 1] == 0x20 else { return nil }
            i += 2
            skipSpaces()
            guard !atLineEnd else { return nil }
            let v: Value?
            switch bytes[i] {
            case 0x5B: v = flowSequence()
            case 0x7B: v = nil
            default: v = inlineValue(inFlow: true)
            }
            guard let v else { return nil }
            pairs.append((k, v))
            skipSpaces()
            guard i < bytes.count else { return nil }
            if bytes[i] == 0x7D {
                i += 1
                return .map(pairs)
            }
            guard bytes[i] == 0x2C else { return nil }
            i += 1
            skipSpaces()
        }
    }

    // MARK: Entries

    /// The fields of an entry and of a role, each at most once.
    private static let entryFields = ["id", "name", "kind", "aliases", "demonyms", "titles", "affiliation", "roles"]
    private static let roleFields = ["title", "of", "from", "to"]

    /// The values of `value`'s fields by position in `fields`; nil when it is no mapping, or has a repeated or
    /// unknown field.
    private static func fields(_ value: Value, _ fields: [String]) -> [Value?]? {
        guard case .map(let pairs) = value else { return nil }
        var out = [Value?](repeating: nil, count: fields.count)
        for (key, v) in pairs {
            guard let slot = fields.firstIndex(of: key), out[slot] == nil else { return nil }
            out[slot] = v
        }
        return out
    }

    /// As ``LexiconNodeReader``'s `entry`.
    private static func entry(_ value: Value) -> LexiconEntry? {
        guard let f = fields(value, entryFields), let name = f[1].flatMap(string),
            let kind = f[2].flatMap(string).flatMap(ActorKind.init(rawValue:)), let id = optionalString(f[0]),
            let affiliation = optionalString(f[6]), let aliases = strings(f[3]), let demonyms = strings(f[4]),
            let titles = strings(f[5]), let roles = roles(f[7])
        else { return nil }
        return LexiconEntry(
            id: id ?? NameKey.slug(name), name: name, kind: kind, aliases: aliases, demonyms: demonyms,
            titles: titles, affiliation: affiliation, roles: roles)
    }

    private static func roles(_ value: Value?) -> [LexiconEntry.Role]? {
        guard let value, !isNull(value) else { return [] }
        guard case .list(let list) = value else { return nil }
        var out: [LexiconEntry.Role] = []
        for item in list {
            guard let f = fields(item, roleFields), let title = f[0].flatMap(string), let of = optionalString(f[1]),
                let from = optionalString(f[2]), let to = optionalString(f[3])
            else { return nil }
            out.append(LexiconEntry.Role(title: title, of: of, from: from, to: to))
        }
        return out
    }

    private static func string(_ value: Value) -> String? {
        guard case .scalar(let s, _) = value else { return nil }
        return s
    }

    private static func optionalString(_ value: Value?) -> String?? {
        guard let value, !isNull(value) else { return .some(nil) }
        return string(value).map { .some($0) }
    }

    private static func strings(_ value: Value?) -> [String]? {
        guard let value, !isNull(value) else { return [] }
        guard case .list(let list) = value else { return nil }
        var out: [String] = []
        out.reserveCapacity(list.count)
        for item in list {
            guard let s = string(item) else { return nil }
            out.append(s)
        }
        return out
    }

    /// As ``LexiconNodeReader/isNull(_:)``: a plain `~`, `null`, `Null`, `NULL` or empty scalar.
    private static func isNull(_ value: Value) -> Bool {
        guard case .scalar(let s, let plain) = value, plain else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }
}
