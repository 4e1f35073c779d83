import Foundation
import RelGraph

/// Finds and reads articles: files or folders (recursively); `.txt`, `.md`/`.markdown` (optional YAML front
/// matter), `.html`/`.htm` (text only) and `.jsonl` (one article per line).
public enum ArticleReader {
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]

    /// The article files under `paths`, sorted, each folder searched recursively (hidden files skipped).
    ///
    /// A file named in `paths` must be an article: an empty or binary one is an error here. A file found in
    /// a folder is not opened; if it turns out empty or binary, ``readWithWarnings(path:)`` skips it with a
    /// warning, so one stray file in a scrape does not stop the rest.
    /// - Throws: ``ExtractionError/noSuchPath(_:)``, ``ExtractionError/noArticles(path:)``, and for a named
    ///   file ``ExtractionError/emptyFile(path:)``, ``ExtractionError/binaryFile(path:)`` or
    ///   ``ExtractionError/cannotRead(path:reason:)``.
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
                try checkNamedFile(path)
                out.append(path)
            }
        }
        return out
    }

    /// Reads one article file into its documents (several for `.jsonl`); malformed `.jsonl` lines are skipped.
    /// - Throws: ``ExtractionError/emptyFile(path:)``, ``ExtractionError/binaryFile(path:)`` or
    ///   ``ExtractionError/cannotRead(path:reason:)``.
    public static func read(path: String) throws(ExtractionError) -> [SourceDocument] {
        try decode(path: path).documents
    }

    /// Reads one article file into its documents and warnings naming the file about what was skipped or
    /// repaired: an empty or binary file (no documents), malformed `.jsonl` lines, invalid UTF-8 (decoded with
    /// U+FFFD replacement characters; the warning gives the byte offset of the first bad sequence).
    /// - Throws: ``ExtractionError/cannotRead(path:reason:)`` when the file cannot be read at all.
    public static func readWithWarnings(path: String) throws(ExtractionError) -> ReadResult {
        do throws(ExtractionError) {
            return try decode(path: path)
        } catch .emptyFile {
            return ReadResult(documents: [], warnings: ["\(path): skipped, the file is empty."])
        } catch .binaryFile {
            return ReadResult(
                documents: [], warnings: ["\(path): skipped, a binary file (image, program, UTF-16?), not an article."])
        }
    }

    private static func decode(path: String) throws(ExtractionError) -> ReadResult {
        try parse(try contents(of: path), path: path)
    }

    /// Reads an article's bytes as the file `path` would be read (the extension of `path` picks the format),
    /// without touching the disk: for callers that already hold the bytes (and the fuzzer).
    /// - Throws: ``ExtractionError/emptyFile(path:)``, ``ExtractionError/binaryFile(path:)``.
    public static func parse(_ data: Data, path: String) throws(ExtractionError) -> ReadResult {
        try checkIsText(data, path: path)
        let text = String(decoding: data, as: UTF8.self)
        var result: ReadResult
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown": result = ReadResult(documents: [MarkdownArticle.read(text, path: path)])
        case "html", "htm": result = ReadResult(documents: [HTMLArticle.read(text, path: path)])
        case "jsonl": result = JSONLinesArticles.read(text, path: path)
        default: result = ReadResult(documents: [plainText(text, path: path)])
        }
        if let bad = UTF8Check.scan(data, decoded: text) {
            let more = bad.count == 1 ? "" : " (\(bad.count) bad sequences in all)"
            result.warnings.insert(
                "\(path): invalid UTF-8 at byte \(bad.firstOffset)\(more); decoded with U+FFFD replacement "
                    + "characters. Convert the file to UTF-8 for exact text.", at: 0)
        }
        return result
    }

    private static func contents(of path: String) throws(ExtractionError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, reason: FileReason.describe(error))
        }
    }

    /// Throws when `data` is empty or binary: a NUL byte in its first 8 KiB (images, executables, archives,
    /// UTF-16 text).
    private static func checkIsText(_ data: Data, path: String) throws(ExtractionError) {
        guard !data.isEmpty else { throw .emptyFile(path: path) }
        guard !data.prefix(8192).contains(0) else { throw .binaryFile(path: path) }
    }

    /// Checks a file named on the command line: readable, not empty, not binary. Reads its first 8 KiB.
    private static func checkNamedFile(_ path: String) throws(ExtractionError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotRead(
                path: path,
                reason: FileManager.default.isReadableFile(atPath: path)
                    ? "it cannot be opened" : "permission denied")
        }
        defer { try? handle.close() }
        let head: Data
        do {
            head = try handle.read(upToCount: 8192) ?? Data()
        } catch {
            throw .cannotRead(path: path, reason: FileReason.describe(error))
        }
        try checkIsText(head, path: path)
    }

    /// A plain-text article: the first non-empty line is the title.
    static func plainText(_ text: String, path: String) -> SourceDocument {
        let identity = ContentHash.identity(text)
        let document = Document(
            id: identity.id, path: path, title: firstLine(of: text), sha256: identity.sha256)
        return SourceDocument(document: document, text: text, firstLineIsTitle: true)
    }

    /// Longest title kept whole; a longer first line (an article without a headline) is cut.
    static let titleLimit = 120

    /// The first non-empty line of `text`, trimmed: the title. When it is a paragraph rather than a headline
    /// (longer than ``titleLimit`` characters), its first sentence, or failing that its first words, then "…".
    static func firstLine(of text: Substring) -> String {
        let line =
            text.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        guard line.count > titleLimit else { return line }
        if let stop = line.firstRange(of: ". "), line.distance(from: line.startIndex, to: stop.lowerBound) < titleLimit
        {
            return String(line[..<stop.lowerBound]) + "."
        }
        let head = line.prefix(titleLimit)
        let cut = head.lastIndex(of: " ") ?? head.endIndex
        return String(head[..<cut]).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "\u{2026}"
    }

    static func firstLine(of text: String) -> String { firstLine(of: text[...]) }

    /// `YYYY-MM-DD` from a date string that starts with one ("2024-11-30T09:00Z"), else nil.
    static func isoDate(_ value: String?) -> String? {
        guard let value else { return nil }
        return plainISODate(value) ?? trimmedISODate(value)
    }

    /// ``isoDate(_:)`` by its definition: white space and quotes trimmed, the first ten characters if they are
    /// four, two and two digits joined by hyphens.
    static func trimmedISODate(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'")))
        let prefix = String(trimmed.prefix(10))
        let parts = prefix.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        return prefix
    }

    /// ``isoDate(_:)`` of a value that starts with an ASCII `YYYY-MM-DD` followed by nothing or by an ASCII
    /// byte (the common case, answered without Foundation's trimming); nil when the general rule must decide.
    private static func plainISODate(_ value: String) -> String? {
        var value = value
        return value.withUTF8 { b -> String? in
            guard b.count >= 10, b.count == 10 || b[10] < 0x80 else { return nil }
            for k in 0..<10 {
                let isDash = k == 4 || k == 7
                guard isDash ? b[k] == 0x2D : Tokenizer.isDigitByte(b[k]) else { return nil }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: b[0..<10]), as: UTF8.self)
        }
    }
}
