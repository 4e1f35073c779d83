import Foundation
import RelGraph

/// Reads a `.jsonl` file: one article per line, an object with `text` and optional `id`, `title`, `date`, `url`,
/// `source`. The stored text of each document is its `text` field. A line that is not such an object is
/// skipped with a warning naming the file and line (or, strict, stops the read); the other lines still give
/// documents. Files are streamed in blocks, so a corpus of any size is read in constant memory.
enum JSONLinesArticles {
    /// Bytes read from the file at a time.
    static let blockSize = 1 << 20

    /// Reads all of `content` (tests and small files).
    static func read(_ content: String, path: String) -> ReadResult {
        var documents: [SourceDocument] = []
        var warnings: [String] = []
        var n = 0
        for raw in content.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            n += 1
            switch Array(raw).withUnsafeBytes({ parse($0, path: path, line: n) }) {
            case .document(let d): documents.append(d)
            case .problem(let p): warnings.append(skipped(path, n, p))
            case .blank: continue
            }
        }
        return ReadResult(documents: documents, warnings: warnings)
    }

    /// Streams the documents of the file at `path` to `body`, in order.
    /// - Parameters:
    ///   - strict: a malformed line throws ``ExtractionError/malformedLine(path:line:reason:)`` instead of
    ///     being reported to `warning` and skipped.
    /// - Complexity: O(n) time in the file's size; memory O(block + longest line).
    static func stream(
        path: String, strict: Bool, blockSize: Int = blockSize, warning: (String) -> Void,
        _ body: (SourceDocument) throws -> Void
    ) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExtractionError.cannotRead(path: path, reason: "it cannot be opened")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var n = 0
        var lineOffset = 0
        var first = true
        var sawText = false
        // A line is read where it lies in `pending` (a copy of each line cost an allocation and a copy).
        func handleLine(_ bytes: UnsafeRawBufferPointer) throws {
            n += 1
            defer { lineOffset += bytes.count + 1 }
            let parsed: Parsed
            if let bad = UTF8Check.scan(bytes) {
                let more = bad.count == 1 ? "" : " (\(bad.count) bad sequences on the line)"
                warning(
                    "\(path), line \(n): invalid UTF-8 at byte \(lineOffset + bad.firstOffset)\(more); decoded with "
                        + "U+FFFD replacement characters. Convert the file to UTF-8 for exact text.")
                let line = Array(String(decoding: bytes, as: UTF8.self).utf8)
                parsed = line.withUnsafeBytes { parse($0, path: path, line: n) }
            } else {
                parsed = parse(bytes, path: path, line: n)
            }
            switch parsed {
            case .document(let d):
                sawText = true
                try body(d)
            case .problem(let p):
                sawText = true
                if strict { throw ExtractionError.malformedLine(path: path, line: n, reason: p) }
                warning(skipped(path, n, p))
            case .blank: return
            }
        }
        while true {
            let block: Data
            do {
                block = try handle.read(upToCount: blockSize) ?? Data()
            } catch {
                throw ExtractionError.cannotRead(path: path, reason: FileReason.describe(error))
            }
            if first {
                first = false
                if block.isEmpty { throw ExtractionError.emptyFile(path: path) }
                // By `memchr` on the bytes (`Data.prefix(_:).contains(_:)` went through `Data`'s iterator).
                let binary = block.withUnsafeBytes { b in
                    b.baseAddress.map { memchr($0, 0, min(b.count, 8192)) != nil } ?? false
                }
                if binary { throw ExtractionError.binaryFile(path: path) }
            }
            if block.isEmpty { break }
            // As one copy of the bytes (appending `Data` itself went through its iterator).
            block.withUnsafeBytes { pending.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
            var start = 0
            try pending.withUnsafeBytes { all in
                while let newline = lineFeed(in: all, from: start) {
                    try handleLine(UnsafeRawBufferPointer(rebasing: all[start..<newline]))
                    start = newline + 1
                }
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try pending.withUnsafeBytes { try handleLine($0) } }
        if !sawText { throw ExtractionError.emptyFile(path: path) }
    }

    /// The index of the first line feed of `bytes` at or after `start` (`bytes[start...].firstIndex(of:
    /// 0x0A)`), found by `memchr`: the slice's generic search took a few instructions per byte of the file.
    static func lineFeed(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBytes { lineFeed(in: $0, from: start) }
    }

    /// ``lineFeed(in:from:)-([UInt8],_)`` in bytes in place.
    static func lineFeed(in b: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard start < b.count, let base = b.baseAddress, let found = memchr(base + start, 0x0A, b.count - start)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    private static func skipped(_ path: String, _ line: Int, _ reason: String) -> String {
        "\(path), line \(line): skipped, \(reason)."
    }

    private enum Parsed {
        case document(SourceDocument)
        case problem(String)
        case blank
    }

    /// One line: a document, a sentence saying why it was skipped, or nothing (a blank line).
    private static func parse(_ bytes: UnsafeRawBufferPointer, path: String, line n: Int) -> Parsed {
        guard bytes.contains(where: { !($0 == 0x20 || (0x09...0x0D).contains($0)) }) else { return .blank }
        let parsed: JSONLineFastReader.Fields
        if let fields = JSONLineFastReader.read(bytes) {
            parsed = fields
        } else {
            do {
                parsed = try JSONDecoder().decode(JSONLineFastReader.Fields.self, from: Data(bytes))
            } catch {
                return .problem("not a JSON object with a \"text\" string (\(reason(error)))")
            }
        }
        guard parsed.text.contains(where: { !$0.isWhitespace }) else {
            return .problem("its \"text\" is empty")
        }
        let identity = ContentHash.identity(parsed.text)
        let document = Document(
            id: identity.id, path: "\(path)#\(n)",
            title: parsed.title ?? ArticleReader.firstLine(of: parsed.text),
            sha256: identity.sha256,
            published: ArticleReader.isoDate(parsed.date), source: parsed.source, url: parsed.url)
        return .document(SourceDocument(document: document, text: parsed.text))
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "\"\(key.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let ctx):
            "\(ctx.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
        case DecodingError.dataCorrupted(let ctx) where ctx.underlyingError == nil && !ctx.debugDescription.isEmpty:
            "invalid JSON: \(ctx.debugDescription)"
        default: "invalid JSON"
        }
    }
}

extension ArticleReader {
    /// Reads the documents of one article file and hands them to `body` one at a time, in order. `.jsonl` files
    /// are streamed (constant memory for any size); other files are read whole.
    /// - Parameters:
    ///   - strict: a malformed `.jsonl` line fails the read instead of being skipped with a warning.
    ///   - warning: receives each warning (a sentence naming the file and line).
    /// - Throws: ``ExtractionError`` when the file cannot be read, is empty or binary, or (strict) has a
    ///   malformed line; whatever `body` throws.
    public static func forEachDocument(
        path: String, strict: Bool = false, warning: (String) -> Void, _ body: (SourceDocument) throws -> Void
    ) throws {
        if (path as NSString).pathExtension.lowercased() == "jsonl" {
            do {
                try JSONLinesArticles.stream(path: path, strict: strict, warning: warning, body)
            } catch ExtractionError.emptyFile {
                warning("\(path): skipped, the file is empty.")
            } catch ExtractionError.binaryFile {
                warning("\(path): skipped, a binary file (image, program, UTF-16?), not an article.")
            }
            return
        }
        let result = try readWithWarnings(path: path)
        for w in result.warnings { warning(w) }
        for d in result.documents { try body(d) }
    }
}
