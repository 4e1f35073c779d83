import Foundation
import RelGraph
import TestSupport

/// Graphs and tools the export tests share.
enum ExportFixtures {
    /// Names and quotes built to break careless writers: quotes of both kinds, backslashes, line breaks,
    /// `}`/`]`, Cypher comment and statement syntax, XML markup, commas, a tab, a control character, RTL
    /// and non-BMP text.
    static let hostileName = "O'Brien \"The \\Hammer\"\n}]) DETACH DELETE n; // <b>&amp;</b>, tab\there"
    static let hostileQuote = "He said: \"no, never\",\r\nthen left; 'quoted' \\ back}]\u{07} — Зеленський 🇺🇦 ‏עברית"

    /// `Fixtures.smallGraph()` plus an actor with a hostile id, name and aliases, related to Kim by a
    /// relation whose evidence quote is hostile too.
    static func hostileGraph() -> Graph {
        var g = Fixtures.smallGraph()
        g.actors.append(
            Actor(
                id: "o'brien {x}", name: hostileName, kind: .organization, aliases: ["a,b", "c\"d", "e\nf", "Ünïcödé"],
                mentions: 1, documents: 1, affiliation: "ukraine"))
        g.relations.append(
            Relation(
                source: "o'brien {x}", target: "kim-jong-un", type: .criticize, directed: true, polarity: .conflictual,
                evidence: [
                    Evidence(
                        document: "d1", sentence: 9, start: 90, end: 99, text: hostileQuote, modality: .reported,
                        cue: "said", attribution: "russia")
                ]))
        return g.canonicalized()
    }

    /// Runs xmllint on `data` with a schema from `Schemas/`; returns (exit status, stderr).
    static func xmllint(_ data: Data, schemaArgument: String, schema: String) throws -> (Int32, String) {
        let dir = try Fixtures.temporaryFolder()
        let file = dir + "/export.xml"
        try data.write(to: URL(fileURLWithPath: file))
        let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schemas")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["xmllint", "--noout", schemaArgument, schemas.appendingPathComponent(schema).path, file]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self))
    }
}

/// A small RFC 4180 reader: comma-separated, fields optionally quoted with `"`, `""` inside quotes for one
/// quote, CRLF or LF line ends, line breaks allowed inside quoted fields. Throws on a malformed file.
enum RFC4180 {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var atFieldStart = true
        while let c = scalars.popFirst() {
            if atFieldStart && c == "\"" {
                // Quoted field: read to the closing quote.
                var closed = false
                while let q = scalars.popFirst() {
                    if q == "\"" {
                        if scalars.first == "\"" {
                            scalars.removeFirst()
                            field.unicodeScalars.append("\"")
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.unicodeScalars.append(q)
                    }
                }
                guard closed else { throw Malformed(description: "unterminated quoted field") }
                guard let next = scalars.first, next == "," || next == "\r" || next == "\n" else {
                    if scalars.isEmpty { continue }
                    throw Malformed(description: "text after closing quote: \(field)")
                }
                atFieldStart = false
                continue
            }
            switch c {
            case ",":
                row.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                guard scalars.first == "\n" else { throw Malformed(description: "bare CR outside quotes") }
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                atFieldStart = true
            case "\"":
                throw Malformed(description: "quote inside an unquoted field")
            default:
                field.unicodeScalars.append(c)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}

/// Reads a Cypher script the way Cypher's lexer does for what relgraph writes: single-quoted string
/// literals with backslash escapes, everything else code. Returns the statements (split on `;` outside
/// literals) with their decoded literals.
enum CypherLexer {
    struct Statement {
        var code: String
        var literals: [String]
    }

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func statements(_ script: String) throws -> [Statement] {
        var out: [Statement] = []
        var current = Statement(code: "", literals: [])
        var scalars = Array(script.unicodeScalars)[...]
        var inComment = false
        while let c = scalars.popFirst() {
            if inComment {
                if c == "\n" { inComment = false }
                continue
            }
            if c == "/" && scalars.first == "/" {
                inComment = true
                continue
            }
            if c == "'" {
                var literal = ""
                var closed = false
                while let q = scalars.popFirst() {
                    if q == "\n" || q == "\r" { throw Malformed(description: "raw line break inside a literal") }
                    if q == "'" {
                        closed = true
                        break
                    }
                    if q == "\\" {
                        guard let e = scalars.popFirst() else { break }
                        switch e {
                        case "\\", "'", "\"": literal.unicodeScalars.append(e)
                        case "n": literal += "\n"
                        case "r": literal += "\r"
                        case "t": literal += "\t"
                        case "b": literal += "\u{08}"
                        case "f": literal += "\u{0C}"
                        case "u":
                            let hex = String(String.UnicodeScalarView(scalars.prefix(4)))
                            scalars.removeFirst(4)
                            guard let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) else {
                                throw Malformed(description: "bad \\u escape \(hex)")
                            }
                            literal.unicodeScalars.append(s)
                        default: throw Malformed(description: "unknown escape \\\(e)")
                        }
                        continue
                    }
                    literal.unicodeScalars.append(q)
                }
                guard closed else { throw Malformed(description: "unterminated literal") }
                current.literals.append(literal)
                current.code += "'?'"
                continue
            }
            if c == ";" {
                out.append(current)
                current = Statement(code: "", literals: [])
                continue
            }
            current.code.unicodeScalars.append(c)
        }
        guard current.code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Malformed(description: "text after the last statement: \(current.code)")
        }
        return out
    }
}
