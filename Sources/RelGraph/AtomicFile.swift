import Foundation
import Synchronization

/// Writes files atomically: the bytes go to a temporary file in the destination's folder, are flushed to
/// disk, and the temporary file is renamed over the destination. A failure at any point leaves the previous
/// file untouched and removes the temporary one.
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

    /// Writes `data` to `path` atomically.
    /// - Throws: ``GraphError/cannotWrite(path:reason:)`` with the system's reason.
    public static func write(_ data: Data, to path: String) throws(GraphError) {
        try write(to: path) { (sink: (Data) throws(GraphError) -> Void) throws(GraphError) in try sink(data) }
    }

    /// Writes the pieces `produce` gives its sink to `path` atomically, without holding the whole file in memory.
    /// - Throws: ``GraphError/cannotWrite(path:reason:)`` with the system's reason.
    public static func write(
        to path: String, _ produce: (_ sink: (Data) throws(GraphError) -> Void) throws(GraphError) -> Void
    ) throws(GraphError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
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
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
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
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        // The rename happens under the lock, so an interruption sees either the temporary file (and removes
        // it) or the finished destination, never a half-done step.
        pending.withLock { p in
            if failure == nil {
                if p.abandoned {
                    failure = "relgraph is being interrupted"
                } else if rename(temp, path) != 0 {
                    failure = String(cString: strerror(errno))
                }
            }
            if failure != nil { unlink(temp) }
            p.paths.remove(temp)
        }
        if let failure { throw .cannotWrite(path: path, reason: failure) }
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
