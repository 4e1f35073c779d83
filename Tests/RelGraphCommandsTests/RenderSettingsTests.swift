import TestSupport
import Testing

@testable import RelGraphCommands

/// `Render.Settings(fastParsing:)` against ArgumentParser: every line the shortcut accepts, ArgumentParser
/// parses (and validates) into the same settings; everything else is left to ArgumentParser.
struct RenderSettingsTests {
    /// ArgumentParser's settings for `arguments`, or nil when it parses another command or throws (an error,
    /// help, a version request).
    static func parsedByArgumentParser(_ arguments: [String]) -> RelGraphCommand.Render.Settings? {
        guard let command = try? RelGraphCommand.parseAsRoot(arguments) else { return nil }
        return (command as? RelGraphCommand.Render)?.settings
    }

    @Test(arguments: [
        ["render", "g.json", "-o", "out.svg"],
        ["render", "g.json", "-o", "out.svg", "--layout", "sfdp"],
        ["render", "--layout", "dot", "-o", "out.svg", "g.json"],
        ["render", "g.json", "--output=out.svg", "--layout=neato", "--dot-for", "svg"],
        ["render", "g.json", "-o", "kim.png", "--focus", "Kim Jong-un", "--depth", "2", "--dpi", "150"],
        ["render", "g.json", "-o", "c.pdf", "--types", "meet,visit", "--min-weight", "0.5", "--since", "2024-11"],
        ["render", "g.json", "-o", "t.svg", "--top", "25", "--size-by", "strength", "--color-by", "community"],
        ["render", "g.json", "-o", "k.svg", "--cluster", "--multi", "--include-co-mentions", "--no-legend"],
        ["render", "g.json", "-o", "l.svg", "--link-base", "https://example.org/a?b=c&d", "--until", "2025"],
        ["render", "g.json", "-o", "f.svg", "--format", "dot", "--depth", "+3", "--min-weight", "1e2"],
    ])
    func commonLinesTakeTheShortcut(_ line: [String]) throws {
        let fast = try #require(RelGraphCommand.Render.Settings(fastParsing: line))
        #expect(fast == Self.parsedByArgumentParser(line))
    }

    @Test(arguments: [
        ["render", "g.json", "-o", "out.svg", "--help"], ["render", "-h"], ["render", "--version"],
        ["render", "g.json"], ["render", "g.json", "-o"], ["render", "g.json", "-o", "-"],
        ["render", "g.json", "-o", "a.svg", "-o", "b.svg"],
        ["render", "g.json", "-o", "a.svg", "--cluster", "--cluster"],
        ["render", "g.json", "-o", "a.svg", "--depth", "0"], ["render", "g.json", "-o", "a.svg", "--depth", "-2"],
        ["render", "g.json", "-o", "a.svg", "--top", "1.5"],
        ["render", "g.json", "-o", "a.svg", "--min-weight", "nan"],
        ["render", "g.json", "-o", "a.svg", "--since", "Nov 2024"], ["render", "g.json", "h.json", "-o", "a.svg"],
        ["render", "g.json", "-o", "a.svg", "--"], ["render", "g.json", "-o=a.svg"], ["render", "g.json", "--output="],
        ["render", "g.json", "-o", "a.svg", "--cluster=true"], ["render", "", "-o", "a.svg"],
        ["help", "render"], ["build", "g.json", "-o", "a.svg"], [],
    ])
    func otherLinesAreLeftToArgumentParser(_ line: [String]) {
        #expect(RelGraphCommand.Render.Settings(fastParsing: line) == nil)
    }

    /// Random lines from option spellings (right, misspelt, help, attached values) and values (numbers in many
    /// forms, dates, option-like text, empty): whenever the shortcut accepts one, ArgumentParser gives the same.
    @Test func generatedLinesParseAsArgumentParserParsesThem() {
        let names = [
            "-o", "--output", "--format", "--layout", "--size-by", "--color-by", "--focus", "--depth", "--min-weight",
            "--types", "--top", "--since", "--until", "--dpi", "--link-base", "--dot-for", "--cluster", "--multi",
            "--include-co-mentions", "--no-legend", "-O", "--Output", "--outpu", "-output", "--size_by", "-h",
            "--help", "--version", "--generate-completion-script", "--", "-", "-oo", "--no-legend=false",
        ]
        let values = [
            "g.json", "out.svg", "x.png", "a=b", "", "-", "-1", "--x", "0", "1", "2", "+3", "007", "1.5", "1e2",
            "0x10", " 2", "2 ", "-0.5", "0.25", ".5", "inf", "nan", "-inf", "99999999999999999999", "2024", "2024-11",
            "2024-11-05", "2024-1", "24-11-05", "2024-11-05T10", "dot", "neato", "Kim Jong-un", "help", "render",
            "é", "١٢", "\u{FF11}", "true", "svg", "degree", "community",
        ]
        var random = TestRandom(state: 0x5EED_6)
        var accepted = 0
        for _ in 0..<5_000 {
            var line = random.below(20) == 0 ? [["build", "Render", "help", "-o"][random.below(4)]] : ["render"]
            if random.below(3) > 0 { line.append(values[random.below(3)]) }
            if random.below(3) > 0 { line += ["-o", values[random.below(4)]] }
            for _ in 0..<random.below(6) {
                let name = names[random.below(names.count)]
                let value = values[random.below(values.count)]
                switch random.below(8) {
                case 0: line.append(value)
                case 1: line.append(name + "=" + value)
                case 2: line.append(name)
                default: line += name.hasPrefix("--") && names.firstIndex(of: name)! >= 16 ? [name] : [name, value]
                }
            }
            if random.below(2) == 0 { line.swapAt(1 % line.count, random.below(line.count)) }
            guard let fast = RelGraphCommand.Render.Settings(fastParsing: line) else { continue }
            accepted += 1
            #expect(Self.parsedByArgumentParser(line) == fast, "\(line)")
        }
        #expect(accepted > 400)
    }
}
