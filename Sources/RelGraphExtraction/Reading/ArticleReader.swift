import Foundation
import RelGraph

/// Finds and reads articles: files or folders (recursively); `.txt`, `.md`/`.markdown` (optional YAML front
/// matter), `.html`/`.htm` (text only) and `.jsonl` (one article per line).
public enum ArticleReader {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]

    /// The article files under `paths`, sorted, each folder searched recursively (hidden files skipped).
    public static func files(in paths: [String]) throws(ExtractionError) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .noSuchPath(path) }
            if isDir.boolValue {
                let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                    .map { (path as NSString).appendingPathComponent($0) }
                guard !found.isEmpty else { throw .noArticles(path: path) }
                out += found.sorted()
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// Reads one article file into its documents (several for `.jsonl`); malformed `.jsonl` lines are skipped.
    public static func read(path: String) throws(ExtractionError) -> [SourceDocument] {
        try readWithWarnings(path: path).documents
    }

    /// Reads one article file into its documents and the warnings about lines it skipped.
    public static func readWithWarnings(path: String) throws(ExtractionError) -> ReadResult {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, reason: FileReason.describe(error))
        }
        return try parse(data, path: path)
    }

    /// Reads an article's bytes as the file `path` would be read: the extension of `path` picks the format.
    /// - Throws: ``ExtractionError/emptyFile(path:)``, ``ExtractionError/binaryFile(path:)``.
    public static func parse(_ data: Data, path: String) throws(ExtractionError) -> ReadResult {
        guard !data.isEmpty else { throw .emptyFile(path: path) }
        guard !data.prefix(8192).contains(0) else { throw .binaryFile(path: path) }
        let text = String(decoding: data, as: UTF8.self)
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown": return ReadResult(documents: [MarkdownArticle.read(text, path: path)])
        case "html", "htm": return ReadResult(documents: [HTMLArticle.read(text, path: path)])
        case "jsonl": return JSONLinesArticles.read(text, path: path)
        default: return ReadResult(documents: [plainText(text, path: path)])
        }
    }

    /// A plain-text article: the first non-empty line is the title.
    static func plainText(_ text: String, path: String) -> SourceDocument {
        let document = Document(
            id: ContentHash.documentID(text), path: path, title: firstLine(of: text), sha256: ContentHash.sha256(text))
        return SourceDocument(document: document, text: text, firstLineIsTitle: true)
    }

    /// The first non-empty line of `text`, trimmed.
    static func firstLine(of text: Substring) -> String {
        text.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    }

    static func firstLine(of text: String) -> String { firstLine(of: text[...]) }

    /// `YYYY-MM-DD` from a date string that starts with one ("2024-11-30T09:00Z"), else nil.
    static func isoDate(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'")))
        let prefix = String(trimmed.prefix(10))
        let parts = prefix.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        return prefix
    }
}
