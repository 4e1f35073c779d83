import Foundation
import RelGraph

/// Finds and reads articles: files or folders (recursively), `.txt` and `.md`.
public enum ArticleReader {
    public static let extensions: Set<String> = ["txt", "md", "markdown"]

    /// The article files under `paths`, sorted, each folder searched recursively.
    public static func files(in paths: [String]) throws(ExtractionError) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw .noSuchPath(path) }
            if isDir.boolValue {
                let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                    .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .map { (path as NSString).appendingPathComponent($0) }
                guard !found.isEmpty else { throw .noArticles(path: path) }
                out += found.sorted()
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// Reads one article file.
    public static func read(path: String) throws(ExtractionError) -> [SourceDocument] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .cannotRead(path: path, reason: FileReason.describe(error))
        }
        guard !data.isEmpty else { throw .emptyFile(path: path) }
        guard !data.prefix(8192).contains(0) else { throw .binaryFile(path: path) }
        let text = String(decoding: data, as: UTF8.self)
        let title =
            text.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let document = Document(
            id: ContentHash.documentID(text), path: path, title: title, sha256: ContentHash.sha256(text))
        return [SourceDocument(document: document, text: text)]
    }
}
