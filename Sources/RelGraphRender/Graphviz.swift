import CGraphviz
import Dispatch
import Foundation
import Synchronization

/// The process's one Graphviz context. Graphviz is not thread-safe (not even with a context per thread), so
/// every libgvc/cgraph call goes through ``Graphviz/shared``'s lock, and one context is reused for every
/// render. Graphviz's messages are captured by an error callback instead of being printed: failures surface
/// as ``RenderError``s, warnings in ``Rendered/warnings``.
public final class Graphviz: Sendable {
    private struct State: ~Copyable {
        var context: OpaquePointer?
    }

    private let state: Mutex<State>

    /// The shared instance; its context is created on first use.
    public static let shared = Graphviz()

    /// Where ``render(dot:layout:format:)`` runs for async callers: a layout can take seconds, which must not
    /// block a thread of Swift's cooperative pool.
    private static let queue = DispatchQueue(label: "relgraph.graphviz", qos: .userInitiated)

    private init() {
        state = Mutex(State(context: nil))
    }

    deinit {
        state.withLock { s in
            if let c = s.context { gvFreeContext(c) }
            s.context = nil
        }
    }

    /// Lays out DOT text with the engine `layout` and renders it as `format` (Graphviz `-T` names).
    ///
    /// Blocks the calling thread for the whole layout; from async code use ``renderDetached(dot:layout:format:)``.
    /// Every Graphviz object is freed before returning: render data, then layout, then graph.
    /// - Returns: The rendered bytes and the warnings Graphviz wrote.
    /// - Throws: ``RenderError/graphvizRejected(message:)``, ``RenderError/layoutUnavailable(engine:available:)``,
    ///   ``RenderError/layoutFailed(engine:message:)``, ``RenderError/rendererUnavailable(format:available:)``,
    ///   ``RenderError/renderFailed(format:message:)``, ``RenderError/contextUnavailable``.
    public func render(dot: String, layout: String, format: String) throws(RenderError) -> Rendered {
        let result: Result<Rendered, RenderError> = state.withLock { s in
            if s.context == nil {
                // The context must exist before the first agopen/agmemread (else default labels are empty).
                _ = agseterrf(graphvizErrorSink)
                s.context = gvContext()
            }
            guard let gvc = s.context else { return .failure(.contextUnavailable) }
            ErrorSink.reset()
            guard let graph = agmemread(dot) else {
                return .failure(.graphvizRejected(message: ErrorSink.take().errors ?? "syntax error"))
            }
            defer { agclose(graph) }
            guard gvLayout(gvc, graph, layout) == 0 else {
                let message = ErrorSink.take().errors ?? "unknown error"
                if let available = Self.notRecognized(message) {
                    return .failure(.layoutUnavailable(engine: layout, available: available))
                }
                return .failure(.layoutFailed(engine: layout, message: message))
            }
            defer { gvFreeLayout(gvc, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, graph, format, &buffer, &length) == 0, let buffer else {
                let message = ErrorSink.take().errors ?? "unknown error"
                let devices = Self.plugins(gvc, kind: "device")
                if Self.notRecognized(message) != nil || !devices.contains(format.split(separator: ":")[0].lowercased())
                {
                    return .failure(.rendererUnavailable(format: format, available: devices.joined(separator: " ")))
                }
                return .failure(.renderFailed(format: format, message: message))
            }
            defer { gvFreeRenderData(buffer) }
            let data = Data(bytes: buffer, count: Int(length))
            return .success(Rendered(data: data, warnings: ErrorSink.take().warnings))
        }
        return try result.get()
    }

    /// ``render(dot:layout:format:)`` on Graphviz's own serial queue, off the cooperative thread pool.
    public func renderDetached(dot: String, layout: String, format: String) async throws(RenderError) -> Rendered {
        let result = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<Rendered, RenderError>, Never>) in
            Self.queue.async {
                do throws(RenderError) {
                    continuation.resume(returning: .success(try self.render(dot: dot, layout: layout, format: format)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }

    /// The names of the plugins of `kind` (`layout`, `device`, ...) the context has loaded, sorted.
    /// Must be called with the lock held.
    private static func plugins(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(gvc, $0, &count, nil) }) else { return [] }
        defer { free(list) }
        var names: [String] = []
        for i in 0..<Int(max(count, 0)) {
            guard let name = list[i] else { continue }
            names.append(String(cString: name))
            free(name)
        }
        return Array(Set(names)).sorted()
    }

    /// For Graphviz's `... not recognized. Use one of: a b c` message, the list (possibly empty); else nil.
    static func notRecognized(_ message: String) -> String? {
        guard message.contains("not recognized") else { return nil }
        guard let range = message.range(of: "Use one of:") else { return "" }
        return message[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// What Graphviz produced: the bytes, and the warnings it wrote while doing so.
public struct Rendered: Sendable, Hashable {
    public var data: Data
    public var warnings: [String]
}

/// Accumulates Graphviz's messages (delivered in pieces, only while ``Graphviz``'s lock is held).
enum ErrorSink {
    private static let buffer = Mutex("")

    static func reset() { buffer.withLock { $0 = "" } }

    static func append(_ s: String) { buffer.withLock { $0 += s } }

    struct Messages {
        /// Error lines joined with `; `, or nil if none.
        var errors: String?
        var warnings: [String]
    }

    /// The messages so far, split into errors and warnings; the buffer is emptied.
    static func take() -> Messages {
        let text = buffer.withLock { b in
            defer { b = "" }
            return b
        }
        var errors: [String] = []
        var warnings: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty else { continue }
            if t.hasPrefix("Warning:") {
                warnings.append(String(t.dropFirst("Warning:".count)).trimmingCharacters(in: .whitespaces))
            } else if t.hasPrefix("Error:") {
                errors.append(String(t.dropFirst("Error:".count)).trimmingCharacters(in: .whitespaces))
            } else {
                errors.append(t)
            }
        }
        return Messages(errors: errors.isEmpty ? nil : errors.joined(separator: "; "), warnings: warnings)
    }
}

private func graphvizErrorSink(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { ErrorSink.append(String(cString: message)) }
    return 0
}
