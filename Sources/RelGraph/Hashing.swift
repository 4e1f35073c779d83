import Crypto
import Foundation

/// Content hashes for document identity.
public enum ContentHash {
    /// SHA-256 of `text` in UTF-8, as 64 lowercase hex digits.
    public static func sha256(_ text: String) -> String { hex(digest(text), digits: 64) }

    /// A document id: the first 16 hex digits of the SHA-256.
    public static func documentID(_ text: String) -> String { hex(digest(text), digits: 16) }

    /// The document id and the SHA-256 of `text`, hashing it once. Both are written from the digest's bytes
    /// (the id cut from the 64 digits went through `Substring`, and the digits through an array, a few thousand
    /// instructions a document).
    public static func identity(_ text: String) -> (id: String, sha256: String) {
        let digest = digest(text)
        return (hex(digest, digits: 16), hex(digest, digits: 64))
    }

    private static func digest(_ text: String) -> SHA256.Digest {
        // The UTF-8 bytes in place (through `Data`, they were copied first).
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var hasher = SHA256()
            hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
            return hasher.finalize()
        } ?? SHA256.hash(data: Data(text.utf8))
    }

    /// The first `digits` (even, at most 64) lowercase hex digits of `digest`.
    private static func hex(_ digest: SHA256.Digest, digits: Int) -> String {
        digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: digits) { out in
                let hexDigits: StaticString = "0123456789abcdef"
                let table = hexDigits.utf8Start
                for k in 0..<(digits / 2) {
                    out[2 * k] = table[Int(bytes[k] >> 4)]
                    out[2 * k + 1] = table[Int(bytes[k] & 0x0F)]
                }
                return digits
            }
        }
    }
}
