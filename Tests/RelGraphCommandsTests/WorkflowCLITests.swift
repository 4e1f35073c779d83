import Foundation
import RelGraph
import TestSupport
import Testing

@testable import RelGraphCommands

/// The analyst's workflow end to end: growing a corpus, merging, evidence, actors, exports, colours, completion.
@Suite(.serialized) struct WorkflowCLITests {
    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func buildIntoEqualsOneBuildOfEverything() throws {
        let dir = try Fixtures.temporaryFolder()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsFolder).sorted()
        #expect(seeds.count == 2)
        let first = Fixtures.seedsFolder + "/" + seeds[0]
        let second = Fixtures.seedsFolder + "/" + seeds[1]
        #expect(try CLI.run(["build", first, "-o", dir + "/grown.json"]).status == 0)
        let grow = try CLI.run(["build", "--into", dir + "/grown.json", second, first])
        #expect(grow.status == 0, "\(grow.stderr)")
        #expect(grow.stderr.contains("skipped") && grow.stderr.contains("already in the graph"))
        #expect(try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/all.json"]).status == 0)
        #expect(try bytes(dir + "/grown.json") == bytes(dir + "/all.json"))
    }

    @Test func mergingAGraphWithItselfChangesNothing() throws {
        let dir = try Fixtures.temporaryFolder()
        #expect(try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/g.json"]).status == 0)
        let r = try CLI.run(["merge", dir + "/g.json", dir + "/g.json", "-o", dir + "/m.json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try bytes(dir + "/m.json") == bytes(dir + "/g.json"))
    }

    @Test func evidenceOnTheSeedsQuotesEverySentenceVerbatim() throws {
        let dir = try Fixtures.temporaryFolder()
        #expect(try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/g.json"]).status == 0)
        let r = try CLI.run(["evidence", dir + "/g.json", "kim jong un", "Belousov", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.contains { ($0["type"] as? String) == "meet" })
        // Every quote is the document's text at its byte span: nothing paraphrased, nothing lost.
        let graph = try GraphFile.read(dir + "/g.json")
        var checked = 0
        for relation in relations {
            for ev in try #require(relation["evidence"] as? [[String: Any]]) {
                let path = try #require(ev["path"] as? String)
                let start = try #require(ev["start"] as? Int)
                let end = try #require(ev["end"] as? Int)
                let file = try bytes(path)
                #expect(String(decoding: file[start..<end], as: UTF8.self) == ev["text"] as? String)
                #expect(graph.documents.contains { $0.id == ev["document"] as? String })
                checked += 1
            }
        }
        #expect(checked >= 4)
        let table = try CLI.run(["evidence", dir + "/g.json", "Kim Jong-un", "Andrei Belousov"])
        #expect(table.stdout.contains("[reported]") && table.stdout.contains("according to TASS"))
        #expect(!table.stdout.contains("\u{1B}["), "no colour codes into a pipe")
    }

    @Test func coloursOnlyOnATerminalAndNeverWithNoColor() throws {
        let dir = try Fixtures.temporaryFolder()
        #expect(try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/g.json"]).status == 0)
        // `script` runs the command on a pseudo-terminal, as a user's shell would.
        let command = "\(CLI.binary) evidence \(dir)/g.json 'Kim Jong-un' 'Andrei Belousov'"
        let tty = try CLI.exec("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(tty.stdout.contains("\u{1B}["), "a terminal gets the cue highlighted")
        let plain = try CLI.exec("/usr/bin/script", ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1"])
        #expect(plain.stdout.contains("Evidence for Kim Jong-un"))
        #expect(!plain.stdout.contains("\u{1B}["))
    }

    @Test func actorsListsKindsAndExportWritesEveryFormat() throws {
        let dir = try Fixtures.temporaryFolder()
        #expect(try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/g.json"]).status == 0)
        let actors = try CLI.run(["actors", dir + "/g.json", "--json"])
        #expect(actors.status == 0)
        #expect(actors.stdout.contains("\"kim-jong-un\"") && actors.stdout.contains("\"military unit\"") == false)
        for format in ["graphml", "gexf", "dot", "cypher", "json"] {
            let r = try CLI.run(["export", dir + "/g.json", "--format", format, "-o", dir + "/out." + format])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(try bytes(dir + "/out." + format).count > 1000)
        }
        let csv = try CLI.run(["export", dir + "/g.json", "--format", "csv", "-o", dir + "/csv/"])
        #expect(csv.status == 0, "\(csv.stderr)")
        for name in ["nodes.csv", "edges.csv", "evidence.csv"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/csv/" + name))
        }
        let bad = try CLI.run(["export", dir + "/g.json", "--format", "xlsx", "-o", dir + "/x.xlsx"])
        #expect(bad.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir + "/x.xlsx"))
    }

    @Test func statsNamesTheDocumentsThatStateMost() throws {
        let dir = try Fixtures.temporaryFolder()
        #expect(try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/g.json"]).status == 0)
        let r = try CLI.run(["stats", dir + "/g.json", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let docs = try #require(object["documents"] as? [[String: Any]])
        #expect(docs.count == 2)
        let counts = docs.compactMap { $0["relations"] as? Int }
        #expect(counts == counts.sorted(by: >) && counts.allSatisfy { $0 > 0 })
        let table = try CLI.run(["stats", dir + "/g.json"])
        #expect(table.stdout.contains("documents stating the most relations:"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameTheSubcommands(shell: String) throws {
        let r = try CLI.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        for command in ["build", "render", "evidence", "export"] { #expect(r.stdout.contains(command)) }
    }
}

extension CLI {
    /// Runs any program (here: `script`, to give relgraph a terminal).
    static func exec(_ program: String, _ args: [String], environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: "")
    }

    /// A build leaves its corpus and graph alive for the process's end; a second build in the same process frees
    /// them and must still write the same file, as the executable does.
    @Test func buildsInOneProcessWriteWhatTheExecutableWrites() throws {
        let dir = try Fixtures.temporaryFolder()
        #expect(try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/cli.json", "--quiet"]).status == 0)
        for name in ["first", "second", "third"] {
            var command = try RelGraphCommand.parseAsRoot(
                ["build", Fixtures.seedsFolder, "-o", dir + "/\(name).json", "--quiet", "--jobs", "1"])
            try command.run()
        }
        let expected = try Data(contentsOf: URL(fileURLWithPath: dir + "/cli.json"))
        for name in ["first", "second", "third"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/\(name).json")) == expected)
        }
    }
}
