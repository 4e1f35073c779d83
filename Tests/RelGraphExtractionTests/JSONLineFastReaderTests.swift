import Foundation
import TestSupport
import Testing

@testable import RelGraphExtraction

/// The single-pass `.jsonl` line reader must give exactly what `JSONDecoder` gives for every line it accepts,
/// and decline (nil) the rest.
struct JSONLineFastReaderTests {
    private func reference(_ bytes: [UInt8]) -> JSONLineFastReader.Fields? {
        try? JSONDecoder().decode(JSONLineFastReader.Fields.self, from: Data(bytes))
    }

    @Test func commonLinesAreReadAndEqualTheDecoder() throws {
        let lines = [
            #"{"id": "a1", "title": "Kim meets Belousov", "date": "2024-11-29", "text": "Kim Jong-un met him."}"#,
            #"{"text":"Line one.\nLine two \"quoted\" \\ back\/slash \t tab \u00e9 \u4e2d \u0000 nul","url":null}"#,
            #"  { "source" : "KCNA" , "score": -12.5e+3, "ok": true, "bad": false, "n": null, "text": "x" }  "#,
            #"{"text": "emoji 😀 and RTL \u200f mark", "id": "", "zero": 0, "frac": 0.25, "exp": 1E9}"#,
        ]
        for line in lines {
            let bytes = Array(line.utf8)
            let fast = try #require(JSONLineFastReader.read(bytes), "\(line)")
            #expect(fast == reference(bytes))
        }
    }

    @Test func unusualLinesAreDeclinedOrAgree() {
        let lines = [
            #"{"text": "a", "text": "b"}"#, #"{"text": "\ud83d\ude00"}"#, "{\"text\": \"tab\traw\"}",
            #"{"te\u0078t": "a"}"#, #"{"text": "a", "meta": {"k": 1}}"#, #"{"text": "a", "list": [1, 2]}"#,
            #"{"text": 5}"#, #"{"title": 5, "text": "a"}"#, #"{"id": "x"}"#, #"{}"#, #"[]"#, #"{"text": "a"} x"#,
            #"{"text": "a",}"#, #"{"text": "a", "n": 01}"#, #"{"text": "a", "n": -}"#, #"{"text": "a", "n": 1.}"#,
            #"{"text": "a", "n": 1e}"#, #"{"text": "unterminated}"#, #"{"text": "bad \q escape"}"#,
            #"{"text": "\u12"}"#, #"{"text": null}"#, #"{"text": "a" "id": "b"}"#, "", "   ", "{",
            #"{"text": "a", "n": nul}"#, #"{"text": "a", "t": tru}"#,
        ]
        for line in lines {
            let bytes = Array(line.utf8)
            if let fast = JSONLineFastReader.read(bytes) {
                #expect(fast == reference(bytes), "\(line)")
            }
        }
    }

    /// Random lines built from JSON fragments, valid and broken: whatever the fast reader accepts, the decoder
    /// must read the same way.
    @Test(arguments: 0..<8)
    func randomLinesAgreeWithTheDecoder(seed: UInt64) {
        var random = TestRandom(state: seed &+ 1)
        func next(_ n: Int) -> Int { random.below(n) }
        let keys = [
            #""id""#, #""title""#, #""text""#, #""url""#, #""other""#, #""date""#, #""source""#, #""t\u0065xt""#,
        ]
        let good = [#""plain""#, #""esc \" \\ \/ \n \u00fc""#, "null", "true", "false", "12", "-0.5e-3", #""ü 中 😀""#]
        let bad = ["{}", "[]", "01", #""\uD834\uDD1E""#, #""""#, "nul", #""a"#]
        let values = good + good + good + bad
        var accepted = 0
        for _ in 0..<400 {
            var line = #"{"text": "\#(good[next(good.count)].dropFirst().dropLast())""#
            for m in 1..<(1 + next(4)) {
                if m > 0 { line += next(20) == 0 ? "" : ", " }
                line += keys[next(keys.count)] + (next(20) == 0 ? " " : ": ") + values[next(values.count)]
            }
            line += next(20) == 0 ? "" : "}"
            let bytes = Array(line.utf8)
            if let fast = JSONLineFastReader.read(bytes) {
                accepted += 1
                #expect(fast == reference(bytes), "\(line)")
            }
        }
        #expect(accepted > 20)
    }

    /// Long values (the reader scans sixteen bytes at a time and decodes escapes into scratch storage): escapes,
    /// non-ASCII text and the odd raw control character at every position relative to the sixteen-byte steps,
    /// in every member, must read as the decoder reads them (or be declined, and then only for a rare piece).
    @Test(arguments: 0..<6)
    func longValuesAgreeWithTheDecoder(seed: UInt64) {
        var random = TestRandom(state: seed &+ 101)
        func next(_ n: Int) -> Int { random.below(n) }
        let pieces = [
            "a", "plain words ", "0123456789abcdef", #"\n"#, #"\n\n"#, #"\""#, #"\\"#, #"\/"#, #"\t"#, #"\b\f\r"#,
            #"\u00e9"#, #"\u00FC"#, #"\u4e2d"#, #"\u2014"#, #"\u20ac"#, #"\u0041"#, #"\u0000"#, #"\u07ff"#, #"\uffff"#,
            "é", "中", "😀", "’", "—",
        ]
        let rare = ["\u{1}", "\t", #"\q"#, #"\ud800"#, #"\u12x4"#]
        var usedRare = false
        func value() -> String {
            var v = ""
            for _ in 0..<next(40) {
                if next(200) == 0 {
                    usedRare = true
                    v += rare[next(rare.count)]
                } else {
                    v += pieces[next(pieces.count)]
                }
            }
            return v
        }
        var accepted = 0
        var escaped = 0
        for _ in 0..<300 {
            usedRare = false
            let text = value()
            var members = [#""text": "\#(text)""#]
            for key in ["id", "title", "date", "url", "source", "other"] where next(2) == 0 {
                members.append(#""\#(key)": "\#(value())""#)
            }
            // Members in any order.
            for k in members.indices.reversed() { members.swapAt(k, next(k + 1)) }
            let line = "{" + members.joined(separator: next(2) == 0 ? ", " : ",") + "}"
            let bytes = Array(line.utf8)
            if let fast = JSONLineFastReader.read(bytes) {
                accepted += 1
                if text.contains("\\") { escaped += 1 }
                #expect(fast == reference(bytes), "\(line)")
            } else {
                #expect(usedRare, "\(line)")
            }
        }
        #expect(accepted > 150)
        #expect(escaped > 100)
    }

    /// The ASCII test the reader's strings are made with (so their records of being ASCII are right): whole words
    /// and a tail, a high bit at every position.
    @Test func asciiTestAgreesWithTheDefinition() {
        var random = TestRandom(state: 7)
        for _ in 0..<2000 {
            var bytes = (0..<random.below(40)).map { _ in UInt8(random.below(0x80)) }
            if !bytes.isEmpty, random.below(2) == 0 { bytes[random.below(bytes.count)] |= 0x80 }
            let fast = bytes.withUnsafeBytes { JSONLineFastReader.isASCII($0) }
            #expect(fast == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
        }
    }
}
