import Foundation
import RelGraph
import TestSupport
import Testing

/// Where a damaged graph file stops being JSON.
struct JSONSyntaxProblemTests {
    @Test(arguments: [
        ("{\"a\": [1, 2, {\"b\": tru", "$.a[2].b", 1, 23, "the file ends inside 'true' (cut short?)"),
        ("{\"a\": [1, 2,, 3]}", "$.a[2]", 1, 13, "unexpected ',': expected a value"),
        ("{\"a\": {\"b c\": \"x\n\"}}", "$.a[\"b c\"]", 1, 17, "a raw control character (byte 10) inside a string"),
        ("{\n  \"a\": 01\n}", "$.a", 2, 8, "a number with a leading 0"),
        ("{\"a\": 1} x", "$", 1, 10, "unexpected 'x' after the end of the JSON value"),
        ("[{\"a\": 1 \"b\": 2}]", "$[0].a", 1, 10, "unexpected '\"': expected ',' or '}'"),
        ("{\"a\": \"\\q\"}", "$.a", 1, 8, "a bad escape inside a string"),
        ("", "$", 1, 1, "the file ends where a value should be (cut short?)"),
    ])
    func findsPathLineAndColumn(json: String, path: String, line: Int, column: Int, reason: String) throws {
        let problem = try #require(JSONSyntaxProblem.find(in: Data(json.utf8)))
        #expect(problem.jsonPath == path)
        #expect(problem.line == line)
        #expect(problem.column == column)
        #expect(problem.reason == reason)
        // Foundation agrees that it is broken.
        #expect(throws: (any Error).self) { try JSONSerialization.jsonObject(with: Data(json.utf8)) }
    }

    /// Whatever Foundation accepts (a real graph file, trailing commas, escapes, deep nesting) has no problem.
    @Test func acceptsWhatFoundationAccepts() throws {
        let nested = String(repeating: "[", count: 400) + String(repeating: "]", count: 400)
        for json in [
            String(decoding: GraphFile.encode(Fixtures.smallGraph()), as: UTF8.self), "[1, 2,]", "{\"a\": 1,}",
            "{\"s\": \"\\u00e9\\n\\\"\", \"n\": -1.5e+3, \"t\": [true, false, null], \"e\": {}, \"l\": []}", nested,
        ] {
            _ = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
            #expect(JSONSyntaxProblem.find(in: Data(json.utf8)) == nil, "\(json.prefix(80))")
        }
    }

    /// Every cut of a real graph file is reported, with a path that names a place in the file.
    @Test func everyTruncationIsFound() throws {
        let data = GraphFile.encode(Fixtures.smallGraph())
        for cut in stride(from: 0, to: data.count - 2, by: 7) {
            let problem = try #require(JSONSyntaxProblem.find(in: data.prefix(cut)), "cut at \(cut)")
            #expect(problem.jsonPath.hasPrefix("$"))
            #expect(problem.reason.contains("cut short"), "cut at \(cut): \(problem.reason)")
        }
    }

    @Test func graphFileErrorCarriesTheProblem() throws {
        let data = GraphFile.encode(Fixtures.smallGraph())
        let alias = try #require(data.firstRange(of: Data("\"Belousov\"".utf8)))
        #expect(
            throws: GraphError.malformed(
                path: "g.json", jsonPath: "$.actors[0].aliases[0]",
                reason: "line 6, column 12: the file ends inside a string (cut short?)")
        ) {
            try GraphFile.decode(data.prefix(alias.lowerBound + 3), path: "g.json")
        }
    }
}
