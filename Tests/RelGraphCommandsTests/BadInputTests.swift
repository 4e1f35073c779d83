import Foundation
import RelGraph
import TestSupport
import Testing

/// What users' scrapers and typos feed relgraph: each case ends in a clear message and the right exit code,
/// and a failure leaves the previous output file intact and no temporary file behind.
@Suite(.serialized) struct BadInputTests {
    /// The first bytes of a PNG file (signature, IHDR chunk): NUL bytes in the first 16.
    static let png = Data([
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ])
    static let article =
        "Talks in Pyongyang\n\nKim Jong-un met Vladimir Putin in Pyongyang. Russia sent oil to North Korea.\n"
    static let previous = "previous output\n"

    /// A folder holding `previous` at `name`, as a earlier run left it.
    static func folderWithPreviousOutput(_ name: String) throws -> String {
        let dir = try Fixtures.temporaryFolder()
        try write(previous, to: dir + "/" + name)
        return dir
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// The folder's entries, hidden ones included, sorted.
    static func listing(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Checks the aftermath of a failure: `name` still holds `previous` and the folder holds only `expected`.
    static func expectIntact(_ dir: String, _ name: String, listing expected: [String]) throws {
        #expect(contents(dir + "/" + name) == previous)
        #expect(try listing(dir) == expected.sorted())
    }

    static func documentCount(_ path: String) throws -> Int {
        try GraphFile.read(path).documents.count
    }

    // MARK: Inputs

    @Test func nonexistentPathExitsOneAndKeepsTheOutput() throws {
        let dir = try Self.folderWithPreviousOutput("g.json")
        let r = try CLI.run(["build", dir + "/nope", "-o", dir + "/g.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(dir)/nope does not exist"))
        try Self.expectIntact(dir, "g.json", listing: ["g.json"])
    }

    @Test func folderWithNoArticlesExitsOne() throws {
        let dir = try Self.folderWithPreviousOutput("g.json")
        let empty = dir + "/scrape"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try Self.png.write(to: URL(fileURLWithPath: empty + "/photo.png"))
        try Self.write("notes", to: empty + "/.hidden.txt")
        let r = try CLI.run(["build", empty, "-o", dir + "/g.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(empty) holds no articles"))
        try Self.expectIntact(dir, "g.json", listing: ["g.json", "scrape"])
    }

    /// A binary file named on the command line is an error: the user asked for that file.
    @Test(arguments: ["png", "elf"])
    func binaryFileGivenDirectlyExitsOne(kind: String) throws {
        let dir = try Self.folderWithPreviousOutput("g.json")
        let file = dir + (kind == "png" ? "/photo.png" : "/true")
        if kind == "png" {
            try Self.png.write(to: URL(fileURLWithPath: file))
        } else {
            try FileManager.default.copyItem(atPath: "/bin/true", toPath: file)
        }
        let r = try CLI.run(["build", file, "-o", dir + "/g.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file) is a binary file"), "\(r.stderr)")
        try Self.expectIntact(dir, "g.json", listing: ["g.json", (file as NSString).lastPathComponent])
    }

    /// A binary file with an article's extension inside a scraped folder is skipped with a warning naming
    /// it; the rest still builds.
    @Test func binaryFilesInAFolderAreSkippedWithAWarning() throws {
        let dir = try Fixtures.temporaryFolder()
        try Self.write(Self.article, to: dir + "/a.txt")
        try Self.png.write(to: URL(fileURLWithPath: dir + "/b.html"))
        try FileManager.default.copyItem(atPath: "/bin/true", toPath: dir + "/c.txt")
        let out = try Fixtures.temporaryFolder() + "/g.json"
        let r = try CLI.run(["build", dir, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(dir)/b.html: skipped, a binary file"))
        #expect(r.stderr.contains("\(dir)/c.txt: skipped, a binary file"))
        #expect(!r.stderr.contains("a.txt"))
        #expect(try Self.documentCount(out) == 1)
    }

    @Test func invalidUTF8IsDecodedWithAWarningNamingTheByteOffset() throws {
        let dir = try Fixtures.temporaryFolder()
        var bytes = Data(Self.article.utf8)
        // A Latin-1 "é" (0xE9 then a space: not a UTF-8 continuation) and a lone continuation byte.
        let first = Self.article.utf8.count - 1
        bytes.insert(contentsOf: [0xE9, 0x20, 0x80], at: first)
        let file = dir + "/latin1.txt"
        try bytes.write(to: URL(fileURLWithPath: file))
        let out = dir + "/g.json"
        let r = try CLI.run(["build", file, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(file): invalid UTF-8 at byte \(first) (2 bad sequences in all)"), "\(r.stderr)")
        let g = try GraphFile.read(out)
        #expect(g.documents.count == 1)
        #expect(g.actors.contains { $0.id == "kim-jong-un" })
    }

    @Test func emptyFileGivenDirectlyExitsOneAndInAFolderIsSkipped() throws {
        let dir = try Self.folderWithPreviousOutput("g.json")
        try Self.write("", to: dir + "/empty.txt")
        let r = try CLI.run(["build", dir + "/empty.txt", "-o", dir + "/g.json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(dir)/empty.txt is empty"))
        try Self.expectIntact(dir, "g.json", listing: ["empty.txt", "g.json"])

        try Self.write(Self.article, to: dir + "/a.txt")
        let r2 = try CLI.run(["build", dir, "-o", dir + "/g2.json"])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(r2.stderr.contains("\(dir)/empty.txt: skipped, the file is empty"))
        #expect(try Self.documentCount(dir + "/g2.json") == 1)
    }

    @Test func malformedJSONLinesLineIsNamedAndTheOthersStillBuild() throws {
        let dir = try Fixtures.temporaryFolder()
        let file = dir + "/corpus.jsonl"
        try Self.write(
            """
            {"id": "1", "text": "Kim Jong-un met Vladimir Putin in Pyongyang."}
            {"id": "2", "text": "Russia sent oil to North Korea.
            {"id": "3", "title": "no text"}

            {"id": "5", "text": "Ukraine fought North Korean troops in Kursk."}

            """, to: file)
        let r = try CLI.run(["build", file, "-o", dir + "/g.json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(file), line 2: skipped"))
        #expect(r.stderr.contains("\(file), line 3: skipped"))
        #expect(r.stderr.contains("\"text\" is missing"))
        #expect(!r.stderr.contains("line 1:") && !r.stderr.contains("line 5:"))
        #expect(try Self.documentCount(dir + "/g.json") == 2)
    }

    @Test func malformedLexiconNamesLineAndColumn() throws {
        let dir = try Self.folderWithPreviousOutput("g.json")
        try Self.write(Self.article, to: dir + "/a.txt")
        try Self.write("actors:\n  - name: Someone\n   kind: person\n", to: dir + "/lexicon.yaml")
        let r = try CLI.run(["build", dir + "/a.txt", "-o", dir + "/g.json", "--lexicon", dir + "/lexicon.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("The lexicon \(dir)/lexicon.yaml is not valid at line 3, column 4"), "\(r.stderr)")
        try Self.expectIntact(dir, "g.json", listing: ["a.txt", "g.json", "lexicon.yaml"])
    }

    // MARK: Graph files

    /// A graph file cut short or edited by hand: the message gives the JSON path (and, for broken JSON, the
    /// line and column) of the problem.
    @Test(arguments: [
        ("cut", "at $.actors[0].aliases[0]: line 6, column 12: the file ends inside a string (cut short?)"),
        ("weight", "at $.relations[0].weight: Expected to decode Double but found a string instead."),
        ("type", "at $.relations[0].type: Cannot initialize RelationType from invalid String value hug."),
        ("comma", "at $.actors[1].aliases[1]: line 18, column 24: unexpected ',': expected a value"),
        ("missing", "at $.relations[1].source: required key is missing."),
        ("dangling", "at $.relations[0].target: no actor has id 'nobody-"),
    ])
    func damagedGraphFileNamesTheJSONPath(damage: String, message: String) throws {
        let dir = try Self.folderWithPreviousOutput("g.svg")
        let good = String(decoding: GraphFile.encode(Fixtures.smallGraph()), as: UTF8.self)
        let damaged: String
        switch damage {
        case "cut":
            let aliases = try #require(good.range(of: "\"Belousov\""))
            damaged = String(good[..<good.index(aliases.lowerBound, offsetBy: 3)])
        case "weight":
            damaged = Self.replacingFirst("\"weight\" : ", with: "\"weight\" : \"heavy\", \"x\" : ", in: good)
        case "type": damaged = Self.replacingFirst("\"type\" : \"meet\"", with: "\"type\" : \"hug\"", in: good)
        case "comma": damaged = Self.replacingFirst("\"Chairman Kim\",", with: "\"Chairman Kim\",,", in: good)
        case "missing": damaged = Self.replacingFirst("\"source\" : \"kim-jong-un\",", with: "", in: good)
        default: damaged = Self.replacingFirst("\"target\" : \"", with: "\"target\" : \"nobody-", in: good)
        }
        #expect(damaged != good)
        try Self.write(damaged, to: dir + "/g.json")
        for args in [["stats", dir + "/g.json"], ["render", dir + "/g.json", "-o", dir + "/g.svg"]] {
            let r = try CLI.run(args)
            #expect(r.status == 1)
            #expect(r.stderr.contains("\(dir)/g.json is not a valid relgraph graph file: \(message)"), "\(r.stderr)")
        }
        try Self.expectIntact(dir, "g.svg", listing: ["g.json", "g.svg"])
    }

    static func replacingFirst(_ target: String, with replacement: String, in text: String) -> String {
        guard let r = text.range(of: target) else { return text }
        return text.replacingCharacters(in: r, with: replacement)
    }

    @Test func graphFileOfAnotherVersionExitsOne() throws {
        let dir = try Self.folderWithPreviousOutput("g.svg")
        let good = String(decoding: GraphFile.encode(Fixtures.smallGraph()), as: UTF8.self)
        try Self.write(Self.replacingFirst("\"version\" : 1", with: "\"version\" : 2", in: good), to: dir + "/g.json")
        let r = try CLI.run(["render", dir + "/g.json", "-o", dir + "/g.svg"])
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("\(dir)/g.json is a relgraph graph of format version 2; this relgraph reads version 1"))
        try Self.expectIntact(dir, "g.svg", listing: ["g.json", "g.svg"])
    }

    // MARK: Options and outputs

    @Test(arguments: [
        (["--layout", "spring"], "Unknown layout 'spring'. Use one of: dot, neato"),
        (["--format", "bmp"], "Unknown output format 'bmp'"),
    ])
    func unknownLayoutOrFormatExitsTwo(options: [String], message: String) throws {
        let dir = try Self.folderWithPreviousOutput("g.svg")
        try GraphFile.write(Fixtures.smallGraph(), to: dir + "/g.json")
        let r = try CLI.run(["render", dir + "/g.json", "-o", dir + "/g.svg"] + options)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        try Self.expectIntact(dir, "g.svg", listing: ["g.json", "g.svg"])
    }

    @Test func unknownOutputExtensionAndExportFormatExitTwo() throws {
        let dir = try Fixtures.temporaryFolder()
        try GraphFile.write(Fixtures.smallGraph(), to: dir + "/g.json")
        let r = try CLI.run(["render", dir + "/g.json", "-o", dir + "/g.bmp"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Unknown output format 'bmp'"))
        let e = try CLI.run(["export", dir + "/g.json", "--format", "yaml", "-o", dir + "/g.yaml"])
        #expect(e.status == 2)
        #expect(e.stderr.contains("'yaml' is invalid for '--format <format>'"))
        #expect(try Self.listing(dir) == ["g.json"])
    }

    /// Outputs that cannot be written: a folder that does not exist, a "folder" that is a regular file, an
    /// existing folder given as the file. Render, export and build each say why, exit 1 and change nothing.
    @Test(arguments: ["missing/out", "file.txt/out", "folder"])
    func unwritableOutputExitsOne(target: String) throws {
        let dir = try Self.folderWithPreviousOutput("file.txt")
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: false)
        try GraphFile.write(Fixtures.smallGraph(), to: dir + "/g.json")
        try Self.write(Self.article, to: dir + "/a.txt")
        let out = dir + "/" + target
        let reason =
            switch target {
            case "missing/out": "the folder \(dir)/missing does not exist"
            case "file.txt/out": "\(dir)/file.txt is a file, not a folder"
            default: "it is a folder; give a file name"
            }
        for args in [
            ["render", dir + "/g.json", "--format", "svg", "-o", out],
            ["export", dir + "/g.json", "--format", "gexf", "-o", out], ["build", dir + "/a.txt", "-o", out],
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.contains("Cannot write \(out): \(reason)"), "\(r.stderr)")
        }
        try Self.expectIntact(dir, "file.txt", listing: ["a.txt", "file.txt", "folder", "g.json"])
        #expect(try Self.listing(dir + "/folder").isEmpty)
    }

    /// A read-only folder. Root ignores permission bits, so as root the command runs as `nobody` (setpriv);
    /// the folder's previous file stays and no temporary file is left.
    @Test func readOnlyFolderExitsOne() throws {
        let dir = try Fixtures.temporaryFolder()
        let locked = dir + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        try Self.write(Self.previous, to: locked + "/g.svg")
        try GraphFile.write(Fixtures.smallGraph(), to: dir + "/g.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        let args = ["render", dir + "/g.json", "-o", locked + "/g.svg"]
        let r: CLI.Result
        if getuid() == 0 {
            // The test's folders must be reachable by nobody.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir)
            r = try CLI.run(
                ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary] + args, executable: "/usr/bin/setpriv")
        } else {
            r = try CLI.run(args)
        }
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("Cannot write \(locked)/g.svg: Permission denied"), "\(r.stderr)")
        #expect(Self.contents(locked + "/g.svg") == Self.previous)
        #expect(try Self.listing(locked) == ["g.svg"])
    }

    // MARK: Scale

    /// A 50 MB page as scrapers save them: 20 MB of inline CSS and a 30 MB inline base64 image around one
    /// paragraph. Reading, decoding, checking the UTF-8 and stripping the markup see all 50 MB (4.7 s in a debug
    /// build); the extractor sees the paragraph. (Plain text goes through the whole extractor, about 7 s per MB in
    /// a debug build, too slow for a test.)
    @Test(.timeLimit(.minutes(5))) func fiftyMegabyteArticleBuilds() throws {
        let dir = try Fixtures.temporaryFolder()
        var page = "<html><head><title>Big page</title><style>\n"
        var n = 0
        while page.utf8.count < 20 << 20 {
            page += ".c\(n) { color: #\(String(n % 0xFFFFFF, radix: 16)); margin: 0 auto; }\n"
            n += 1
        }
        page += "</style></head><body><p>Kim Jong-un met Vladimir Putin in Pyongyang.</p>\n"
        page += "<img src=\"data:image/png;base64,"
        let chunk = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }).base64EncodedString()
        while page.utf8.count < 50 << 20 { page += chunk }
        page += "\"></body></html>\n"
        try Self.write(page, to: dir + "/big.html")
        let start = ContinuousClock.now
        let r = try CLI.run(["build", dir + "/big.html", "-o", dir + "/g.json"])
        let elapsed = ContinuousClock.now - start
        #expect(r.status == 0, "\(r.stderr)")
        let g = try GraphFile.read(dir + "/g.json")
        #expect(g.documents.map(\.title) == ["Big page"])
        #expect(g.relations.contains { $0.type == .meet && $0.source == "kim-jong-un" })
        #expect(elapsed < .seconds(120), "50 MB took \(elapsed)")
        try FileManager.default.removeItem(atPath: dir)
    }

    @Test(.timeLimit(.minutes(5))) func tenThousandSmallFilesBuild() throws {
        let dir = try Fixtures.temporaryFolder()
        let articles = dir + "/articles"
        for i in 0..<10_000 {
            let folder = articles + "/\(i / 1000)"
            if i % 1000 == 0 {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            try Self.write("Report \(i)\n\nKim Jong-un met Vladimir Putin on day \(i).\n", to: folder + "/\(i).txt")
        }
        let r = try CLI.run(["build", articles, "-o", dir + "/g.json"])
        #expect(r.status == 0, "\(r.stderr)")
        let g = try GraphFile.read(dir + "/g.json")
        #expect(g.documents.count == 10_000)
        #expect(g.relations.first { $0.type == .meet }?.evidence.count == 10_000)
        try FileManager.default.removeItem(atPath: dir)
    }

    // MARK: Interruption

    /// Ctrl-C during a build: exit 130, the previous graph intact, no temporary file.
    @Test(.timeLimit(.minutes(2))) func interruptedBuildExits130AndLeavesNothing() throws {
        let dir = try Self.folderWithPreviousOutput("g.json")
        let articles = dir + "/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: false)
        // Enough work that the build is still running a second after it starts, however fast extraction gets
        // (3,000 one-sentence files were done within the second once extraction had been sped up).
        for i in 0..<3000 {
            let body = (0..<20).map { k in "Kim Jong-un met Vladimir Putin on day \(i), session \(k)." }
            try Self.write("Report \(i)\n\n" + body.joined(separator: " ") + "\n", to: articles + "/\(i).txt")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["build", articles, "-o", dir + "/g.json"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let stderr = Drain(err.fileHandleForReading)
        Thread.sleep(forTimeInterval: 1.0)
        #expect(p.isRunning, "the build finished before it could be interrupted: make the input bigger")
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 130)
        #expect(String(decoding: stderr.wait(), as: UTF8.self).contains("relgraph: interrupted"))
        try Self.expectIntact(dir, "g.json", listing: ["articles", "g.json"])
    }
}
