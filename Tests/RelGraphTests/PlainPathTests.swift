import Foundation
import TestSupport
import Testing

@testable import RelGraph

/// The shortcuts that keep a render from Foundation's `URL`: a path's folder and name, and a regular file's bytes.
struct PlainPathTests {
    static let paths = [
        "o.svg", "a/b.svg", "/tmp/o.svg", "/o.svg", "/", "", ".", "..", "./o.svg", "../o.svg", "a/./b", "a/../b",
        "a//b", "a/", "/a/b/", "~/o.svg", "a~b", "a%20b.svg", "a b.svg", "é.svg", "dir/é/x.svg", ".hidden",
        "...", "a/.../b", "a/.b/c", "/tmp/render6/out.json", "x.tar.gz", "-o", "a\tb", "a\\b", "a?b=c&d", "#x",
    ]

    @Test(arguments: paths)
    func folderAndNameAreURLs(_ path: String) {
        let url = URL(fileURLWithPath: path)
        let (folder, name) = AtomicFile.folderAndName(of: path)
        #expect(folder == url.deletingLastPathComponent().path)
        #expect(name == url.lastPathComponent)
    }

    @Test func randomPathsSplitAsURLsDo() {
        let pieces = ["a", "b.svg", ".", "..", "...", "", "~", "%2F", " ", "é", ".x", "x."]
        var random = TestRandom(state: 0xA7_0F11E)
        for _ in 0..<2_000 {
            var path = random.below(2) == 0 ? "/" : ""
            for k in 0..<(1 + random.below(4)) {
                if k > 0 { path += "/" }
                path += pieces[random.below(pieces.count)]
            }
            if random.below(8) == 0 { path += "/" }
            let url = URL(fileURLWithPath: path)
            let (folder, name) = AtomicFile.folderAndName(of: path)
            #expect(folder == url.deletingLastPathComponent().path, "\(path)")
            #expect(name == url.lastPathComponent, "\(path)")
        }
    }

    @Test func plainFileIsWhatFoundationReads() throws {
        let dir = try Fixtures.temporaryFolder()
        for (name, size) in [("empty", 0), ("one", 1), ("small", 1_000), ("large", 300_000)] {
            let path = dir + "/" + name
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            try bytes.write(to: URL(fileURLWithPath: path))
            // Empty files are left to Foundation (special files report size 0 and yet have content).
            #expect(PlainFile.contents(path) == (size == 0 ? nil : bytes))
        }
        #expect(PlainFile.contents(dir) == nil)
        #expect(PlainFile.contents(dir + "/missing") == nil)
    }
}
