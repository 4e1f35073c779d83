import Crypto
import Foundation

/// Content hashes for document identity.
public enum ContentHash {
    /// SHA-256 of `text` in UTF-8, as 64 lowercase hex digits.
    public static func sha256(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        // The UTF-8 bytes in place (through `Data`, they were copied first).
        let digest =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                var hasher = SHA256()
                hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
                return hasher.finalize()
            } ?? SHA256.hash(data: Data(text.utf8))
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// A document id: the first 16 hex digits of the SHA-256.
    public static func documentID(_ text: String) -> String { String(sha256(text).prefix(16)) }

    /// The document id and the SHA-256 of `text`, hashing it once.
    public static func identity(_ text: String) -> (id: String, sha256: String) {
        let hash = sha256(text)
        return (String(hash.prefix(16)), hash)
    }
}
