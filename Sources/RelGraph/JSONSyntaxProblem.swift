import Foundation

/// Where a JSON text stops being JSON (RFC 8259), said the way a user can find it: the JSON path of the
/// value being read (`$.relations[3].evidence[0].text`), the line and column, and what was wrong. Foundation's
/// decoder only says that the data is corrupted; this is run after it fails, to say where. Like that decoder,
/// it accepts a comma before a closing bracket.
public struct JSONSyntaxProblem: Sendable, Hashable {
    /// The path of the value being read when the text broke off (`$` at the top).
    public var jsonPath: String
    /// 1-based line and column (in bytes) of the offending byte, or of the end of the file.
    public var line: Int
    public var column: Int
    public var reason: String

    /// Scans `data` as JSON.
    ///
    /// An explicit stack of open containers (no recursion, so deep nesting cannot overflow the stack) tracks
    /// the object key or array index being read.
    /// - Returns: The first problem, or nil when `data` is well-formed JSON.
    /// - Complexity: O(n) time in the byte count; O(d) space in the nesting depth.
    public static func find(in data: Data) -> JSONSyntaxProblem? {
        data.withUnsafeBytes { raw in
            var scanner = Scanner(bytes: raw)
            guard let (offset, reason) = scanner.run() else { return nil }
            var line = 1
            var lineStart = 0
            for k in 0..<min(offset, raw.count) where raw[k] == 0x0A {
                line += 1
                lineStart = k + 1
            }
            return JSONSyntaxProblem(
                jsonPath: scanner.path(), line: line, column: offset - lineStart + 1, reason: reason)
        }
    }

    private struct Scanner {
        enum Frame {
            case object(key: String?)
            case array(index: Int)
        }

        let bytes: UnsafeRawBufferPointer
        var i = 0
        var stack: [Frame] = []

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        func path() -> String {
            stack.reduce("$") { p, frame in
                switch frame {
                case .object(let key?): p + Self.member(key)
                case .object(nil): p
                case .array(let index): p + "[\(index)]"
                }
            }
        }

        /// `.key`, or `["key"]` when the key is not a plain identifier.
        private static func member(_ key: String) -> String {
            let plain =
                !key.isEmpty
                && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_") }
            return plain ? "." + key : "[\"" + key.replacingOccurrences(of: "\"", with: "\\\"") + "\"]"
        }

        var atEnd: Bool { i >= bytes.count }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        func describeHere() -> String {
            guard !atEnd else { return "the file ends here (cut short?)" }
            let b = bytes[i]
            return b >= 0x21 && b < 0x7F ? "unexpected '\(Character(Unicode.Scalar(b)))'" : "unexpected byte \(b)"
        }

        /// The offset and reason of the first problem, or nil.
        mutating func run() -> (Int, String)? {
            var expectingValue = true
            while true {
                if expectingValue {
                    skipSpace()
                    guard !atEnd else { return (i, "the file ends where a value should be (cut short?)") }
                    switch bytes[i] {
                    case UInt8(ascii: "{"):
                        i += 1
                        stack.append(.object(key: nil))
                        skipSpace()
                        if !atEnd && bytes[i] == UInt8(ascii: "}") {
                            i += 1
                            stack.removeLast()
                            expectingValue = false
                        } else if let problem = key() {
                            return problem
                        }
                    case UInt8(ascii: "["):
                        i += 1
                        stack.append(.array(index: 0))
                        skipSpace()
                        if !atEnd && bytes[i] == UInt8(ascii: "]") {
                            i += 1
                            stack.removeLast()
                            expectingValue = false
                        }
                    default:
                        if let problem = scalar() { return problem }
                        expectingValue = false
                    }
                    continue
                }
                skipSpace()
                guard let top = stack.last else {
                    return atEnd ? nil : (i, "\(describeHere()) after the end of the JSON value")
                }
                guard !atEnd else { return (i, "the file ends here (cut short?)") }
                let b = bytes[i]
                i += 1
                switch top {
                case .array(let index):
                    if b == UInt8(ascii: ",") {
                        stack[stack.count - 1] = .array(index: index + 1)
                        expectingValue = !closesAfterTrailingComma(UInt8(ascii: "]"))
                    } else if b == UInt8(ascii: "]") {
                        stack.removeLast()
                    } else {
                        i -= 1
                        return (i, "\(describeHere()): expected ',' or ']'")
                    }
                case .object:
                    if b == UInt8(ascii: ",") {
                        if !closesAfterTrailingComma(UInt8(ascii: "}")) {
                            if let problem = key() { return problem }
                            expectingValue = true
                        }
                    } else if b == UInt8(ascii: "}") {
                        stack.removeLast()
                    } else {
                        i -= 1
                        return (i, "\(describeHere()): expected ',' or '}'")
                    }
                }
            }
        }

