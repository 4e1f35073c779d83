import Foundation
import RelGraph

/// relgraph's visual vocabulary: every visual channel carries one meaning, and the legend explains each.
///
/// - Actor shape and fill: kind (person ellipse, state box, organisation hexagon, military unit octagon, media
///   note); with `--color-by community` the fill shows the community and the shape still shows the kind.
/// - Actor size (label font and border): centrality, square-root scaled so area follows the score.
/// - Edge colour: polarity (cooperative green, conflictual red, neutral grey, mixed purple); co-mentions pale grey.
/// - Edge width: weight, log-scaled and clamped to 0.8...6 points.
/// - Edge line: solid for asserted or reported, dashed when the best evidence is speculative, dotted grey with a
///   `not` label when every evidence denies the relation. Arrowheads only on directed relations.
///
/// Fills are light (ColorBrewer Pastel/Set3) so black labels stay readable; edge colours are ColorBrewer
/// RdYlGn/PRGn ends, distinguishable by the common colour-vision deficiencies when combined with the line style.
public enum RenderStyle {
    public static let fontName = "Helvetica,Arial,sans-serif"

    /// Graphviz node shape of a kind.
    public static func shape(of kind: ActorKind) -> String {
        switch kind {
        case .person: "ellipse"
        case .state: "box"
        case .organization: "hexagon"
        case .militaryUnit: "octagon"
        case .media: "note"
        case .place, .event, .weapon: "plaintext"
        }
    }

    /// Fill colour of a kind.
    public static func fill(of kind: ActorKind) -> String {
        switch kind {
        case .person: "#fdd49e"
        case .state: "#a6cee3"
        case .organization: "#b2df8a"
        case .militaryUnit: "#fb9a99"
        case .media: "#cab2d6"
        case .place, .event, .weapon: "#eeeeee"
        }
    }

    /// Human name of a kind for the legend.
    public static func name(of kind: ActorKind) -> String {
        switch kind {
        case .militaryUnit: "military unit"
        case .organization: "organisation"
        default: kind.rawValue
        }
    }

    /// ColorBrewer Set3 (12 classes), one per community; communities beyond it share ``otherCommunityFill``.
    public static let communityFills = [
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9",
        "#bc80bd", "#ccebc5", "#ffed6f",
    ]
    public static let otherCommunityFill = "#f5f5f5"

    /// Fill of community `index` (0 = largest).
    public static func fill(ofCommunity index: Int) -> String {
        index < communityFills.count ? communityFills[index] : otherCommunityFill
    }

    /// Line colour of an edge tone.
    public static func color(of tone: EdgeTone) -> String {
        switch tone {
        case .cooperative: "#1a9850"
        case .conflictual: "#d73027"
        case .neutral: "#636363"
        case .mixed: "#7b3294"
        case .coMention: "#b8b8b8"
        case .negated: "#969696"
        }
    }

    /// Graphviz `style` of an edge: dotted when denied, dashed when at best speculative, else solid.
    public static func lineStyle(tone: EdgeTone, modality: Modality) -> String {
        if tone == .negated { return "dotted" }
        return modality == .speculative ? "dashed" : "solid"
    }

    /// Pen width of an edge of `weight`: `0.8 + 1.3·log2(1 + weight/0.2)`, clamped to 0.8...6.
    /// One asserted meeting (weight 0.38) draws 2.8 points; weight 2 draws 5.3.
    public static func penWidth(weight: Double) -> Double {
        min(6, max(0.8, 0.8 + 1.3 * log2(1 + max(weight, 0) / 0.2)))
    }

    /// Label font size of an actor whose score is `relative` (0...1) of the picture's largest: 11...22 points,
    /// square-root scaled.
    public static func fontSize(relativeScore relative: Double) -> Double {
        11 + 11 * max(0, min(1, relative)).squareRoot()
    }

    /// Border width of an actor: 1...3 points with its relative score; the focus actor gets 4.
    public static func borderWidth(relativeScore relative: Double, isCentre: Bool) -> Double {
        isCentre ? 4 : 1 + 2 * max(0, min(1, relative))
    }
}
