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
}
