import Foundation
import Synchronization

/// Writes files atomically: the bytes go to a temporary file in the destination's folder, are flushed to
/// disk (unless the ``Durability`` says otherwise), and the temporary file is renamed over the destination. A
/// failure at any point leaves the previous file untouched and removes the temporary one.
///
/// The temporary files being written are registered, so an interrupted process can remove them with
/// ``abandonAll()`` before it exits: a Ctrl-C during a write leaves the previous file and no partial one.
public enum AtomicFile {
    private struct Pending: ~Copyable {
        var paths: Set<String> = []
        /// Set by ``abandonAll()``: no write may be renamed into place any more.
        var abandoned = false
    }

    private static let pending = Mutex(Pending())

    /// Whether a write waits for the disk before the rename. Either way, a reader, another process and any
    /// failure of relgraph (an error, Ctrl-C, a full disk) see the previous file or the whole new one.
    public enum Durability: Sendable {
        /// Flushed to disk (`fsync`) before the rename, so that a power failure or a kernel crash right after also
        /// leaves the previous file or the whole new one. For graph files: the result of a build can be hours of
        /// extraction.
        case flushed
        /// Renamed without waiting for the disk (~1 ms for a small file here). For files one command makes again
        /// from a graph file (pictures, exports), which the `dot` program writes the same way; only a power failure
        /// within the kernel's write-back delay can leave such a file short.
        ///
        /// An existing regular file is replaced by exchanging the two names (`renameat2` with `RENAME_EXCHANGE`)
        /// and then removing the temporary name, which holds the old file by then. A plain rename over a file
        /// makes ext4 allocate and start writing the new file's blocks inside the rename (`auto_da_alloc`, its
        /// guard for programs that never flush): 0.5–4 ms for a 200 KB picture here, against 0.3 ms for the
        /// exchange, write included. Where the system cannot exchange, the plain rename is used.
        case renamed
    }

    /// Writes `data` to `path` atomically.
    /// - Throws: ``GraphError/cannotWrite(path:reason:)`` with the system's reason.
    public static func write(_ data: Data, to path: String, durability: Durability = .flushed) throws(GraphError) {
        try write(to: path, durability: durability) {
            (sink: (Data) throws(GraphError) -> Void) throws(GraphError) in try sink(data)
        }
    }

