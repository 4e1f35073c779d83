import Foundation
import RelGraph

/// Reads a `.jsonl` file: one article per line, an object with `text` and optional `id`, `title`, `date`, `url`,
/// `source`. The stored text of each document is its `text` field. A line that is not such an object is
/// skipped with a warning naming the file and line; the other lines still give documents.
enum JSONLinesArticles {
    private struct Line: Decodable {
        var id: String?
        var title: String?
        var date: String?
        var url: String?
        var source: String?
        var text: String
    }

    static func read(_ content: String, path: String) -> ReadResult {
        var documents: [SourceDocument] = []
        var warnings: [String] = []
        for (n, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            let parsed: Line
            do {
                parsed = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            } catch {
                warnings.append(
                    "\(path), line \(n + 1): skipped, not a JSON object with a \"text\" string (\(reason(error))).")
                continue
            }
            guard !parsed.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                warnings.append("\(path), line \(n + 1): skipped, its \"text\" is empty.")
                continue
            }
            let document = Document(
                id: ContentHash.documentID(parsed.text), path: "\(path)#\(n + 1)",
                title: parsed.title ?? ArticleReader.firstLine(of: parsed.text),
                sha256: ContentHash.sha256(parsed.text),
                published: ArticleReader.isoDate(parsed.date), source: parsed.source, url: parsed.url)
            documents.append(SourceDocument(document: document, text: parsed.text))
        }
        return ReadResult(documents: documents, warnings: warnings)
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "\"\(key.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let ctx):
            "\(ctx.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        default: "invalid JSON"
        }
    }
}
