import Foundation

/// Where the commands write: results to stdout, diagnostics to stderr; colour only on a terminal and never
/// when `NO_COLOR` is set (https://no-color.org).
enum Terminal {
    /// Writes a diagnostic line to stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    /// Writes a note (progress, warnings) to stderr unless quiet.
    static func note(_ message: String, quiet: Bool = false) {
        guard !quiet else { return }
        error(message)
    }

    static func flush() { fflush(nil) }

    /// Whether stdout may carry ANSI colour.
    static var colorEnabled: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map { $0.isEmpty } ?? true
            && isatty(STDOUT_FILENO) == 1
    }

    /// Whether stderr is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Prints `value` as pretty, key-sorted JSON on stdout.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A one-line progress counter on stderr, shown only when stderr is a terminal, there is more than one
    /// item and the user did not ask for quiet. Notes printed meanwhile go on their own lines.
    struct Progress {
        let total: Int
        let quiet: Bool
        private let live: Bool

        init(total: Int, quiet: Bool) {
            self.total = total
            self.quiet = quiet
            live = !quiet && total > 1 && Terminal.stderrIsTerminal
        }

        func show(_ done: Int, _ item: String) {
            guard live else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(done)/\(total)] \(item)".utf8))
        }

        func note(_ message: String) {
            guard !quiet else { return }
            if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            Terminal.error(message)
        }

        func finish() {
            if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