    /// Writes the pieces `produce` gives its sink to `path` atomically, without holding the whole file in memory.
    /// - Throws: ``GraphError/cannotWrite(path:reason:)`` with the system's reason.
    public static func write(
        to path: String, durability: Durability = .flushed,
        _ produce: (_ sink: (Data) throws(GraphError) -> Void) throws(GraphError) -> Void
    ) throws(GraphError) {
        let (folder, name) = folderAndName(of: path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) else {
            throw .cannotWrite(path: path, reason: "the folder \(folder) does not exist")
        }
        guard isDir.boolValue else {
            throw .cannotWrite(path: path, reason: "\(folder) is a file, not a folder")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw .cannotWrite(path: path, reason: "it is a folder; give a file name")
        }
        let temp = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let opened: Result<Int32, GraphError> = pending.withLock { p in
            guard !p.abandoned else {
                return .failure(.cannotWrite(path: path, reason: "relgraph is being interrupted"))
            }
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return .failure(.cannotWrite(path: path, reason: String(cString: strerror(errno)))) }
            p.paths.insert(temp)
            return .success(fd)
        }
        let fd = try opened.get()
        func sink(_ data: Data) throws(GraphError) {
            var failure: String?
            data.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count, let base = raw.baseAddress {
                    let n = Foundation.write(fd, base + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = String(cString: strerror(errno))
                        return
                    }
                    offset += n
                }
            }
            if let failure { throw .cannotWrite(path: path, reason: failure) }
        }
        var failure: String?
        do {
            try produce(sink)
        } catch {
            if case .cannotWrite(_, let reason) = error {
                failure = reason
            } else {
                failure = error.localizedDescription
            }
        }
        if failure == nil, durability == .flushed, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        // The rename happens under the lock, so an interruption sees either the temporary file (and removes
        // it) or the finished destination, never a half-done step.
        pending.withLock { p in
            if failure == nil {
                if p.abandoned {
                    failure = "relgraph is being interrupted"
                } else if durability == .renamed, exchange(temp, path) {
                    // `temp` holds the previous file now.
                    if unlink(temp) != 0, errno == EISDIR {
                        // A folder took the file's place since the check above: put it back.
                        _ = exchange(temp, path)
                        failure = "it is a folder; give a file name"
                    }
                } else if rename(temp, path) != 0 {
                    failure = String(cString: strerror(errno))
                }
            }
            if failure != nil { unlink(temp) }
            p.paths.remove(temp)
        }
        if let failure { throw .cannotWrite(path: path, reason: failure) }
    }

    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, which Swift's Glibc module does not declare (it is behind `_GNU_SOURCE`).
    private static let renameAt2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }

    /// Exchanges the names `a` and `b` atomically if `b` is a regular file and the file system can (Linux 3.15,
    /// ext4, XFS, Btrfs, tmpfs …). Returns false, having changed nothing, otherwise.
    static func exchange(_ a: String, _ b: String) -> Bool {
        var info = stat()
        guard let renameAt2, lstat(b, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        return renameAt2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }

    /// The absolute folder of `path` and its last component, as `URL(fileURLWithPath:)` gives them
    /// (`deletingLastPathComponent().path`, `lastPathComponent`).
    ///
    /// A plain path (printable ASCII other than `%` and `~`, no empty, `.` or `..` component, no trailing `/`) is
    /// split here, a relative one joined to the working folder: a first `URL` costs ~0.7 million instructions, as
    /// much as a tenth of a small picture's own work. Any other path goes through `URL`.
    static func folderAndName(of path: String) -> (folder: String, name: String) {
        if let split = plainFolderAndName(of: path) { return split }
        let url = URL(fileURLWithPath: path)
        return (url.deletingLastPathComponent().path, url.lastPathComponent)
    }

    private static func plainFolderAndName(of path: String) -> (folder: String, name: String)? {
        let bytes = Array(path.utf8)
        guard let last = bytes.last, last != UInt8(ascii: "/") else { return nil }
        var start = 0  // of the current component
        var lastSlash: Int?
        for (i, b) in bytes.enumerated() {
            guard b > 0x20, b < 0x7F, b != UInt8(ascii: "%"), b != UInt8(ascii: "~") else { return nil }
            guard b == UInt8(ascii: "/") else { continue }
            if i > 0 {
                let component = bytes[start..<i]
                guard !component.isEmpty, !component.allSatisfy({ $0 == UInt8(ascii: ".") }) || component.count > 2
                else { return nil }
            }
            lastSlash = i
            start = i + 1
        }
        let name = bytes[start...]
        guard !name.allSatisfy({ $0 == UInt8(ascii: ".") }) || name.count > 2 else { return nil }
        let nameText = String(decoding: name, as: UTF8.self)
        if bytes[0] == UInt8(ascii: "/") {
            let folder = lastSlash == 0 ? "/" : String(decoding: bytes[..<lastSlash!], as: UTF8.self)
            return (folder, nameText)
        }
        guard let cwd = workingFolder() else { return nil }
        guard let lastSlash else { return (cwd, nameText) }
        return ((cwd == "/" ? "" : cwd) + "/" + String(decoding: bytes[..<lastSlash], as: UTF8.self), nameText)
    }

    /// The working folder when it is itself a plain absolute path, else nil.
    private static func workingFolder() -> String? {
        guard let buffer = getcwd(nil, 0) else { return nil }
        defer { free(buffer) }
        let cwd = String(cString: buffer)
        guard cwd.hasPrefix("/"), cwd == "/" || plainFolderAndName(of: cwd) != nil else { return nil }
        return cwd
    }

    /// Removes every temporary file still being written and makes later writes fail, so a process that is
    /// about to exit on a signal leaves each destination as it was. Safe to call from any thread, not from a
    /// signal handler (it takes a lock).
    /// - Returns: The temporary files removed.
    @discardableResult
    public static func abandonAll() -> [String] {
        pending.withLock { p in
            p.abandoned = true
            let removed = p.paths.sorted()
            for temp in removed { unlink(temp) }
            p.paths = []
            return removed
        }
    }
}
