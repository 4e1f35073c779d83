import Foundation
import TestSupport

@testable import RelGraphExtraction

/// The seeds and the development articles as documents, in file-name order: real text for the tests that hold a
/// shortcut to its definition.
enum DevelopmentArticles {
    static func documents() throws -> [SourceDocument] {
        var docs: [SourceDocument] = []
        for folder in ["seeds", "eval/dev/articles"] {
            let url = Fixtures.packageRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".txt") {
                docs += try ArticleReader.read(path: url.appendingPathComponent(name).path)
            }
        }
        return docs
    }
}
