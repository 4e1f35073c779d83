/// A single-pass reader of well-formed graph files (format v1) straight into the model, without `JSONDecoder`.
///
/// It is a fast path, never the judge: it accepts only plain, strict JSON of the expected shape (no trailing
/// commas, no duplicate or escaped keys, integers written as integers, every enum value known, valid UTF-8)
/// and returns nil for anything else, so that ``GraphFile/decode(_:path:)`` falls back to `JSONDecoder`, which
/// decides and words every error (with its JSON path). Whatever it accepts, `JSONDecoder` decodes to the same
/// values: keys it does not know are skipped, absent or `null` optional fields take the decoder's defaults.
///
/// - Complexity: O(B) time for B bytes; no intermediate tree, memory O(the model).
struct GraphFileFastReader {
    private var cursor: JSONCursor
    private var bytes: UnsafeRawBufferPointer { cursor.bytes }
    private var i: Int {
        get { cursor.i }
        set { cursor.i = newValue }
    }
    /// Reused buffer for strings with escapes.
    private var scratch: [UInt8] = []
    /// The UTF-8 names of the relation types, in `RelationType.allCases` order: a name is compared byte by byte
    /// (`RelationType(rawValue:)` of a 25-case enum builds a string table on first use, 0.4 million
    /// instructions, and hashes every name).
    private static let relationTypeNames = RelationType.allCases.map { Array($0.rawValue.utf8) }

    private init(_ bytes: UnsafeRawBufferPointer) { cursor = JSONCursor(bytes) }

    /// The envelope's records, or nil when the file is not plain v1 JSON this reader accepts.
    static func read(_ bytes: UnsafeRawBufferPointer, format: String, version: Int) -> Graph? {
        var reader = GraphFileFastReader(bytes)
        return reader.envelope(format: format, version: version)
    }

    // MARK: - The records

    private mutating func envelope(format expected: String, version expectedVersion: Int) -> Graph? {
        var format: String?
        var version: Int?
        var documents: [Document]?
        var actors: [Actor]?
        var relations: [Relation]?
        let complete = object { reader, key in
            switch key {
            case "format":
                guard format == nil, let s = reader.string() else { return false }
                format = s
            case "version":
                guard version == nil, let v = reader.integer() else { return false }
                version = v
            case "documents":
                guard documents == nil, let d = reader.array({ $0.document() }) else { return false }
                documents = d
            case "actors":
                guard actors == nil, let a = reader.array({ $0.actor() }) else { return false }
                actors = a
            case "relations":
                guard relations == nil, let r = reader.array({ $0.relation() }) else { return false }
                relations = r
            default:
                return reader.skipValue()
            }
            return true
        }
        cursor.skipSpace()
        guard complete, i == bytes.count, format == expected, version == expectedVersion, let documents, let actors,
            let relations
        else { return nil }
        return Graph(documents: documents, actors: actors, relations: relations)
    }

    private mutating func document() -> Document? {
        var id: String?
        var path: String?
        var title: String?
        var sha256: String?
        var published: String??
        var source: String??
        var url: String??
        let complete = object { r, key in
            switch key {
            case "id": return r.once(&id) { $0.string() }
            case "path": return r.once(&path) { $0.string() }
            case "title": return r.once(&title) { $0.string() }
            case "sha256": return r.once(&sha256) { $0.string() }
            case "published": return r.once(&published) { $0.optional { $0.string() } }
            case "source": return r.once(&source) { $0.optional { $0.string() } }
            case "url": return r.once(&url) { $0.optional { $0.string() } }
            default: return r.skipValue()
            }
        }
        guard complete, let id, let path, let title, let sha256 else { return nil }
        return Document(
            id: id, path: path, title: title, sha256: sha256, published: published ?? nil, source: source ?? nil,
            url: url ?? nil)
    }

