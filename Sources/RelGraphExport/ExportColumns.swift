import RelGraph

/// The typed attributes every export carries, defined once so GraphML, GEXF and CSV agree on names, types
/// and values: an actor's kind, aliases and counts; a relation's type, polarity, weight, evidence count and
/// top quote.
enum ExportColumns {
    /// The value types the formats share (GraphML `attr.type`, GEXF `type`, neo4j-admin header types).
    enum Kind {
        case string, int, double, boolean

        var graphML: String {
            switch self {
            case .string: "string"
            case .int: "int"
            case .double: "double"
            case .boolean: "boolean"
            }
        }

        var gexf: String {
            switch self {
            case .string: "string"
            case .int: "integer"
            case .double: "double"
            case .boolean: "boolean"
            }
        }

        var neo4j: String {
            switch self {
            case .string: "string"
            case .int: "int"
            case .double: "double"
            case .boolean: "boolean"
            }
        }
    }

    /// One typed value; `lexical` is its text in all three formats.
    enum Value {
        case string(String)
        case int(Int)
        case double(Double)
        case boolean(Bool)

        var lexical: String {
            switch self {
            case .string(let s): s
            case .int(let i): String(i)
            case .double(let d): XMLEscape.double(d)
            case .boolean(let b): b ? "true" : "false"
            }
        }
    }

    /// A named, typed attribute of `Subject`; `value` is nil when the subject has none (no affiliation).
    struct Column<Subject>: Sendable {
        var name: String
        var kind: Kind
        var value: @Sendable (Subject) -> Value?
    }

    /// Aliases joined for one cell: `; ` is Neo4j's default array delimiter and rare in names.
    static let aliasSeparator = ";"

    static let actor: [Column<Actor>] = [
        Column(name: "name", kind: .string) { .string($0.name) },
        Column(name: "kind", kind: .string) { .string($0.kind.rawValue) },
        Column(name: "aliases", kind: .string) { .string($0.aliases.joined(separator: aliasSeparator)) },
        Column(name: "mentions", kind: .int) { .int($0.mentions) },
        Column(name: "documents", kind: .int) { .int($0.documents) },
        Column(name: "discovered", kind: .boolean) { .boolean($0.discovered) },
        Column(name: "affiliation", kind: .string) { $0.affiliation.map { .string($0) } },
    ]

    static let relation: [Column<Relation>] = [
        Column(name: "type", kind: .string) { .string($0.type.rawValue) },
        Column(name: "polarity", kind: .string) { .string($0.polarity.rawValue) },
        Column(name: "directed", kind: .boolean) { .boolean($0.directed) },
        Column(name: "weight", kind: .double) { .double($0.weight) },
        Column(name: "evidence", kind: .int) { .int($0.evidence.count) },
        Column(name: "documents", kind: .int) { .int($0.documentCount) },
        Column(name: "modality", kind: .string) { .string($0.modality.rawValue) },
        Column(name: "cameo", kind: .string) { .string($0.type.cameoRoot) },
        Column(name: "quad_class", kind: .string) { .string($0.type.quadClass.rawValue) },
        Column(name: "intensity", kind: .double) { .double($0.type.intensity) },
        Column(name: "top_quote", kind: .string) { $0.topQuote.map { .string($0) } },
    ]

    /// A stable id for a relation within one export: `r` and its position in canonical order.
    static func relationID(_ index: Int) -> String { "r\(index)" }
}
