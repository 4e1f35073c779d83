import Foundation

/// A growable run of bytes written through a pointer: the graph-file writer's output.
///
/// `[UInt8].append` checks uniqueness and capacity and may call out of line for every byte; a graph file is
/// written a few bytes at a time (keys, indentation, digits, escaped runs), so those checks were a third of the
/// writer's time. Here a write reserves once and stores through the pointer.
///
/// - Complexity: appending n bytes is amortised O(n).
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `n` more bytes and returns where they go.
    @inline(__always)
    mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > capacity { grow(to: count + n) }
        return base + count
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends a literal. Inlined, so that the length is a constant where the literal is and the copy becomes a
    /// few moves instead of a call (the graph writer's keys and punctuation are literals).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        UnsafeMutableRawPointer(reserve(n)).copyMemory(from: text.utf8Start, byteCount: n)
        count += n
    }

    /// Appends the UTF-8 bytes of `text`. (Labelled, so that a literal argument takes the `StaticString`
    /// overload instead of becoming a `String`.)
    mutating func append(utf8Of text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `n` spaces (indentation).
    mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        reserve(n).update(repeating: 0x20, count: n)
        count += n
    }

    /// Marks `n` bytes written after ``reserve(_:)`` returned room for them.
    @inline(__always)
    mutating func advance(_ n: Int) { count += n }

    /// The bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    var data: Data { Data(bytes: base, count: count) }

    /// The bytes written so far as `Data` that takes over their storage (no copy: a graph file went out as
    /// 1 MB copies, 6 M instructions per 7 MB written), leaving this buffer empty with fresh storage of the same
    /// capacity.
    mutating func takeData() -> Data {
        let data = Data(
            bytesNoCopy: base, count: count,
            deallocator: .custom { p, _ in p.assumingMemoryBound(to: UInt8.self).deallocate() })
        base = .allocate(capacity: capacity)
        count = 0
        return data
    }

    var bytes: [UInt8] { withBytes { Array($0) } }

    /// Forgets the bytes written, keeping the storage.
    mutating func removeAll() { count = 0 }
}
