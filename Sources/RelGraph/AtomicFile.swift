import Foundation

/// Writes files atomically: the bytes go to a temporary file in the destination's folder, are flushed to
/// disk, and the temporary file is renamed over the destination. A failure at any point leaves the previous
/// file untouched and removes the temporary one.
public enum AtomicFile {
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
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw .cannotWrite(path: path, reason: "the folder \(folder) does not exist")
        }
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
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
            if case .cannotWrite(_, let reason) = error { failure = reason } else { failure = "\(error)" }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temp, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temp)
            throw .cannotWrite(path: path, reason: failure)
        }
    }
}
