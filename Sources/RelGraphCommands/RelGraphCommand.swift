import ArgumentParser
import Foundation

/// The `relgraph` command: news articles in, an actor-relationship graph with its evidence out.
public struct RelGraphCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Turn news articles into a weighted actor-relationship graph whose every edge carries its sources.",
        discussion: """
            A typical session:
              relgraph build seeds/ -o Graphs/seeds.json
              relgraph render Graphs/seeds.json -o Graphs/seeds.svg
              relgraph neighbors Graphs/seeds.json "Kim Jong-un" --depth 2
            Exit codes: 0 ok, 1 runtime failure, 2 usage error.
            """,
        version: "0.1.0",
        // Each subcommand spells out its `commandName`: ArgumentParser otherwise derives every name from the
        // type's name (String(describing:) and metadata lookups) at each start, ~17 million instructions.
        subcommands: [
            Build.self, Merge.self, Actors.self, Evidence.self, Neighbors.self, Path.self, Rank.self,
            Communities.self, Balance.self, Stats.self, Render.self, Export.self,
        ]
    )

    public init() {}
}

extension RelGraphCommand {
    /// Runs the command line and exits with relgraph's codes: 0 ok, 1 runtime failure, 2 usage error
    /// (ArgumentParser's own usage code, 64, is mapped to 2). Help goes to stdout, errors to stderr.
    /// Ctrl-C or SIGTERM exits with 130 or 143 and leaves no partial file (see ``Interrupt``).
    public static func runAsMain(arguments: [String]? = nil) -> Never {
        Interrupt.install()
        do {
            // A plain `render` line skips ArgumentParser's first-parse cost (see `Render.Settings`); any other
            // line, and every help or error, goes through ArgumentParser.
            if let render = Render.Settings(fastParsing: arguments ?? Array(CommandLine.arguments.dropFirst())) {
                try render.run()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
            exit(withCode: 0)
        } catch let error where UsageProblem.isUsage(error) {
            Terminal.error("Error: " + ((error as? any LocalizedError)?.errorDescription ?? "\(error)"))
            exit(withCode: 2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(withCode: 0)
            }
            if !message.isEmpty { Terminal.error(message) }
            exit(withCode: code == .validationFailure ? 2 : 1)
        }
    }

    private static func exit(withCode code: Int32) -> Never {
        Terminal.flush()
        Foundation.exit(code)
    }
}
