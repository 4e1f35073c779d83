import Crypto
import Foundation

/// Content hashes for document identity.
public enum ContentHash {
    /// SHA-256 of `text` in UTF-8, as 64 lowercase hex digits.
    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A document id: the first 16 hex digits of the SHA-256.
    public static func documentID(_ text: String) -> String { String(sha256(text).prefix(16)) }
}
