import Testing

@testable import RelGraph

/// Document identity hashes the text's UTF-8 bytes in place; the digests must be SHA-256's (FIPS 180-4 test
/// vectors) for short, long, small-string and non-ASCII text.
struct ContentHashTests {
    @Test func digestsAreSHA256() {
        #expect(ContentHash.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            ContentHash.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            ContentHash.sha256(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // "é" in UTF-8 (C3 A9).
        #expect(ContentHash.sha256("é") == "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c")
        let identity = ContentHash.identity("Kim Jong-un met Putin.")
        #expect(identity.sha256 == ContentHash.sha256("Kim Jong-un met Putin."))
        #expect(identity.id == String(identity.sha256.prefix(16)))
        #expect(ContentHash.documentID("é") == "4a99557e4033c353")
    }
}
