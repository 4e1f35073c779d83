import Foundation
import RelGraph
import Yams

/// Reads a Markdown article with optional YAML front matter (`title`, `date`, `url`, `source`) between `---`
/// lines. The stored text is the whole file, so evidence offsets point into the file itself; extraction starts
/// after the front matter. Without a `title`, the first heading (or line) of the body is the title.
enum MarkdownArticle {
    static func read(_ text: String, path: String) -> SourceDocument {
        var fields: [String: String] = [:]
        var bodyStart = 0
        let bytes = Array(text.utf8)
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
            let open = text.hasPrefix("---\r\n") ? 5 : 4
            if let close = findClosingFence(bytes, from: open) {
                let yaml = String(decoding: bytes[open..<close.lowerBound], as: UTF8.self)
                if let node = try? Yams.load(yaml: yaml) as? [String: Any] {
                    for (k, v) in node { fields[k.lowercased()] = "\(v)" }
                }
                bodyStart = close.upperBound
            }
        }
        let body = String(decoding: bytes[bodyStart...], as: UTF8.self)
        let heading = ArticleReader.firstLine(of: body)
        let title = fields["title"] ?? heading.trimmingCharacters(in: CharacterSet(charactersIn: "# "))
        let identity = ContentHash.identity(text)
        let document = Document(
            id: identity.id, path: path, title: title, sha256: identity.sha256,
            published: ArticleReader.isoDate(fields["date"] ?? fields["published"]), source: fields["source"],
            url: fields["url"])
        return SourceDocument(
            document: document, text: text, bodyStart: bodyStart, firstLineIsTitle: fields["title"] == nil)
    }

    /// The byte range of the closing `---` line of the front matter, searching from `from`.
    private static func findClosingFence(_ bytes: [UInt8], from: Int) -> Range<Int>? {
        var lineStart = from
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            if line.trimmingCharacters(in: .whitespacesAndNewlines) == "---" {
                return lineStart..<min(lineEnd + 1, bytes.count)
            }
            lineStart = lineEnd + 1
        }
        return nil
    }
}
