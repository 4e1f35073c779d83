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
}
