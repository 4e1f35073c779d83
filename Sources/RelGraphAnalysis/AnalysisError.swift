import Foundation

/// Errors of the analysis module, each saying what to change.
public enum AnalysisError: Error, Equatable, Sendable, LocalizedError {
    /// An edge list line has a weight the analysis cannot use as a tie strength.
    case nonPositiveWeight(path: String, line: Int, weight: Double)
    /// Polarity or dates were asked of an edge list, which has neither.
    case optionNeedsGraphFile(option: String)
    /// An algorithm parameter is out of range.
    case invalidParameter(name: String, value: String, expected: String)
}

extension AnalysisError {
    public var errorDescription: String? {
        switch self {
        case .nonPositiveWeight(let path, let line, let weight):
            "\(path), line \(line): weight \(weight) is not positive; tie strengths must be > 0 "
                + "(pass --unweighted to ignore weights, or use 'relgraph balance' for signed lists)."
        case .optionNeedsGraphFile(let option):
            "\(option) needs a relgraph graph file; an edge list has no polarity or dates."
        case .invalidParameter(let name, let value, let expected):
            "\(name) is \(value); it must be \(expected)."
        }
    }
}
