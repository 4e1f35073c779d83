import RelGraph
import RelGraphAnalysis
import RelGraphRender
import TestSupport
import Testing

struct RenderViewTests {
    let degree = DegreeScoring(weighted: false)

    func view(_ v: RenderView = RenderView(), _ graph: Graph = Fixtures.smallGraph()) throws -> ViewGraph {
        try v.apply(to: graph, scoring: degree, measure: "degree")
    }

    func edge(_ g: ViewGraph, _ a: String, _ b: String) -> ViewEdge? {
        g.edges.first { Set([$0.source, $0.target]) == Set([a, b]) }
    }

    @Test func coMentionsAreHiddenUnlessAsked() throws {
        #expect(edge(try view(), "russia", "ukraine") == nil)
        let shown = try #require(edge(try view(RenderView(includeCoMentions: true)), "russia", "ukraine"))
        #expect(shown.tone == .coMention)
        #expect(shown.label.isEmpty)
    }

    @Test func deniedRelationGetsItsOwnToneAndANotLabel() throws {
        let e = try #require(edge(try view(), "kim-jong-un", "russia"))
        #expect(e.tone == .negated)
        #expect(e.label == "not attend")
        #expect(e.modality == .negated)
        #expect(RenderStyle.lineStyle(tone: e.tone, modality: e.modality) == "dotted")
    }

    @Test func speculativeOnlyIsDashedAssertedIsSolid() throws {
        let g = try view()
        let putin = try #require(edge(g, "kim-jong-un", "vladimir-putin"))
        #expect(RenderStyle.lineStyle(tone: putin.tone, modality: putin.modality) == "dashed")
        let belousov = try #require(edge(g, "kim-jong-un", "andrei-belousov"))
        #expect(RenderStyle.lineStyle(tone: belousov.tone, modality: belousov.modality) == "solid")
        #expect(belousov.direction == .none)
        #expect(belousov.tone == .cooperative)
    }

    @Test func directedRelationKeepsItsDirection() throws {
        let e = try #require(edge(try view(), "storm-corps", "ukraine"))
        #expect((e.source, e.target) == ("storm-corps", "ukraine"))
        #expect(e.direction == .forward)
        #expect(e.tone == .conflictual)
    }

    @Test func parallelRelationsMergeUnlessMulti() throws {
        var g = Fixtures.smallGraph()
        let ev = Evidence(
            document: "d1", sentence: 9, start: 90, end: 99, text: "they fought", modality: .asserted, cue: "fought")
        g.relations.append(
            Relation(
                source: "andrei-belousov", target: "kim-jong-un", type: .criticize, directed: true,
                polarity: .conflictual, evidence: [ev]))
        g = g.canonicalized()
        let merged = try view(RenderView(), g)
        let e = try #require(edge(merged, "kim-jong-un", "andrei-belousov"))
        #expect(e.label == "criticize, meet")
        #expect(e.tone == .mixed)
        #expect(e.direction == .forward)
        #expect((e.source, e.target) == ("andrei-belousov", "kim-jong-un"))
        #expect(abs(e.weight - e.relations.reduce(0) { $0 + $1.weight }) < 1e-12)
        let multi = try view(RenderView(multi: true), g)
        #expect(multi.edges.filter { Set([$0.source, $0.target]) == ["kim-jong-un", "andrei-belousov"] }.count == 2)
    }

    @Test func focusKeepsTheEgoNetworkAndDeniedTiesDoNotReach() throws {
        let g = try view(RenderView(focus: "kim jong un", depth: 1))
        #expect(Set(g.actors.map(\.actor.id)) == ["kim-jong-un", "andrei-belousov", "vladimir-putin"])
        #expect(g.centre == "kim-jong-un")
        let two = try view(RenderView(focus: "Storm Corps", depth: 2))
        #expect(Set(two.actors.map(\.actor.id)) == ["storm-corps", "ukraine"])
    }