        /// Foundation's decoder accepts a comma before `]` or `}`, so a problem is not reported there: when
        /// `close` follows, the container is closed and true returned.
        private mutating func closesAfterTrailingComma(_ close: UInt8) -> Bool {
            skipSpace()
            guard !atEnd && bytes[i] == close else { return false }
            i += 1
            stack.removeLast()
            return true
        }

        /// Reads a string, number or literal.
        private mutating func scalar() -> (Int, String)? {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                if case .failure(let problem) = string() { return problem }
                return nil
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return (i, "\(describeHere()): expected a value")
            }
        }

        /// Reads `"key" :` and records the key on the open object.
        private mutating func key() -> (Int, String)? {
            skipSpace()
            guard !atEnd else { return (i, "the file ends where a key should be (cut short?)") }
            guard bytes[i] == UInt8(ascii: "\"") else { return (i, "\(describeHere()): expected a quoted key") }
            switch string() {
            case .failure(let problem): return problem
            case .success(let key):
                stack[stack.count - 1] = .object(key: key)
                skipSpace()
                guard !atEnd else { return (i, "the file ends after the key (cut short?)") }
                guard bytes[i] == UInt8(ascii: ":") else { return (i, "\(describeHere()): expected ':'") }
                i += 1
                return nil
            }
        }

        private enum StringResult {
            case success(String)
            case failure((Int, String))
        }

        private mutating func string() -> StringResult {
            let start = i
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return .success(
                        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start + 1..<i - 1]), as: UTF8.self))
                }
                if b < 0x20 { return .failure((i, "a raw control character (byte \(b)) inside a string")) }
                if b == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { break }
                    if bytes[i] == UInt8(ascii: "u") {
                        let hex = (1...4).allSatisfy { i + $0 < bytes.count && Self.isHex(bytes[i + $0]) }
                        guard hex else { return .failure((i - 1, "a bad \\u escape inside a string")) }
                        i += 4
                    } else if !Array("\"\\/bfnrt".utf8).contains(bytes[i]) {
                        return .failure((i - 1, "a bad escape inside a string"))
                    }
                }
                i += 1
            }
            return .failure((bytes.count, "the file ends inside a string (cut short?)"))
        }

        private static func isHex(_ b: UInt8) -> Bool {
            (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
        }

        private mutating func literal(_ word: String) -> (Int, String)? {
            for expected in word.utf8 {
                guard i < bytes.count else { return (i, "the file ends inside '\(word)' (cut short?)") }
                guard bytes[i] == expected else { return (i, "\(describeHere()): expected '\(word)'") }
                i += 1
            }
            return nil
        }

        private mutating func number() -> (Int, String)? {
            func digits() -> Int {
                let s = i
                while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
                return i - s
            }
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            let intStart = i
            guard digits() > 0 else { return (i, "\(describeHere()): expected a digit") }
            if bytes[intStart] == UInt8(ascii: "0") && i - intStart > 1 {
                return (intStart, "a number with a leading 0")
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digits() > 0 else { return (i, "\(describeHere()): expected a digit after '.'") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { return (i, "\(describeHere()): expected a digit in the exponent") }
            }
            return nil
        }
    }
}
