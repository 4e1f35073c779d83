import Foundation
import RelGraph

/// Reads an HTML article as text: elements that never hold article text (`script`, `style`, `nav`, `footer`,
/// `aside`, `form`, `noscript`, `svg`, `iframe`, `button`, `head`) are dropped with their content, block
/// elements end lines, character entities are decoded. The stored text is the extracted text, so evidence
/// offsets point into it. The title is `<title>` (or the first `<h1>`, or the first line).
enum HTMLArticle {
    static let dropped: Set<String> = [
        "script", "style", "nav", "footer", "aside", "form", "noscript", "svg", "iframe", "button", "head", "template",
    ]
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
        "blockquote", "figcaption", "table", "hr", "main", "dd", "dt",
    ]

    static func read(_ html: String, path: String) -> SourceDocument {
        let extracted = text(of: html)
        let title = element("title", in: html).map(decodeEntities) ?? element("h1", in: html).map(decodeEntities)
        let identity = ContentHash.identity(extracted)
        let document = Document(
            id: identity.id, path: path,
            title: title.map(collapse).flatMap { $0.isEmpty ? nil : $0 } ?? ArticleReader.firstLine(of: extracted),
            sha256: identity.sha256)
        return SourceDocument(document: document, text: extracted, firstLineIsTitle: title == nil)
    }

    /// The visible text of `html`, one block per line.
    ///
    /// - Complexity: O(n): once no `>` (or `-->`) follows a position, none follows any later one, so a text
    ///   full of unclosed `<` (a 50 MB "a < b" scrape) is not searched to its end again at each of them.
    static func text(of html: String) -> String {
        var out = ""
        var skipping: String?
        var i = html.startIndex
        var tagsCanClose = true
        var commentsCanClose = true
        while i < html.endIndex {
            if html[i] == "<", tagsCanClose {
                guard let close = html[i...].firstIndex(of: ">") else {
                    tagsCanClose = false
                    continue
                }
                let inner = html[html.index(after: i)..<close]
                if inner.hasPrefix("!--"), commentsCanClose {
                    if let end = html[i...].range(of: "-->") {
                        i = end.upperBound
                        continue
                    }
                    commentsCanClose = false
                }
                let closing = inner.hasPrefix("/")
                let name = inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if let skip = skipping {
                    if closing && name == skip { skipping = nil }
                } else if !closing && dropped.contains(name) && !inner.hasSuffix("/") {
                    skipping = name
                } else if blocks.contains(name) {
                    out += "\n"
                }
                i = html.index(after: close)
                continue
            }
            if skipping == nil { out.append(html[i]) }
            i = html.index(after: i)
        }
        let lines = decodeEntities(out).split(separator: "\n", omittingEmptySubsequences: false).map {
            collapse(String($0))
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    private static func element(_ name: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(name)", options: .caseInsensitive),
            let start = html[open.upperBound...].firstIndex(of: ">"),
            let end = html[start...].range(of: "</\(name)>", options: .caseInsensitive)
        else { return nil }
        return String(html[html.index(after: start)..<end.lowerBound])
    }

    private static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "copy": "\u{00A9}", "eacute": "\u{00E9}",
    ]

    /// `text` with `&amp;`, `&#8217;`, `&#x2019;` and the common named entities decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&", let semi = text[i...].prefix(12).firstIndex(of: ";") {
                let body = text[text.index(after: i)..<semi]
                var replacement: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    replacement = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if body.hasPrefix("#") {
                    replacement = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[String(body)]
                }
                if let replacement {
                    out += replacement
                    i = text.index(after: semi)
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }
}
