import RelGraph

/// Escapes text for a DOT double-quoted string: backslashes, quotes and line breaks; control characters are
/// dropped. The result is inert: it can never close the string or start DOT syntax.
public enum DotEscape {
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r": out += "\\n"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// The DOT text relgraph draws: one node per actor, one edge per related pair.
public struct DotWriter: Sendable {
    public init() {}

    public func dot(for graph: Graph) -> String {
        var lines = ["graph relgraph {", "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];",
            "  node [fontname=\"Helvetica\", style=filled];", "  edge [fontname=\"Helvetica\", fontsize=9];"]
        for a in graph.actors where a.kind.isActor {
            lines.append("  \(DotEscape.quoted(a.id)) [label=\(DotEscape.quoted(a.name))];")
        }
        for r in graph.relations where r.type != .coMention {
            lines.append(
                "  \(DotEscape.quoted(r.source)) -- \(DotEscape.quoted(r.target)) [label=\(DotEscape.quoted(r.type.rawValue))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
