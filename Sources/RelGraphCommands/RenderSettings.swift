import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

extension RelGraphCommand.Render {
    /// The `render` command's options as plain values, and what the command does with them.
    ///
    /// ArgumentParser's first parse costs ~17 million instructions in a statically linked process (it reflects
    /// over every command with `Mirror`, and each first protocol-conformance lookup of the Swift runtime scans
    /// all of the binary's ~6,400 conformance records), as much as a 100-actor picture's own work.
    /// ``init(fastParsing:)`` reads the plain command lines a script or a web service sends (`render GRAPH -o FILE
    /// --layout sfdp ...`) without it; anything else — help, unknown or repeated options, a value that looks like
    /// an option, a value the option does not take, a line `validate()` rejects — is left to ArgumentParser, so
    /// every message and exit code stays its own. `RenderSettingsTests` compares the two on generated lines.
    struct Settings: Equatable {
        var graph: String
        var output: String
        var format: String? = nil
        var layout: String? = nil
        var sizeBy = "degree"
        var colorBy = "kind"
        var cluster = false
        var multi = false
        var includeCoMentions = false
        var focus: String? = nil
        var depth = 1
        var minWeight = 0.0
        var types: String? = nil
        var top: Int? = nil
        var since: String? = nil
        var until: String? = nil
        var dpi = 96
        var linkBase: String? = nil
        var noLegend = false
        var dotFor: String? = nil

        func validate() throws {
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1.") }
            guard top.map({ $0 >= 1 }) ?? true else { throw ValidationError("--top must be at least 1.") }
            guard minWeight >= 0 else { throw ValidationError("--min-weight must be 0 or more.") }
            for date in [since, until].compactMap({ $0 }) where date.wholeMatch(of: #/\d{4}(-\d{2}(-\d{2})?)?/#) == nil
            {
                throw ValidationError("'\(date)' is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY).")
            }
        }

        func run() throws {
            // A picture (not DOT text): Graphviz's context and font configuration load on other cores while the
            // options and the graph file are read, first of all. (The options' errors come below, in their order.)
            let requested = try? format.map(OutputFormat.init(parsing:)) ?? OutputFormat(path: output)
            if dotFor == nil, let requested, requested != .dot {
                // The process ends after this one render: no freeing it. (This takes Graphviz's lock, so it goes
                // before the preparation holds that lock for milliseconds.)
                Graphviz.shared.retainLastGraph()
                Graphviz.shared.prepareInBackground()
            }
            // Also on errors: the process must not exit while a library is being loaded.
            defer { Graphviz.shared.waitUntilPrepared() }
            let measure = try SizeMeasure(parsing: sizeBy)
            let view = RenderView(
                includeCoMentions: includeCoMentions, types: try types.map(RenderView.types(parsing:)) ?? [],
                minWeight: minWeight, since: since, until: until, focus: focus, depth: depth, top: top, multi: multi)
            let drawing = DrawingOptions(
                layout: try layout.map(Layout.init(parsing:)),
                format: try (dotFor ?? format).map(OutputFormat.init(parsing:)) ?? OutputFormat(path: output),
                colorBy: try ColorBy(parsing: colorBy), cluster: cluster, legend: !noLegend, dpi: dpi,
                linkBase: linkBase)
            let renderer = Renderer(
                view: view, drawing: drawing, scoring: try measure.scoring(), measure: measure.rawValue,
                communities: LeidenCommunities())
            let input = try GraphFile.read(graph)
            // A picture is made again by this one command: renamed into place without waiting for the disk.
            if dotFor != nil {
                return try AtomicFile.write(
                    Data(try renderer.prepare(input).dot.utf8), to: output, durability: .renamed)
            }
            let rendered = try renderer.render(input)
            try AtomicFile.write(rendered.data, to: output, durability: .renamed)
            for warning in rendered.warnings { Terminal.error("Graphviz: " + warning) }
        }
    }
}

extension RelGraphCommand.Render.Settings {
    /// The options of `arguments` (the command line after the program's name) when it is a `render` command
    /// ArgumentParser would parse into these same values and `validate()` accepts; nil for anything else.
    ///
    /// Accepted: `render`, then in any order one GRAPH, `-o FILE` or `--output FILE`, and each other option at most
    /// once as `--name VALUE` or `--name=VALUE`, flags at most once. Every value is non-empty and does not start
    /// with `-`; numbers are read with the initialisers ArgumentParser uses (`Int(_:)`, `Double(_:)`).
    init?(fastParsing arguments: [String]) {
        guard arguments.first == "render" else { return nil }
        var graph: String?
        var values = [String?](repeating: nil, count: Self.valueOptions.count)
        var flags = [Bool](repeating: false, count: Self.flagOptions.count)
        var next = 1
        while next < arguments.count {
            let token = arguments[next]
            next += 1
            let bytes = token.utf8
            guard let first = bytes.first else { return nil }
            guard first == UInt8(ascii: "-") else {
                guard graph == nil else { return nil }
                graph = token
                continue
            }
            var name = Substring(token)
            var attached: Substring?
            if bytes.starts(with: "--".utf8), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
                name = token[..<equals]
                attached = token[token.utf8.index(after: equals)...]
            }
            if let flag = Self.flagOptions.firstIndex(of: name) {
                guard attached == nil, !flags[flag] else { return nil }
                flags[flag] = true
                continue
            }
            guard let option = Self.valueOptions.firstIndex(where: { $0.contains(name) }), values[option] == nil
            else { return nil }
            let value: String
            if let attached {
                value = String(attached)
            } else {
                guard next < arguments.count else { return nil }
                value = arguments[next]
                next += 1
            }
            guard let head = value.utf8.first, head != UInt8(ascii: "-") else { return nil }
            values[option] = value
        }
        guard let graph, let output = values[0] else { return nil }
        self.init(graph: graph, output: output)
        format = values[1]
        layout = values[2]
        if let v = values[3] { sizeBy = v }
        if let v = values[4] { colorBy = v }
        focus = values[5]
        if let v = values[6] {
            guard let n = Int(v) else { return nil }
            depth = n
        }
        if let v = values[7] {
            guard let w = Double(v) else { return nil }
            minWeight = w
        }
        types = values[8]
        if let v = values[9] {
            guard let n = Int(v) else { return nil }
            top = n
        }
        since = values[10]
        until = values[11]
        if let v = values[12] {
            guard let n = Int(v) else { return nil }
            dpi = n
        }
        linkBase = values[13]
        dotFor = values[14]
        (cluster, multi, includeCoMentions, noLegend) = (flags[0], flags[1], flags[2], flags[3])
        guard (try? validate()) != nil else { return nil }
    }

    /// The spellings of each option that takes a value, in the order `init(fastParsing:)` reads them.
    private static let valueOptions: [[Substring]] = [
        ["-o", "--output"], ["--format"], ["--layout"], ["--size-by"], ["--color-by"], ["--focus"], ["--depth"],
        ["--min-weight"], ["--types"], ["--top"], ["--since"], ["--until"], ["--dpi"], ["--link-base"], ["--dot-for"],
    ]

    /// The flags, in the order `init(fastParsing:)` reads them.
    private static let flagOptions: [Substring] = ["--cluster", "--multi", "--include-co-mentions", "--no-legend"]
}