    private mutating func actor() -> Actor? {
        var id: String?
        var name: String?
        var kind: ActorKind?
        var aliases: [String]??
        var mentions: Int??
        var documents: Int??
        var discovered: Bool??
        var affiliation: String??
        let complete = object { r, key in
            switch key {
            case "id": return r.once(&id) { $0.string() }
            case "name": return r.once(&name) { $0.string() }
            case "kind": return r.once(&kind) { $0.string().flatMap(ActorKind.init(rawValue:)) }
            case "aliases": return r.once(&aliases) { $0.optional { $0.array { $0.string() } } }
            case "mentions": return r.once(&mentions) { $0.optional { $0.integer() } }
            case "documents": return r.once(&documents) { $0.optional { $0.integer() } }
            case "discovered": return r.once(&discovered) { $0.optional { $0.boolean() } }
            case "affiliation": return r.once(&affiliation) { $0.optional { $0.string() } }
            default: return r.skipValue()
            }
        }
        guard complete, let id, let name, let kind else { return nil }
        return Actor(
            id: id, name: name, kind: kind, aliases: (aliases ?? nil) ?? [], mentions: (mentions ?? nil) ?? 0,
            documents: (documents ?? nil) ?? 0, discovered: (discovered ?? nil) ?? false,
            affiliation: affiliation ?? nil)
    }

    private mutating func evidence() -> Evidence? {
        var document: String?
        var sentence: Int?
        var start: Int?
        var end: Int?
        var text: String?
        var modality: Modality?
        var cue: String??
        var attribution: String??
        let complete = object { r, key in
            switch key {
            case "document": return r.once(&document) { $0.string() }
            case "sentence": return r.once(&sentence) { $0.integer() }
            case "start": return r.once(&start) { $0.integer() }
            case "end": return r.once(&end) { $0.integer() }
            case "text": return r.once(&text) { $0.string() }
            case "modality": return r.once(&modality) { $0.string().flatMap(Modality.init(rawValue:)) }
            case "cue": return r.once(&cue) { $0.optional { $0.string() } }
            case "attribution": return r.once(&attribution) { $0.optional { $0.string() } }
            default: return r.skipValue()
            }
        }
        guard complete, let document, let sentence, let start, let end, let text, let modality else { return nil }
        return Evidence(
            document: document, sentence: sentence, start: start, end: end, text: text, modality: modality,
            cue: (cue ?? nil) ?? "", attribution: attribution ?? nil)
    }

    private mutating func relation() -> Relation? {
        var source: String?
        var target: String?
        var type: RelationType?
        var directed: Bool?
        var polarity: Polarity?
        var weight: Double??
        var evidence: [Evidence]?
        let complete = object { r, key in
            switch key {
            case "source": return r.once(&source) { $0.string() }
            case "target": return r.once(&target) { $0.string() }
            case "type": return r.once(&type) { $0.relationType() }
            case "directed": return r.once(&directed) { $0.boolean() }
            case "polarity": return r.once(&polarity) { $0.string().flatMap(Polarity.init(rawValue:)) }
            case "weight": return r.once(&weight) { $0.optional { $0.double() } }
            case "evidence": return r.once(&evidence) { $0.array { $0.evidence() } }
            default: return r.skipValue()
            }
        }
        guard complete, let source, let target, let type, let directed, let polarity, let evidence else { return nil }
        return Relation(
            source: source, target: target, type: type, directed: directed, polarity: polarity,
            weight: (weight ?? nil) ?? 0, evidence: evidence)
    }

    // MARK: - JSON

    /// Reads a field's value into `slot` unless the key was seen before (duplicates are left to the decoder).
    private mutating func once<T>(_ slot: inout T?, _ read: (inout Self) -> T?) -> Bool {
        guard slot == nil, let value = read(&self) else { return false }
        slot = value
        return true
    }

    /// `null` as `.some(nil)`, else the value `read` gives.
    private mutating func optional<T>(_ read: (inout Self) -> T?) -> T?? {
        cursor.skipSpace()
        if cursor.literal("null") { return .some(nil) }
        guard let value = read(&self) else { return nil }
        return .some(value)
    }

