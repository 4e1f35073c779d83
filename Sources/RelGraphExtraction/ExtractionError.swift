import Foundation

/// Errors of reading articles and lexicons.
public enum ExtractionError: Error, Equatable, LocalizedError {
    case noSuchPath(String)
    case cannotRead(path: String, reason: String)
    case noArticles(path: String)
    case binaryFile(path: String)
    case emptyFile(path: String)
    case unsupportedExtension(path: String)
    case malformedLexicon(path: String, line: Int?, column: Int?, reason: String)
    /// A malformed `.jsonl` line under `--strict`; `reason` says what is wrong with it.
    case malformedLine(path: String, line: Int, reason: String)
    /// Every input was skipped (empty, binary, malformed): there is no document to build a graph from.
    case noDocuments(inputs: [String])

    public var errorDescription: String? {
        switch self {
        case .noSuchPath(let p):
            "\(p) does not exist. Give article files (.txt, .md, .html, .jsonl) or folders holding them."
        case .cannotRead(let p, let reason): "Cannot read \(p): \(reason)."
        case .noArticles(let p):
            "\(p) holds no articles (.txt, .md, .html, .jsonl files). Point relgraph at the folder that has them."
        case .binaryFile(let p):
            "\(p) is a binary file (it holds NUL bytes: an image, a program, UTF-16 text?), not an article; "
                + "leave it out or convert it to UTF-8 text."
        case .emptyFile(let p): "\(p) is empty: there is no text to extract from."
        case .unsupportedExtension(let p):
            "\(p) is not an article relgraph reads (.txt, .md, .markdown, .html, .htm, .jsonl)."
        case .malformedLexicon(let p, let line, let column, let reason):
            if let line, let column {
                "The lexicon \(p) is not valid at line \(line), column \(column): \(reason)."
            } else {
                "The lexicon \(p) is not valid: \(reason)."
            }
        case .malformedLine(let p, let line, let reason):
            "\(p), line \(line): \(reason). Fix the line, or drop --strict to skip such lines with a warning."
        case .noDocuments(let inputs):
            "No article text in \(inputs.joined(separator: ", ")): every file was skipped (see the warnings above); "
                + "no graph was written."
        }
    }
}
