import Dispatch
import Foundation
import RelGraph

/// Ctrl-C (SIGINT) and SIGTERM: the temporary file of a write in progress is removed, the previous output
/// stays as it was, and relgraph exits with the shell's code for the signal (130 for SIGINT, 143 for SIGTERM).
///
/// The signals are delivered through dispatch sources, so the handler runs on an ordinary thread and may
/// take the lock ``AtomicFile/abandonAll()`` needs (a C signal handler may not).
enum Interrupt {
    private nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers; call once, before the command runs.
    static func install() {
        let queue = DispatchQueue(label: "relgraph.interrupt")
        for signal in [SIGINT, SIGTERM] {
            // Ignoring the default action first: the dispatch source then sees the signal instead of the
            // process dying with a half-written temporary file.
            Foundation.signal(signal, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
            source.setEventHandler {
                let removed = AtomicFile.abandonAll()
                let name = signal == SIGINT ? "interrupted" : "terminated"
                let note = removed.isEmpty ? "" : " (removed \(removed.joined(separator: ", ")))"
                Terminal.error("relgraph: \(name); no file was left half-written\(note).")
                Terminal.flush()
                _exit(128 + signal)
            }
            source.resume()
            sources.append(source)
        }
    }
}
