import Foundation
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
