import CGraphviz
import Foundation
import Synchronization

/// The process's one Graphviz context. Graphviz is not thread-safe (not even with a context per thread), so
/// every libgvc/cgraph call goes through ``Graphviz/shared``'s lock. Graphviz's messages are captured by an
/// error callback instead of being printed, and surface in ``RenderError``s.
public final class Graphviz: Sendable {
    private struct State: ~Copyable {
        var context: OpaquePointer?
    }

    private let state: Mutex<State>

    /// The shared instance; created on first use.
    public static let shared = Graphviz()

    private init() {
        state = Mutex(State(context: nil))
    }

    deinit {
        state.withLock { s in
            if let c = s.context { gvFreeContext(c) }
        }
    }

    /// Lays out DOT text with `layout` and renders it as `format` (a Graphviz `-T` name).
    /// - Returns: The rendered bytes.
    public func render(dot: String, layout: String, format: String) throws(RenderError) -> Data {
        let result: Result<Data, RenderError> = state.withLock { s in
            if s.context == nil {
                s.context = gvContext()
                _ = agseterrf(graphvizErrorSink)
            }
            guard let gvc = s.context else { return .failure(.contextUnavailable) }
            ErrorSink.reset()
            guard let graph = agmemread(dot) else {
                return .failure(.graphvizRejected(message: ErrorSink.take() ?? "syntax error"))
            }
            defer { agclose(graph) }
            guard gvLayout(gvc, graph, layout) == 0 else {
                return .failure(.layoutFailed(engine: layout, message: ErrorSink.take() ?? "unknown error"))
            }
            defer { gvFreeLayout(gvc, graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, graph, format, &buffer, &length) == 0, let buffer else {
                return .failure(.renderFailed(format: format, message: ErrorSink.take() ?? "unknown error"))
            }
            defer { gvFreeRenderData(buffer) }
            return .success(Data(bytes: buffer, count: Int(length)))
        }
        return try result.get()
    }
}

/// Accumulates Graphviz's error messages (delivered in pieces) while the lock is held.
enum ErrorSink {
    private static let buffer = Mutex("")

    static func reset() { buffer.withLock { $0 = "" } }

    static func append(_ s: String) { buffer.withLock { $0 += s } }

    /// The messages so far, trimmed, or nil if none.
    static func take() -> String? {
        buffer.withLock { b in
            let t = b.trimmingCharacters(in: .whitespacesAndNewlines)
            b = ""
            return t.isEmpty ? nil : t.replacingOccurrences(of: "\n", with: "; ")
        }
    }
}

private func graphvizErrorSink(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { ErrorSink.append(String(cString: message)) }
    return 0
}
