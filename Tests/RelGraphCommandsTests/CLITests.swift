import Foundation
import RelGraph
import TestSupport
import Testing

/// Runs the built `relgraph` executable end to end.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: String {
        let debug = Fixtures.packageRoot.appendingPathComponent(".build/debug/relgraph").path
        return debug
    }

    /// Runs relgraph with `args` (or `executable`, a wrapper such as setpriv, with `args` naming relgraph).
    static func run(_ args: [String], environment: [String: String] = [:], executable: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable ?? binary)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // stderr is drained on its own thread: a command with many warnings fills the pipe's buffer, and
        // reading stdout to its end first would then wait forever.
        let e = Drain(err.fileHandleForReading)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e.wait(), as: UTF8.self))
    }
}

/// Reads a file handle to its end on a thread of its own.
final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    /// Everything read, once the writer closed its end.
    func wait() -> Data {
        done.wait()
        return data
    }
}

@Suite(.serialized) struct CLITests {
    @Test func buildTwiceGivesIdenticalBytes() throws {
        let dir = try Fixtures.temporaryFolder()
        let r1 = try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/a.json"])
        #expect(r1.status == 0, "\(r1.stderr)")
        let r2 = try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/b.json"])
        #expect(r2.status == 0)
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.json"))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir + "/b.json"))
        #expect(a == b)
        #expect(a.count > 1000)
    }

    @Test func oneJobAndManyJobsGiveIdenticalBytes() throws {
        let dir = try Fixtures.temporaryFolder()
        // The seeds and the development articles, once as files and once more as .jsonl lines with new text.
        let articles = Fixtures.packageRoot.appendingPathComponent("eval/dev/articles").path
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: articles).sorted() {
            let text = try String(contentsOfFile: articles + "/" + name, encoding: .utf8)
            let object = ["title": name, "text": text + "\nCopy for the parallel test."]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        try lines.joined(separator: "\n").write(toFile: dir + "/more.jsonl", atomically: true, encoding: .utf8)
        let inputs = [Fixtures.seedsFolder, articles, dir + "/more.jsonl"]
        let one = try CLI.run(["build"] + inputs + ["-o", dir + "/one.json", "--jobs", "1"])
        let many = try CLI.run(["build"] + inputs + ["-o", dir + "/many.json", "--jobs", "3"])
        #expect(one.status == 0 && many.status == 0, "\(one.stderr)\(many.stderr)")
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/one.json"))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir + "/many.json"))
        #expect(a == b)
        let graph = try GraphFile.read(dir + "/one.json")
        #expect(graph.documents.count == 2 + 2 * lines.count)
    }

    @Test func malformedJSONLinesWarnOrFailUnderStrict() throws {
        let dir = try Fixtures.temporaryFolder()
        let jsonl = #"{"text": "Vladimir Putin met Kim Jong Un."}"# + "\n{\"text\": 3}\n"
        try jsonl.write(toFile: dir + "/a.jsonl", atomically: true, encoding: .utf8)
        let lenient = try CLI.run(["build", dir + "/a.jsonl", "-o", dir + "/g.json"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("a.jsonl, line 2: skipped"))
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/g.json"))
        let strict = try CLI.run(["build", dir + "/a.jsonl", "-o", dir + "/g.json", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("a.jsonl, line 2: not a JSON object"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/g.json")) == before)
        let zero = try CLI.run(["build", dir + "/a.jsonl", "-o", dir + "/h.json", "--jobs", "0"])
        #expect(zero.status == 2 && zero.stderr.contains("--jobs must be at least 1"))
    }

    @Test func nothingButSkippedFilesIsAnErrorAndWritesNothing() throws {
        let dir = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: dir + "/in/empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1]).write(to: URL(fileURLWithPath: dir + "/in/image.jsonl"))
        let r = try CLI.run(["build", dir + "/in", "-o", dir + "/g.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("image.jsonl: skipped, a binary file"))
        #expect(r.stderr.contains("every file was skipped"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/g.json"))
    }

    @Test func unknownActorExitsTwoAndSuggests() throws {
        let dir = try Fixtures.temporaryFolder()
        _ = try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/g.json"])
        let r = try CLI.run(["neighbors", dir + "/g.json", "Kimm"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Kim Jong-un"))
    }

    @Test func missingInputExitsOne() throws {
        let dir = try Fixtures.temporaryFolder()
        let r = try CLI.run(["build", dir + "/nope", "-o", dir + "/g.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/g.json"))
    }

    @Test func badFlagExitsTwo() throws {
        let r = try CLI.run(["build", "--frobnicate"])
        #expect(r.status == 2)
    }

    @Test func renderWritesSVG() throws {
        let dir = try Fixtures.temporaryFolder()
        _ = try CLI.run(["build", Fixtures.seedsFolder, "-o", dir + "/g.json"])
        let r = try CLI.run(["render", dir + "/g.json", "-o", dir + "/g.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try #require(XMLText.parse(Data(contentsOf: URL(fileURLWithPath: dir + "/g.svg"))))
        #expect(svg.texts.contains("Kim Jong-un"))
    }
}
