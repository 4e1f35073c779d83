import RelGraph

/// The legend drawn inside the picture: an HTML-like table used as the graph's label (bottom left), listing
/// only the styles the picture uses. Its text is fixed by relgraph (no user text), so it needs no escaping
/// beyond what is written here.
enum Legend {
    static func html(for view: ViewGraph, options: DrawingOptions, edgeLabels: Bool) -> String {
        var rows: [String] = []
        func row(_ sample: String, _ text: String) {
            rows.append("<tr><td align=\"left\">\(sample)</td><td align=\"left\">\(text)</td></tr>")
        }
        func heading(_ text: String) {
            rows.append("<tr><td align=\"left\" colspan=\"2\"><b>\(text)</b></td></tr>")
        }
        let relationCount = view.edges.reduce(0) { $0 + $1.relations.count }
        rows.append(
            "<tr><td align=\"left\" colspan=\"2\"><font point-size=\"15\"><b>relgraph</b></font> · "
                + "\(view.actors.count) actors · \(relationCount) relations</td></tr>")

        let kinds = Set(view.actors.map(\.actor.kind)).sorted { order($0) < order($1) }
        heading(options.colorBy == .kind ? "Actor: shape and colour = kind" : "Actor: shape = kind")
        for kind in kinds {
            let fill = options.colorBy == .kind ? RenderStyle.fill(of: kind) : "#ffffff"
            row(
                "<table border=\"1\" cellborder=\"0\" cellpadding=\"1\" color=\"#404040\"><tr><td bgcolor=\"\(fill)\">"
                    + "&#160;\(RenderStyle.shape(of: kind))&#160;</td></tr></table>", RenderStyle.name(of: kind))
        }
        if options.colorBy == .community {
            let count = Set(view.actors.compactMap(\.community)).count
            let shown = min(count, RenderStyle.communityFills.count)
            let swatches = (0..<shown).map {
                "<td bgcolor=\"\(RenderStyle.fill(ofCommunity: $0))\">&#160;\($0 + 1)&#160;</td>"
            }.joined()
            heading("Colour = community (\(count), largest first)")
            rows.append(
                "<tr><td align=\"left\" colspan=\"2\"><table border=\"0\" cellspacing=\"2\"><tr>\(swatches)</tr>"
                    + "</table></td></tr>")
        }
        heading("Size = \(view.measure) centrality" + (view.centre == nil ? "" : "; thick border = focus"))

        let tones = Set(view.edges.map(\.tone))
        if !tones.isEmpty {
            heading("Relation: colour = polarity, width = weight")
            for tone in EdgeTone.allCases where tones.contains(tone) {
                let line = tone == .negated ? "• • • •" : "━━━━"
                row(
                    "<font color=\"\(RenderStyle.color(of: tone))\">\(line)</font>",
                    description(of: tone, edgeLabels: edgeLabels))
            }
            if view.edges.contains(where: { $0.tone != .negated && $0.modality == .speculative }) {
                row("<font color=\"#636363\">╍ ╍ ╍ ╍</font>", "speculative only (dashed)")
            }
            if view.edges.contains(where: { $0.direction != .none }) {
                row("<font color=\"#636363\">━━━▶</font>", "directed: source acts on target")
            }
            if edgeLabels && view.edges.contains(where: { !$0.label.isEmpty }) {
                rows.append(note("line label = relation types"))
            }
        }
        if options.format == .svg { rows.append(note("hover an actor or a line for its strongest evidence")) }
        return "<<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">"
            + rows.joined() + "</table>>"
    }

    private static func note(_ text: String) -> String {
        "<tr><td align=\"left\" colspan=\"2\"><font point-size=\"11\" color=\"#555555\">\(text)</font></td></tr>"
    }

    private static func description(of tone: EdgeTone, edgeLabels: Bool) -> String {
        switch tone {
        case .cooperative: "cooperative"
        case .conflictual: "conflictual"
        case .neutral: "neutral"
        case .mixed: "mixed (cooperative and conflictual)"
        case .coMention: "co-mention only (same sentence)"
        case .negated: edgeLabels ? "denied by the text (label 'not …')" : "denied by the text"
        }
    }

    private static func order(_ kind: ActorKind) -> Int { ActorKind.allCases.firstIndex(of: kind) ?? 0 }
}