    /// Reads `{ "key": value, ... }`, calling `member` with the reader positioned at each value; false when the
    /// text is not such an object or `member` returns false.
    private mutating func object(_ member: (inout Self, Key) -> Bool) -> Bool {
        cursor.skipSpace()
        guard cursor.next(is: UInt8(ascii: "{")) else { return false }
        cursor.skipSpace()
        if cursor.next(is: UInt8(ascii: "}")) { return true }
        while true {
            cursor.skipSpace()
            guard let key = plainKey() else { return false }
            cursor.skipSpace()
            guard cursor.next(is: UInt8(ascii: ":")) else { return false }
            guard member(&self, key) else { return false }
            cursor.skipSpace()
            if cursor.next(is: UInt8(ascii: ",")) { continue }
            return cursor.next(is: UInt8(ascii: "}"))
        }
    }

    private mutating func array<T>(_ element: (inout Self) -> T?) -> [T]? {
        cursor.skipSpace()
        guard cursor.next(is: UInt8(ascii: "[")) else { return nil }
        var items: [T] = []
        cursor.skipSpace()
        if cursor.next(is: UInt8(ascii: "]")) { return items }
        while true {
            guard let item = element(&self) else { return nil }
            items.append(item)
            cursor.skipSpace()
            if cursor.next(is: UInt8(ascii: ",")) { continue }
            return cursor.next(is: UInt8(ascii: "]")) ? items : nil
        }
    }