    @Test func unknownFocusThrowsWithSuggestions() throws {
        #expect {
            try view(RenderView(focus: "Kimm Jong"))
        } throws: { error in
            guard case GraphError.unknownActor(let q, let suggestions) = error else { return false }
            return q == "Kimm Jong" && suggestions.contains("Kim Jong-un")
        }
    }

    @Test func topKeepsTheMostCentral() throws {
        let g = try view(RenderView(top: 1))
        #expect(g.actors.map(\.actor.id) == ["kim-jong-un"])
        #expect(g.actors[0].relativeScore == 1)
        #expect(g.edges.isEmpty)
    }

    @Test func typesAndMinWeightFilter() throws {
        let fights = try view(RenderView(types: [.fight]))
        #expect(fights.edges.map(\.label) == ["fight"])
        let heavy = try view(RenderView(minWeight: 0.5))
        #expect(heavy.edges.allSatisfy { $0.weight >= 0.5 })
        #expect(heavy.edges.map(\.label).sorted() == ["fight", "meet"])
        #expect(throws: RenderError.unknownRelationType("meeting")) { try RenderView.types(parsing: "meet, meeting") }
        #expect(try RenderView.types(parsing: " Meet,supply ,") == [.meet, .supply])
    }

    @Test func datesFilterEvidence() throws {
        #expect(try view(RenderView(until: "2024-11-29")).edges.isEmpty)
        #expect(try view(RenderView(until: "2024-11")).edges.count == 4)
        #expect(try view(RenderView(since: "2024-12-01")).edges.isEmpty)
    }

    @Test func tooltipsCarryTheStrongestEvidence() throws {
        let g = try view(RenderView(), try Fixtures.analystGraph())
        let e = try #require(edge(g, "kim-jong-un", "andrei-belousov"))
        let evidence = try #require(e.evidence)
        #expect(evidence.modality == .asserted)
        #expect(evidence.text.contains("Minister of Defense met"))
        let kim = try #require(g.actors.first { $0.actor.id == "kim-jong-un" })
        #expect(kim.evidence?.modality == .asserted)
    }

    /// Puts actors whose id starts with "k" in community 7, the others in community 3.
    struct ByInitial: CommunityDetection {
        func membership(in graph: AnalysisGraph) -> [Int] { graph.ids.map { $0.hasPrefix("k") ? 7 : 3 } }
    }

    @Test func pageRankAndBetweennessSizeTheHubLargest() throws {
        for measure in [SizeMeasure.pagerank, .betweenness] {
            let g = try RenderView().apply(
                to: Fixtures.smallGraph(), scoring: try measure.scoring(), measure: measure.rawValue)
            let best = try #require(g.actors.max { $0.relativeScore < $1.relativeScore })
            // Kim Jong-un ties Russia, Putin and Belousov together in the fixture.
            #expect(best.actor.id == "kim-jong-un", "\(measure)")
            #expect(g.actors.allSatisfy { (0...1).contains($0.relativeScore) })
        }
    }

    @Test func leidenColoursTheAnalystGraphIntoSeveralStableCommunities() throws {
        let graph = try Fixtures.analystGraph()
        let a = try RenderView().apply(to: graph, scoring: degree, measure: "degree", communities: LeidenCommunities())
        let b = try RenderView().apply(to: graph, scoring: degree, measure: "degree", communities: LeidenCommunities())
        let labels = a.actors.compactMap(\.community)
        #expect(labels.count == a.actors.count)
        #expect(Set(labels).count >= 2)
        #expect(a == b)
    }

    @Test func communitiesAreRenumberedLargestFirst() throws {
        let g = try RenderView().apply(
            to: Fixtures.smallGraph(), scoring: degree, measure: "degree", communities: ByInitial())
        for a in g.actors { #expect(a.community == (a.actor.id.hasPrefix("k") ? 1 : 0), "\(a.actor.id)") }
    }
}
