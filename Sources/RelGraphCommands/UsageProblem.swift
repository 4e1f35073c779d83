import Foundation
import RelGraph
import RelGraphAnalysis
import RelGraphRender

/// Which library errors are the user's words being wrong (exit 2) rather than the world failing (exit 1).
enum UsageProblem {
    static func isUsage(_ error: any Error) -> Bool {
        switch error {
        case GraphError.unknownActor: true
        case AnalysisError.optionNeedsGraphFile, AnalysisError.invalidParameter: true
        case RenderError.unknownLayout, RenderError.unknownFormat, RenderError.unknownMeasure,
            RenderError.unknownRelationType, RenderError.unknownColorBy, RenderError.measureUnavailable,
            RenderError.communitiesUnavailable, RenderError.clustersNeedDotOrFdp, RenderError.invalidLink,
            RenderError.invalidDPI:
            true
        default: false
        }
    }
}