    /// Skips any JSON value (keys the model does not read).
    private mutating func skipValue() -> Bool {
        cursor.skipSpace()
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case UInt8(ascii: "{"): return object { r, _ in r.skipValue() }
        case UInt8(ascii: "["): return array { r in r.skipValue() ? true : nil } != nil
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "t"): return cursor.literal("true")
        case UInt8(ascii: "f"): return cursor.literal("false")
        case UInt8(ascii: "n"): return cursor.literal("null")
        default: return numberText() != nil
        }
    }

    /// A key without escapes, as the bytes between its quotes.
    private mutating func plainKey() -> Key? {
        guard cursor.next(is: UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                defer { i += 1 }
                return Key(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
            }
            if b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return nil }
            i += 1
        }
        return nil
    }

    /// A relation type's name, known to ``RelationType``.
    private mutating func relationType() -> RelationType? {
        guard var name = string() else { return nil }
        let index = name.withUTF8 { name in Self.relationTypeNames.firstIndex { $0.elementsEqual(name) } }
        // Bytes equal to a case's name are that case; any other name is left to the initializer.
        return index.map { RelationType.allCases[$0] } ?? RelationType(rawValue: name)
    }

    private mutating func string() -> String? {
        cursor.skipSpace()
        guard cursor.next(is: UInt8(ascii: "\"")) else { return nil }
        let start = i
        var (end, ascii) = Self.plainRunEnd(bytes, from: start)
        while end < bytes.count {
            let b = bytes[end]
            if b == UInt8(ascii: "\"") {
                i = end
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<i])
                i += 1
                return ascii || Self.isValidUTF8(raw) ? String(decoding: raw, as: UTF8.self) : nil
            }
            if b == UInt8(ascii: "\\") {
                i = start
                return escapedString()
            }
            if b < 0x20 { return nil }
            if b >= 0x80 { ascii = false }
            end += 1
        }
        return nil
    }

    /// How far from `start` a string's bytes hold no `"`, `\\` or control character, read eight bytes at a time,
    /// and whether those bytes are all ASCII. It may stop short of the first such byte (the caller reads on byte
    /// by byte), never beyond it: a word with one is detected exactly (the lowest such byte always sets its flag).
    /// Evidence quotes are long plain runs; a byte loop costs ~13 instructions a byte.
    private static func plainRunEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> (end: Int, ascii: Bool) {
        guard let base = bytes.baseAddress else { return (start, true) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var end = start
        var seen: UInt64 = 0
        while end + 8 <= bytes.count {
            let w = (base + end).loadUnaligned(as: UInt64.self)
            let quote = w ^ (ones &* 0x22)
            let backslash = w ^ (ones &* 0x5C)
            // A zero byte in `quote` or `backslash`, or a byte below 0x20 in `w`.
            let found =
                ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- ones &* 0x20) & ~w)
            if found & highs != 0 { break }
            seen |= w
            end += 8
        }
        return (end, seen & highs == 0)
    }

    /// The rest of a string with escapes, from just after its opening quote.
    private mutating func escapedString() -> String? {
        scratch.removeAll(keepingCapacity: true)
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                return Self.isValidUTF8(scratch) ? String(decoding: scratch, as: UTF8.self) : nil
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = cursor.hex4() else { return nil }
                    var scalar: Unicode.Scalar?
                    if (0xD800..<0xDC00).contains(unit) {
                        guard cursor.next(is: UInt8(ascii: "\\")), cursor.next(is: UInt8(ascii: "u")),
                            let low = cursor.hex4(),
                            (0xDC00..<0xE000).contains(low)
                        else { return nil }
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                    } else {
                        scalar = Unicode.Scalar(unit)
                    }
                    guard let scalar else { return nil }
                    scratch.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            default:
                if b < 0x20 { return nil }
                scratch.append(b)
            }
        }
        return nil
    }

    /// An integer written as one (`-12`, not `1.0` or `1e1`), of at most 18 digits.
    private mutating func integer() -> Int? {
        cursor.skipSpace()
        let negative = cursor.next(is: UInt8(ascii: "-"))
        let start = i
        var value = 0
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) {
            // Wrapping: a longer run of digits is rejected below, and must not trap on the way there.
            value = value &* 10 &+ Int(bytes[i] - UInt8(ascii: "0"))
            i += 1
        }
        let digits = i - start
        guard digits > 0, digits <= 18, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        if i < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[i]) {
            return nil
        }
        return negative ? -value : value
    }

    /// A finite number (correctly rounded, as the decoder reads it).
    private mutating func double() -> Double? {
        cursor.skipSpace()
        guard let text = numberText(), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The text of a JSON number (strict grammar: no leading zeros, digits after `.` and in the exponent).
    private mutating func numberText() -> Substring? {
        let start = i
        func digits(_ r: inout Self) -> Int {
            let s = r.i
            while r.i < r.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(r.bytes[r.i]) { r.i += 1 }
            return r.i - s
        }
        _ = cursor.next(is: UInt8(ascii: "-"))
        let intStart = i
        let n = digits(&self)
        guard n > 0, n == 1 || bytes[intStart] != UInt8(ascii: "0") else { return nil }
        if cursor.next(is: UInt8(ascii: ".")) { guard digits(&self) > 0 else { return nil } }
        if cursor.next(is: UInt8(ascii: "e")) || cursor.next(is: UInt8(ascii: "E")) {
            _ = cursor.next(is: UInt8(ascii: "+")) || cursor.next(is: UInt8(ascii: "-"))
            guard digits(&self) > 0 else { return nil }
        }
        return Substring(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    private mutating func boolean() -> Bool? {
        cursor.skipSpace()
        if cursor.literal("true") { return true }
        if cursor.literal("false") { return false }
        return nil
    }

    private static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

/// An object key's bytes (ASCII, no escapes), matched against key names in `switch` cases without making a
/// `String` of it.
private struct Key {
    let bytes: UnsafeRawBufferPointer

    static func ~= (name: StaticString, key: Key) -> Bool {
        let n = name.utf8CodeUnitCount
        guard n == key.bytes.count else { return false }
        let p = name.utf8Start
        for k in 0..<n where key.bytes[k] != p[k] { return false }
        return true
    }
}
