import Foundation
import TestSupport

@testable import RelGraphExtraction

/// The seeds and the development articles as documents, in file-name order: real text for the tests that hold a
/// shortcut to its definition.
enum DevelopmentArticles {
    static func documents() throws -> [SourceDocument] {
        try Fixtures.developmentArticlePaths().flatMap { try ArticleReader.read(path: $0) }
    }
}
