import Foundation

/// Finds the lines of an article that are its body, dropping web-page boilerplate.
///
/// Dropped: the title line (when the reader says the first line is the title and it reads like one: short and
/// without a final full stop); reaction widgets ("- I'm sad", "- 0dog"); comment and sharing furniture ("Leave
/// a Reply", "Your email address will not be published", "Share this", "Subscribe", "Follow us"); source and
/// link lines ("Original Source:", "Read also:", "Related:", "Tags:"); copyright lines; bare numbers and
/// UUIDs; and short lines of at most four words with no sentence punctuation ("Hot news now"). Once a
/// comment section starts ("Leave a Reply", "Comments"), the rest is dropped. Interviews ("E: ...",
/// "Q: ...") are kept. The text is never changed: the result is byte ranges into it.
public enum BoilerplateFilter {
    static let prefixes: [String] = [
        "original source", "source:", "read also", "read more", "see also", "related:", "related articles",
        "related posts", "tags:", "tag:", "share this", "share on", "share:", "subscribe", "sign up", "follow us",
        "click here", "advertisement", "copyright", "all rights reserved", "\u{00A9}", "your email address",
        "required fields", "leave a reply", "leave a comment", "most read", "recommended", "photo:", "image:",
        "getty images", "(c) ", "also read", "don't miss", "trending", "newsletter", "cookie",
    ]
    static let sectionEnds: [String] = [
        "leave a reply", "leave a comment", "comments", "related posts", "post navigation",
    ]

    /// The byte ranges of body lines in `text` from `bodyStart`, in order, without their line breaks.
    /// - Parameters:
    ///   - text: the document text as stored.
    ///   - bodyStart: where the body starts (after front matter).
    ///   - firstLineIsTitle: whether the first non-empty line may be the title.
    /// - Returns: the body line ranges.
    /// - Complexity: O(n) in the text's length.
    public static func bodyLines(of text: String, bodyStart: Int = 0, firstLineIsTitle: Bool) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var out: [Range<Int>] = []
        var start = bodyStart
        var seenFirst = false
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = String(decoding: bytes[start..<end], as: UTF8.self)
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty {
                let lower = trimmed.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
                if sectionEnds.contains(where: { lower == $0 || lower.hasPrefix($0 + " (") }) { break }
                let isTitle = !seenFirst && firstLineIsTitle && looksLikeTitle(trimmed)
                seenFirst = true
                if !isTitle && !isBoilerplate(trimmed, lower: lower) {
                    var s = start
                    var e = end
                    while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 || bytes[s] == 0x0D { s += 1 }
                    while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D { e -= 1 }
                    out.append(s..<e)
                }
            }
            start = end + 1
        }
        return out
    }

    /// Whether a line reads like a headline: at most 25 words and no final full stop.
    static func looksLikeTitle(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return words.count <= 25 && !line.hasSuffix(".")
    }

    /// Whether a single line is boilerplate (see the type's documentation).
    static func isBoilerplate(_ line: String, lower: String) -> Bool {
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if line.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == " " }) { return true }
        if isUUID(line) { return true }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let bullet = ["-", "*", "\u{2022}", "\u{00B7}"].contains(where: { line.hasPrefix($0) })
        let hasSentencePunctuation = line.contains(where: { ".!?:".contains($0) })
        if bullet && words.count <= 4 && !hasSentencePunctuation { return true }
        if words.count <= 4 && !hasSentencePunctuation && !line.hasPrefix("#") { return true }
        return false
    }

    static func isUUID(_ line: String) -> Bool {
        let parts = line.split(separator: "-")
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
